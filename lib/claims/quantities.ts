// A claim's quantities in the database (model ClaimQuantity): what the claim actions read, write and audit.
// The claim form edits the main figure only (position 0); the other positions are kept as they are.
import type { Tx } from '../actions/pipeline'
import type { Prisma } from '../db/generated/client'
import { formatQuantity } from '../format'
import { quantityRecordSelect } from '../quantities/record'
import type { MainQuantityData } from './quantity-schema'

/** Every column of a quantity but its bookkeeping, as the audit log and the conflict view keep it. */
export const quantityAuditSelect = {
  id: true,
  position: true,
  ...quantityRecordSelect,
  subject: true,
  metricId: true,
  metricDefinitionId: true,
  metricLabel: true,
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  definition: true,
} as const satisfies Prisma.ClaimQuantitySelect

/** A claim's quantities in order, the main figure first. */
export const quantitiesInOrder = { orderBy: { position: 'asc' }, select: quantityAuditSelect } as const

type Stored = Prisma.ClaimQuantityGetPayload<{ select: typeof quantityAuditSelect }>

/** Fields that belong to one kind only: a figure re-kinded from MONEY to COUNT has no currency any more. */
const KIND_ONLY = {
  MONEY: ['currency', 'priceYear'],
  RATE: ['per', 'perUnit'],
  RANK: ['rankOf', 'rankHighFirst'],
  DURATION: ['durationUnit'],
} as const satisfies Partial<Record<Stored['kind'], readonly (keyof Stored)[]>>

const sameDecimal = (a: { toString(): string } | null, b: string | null) =>
  a === null || b === null ? a === b : formatQuantity(a) === formatQuantity(b)

/**
 * What the form does not edit but a change makes wrong: the figure as written ("5배 이상") once the figure, its
 * bound, unit or kind changed; the English unit once the unit changed; another kind's fields once the kind changed.
 */
function staleFields(stored: Stored, next: MainQuantityData): Prisma.ClaimQuantityUncheckedUpdateInput {
  const figureChanged =
    stored.kind !== next.kind ||
    stored.bound !== next.bound ||
    stored.strict !== next.strict ||
    stored.unit !== next.unit ||
    !sameDecimal(stored.value, next.value) ||
    !sameDecimal(stored.low, next.low) ||
    !sameDecimal(stored.high, next.high)
  const cleared: Record<string, null> = {}
  if (figureChanged) cleared.statedText = null
  if (stored.unit !== next.unit) cleared.unitEn = null
  for (const [kind, fields] of Object.entries(KIND_ONLY)) {
    if (kind !== next.kind) for (const field of fields) cleared[field] = null
  }
  return cleared
}

/** Writes the claim's main figure as the form gave it (null removes it); positions 1 and on are left alone. */
export async function writeMainQuantity(tx: Tx, claimId: string, data: MainQuantityData | null) {
  const stored = await tx.claimQuantity.findUnique({ where: { claimId_position: { claimId, position: 0 } }, select: quantityAuditSelect })
  if (!data) {
    if (stored) await tx.claimQuantity.delete({ where: { id: stored.id } })
    return
  }
  if (!stored) {
    await tx.claimQuantity.create({ data: { ...data, claimId, position: 0 } })
    return
  }
  await tx.claimQuantity.update({ where: { id: stored.id }, data: { ...data, ...staleFields(stored, data) } })
}

/** What readers see of a quantity: everything it states, and the public metric page it belongs to. */
export const publicQuantitySelect = {
  position: true,
  metricId: true,
  ...quantityRecordSelect,
  subject: true,
  metricLabel: true,
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  definition: true,
  metric: { select: { slug: true, nameKo: true, nameEn: true } },
} as const satisfies Prisma.ClaimQuantitySelect

export type PublicQuantity = Prisma.ClaimQuantityGetPayload<{ select: typeof publicQuantitySelect }>
