// Relations the desk suggests for a quantity claim: one per other claim of its metric, classified by
// classifyPair (lib/reconcile/classify.ts). A pair the editors already related (by any kind) or whose suggestion
// was dismissed is left out, so the list only holds decisions still to make.
import type { Prisma, PrismaClient } from '../db/generated/client'
import type { ClaimPairKind } from '../relations/schema'
import { classifyPair, type QuantityClaim } from './classify'

export { classifyPair } from './classify'

type Db = PrismaClient | Prisma.TransactionClient

/** A quantity as the reconciliation reads it, with its claim. */
export const quantitySelect = {
  id: true,
  position: true,
  claimId: true,
  metricId: true,
  kind: true,
  bound: true,
  strict: true,
  value: true,
  low: true,
  high: true,
  unit: true,
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  metricDefinition: {
    select: { id: true, name: true, sourceId: true, versionLabel: true, snapshotDate: true, source: { select: { publisher: true } } },
  },
  claim: { select: { id: true, shortId: true, slug: true, text: true, status: true } },
} as const satisfies Prisma.ClaimQuantitySelect

export type QuantityRow = Prisma.ClaimQuantityGetPayload<{ select: typeof quantitySelect }>

export function toQuantityClaim(row: Omit<QuantityRow, 'claim'>): QuantityClaim {
  const definition = row.metricDefinition
  return {
    id: row.claimId,
    metricId: row.metricId,
    kind: row.kind,
    bound: row.bound,
    value: row.value === null ? null : row.value.toString(),
    windowKind: row.windowKind,
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    definition: definition
      ? {
          id: definition.id,
          publisher: definition.source?.publisher ?? null,
          sourceId: definition.sourceId,
          versionLabel: definition.versionLabel,
          snapshotDate: definition.snapshotDate,
        }
      : null,
  }
}

export interface RelationSuggestion {
  kind: ClaimPairKind
  /** outgoing: "this claim <kind> the other" (as lib/relations addRelation reads a direction). */
  direction: 'outgoing' | 'incoming'
  other: QuantityRow['claim']
  /** The two quantities compared: this claim's and the other claim's. */
  quantity: QuantityRow
  otherQuantity: QuantityRow
}

/**
 * Suggestions for one claim: each of its quantities on a metric against the quantities of other claims on that
 * metric, in the order the other claims were created. One suggestion per other claim and kind, so a claim whose
 * two figures both fall on a metric is not suggested twice. Empty for a claim on no metric.
 */
export async function listSuggestions(db: Db, claimId: string): Promise<RelationSuggestion[]> {
  const own = await db.claimQuantity.findMany({
    where: { claimId, metricId: { not: null } },
    orderBy: { position: 'asc' },
    select: quantitySelect,
  })
  if (!own.length) return []
  const [others, relations, dismissals] = await Promise.all([
    db.claimQuantity.findMany({
      // A merged duplicate speaks through its canonical claim.
      where: { metricId: { in: own.map((q) => q.metricId!) }, claimId: { not: claimId }, claim: { duplicateOfId: null } },
      orderBy: [{ claim: { createdAt: 'asc' } }, { claimId: 'asc' }, { position: 'asc' }],
      select: quantitySelect,
    }),
    db.claimRelation.findMany({
      where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
      select: { fromClaimId: true, toClaimId: true },
    }),
    // Dismissed from either claim's page: the decision is about the pair, not about who looked first.
    db.relationSuggestionDismissal.findMany({
      where: { OR: [{ claimId }, { otherClaimId: claimId }] },
      select: { claimId: true, otherClaimId: true, kind: true },
    }),
  ])
  const related = new Set(relations.map((r) => (r.fromClaimId === claimId ? r.toClaimId : r.fromClaimId)))
  const dismissed = new Set(dismissals.map((d) => `${d.claimId === claimId ? d.otherClaimId : d.claimId}:${d.kind}`))

  const suggestions: RelationSuggestion[] = []
  const seen = new Set<string>()
  for (const other of others) {
    if (related.has(other.claimId)) continue
    for (const quantity of own) {
      const found = classifyPair(toQuantityClaim(quantity), toQuantityClaim(other))
      const key = `${other.claimId}:${found?.kind}`
      if (!found || dismissed.has(key) || seen.has(key)) continue
      seen.add(key)
      suggestions.push({ kind: found.kind, direction: found.fromId === claimId ? 'outgoing' : 'incoming', other: other.claim, quantity, otherQuantity: other })
    }
  }
  return suggestions
}
