// Reads for the intake page: the claims the desk already has that each candidate may repeat (by its figure, see
// matching.ts, or by its wording through the claim form's trigram search), the sources with archived text, and the
// claimants to pick from.
import 'server-only'
import type { Candidate } from '../intake/extract'
import { db } from '../db/client'
import { findSimilarClaims } from '../claims/desk-queries'
import { quantityFromRecord } from '../quantities/record'
import { figureMatches, type FigureMatch, type StoredFigure } from './matching'

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)

/** The stored figures of the kinds asked for, of claims not merged into another. */
export async function storedFigures(kinds: string[]): Promise<StoredFigure[]> {
  if (!kinds.length) return []
  const rows = await db().claimQuantity.findMany({
    where: { kind: { in: kinds as never[] }, subject: { not: null }, claim: { duplicateOfId: null } },
    include: { claim: { select: { id: true, shortId: true, text: true } } },
  })
  return rows.flatMap((row) => {
    const quantity = quantityFromRecord(row)
    if (!quantity) return []
    const window = row.windowStart || row.windowEnd ? { start: day(row.windowStart), end: day(row.windowEnd) } : null
    return [{ claimId: row.claim.id, shortId: row.claim.shortId, text: row.claim.text, subject: row.subject, window, quantity }]
  })
}

export interface CandidateMatch {
  claimId: string
  shortId: string
  text: string
  /** 'figure': same subject, overlapping window and a matching comparison; 'wording': a similar sentence. */
  by: 'figure' | 'wording'
  relation: FigureMatch['relation'] | null
  explanation: FigureMatch['explanation'] | null
}

/** For each candidate, the claims it may repeat: figure matches first, then similar wordings not already listed. */
export async function matchCandidates(candidates: Candidate[], limit = 5): Promise<CandidateMatch[][]> {
  const stored = await storedFigures([...new Set(candidates.map((c) => c.quantity.kind))])
  const wordings = new Map<string, Awaited<ReturnType<typeof findSimilarClaims>>>()
  const result: CandidateMatch[][] = []
  for (const candidate of candidates) {
    const byFigure: CandidateMatch[] = figureMatches(candidate, stored).map((m) => ({ ...m, by: 'figure' }))
    // One search per sentence: a sentence with three figures is one wording.
    if (!wordings.has(candidate.quote)) wordings.set(candidate.quote, await findSimilarClaims(candidate.quote, null, { limit }))
    const byWording: CandidateMatch[] = wordings
      .get(candidate.quote)!
      .filter((similar) => !byFigure.some((m) => m.claimId === similar.id))
      .map((similar) => ({ claimId: similar.id, shortId: similar.shortId, text: similar.text, by: 'wording', relation: null, explanation: null }))
    result.push([...byFigure, ...byWording].slice(0, limit))
  }
  return result
}

/** Sources whose current archived copy has text to read claims from, newest first. */
export function sourcesWithText(take = 200) {
  return db().source.findMany({
    where: { currentCopy: { text: { not: '' } } },
    orderBy: { updatedAt: 'desc' },
    take,
    select: { id: true, title: true, publisher: true, publishedAt: true, language: true },
  })
}

export function claimantChoices() {
  return db().claimant.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true } })
}
