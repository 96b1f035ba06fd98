// Reads for the intake page: the claims the desk already has that each candidate may repeat (by its figure, see
// matching.ts, or by its wording through the claim form's trigram search), the metrics to guess from, what an
// earlier intake of the same source already logged, the sources with archived text, and the claimants to pick from.
import 'server-only'
import type { Candidate } from '../intake/extract'
import { db } from '../db/client'
import { findSimilarClaims } from '../claims/desk-queries'
import { quantityFromRecord } from '../quantities/record'
import { figureMatches, type FigureMatch, type StoredFigure } from './matching'
import { prepareMetrics, type PreparedMetric } from './metric-guess'

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
    return [{ claimId: row.claim.id, shortId: row.claim.shortId, text: row.claim.text, subject: row.subject, window, metricId: row.metricId, quantity }]
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
  /** A figure match on the same metric as the one guessed for the candidate. */
  sameMetric: boolean
}

/**
 * For each candidate (with the metric guessed for it, if any), the claims it may repeat: figure matches first, then
 * similar wordings not already listed.
 */
export async function matchCandidates(candidates: (Candidate & { metricId?: string | null })[], limit = 5): Promise<CandidateMatch[][]> {
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
      .map((similar) => ({ claimId: similar.id, shortId: similar.shortId, text: similar.text, by: 'wording', relation: null, explanation: null, sameMetric: false }))
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

/** Every metric with the words to guess it by: its names, description and definitions. */
export async function metricsToGuess(): Promise<PreparedMetric[]> {
  const metrics = await db().metric.findMany({
    orderBy: { slug: 'asc' },
    select: { id: true, slug: true, nameKo: true, nameEn: true, description: true, definitions: { select: { name: true } } },
  })
  return prepareMetrics(metrics.map(({ definitions, ...metric }) => ({ ...metric, definitions: definitions.map((d) => d.name) })))
}

export interface LoggedFigure {
  claimId: string
  shortId: string
  quote: string | null
  text: string
  statedTexts: string[]
}

/** What earlier intakes (or editors) logged as appearing in this source: each claim with its quote and figures. */
export async function loggedInSource(sourceId: string): Promise<LoggedFigure[]> {
  const appearances = await db().appearance.findMany({
    where: { sourceId },
    select: { quote: true, claim: { select: { id: true, shortId: true, text: true, quantities: { select: { statedText: true } } } } },
  })
  return appearances.map(({ quote, claim }) => ({
    claimId: claim.id,
    shortId: claim.shortId,
    quote,
    text: claim.text,
    statedTexts: claim.quantities.flatMap((q) => (q.statedText ? [q.statedText] : [])),
  }))
}
