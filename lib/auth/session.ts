import 'server-only'
import { encode, getToken } from 'next-auth/jwt'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { serverEnv } from '../env'
import { sameSitePath } from '../safe-path'
import { can, type Permission } from './permissions'
import { SESSION_MAX_AGE, sessionCookie, userOfToken } from './session-token'

export type Actor = NonNullable<Awaited<ReturnType<typeof userOfToken>>>

/** The request's session token, decoded (null when absent, forged or expired). Only the cookie counts. */
async function sessionToken() {
  const env = serverEnv()
  const jar = await cookies()
  return getToken({
    req: { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: env.NEXTAUTH_SECRET,
    secureCookie: sessionCookie(env).secure,
  })
}

/**
 * The signed-in user as the database has them now, or null. A deactivated user, or a token from before the
 * user's last password change, reset, role change or "sign out everywhere", is null at once (its session version
 * no longer matches); the role comes from the row, never from the token. Once per request. Every desk page, the
 * desk's route handlers and every form action (lib/actions/form.ts) read the caller here.
 */
export const currentUser = cache(async (): Promise<Actor | null> => userOfToken(await sessionToken()))

/** For desk pages: signed out goes to sign-in; a user without the permission gets null (the page says so). */
export async function requireUser(permission: Permission, returnTo: string): Promise<{ user: Actor; allowed: boolean }> {
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(sameSitePath(returnTo) ?? '/desk')}`)
  if (user.mustChangePassword && returnTo !== '/desk/password') redirect('/desk/password')
  return { user, allowed: can(user, permission) }
}

/**
 * After one's own password change (which bumped the session version): the browser that made the change stays
 * signed in, with its token re-issued at the new version; every other session of the user has ended. Only the
 * same user's token is re-issued.
 */
export async function renewSession(userId: string, sessionVersion: number): Promise<void> {
  const token = await sessionToken()
  if (!token || token.uid !== userId) return
  const env = serverEnv()
  const cookie = sessionCookie(env)
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret: env.NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE })
  ;(await cookies()).set(cookie.name, value, { ...cookie.options, expires: new Date(Date.now() + SESSION_MAX_AGE * 1000) })
}

/** Drops this browser's session cookie (after "sign out everywhere", whose version bump already ended it). */
export async function endSession(): Promise<void> {
  const cookie = sessionCookie(serverEnv())
  // With the same attributes it was set with: a __Secure- cookie is replaced only by a Secure one.
  ;(await cookies()).delete({ name: cookie.name, ...cookie.options })
}
