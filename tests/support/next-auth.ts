// next-auth's own endpoints, called in-process the way its HTTP adapter calls them: the real CSRF check, the real
// credentials sign-in (lib/auth/credentials.ts through the provider's authorize) and the real jwt/session callbacks,
// with the real encrypted cookie. Only Next's request plumbing is left out (its route adapter needs a live request).
// Set NEXTAUTH_URL before the first call: next-auth takes its origin from it.
import NextAuth from 'next-auth'
import { authOptions } from '../../lib/auth/options'

export interface AuthResponse {
  status: number
  body: unknown
  /** Cookies the answer sets, by name: the value ('' when it clears the cookie) and the raw header. */
  cookies: Map<string, { value: string; header: string }>
}

type Cookies = Record<string, string>

async function call(method: 'GET' | 'POST', path: string[], cookies: Cookies, body?: Record<string, string>): Promise<AuthResponse> {
  const headers = new Map<string, string | string[]>()
  const response: AuthResponse = { status: 200, body: undefined, cookies: new Map() }
  const res = {
    status(code: number) {
      response.status = code
      return res
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value)
      return res
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    send(value: unknown) {
      response.body = value
    },
    json(value: unknown) {
      response.body = value
    },
    end() {},
  }
  const req = { method, query: { nextauth: path }, body, cookies, headers: {} }
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions())
  const setCookie = headers.get('set-cookie') ?? []
  for (const header of Array.isArray(setCookie) ? setCookie : [setCookie]) {
    const [pair] = header.split(';')
    const at = pair.indexOf('=')
    response.cookies.set(pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)), header })
  }
  return response
}

export const SESSION_COOKIE = 'next-auth.session-token'

/** Signs in with email and password through next-auth; returns the session cookie's value. */
export async function signInThroughNextAuth(email: string, password: string): Promise<string> {
  const csrf = await call('GET', ['csrf'], {})
  const csrfCookie = csrf.cookies.get('next-auth.csrf-token')!.value
  const { csrfToken } = csrf.body as { csrfToken: string }
  const signedIn = await call('POST', ['callback', 'credentials'], { 'next-auth.csrf-token': csrfCookie }, { csrfToken, email, password, json: 'true' })
  const session = signedIn.cookies.get(SESSION_COOKIE)?.value
  if (!session) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(signedIn.body)}`)
  return session
}

/** GET /api/auth/session with a session cookie: what the browser's session check (and its sliding expiry) gets. */
export function sessionEndpoint(sessionCookie: string): Promise<AuthResponse> {
  return call('GET', ['session'], { [SESSION_COOKIE]: sessionCookie })
}
