// Relations the desk suggests for a quantity claim: one per other claim of its metric, classified by
// classifyPair (lib/reconcile/classify.ts). A pair the editors already related (by any kind) or whose suggestion
// was dismissed is left out, so the list only holds decisions still to make.
import type { Prisma, PrismaClient } from '../db/generated/client'
import type { RelationKind } from '../db/generated/enums'
import { classifyPair, type QuantityClaim } from './classify'

export { classifyPair } from './classify'

type Db = PrismaClient | Prisma.TransactionClient

export const quantitySelect = {
  id: true,
  shortId: true,
  slug: true,
  text: true,
  status: true,
  metricId: true,
  quantityValue: true,
  quantityUnit: true,
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  metricDefinition: {
    select: { id: true, name: true, sourceId: true, versionLabel: true, snapshotDate: true, source: { select: { publisher: true } } },
  },
} as const satisfies Prisma.ClaimSelect

export type QuantityRow = Prisma.ClaimGetPayload<{ select: typeof quantitySelect }>

export function toQuantityClaim(row: QuantityRow): QuantityClaim {
  const definition = row.metricDefinition
  return {
    id: row.id,
    metricId: row.metricId,
    value: row.quantityValue === null ? null : row.quantityValue.toString(),
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
  kind: RelationKind
  /** outgoing: "this claim <kind> the other" (as lib/relations addRelation reads a direction). */
  direction: 'outgoing' | 'incoming'
  other: QuantityRow
}

/** Suggestions for one claim, in the order its metric's claims were created. Empty for a claim on no metric. */
export async function listSuggestions(db: Db, claimId: string): Promise<RelationSuggestion[]> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: quantitySelect })
  if (!claim?.metricId) return []
  const [others, relations, dismissals] = await Promise.all([
    db.claim.findMany({
      // A merged duplicate speaks through its canonical claim.
      where: { metricId: claim.metricId, id: { not: claim.id }, duplicateOfId: null },
      orderBy: { createdAt: 'asc' },
      select: quantitySelect,
    }),
    db.claimRelation.findMany({
      where: { OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] },
      select: { fromClaimId: true, toClaimId: true },
    }),
    // Dismissed from either claim's page: the decision is about the pair, not about who looked first.
    db.relationSuggestionDismissal.findMany({
      where: { OR: [{ claimId: claim.id }, { otherClaimId: claim.id }] },
      select: { claimId: true, otherClaimId: true, kind: true },
    }),
  ])
  const related = new Set(relations.map((r) => (r.fromClaimId === claim.id ? r.toClaimId : r.fromClaimId)))
  const dismissed = new Set(dismissals.map((d) => `${d.claimId === claim.id ? d.otherClaimId : d.claimId}:${d.kind}`))

  const suggestions: RelationSuggestion[] = []
  for (const other of others) {
    if (related.has(other.id)) continue
    const found = classifyPair(toQuantityClaim(claim), toQuantityClaim(other))
    if (!found || dismissed.has(`${other.id}:${found.kind}`)) continue
    suggestions.push({ kind: found.kind, direction: found.fromId === claim.id ? 'outgoing' : 'incoming', other })
  }
  return suggestions
}
