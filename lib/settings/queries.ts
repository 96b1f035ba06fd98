// Newsroom settings an admin changes at run time (the Setting table holds one JSON value per key).
import 'server-only'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'

export const TWO_PERSON_RULE_KEY = 'twoPersonRule'

/**
 * Whether a verdict needs a second person to publish it (the author may not publish their own draft). True unless
 * an admin explicitly turned it off: a missing row, or a value that is not a JSON boolean, keeps the safer rule.
 * Pass the transaction when the answer decides a write in it, so the check and the write see the same data.
 */
export async function twoPersonRule(tx?: Prisma.TransactionClient): Promise<boolean> {
  const row = await (tx ?? db()).setting.findUnique({ where: { key: TWO_PERSON_RULE_KEY }, select: { value: true } })
  return row?.value !== false
}

/** The setting as the desk's settings page shows it: its value, and who changed it last and when. */
export async function twoPersonRuleDetails() {
  const row = await db().setting.findUnique({
    where: { key: TWO_PERSON_RULE_KEY },
    select: { value: true, updatedAt: true, updatedBy: { select: { name: true } } },
  })
  return { enabled: row?.value !== false, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy?.name ?? null }
}
