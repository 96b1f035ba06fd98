import 'server-only'
import { db } from '../db/client'
import type { RelationKind } from '../db/generated/enums'

const otherClaimSelect = { id: true, shortId: true, slug: true, text: true, status: true } as const

export interface RelationView {
  id: string
  kind: RelationKind
  note: string | null
  /** outgoing: this claim is the relation's subject ("this supersedes other"); incoming: the other one is. */
  direction: 'outgoing' | 'incoming'
  other: { id: string; shortId: string; slug: string; text: string; status: string }
}

/**
 * Every relation of a claim with another claim, from either end, so both claims show it. A claim's own
 * misattributed figures are listed by listMisattributions; a misattribution another claim's figure cites this
 * claim for is listed here, from the incoming end.
 */
export async function listClaimRelations(claimId: string): Promise<RelationView[]> {
  const [outgoing, incoming] = await Promise.all([
    db().claimRelation.findMany({
      where: { fromClaimId: claimId, kind: { not: 'MISATTRIBUTED' } },
      orderBy: { createdAt: 'asc' },
      include: { toClaim: { select: otherClaimSelect } },
    }),
    db().claimRelation.findMany({ where: { toClaimId: claimId }, orderBy: { createdAt: 'asc' }, include: { fromClaim: { select: otherClaimSelect } } }),
  ])
  return [
    // Every kind but MISATTRIBUTED names its other claim (a CHECK in the database says so).
    ...outgoing.flatMap((r) => (r.toClaim ? [{ id: r.id, kind: r.kind, note: r.note, direction: 'outgoing' as const, other: r.toClaim }] : [])),
    ...incoming.map((r) => ({ id: r.id, kind: r.kind, note: r.note, direction: 'incoming' as const, other: r.fromClaim })),
  ]
}

/** How many claims the relation picker suggests; any other claim can still be given by its short id. */
export const CLAIM_SUGGESTIONS = 300

/** Suggestions for the relation picker: recently changed claims other than this one. */
export function claimSuggestions(exceptId: string) {
  return db().claim.findMany({
    where: { id: { not: exceptId } },
    orderBy: { updatedAt: 'desc' },
    take: CLAIM_SUGGESTIONS,
    select: { id: true, shortId: true, text: true },
  })
}

/** The claim's misattributed figures on its desk page: which figure, what it actually counts, and what shows it. */
export function listMisattributions(claimId: string) {
  return db().claimRelation.findMany({
    where: { fromClaimId: claimId, kind: 'MISATTRIBUTED' },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      note: true,
      claimedAsKo: true,
      claimedAsEn: true,
      actualKo: true,
      actualEn: true,
      actualSubject: true,
      actualWindowKind: true,
      actualWindowStart: true,
      actualWindowEnd: true,
      actualDefinition: true,
      quantity: { select: { id: true, position: true, bound: true, strict: true, value: true, low: true, high: true, unit: true, statedText: true } },
      actualMetric: { select: { id: true, nameKo: true, nameEn: true } },
      toClaim: { select: { id: true, shortId: true, text: true } },
      source: { select: { id: true, title: true, publisher: true } },
    },
  })
}

export type MisattributionView = Awaited<ReturnType<typeof listMisattributions>>[number]

/** What the misattribution form offers: the claim's figures, and the metrics a figure may really belong to. */
export async function misattributionChoices(claimId: string) {
  const [quantities, metrics] = await Promise.all([
    db().claimQuantity.findMany({
      where: { claimId, misattribution: { is: null } },
      orderBy: { position: 'asc' },
      select: { id: true, position: true, bound: true, strict: true, value: true, low: true, high: true, unit: true, statedText: true },
    }),
    db().metric.findMany({ orderBy: { nameKo: 'asc' }, select: { id: true, nameKo: true, nameEn: true } }),
  ])
  return { quantities, metrics }
}
