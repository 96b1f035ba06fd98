// Sign-in throttling per account and per client address, kept in the database so that it holds across server
// restarts and instances. After a burst of failures each further attempt must wait, twice as long each time.
import type { PrismaClient } from '../db/generated/client'
import { UserError } from '../errors'

const WINDOW_MS = 60 * 60 * 1000
const MAX_DELAY_S = 15 * 60
/** Failures allowed before the delay starts: an address may be shared (a newsroom's NAT), an account not. */
const FREE_FAILURES = { account: 5, address: 20 } as const

type Kind = keyof typeof FREE_FAILURES

export class SignInThrottledError extends UserError {
  constructor(readonly retryAfterSeconds: number) {
    super(`로그인 시도가 너무 많습니다. ${retryAfterSeconds}초 후에 다시 시도하세요. Too many sign-in attempts: try again in ${retryAfterSeconds} s.`)
  }
}

export function throttleKeys(email: string, address: string | undefined): { kind: Kind; key: string }[] {
  const keys: { kind: Kind; key: string }[] = [{ kind: 'account', key: `account:${email.trim().toLowerCase()}` }]
  if (address) keys.push({ kind: 'address', key: `address:${address}` })
  return keys
}

/** Throws SignInThrottledError while any of the keys is blocked. */
export async function assertNotThrottled(prisma: PrismaClient, keys: { key: string }[], now = new Date()): Promise<void> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) }, blockedUntil: { gt: now } } })
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil!.getTime()))
  if (until > now.getTime()) throw new SignInThrottledError(Math.ceil((until - now.getTime()) / 1000))
}

export function delaySeconds(kind: Kind, failures: number): number {
  const over = failures - FREE_FAILURES[kind]
  return over < 0 ? 0 : Math.min(MAX_DELAY_S, 2 ** over)
}

export async function recordFailure(prisma: PrismaClient, keys: { kind: Kind; key: string }[], now = new Date()): Promise<void> {
  for (const { kind, key } of keys) {
    // One statement, so concurrent failures all count; an old burst outside the window starts over.
    const [row] = await prisma.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttles (key, failures, last_failure_at) VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttles.last_failure_at < ${new Date(now.getTime() - WINDOW_MS)} THEN 1
                        ELSE sign_in_throttles.failures + 1 END,
        last_failure_at = ${now}
      RETURNING failures`
    const delay = delaySeconds(kind, row.failures)
    if (delay > 0) {
      await prisma.signInThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay * 1000) } })
    }
  }
}

/** A correct password clears the account's count; the address keeps its own, so one good account cannot reset it. */
export async function recordSuccess(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } })
}
