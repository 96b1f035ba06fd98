// Which claims the desk already has that an extracted figure may repeat, by its figure: the same subject, windows
// that overlap, and a comparison (lib/quantities/compare.ts) that finds the two figures EQUAL, AGREEING WITHIN
// PRECISION or CONSISTENT, and no two different metrics (the candidate's is the metric guessed from its sentence,
// metric-guess.ts; a figure on no metric yet is matched by subject and window alone). Pure, so it is unit-tested;
// lib/claim-intake/queries.ts loads the stored figures and adds the matches by wording (trigram).
import { compareQuantities, type Relation } from '../quantities/compare'
import type { Bilingual, Quantity } from '../quantities/types'

/** A window as dates 'YYYY-MM-DD' (either end may be open). */
export interface DateWindow {
  start: string | null
  end: string | null
}

export interface StoredFigure {
  claimId: string
  shortId: string
  text: string
  subject: string | null
  window: DateWindow | null
  /** The metric the stored figure is on, if any. */
  metricId: string | null
  quantity: Quantity
}

export interface FigureMatch {
  claimId: string
  shortId: string
  text: string
  relation: Relation
  explanation: Bilingual
  /** Both figures are on the same metric (not only of the same subject and window). */
  sameMetric: boolean
}

export const MATCHING_RELATIONS: readonly Relation[] = ['EQUAL', 'AGREE_WITHIN_PRECISION', 'CONSISTENT']

/** One spelling for each country the desk and the extractor name in different ways ("South Korea", "한국", "Korea"). */
const SUBJECT_ALIASES: [RegExp, string][] = [
  [/^(?:대한민국|한국|우리나라|국내|south korea|republic of korea|korea)$/, 'korea'],
  [/^(?:미국|united states|u\.s\.|us|usa|america)$/, 'us'],
  [/^(?:중국|china)$/, 'china'],
  [/^(?:일본|japan)$/, 'japan'],
  [/^(?:영국|united kingdom|uk|britain)$/, 'uk'],
  [/^(?:독일|germany)$/, 'germany'],
]

export function canonicalSubject(subject: string | null | undefined): string | null {
  const plain = subject?.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!plain) return null
  for (const [pattern, name] of SUBJECT_ALIASES) if (pattern.test(plain)) return name
  return plain
}

/** Both windows given and sharing at least one day; an open end runs on without limit. */
export function windowsOverlap(a: DateWindow | null, b: DateWindow | null): boolean {
  if (!a || !b) return false
  if (!(a.start || a.end) || !(b.start || b.end)) return false
  const startsBeforeOtherEnds = (x: DateWindow, y: DateWindow) => !x.start || !y.end || x.start <= y.end
  return startsBeforeOtherEnds(a, b) && startsBeforeOtherEnds(b, a)
}

/**
 * The stored figures this one may repeat, best first (EQUAL, then within precision, then consistent), one per claim.
 * A figure without a subject or window matches nothing here: "a figure of 13억 달러" alone says too little.
 */
export function figureMatches(
  figure: { quantity: Quantity; subject: string | null; window: DateWindow | null; metricId?: string | null },
  stored: readonly StoredFigure[],
): FigureMatch[] {
  const subject = canonicalSubject(figure.subject)
  if (!subject || !figure.window) return []
  const best = new Map<string, FigureMatch>()
  for (const other of stored) {
    if (canonicalSubject(other.subject) !== subject || !windowsOverlap(figure.window, other.window)) continue
    if (figure.metricId && other.metricId && figure.metricId !== other.metricId) continue
    const comparison = compareQuantities(figure.quantity, other.quantity)
    const rank = MATCHING_RELATIONS.indexOf(comparison.relation)
    if (rank < 0) continue
    const previous = best.get(other.claimId)
    if (previous && MATCHING_RELATIONS.indexOf(previous.relation) <= rank) continue
    const sameMetric = Boolean(figure.metricId && figure.metricId === other.metricId)
    best.set(other.claimId, { claimId: other.claimId, shortId: other.shortId, text: other.text, relation: comparison.relation, explanation: comparison.explanation, sameMetric })
  }
  return [...best.values()].sort((x, y) => MATCHING_RELATIONS.indexOf(x.relation) - MATCHING_RELATIONS.indexOf(y.relation))
}

/** The share of Hangul among the letters: a Korean article is mostly Hangul, an English one has almost none. */
export function detectLanguage(text: string): 'ko' | 'en' {
  const hangul = text.match(/[\uac00-\ud7a3]/g)?.length ?? 0
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0
  return hangul + latin > 0 && hangul / (hangul + latin) >= 0.3 ? 'ko' : 'en'
}

/** Pasted text that is a page's markup rather than its words. */
export const looksLikeHtml = (text: string) => /<(?:html|body|article|div|p|span|h[1-6]|br|section|main)\b[^>]*>/i.test(text)
