// What the session token (next-auth's encrypted JWT cookie) holds and when it still counts. It carries the user id
// and the user's session version at sign-in; the version in the database is bumped on a password change, an
// admin reset, deactivation, a role change and "sign out everywhere", which ends every token issued before. The
// role is never taken from the token. Shared by next-auth's callbacks (lib/auth/options.ts) and the desk's session
// check (lib/auth/session.ts), so both apply one rule.
import { db } from '../db/client'
import type { Env } from '../env'
import { siteUrl } from '../site'

export interface SessionClaims extends Record<string, unknown> {
  /** The user's id. */
  uid?: unknown
  /** The user's session version when the token was issued. */
  sv?: unknown
}

/** How long a session lasts without use; each use through next-auth's session endpoint slides it. */
export const SESSION_MAX_AGE = 12 * 60 * 60

/** A session ended by its version (or its user's deactivation): the expected answer, not a fault to log. */
export class SessionEndedError extends Error {
  constructor() {
    super('The session has ended.')
    this.name = 'SessionEndedError'
  }
}

/**
 * The session cookie, as next-auth names it by default: given to next-auth explicitly so that re-issuing the
 * cookie after one's own password change (lib/auth/session.ts) writes the very cookie next-auth reads.
 */
export function sessionCookie(env: Pick<Env, 'NEXTAUTH_URL' | 'PORT'>) {
  const secure = siteUrl(env).startsWith('https://')
  return {
    secure,
    name: `${secure ? '__Secure-' : ''}next-auth.session-token`,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
  }
}

export const actorFields = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, sessionVersion: true } as const

/**
 * The token's user as the database has them now, when the token still counts: the user exists, is active, and
 * has the session version the token carries. Null otherwise (a token from before session versions carries none).
 */
export async function userOfToken(claims: SessionClaims | null | undefined) {
  if (!claims || typeof claims.uid !== 'string' || !claims.uid || typeof claims.sv !== 'number') return null
  const user = await db().user.findUnique({ where: { id: claims.uid }, select: actorFields })
  return user?.active && user.sessionVersion === claims.sv ? user : null
}
