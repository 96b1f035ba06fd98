import type { Role } from '../../lib/db/generated/enums'
import { hashPassword } from '../../lib/auth/password'
import { db } from '../../lib/db/client'
import type { Actor } from '../../lib/auth/session'
import { actorFields } from '../../lib/auth/session-token'

export const TEST_PASSWORD = 'correct horse battery staple'

let hash: Promise<string> | undefined

/** A user with TEST_PASSWORD, as the pipeline sees a signed-in caller. */
export async function makeUser(role: Role, overrides: { email?: string; active?: boolean } = {}): Promise<Actor> {
  hash ??= hashPassword(TEST_PASSWORD)
  const email = overrides.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  return db().user.create({
    data: { email, name: `${role} user`, role, active: overrides.active ?? true, passwordHash: await hash },
    select: actorFields,
  })
}

/** Every kind of caller: signed out, then each role. */
export async function everyCaller(): Promise<[string, Actor | null][]> {
  return [
    ['signed out', null],
    ['EDITOR', await makeUser('EDITOR')],
    ['REVIEWER', await makeUser('REVIEWER')],
    ['ADMIN', await makeUser('ADMIN')],
  ]
}
