// next-auth configuration: email + password (argon2) always; GitHub and Google when their variables are set.
// Sessions are JWTs (required for credentials); the token carries only the user id, and every desk page and
// mutation re-reads the user's role and active flag from the database (lib/auth/session.ts).
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import { db } from '../db/client'
import { serverEnv, type Env } from '../env'
import { UserError } from '../errors'
import { clientAddress } from './client-address'
import { checkCredentials } from './credentials'

declare module 'next-auth' {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null }
  }
}

export function oauthProviders(env: Env): NextAuthOptions['providers'] {
  const providers: NextAuthOptions['providers'] = []
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }))
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }))
  }
  return providers
}

let options: NextAuthOptions | undefined

export function authOptions(): NextAuthOptions {
  if (options) return options
  const env = serverEnv()
  options = {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/signin', error: '/signin' },
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
      // OAuth never creates accounts: the provider's verified email must belong to an active user.
      async signIn({ user, account }) {
        if (account?.provider === 'credentials') return true
        if (!user.email) return false
        const existing = await db().user.findUnique({ where: { email: user.email.toLowerCase() } })
        return Boolean(existing?.active)
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const uid =
            account.provider === 'credentials'
              ? user.id
              : (await db().user.findUnique({ where: { email: user.email!.toLowerCase() } }))?.id
          token.uid = uid
        }
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
