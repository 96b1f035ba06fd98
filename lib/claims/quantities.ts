// A claim's quantities in the database (model ClaimQuantity): what the claim actions read, write and audit.
// The claim form edits all of them, one row each (lib/claims/quantity-form.ts); writeQuantities saves its rows.
import type { Tx } from '../actions/pipeline'
import type { Prisma } from '../db/generated/client'
import { quantityRecordSelect } from '../quantities/record'
import type { QuantityData } from './quantity-schema'

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

/**
 * What the form does not edit but a change of kind makes wrong: a MONEY figure's price year, a RANK's direction
 * (whether 1 is the highest). Everything else of a quantity is a field of its form row.
 */
function staleFields(stored: Stored, next: QuantityData): Prisma.ClaimQuantityUncheckedUpdateInput {
  const cleared: Prisma.ClaimQuantityUncheckedUpdateInput = {}
  if (next.kind !== 'MONEY') cleared.priceYear = null
  if (next.kind !== 'RANK') cleared.rankHighFirst = null
  return stored.kind === next.kind ? {} : cleared
}

/**
 * Saves the claim form's quantity rows. A row is the quantity at the position it had when the form was loaded (new
 * rows count on from the last one), so: a row whose position holds a quantity updates it, any other row creates one,
 * and a stored quantity without a row (removed, or emptied) is deleted. The rows kept are then numbered 0, 1, ... in
 * their order, so the first row is the main figure. Runs after the claim's version check: a stale form, whose rows
 * may mean other positions, never gets here.
 */
export async function writeQuantities(tx: Tx, claimId: string, rows: readonly { row: number; data: QuantityData }[]) {
  const stored = await tx.claimQuantity.findMany({ where: { claimId }, select: quantityAuditSelect })
  const byPosition = new Map(stored.map((quantity) => [quantity.position, quantity]))
  const kept = new Set(rows.map(({ row }) => row))
  const removed = stored.filter((quantity) => !kept.has(quantity.position)).map((quantity) => quantity.id)
  if (removed.length) await tx.claimQuantity.deleteMany({ where: { id: { in: removed } } })
  // In ascending row order each row moves to a position no lower row holds and no later row still holds
  // (position i ≤ row i < every later row), so the unique (claim, position) index never sees two at once.
  const ordered = [...rows].sort((a, b) => a.row - b.row)
  for (const [position, { row, data }] of ordered.entries()) {
    const existing = byPosition.get(row)
    if (existing) await tx.claimQuantity.update({ where: { id: existing.id }, data: { ...data, ...staleFields(existing, data), position } })
    else await tx.claimQuantity.create({ data: { ...data, claimId, position } })
  }
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
