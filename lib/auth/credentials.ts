// Checks an email and password. The answer for a wrong password, an unknown email and a deactivated account is
// the same message after the same work, so the form never tells whether an account exists.
import { z } from 'zod'
import { isStorableText } from '../actions/fields'
import type { PrismaClient } from '../db/generated/client'
import type { Role } from '../db/generated/enums'
import { UserError } from '../errors'
import { hashPassword, verifyPassword } from './password'
import { assertNotThrottled, recordFailure, recordSuccess, throttleKeys } from './throttle'

export const INVALID_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다. Email or password is incorrect.'

export const credentialsSchema = z.object({
  // Looked up (and throttled) by email: text the database cannot compare is simply not a known email.
  email: z.string().trim().toLowerCase().max(320).refine(isStorableText),
  password: z.string().min(1).max(1000),
})

export interface SignedInUser {
  id: string
  email: string
  name: string
  role: Role
  /** Carried in the session token: a later bump ends this session (lib/auth/session-token.ts). */
  sessionVersion: number
}

// Verified against when the email is unknown, so that both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined

export async function checkCredentials(prisma: PrismaClient, raw: unknown, address: string | undefined): Promise<SignedInUser> {
  const parsed = credentialsSchema.safeParse(raw)
  if (!parsed.success) throw new UserError(INVALID_CREDENTIALS)
  const { email, password } = parsed.data
  const keys = throttleKeys(email, address)
  await assertNotThrottled(prisma, keys)

  const user = await prisma.user.findUnique({ where: { email } })
  dummyHash ??= hashPassword('not-a-password-anyone-has')
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password)
  if (!user || !valid || !user.active) {
    await recordFailure(prisma, keys)
    throw new UserError(INVALID_CREDENTIALS)
  }
  await recordSuccess(prisma, email)
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion }
}
