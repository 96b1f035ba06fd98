// Next's request plumbing for tests that call pages and server actions directly: the cookies next/headers hands to
// server code are those of the browser the test is acting as, and a redirect() is read back as its target.
// Use: vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeaders)
import { SESSION_COOKIE } from './next-auth'

const jar = new Map<string, string>()

/** next/headers as server code sees it: this module's cookie jar, and no other request headers. */
export const nextHeaders = {
  cookies: async () => ({
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (options: string | { name: string }) => void jar.delete(typeof options === 'string' ? options : options.name),
  }),
  headers: async () => new Headers(),
}

/** Makes the next server calls come from a browser holding this session cookie (none: signed out). */
export function asBrowser(session: string | undefined) {
  jar.clear()
  if (session !== undefined) jar.set(SESSION_COOKIE, session)
}

/** The session cookie the server last set for this browser (after a sign-in or a renewed session). */
export const browserSession = () => jar.get(SESSION_COOKIE)

/** Where a redirect thrown by Next's redirect() goes, or null when the call returned. */
export async function redirectOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call()
    return null
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest)
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return digest.split(';')[2]
  }
}
