// next-auth configuration: email + password (argon2) always; GitHub and Google when their variables are set.
// Sessions are JWTs (required for credentials); the token carries the user id and session version
// (lib/auth/session-token.ts), and every desk page and mutation re-reads the user's role, active flag and session
// version from the database (lib/auth/session.ts, lib/actions/pipeline.ts).
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import GoogleProvider from 'next-auth/providers/google'
import { db } from '../db/client'
import { serverEnv, type Env } from '../env'
import { UserError } from '../errors'
import { sameSiteUrl } from '../safe-path'
import { clientAddress } from './client-address'
import { gitHubProvider, verifiedOAuthEmail } from './oauth-email'
import { checkCredentials } from './credentials'
import { SESSION_MAX_AGE, SessionEndedError, sessionCookie, userOfToken } from './session-token'

declare module 'next-auth' {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null }
  }
  /** What `authorize` answers (lib/auth/credentials.ts): the version is read with the password check. */
  interface User {
    sessionVersion?: number
  }
}

export function oauthProviders(env: Env): NextAuthOptions['providers'] {
  const providers: NextAuthOptions['providers'] = []
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(gitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }))
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }))
  }
  return providers
}

let options: NextAuthOptions | undefined

export function authOptions(): NextAuthOptions {
  if (options) return options
  const env = serverEnv()
  const cookie = sessionCookie(env)
  options = {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: '/signin', error: '/signin' },
    logger: {
      error(code, metadata) {
        // A stale token refused by the jwt callback below: next-auth clears the cookie; nothing went wrong.
        if (code === 'JWT_SESSION_ERROR' && metadata instanceof SessionEndedError) return
        console.error(`[next-auth][error][${code}]`, metadata)
      },
    },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          const address = clientAddress(request?.headers?.['x-forwarded-for'], env.TRUSTED_PROXY_COUNT)
          try {
            return await checkCredentials(db(), credentials, address)
          } catch (error) {
            // next-auth shows the message of an Error thrown here; only our own messages may reach the form.
            if (error instanceof UserError) throw new Error(error.message)
            console.error('Sign-in failed unexpectedly:', error)
            throw new Error('로그인할 수 없습니다. 잠시 후 다시 시도하세요. Sign-in is unavailable; please try again shortly.')
          }
        },
      }),
      ...oauthProviders(env),
    ],
    callbacks: {
      // OAuth never creates accounts: an address the provider has verified must belong to an active user.
      async signIn({ user, account, profile }) {
        if (account?.provider === 'credentials') return true
        const email = account ? verifiedOAuthEmail(account.provider, user.email, profile) : null
        if (!email) return false
        const existing = await db().user.findUnique({ where: { email } })
        return Boolean(existing?.active)
      },
      // Only same-site paths, by the one check every redirect target goes through (lib/safe-path.ts).
      async redirect({ url, baseUrl }) {
        return sameSiteUrl(url, baseUrl)
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          // Signing in: the version the account has now, read with the credentials check (or the OAuth lookup).
          const row =
            account.provider === 'credentials'
              ? { id: user.id, sessionVersion: user.sessionVersion }
              : await db().user.findUnique({ where: { email: user.email!.toLowerCase() }, select: { id: true, sessionVersion: true } })
          token.uid = row?.id
          token.sv = row?.sessionVersion
          return token
        }
        // Every later read (the session endpoint, which would also slide the cookie's expiry): a token whose version
        // is no longer the user's is thrown out, and next-auth answers "no session" and clears the cookie.
        let current: Awaited<ReturnType<typeof userOfToken>>
        try {
          current = await userOfToken(token)
        } catch (error) {
          // The database is unreachable: keep the token rather than sign everyone out for an outage. Nothing is
          // granted by it; each desk page and action checks the version again before it reads or writes.
          console.error('Session check failed; keeping the token until the database answers:', error)
          return token
        }
        if (!current) throw new SessionEndedError()
        return token
      },
      async session({ session, token }) {
        session.user = { ...session.user, id: String(token.uid ?? '') }
        return session
      },
    },
  }
  return options
}
