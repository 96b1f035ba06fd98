// Tips per sending address and hour, kept in the database (tip_rate_limits) so the limit holds across restarts and
// instances. The key is a hash of the address: the table counts, it does not keep who sent what.
import { createHash } from 'node:crypto'
import type { Tx } from '../actions/pipeline'
import { parseEnv } from '../env'
import { UserError } from '../errors'

const WINDOW_MS = 60 * 60 * 1000

export const RATE_LIMITED =
  '한 시간에 보낼 수 있는 제보 수를 넘었습니다. 잠시 후 다시 보내 주세요. ' +
  'You have sent as many tips as we accept in an hour; please try again later.'

export const rateLimitKey = (address: string | undefined) =>
  createHash('sha256').update(`tip:${address ?? 'unknown'}`).digest('hex')

/** The limit per hour: TIP_RATE_LIMIT (lib/env.ts), read on every tip so a test can set it. */
export const tipRateLimit = () => parseEnv().TIP_RATE_LIMIT

/**
 * Counts one tip for the address and throws once the hour's allowance is used up. In the tip's own transaction:
 * a refused tip rolls its count back (the count stays at the limit), and concurrent tips from one address queue on
 * the row, so none slips past.
 */
export async function countTip(tx: Tx, address: string | undefined, limit = tipRateLimit(), now = new Date()): Promise<void> {
  const key = rateLimitKey(address)
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO tip_rate_limits (key, count, window_start) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN tip_rate_limits.window_start <= ${new Date(now.getTime() - WINDOW_MS)} THEN 1 ELSE tip_rate_limits.count + 1 END,
      window_start = CASE WHEN tip_rate_limits.window_start <= ${new Date(now.getTime() - WINDOW_MS)} THEN ${now} ELSE tip_rate_limits.window_start END
    RETURNING count`
  if (row.count > limit) throw new UserError(RATE_LIMITED)
}
