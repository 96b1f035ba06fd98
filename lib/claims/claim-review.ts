// The ClaimReview structured data (schema.org) of a claim's permalink, as search engines and fact-check
// aggregators read it. Pure: the page hands in what it shows, so the markup can only say what readers see.
// Rules followed (Google's ClaimReview guidelines, schema.org): claimReviewed is a short summary of the claim and
// never carries the rating; the rating's human-readable name is alternateName; numeric ratingValue/bestRating/
// worstRating appear only for ratings that sit on the numeric scale; url is the page's canonical URL.

export const CLAIM_REVIEWED_MAX = 75
const ELLIPSIS = '…'

export interface ClaimReviewInput {
  /** Absolute canonical URL of the permalink. */
  url: string
  claim: {
    text: string
    firstSeenAt: Date | null
    /** How precisely the first-seen date is known (a day unless told). */
    firstSeenPrecision?: Precision
    claimant: { name: string; kind: 'PERSON' | 'ORGANIZATION' | 'GOVERNMENT' | 'MEDIA' } | null
    /** Where the desk recorded the claim appearing, in any order. */
    appearances: {
      sourceId: string
      appearedAt: Date | null
      /** How precisely the desk knows the appearance's date (a day unless told). */
      appearedPrecision?: Precision
      source: {
        title: string
        url: string | null
        publisher: string
        publishedAt: Date | null
        publishedPrecision: Precision
        publishedApprox: boolean
      }
    }[]
    /** The claim's evidence: only which source takes which stance, to tell a rebuttal from an appearance. */
    evidence: { sourceId: string; stance: 'SUPPORTS' | 'CONTRADICTS' | 'REBUTS' | 'CONTEXT' }[]
  }
  verdict: {
    withdrawn: boolean
    rating: { labelKo: string; labelEn: string; value: number | null }
    firstPublishedAt: Date
    publishedAt: Date
  }
  /** The scale's numeric range; null when no rating on it has a value. */
  scale: { best: number; worst: number } | null
  organization: { name: string; url: string }
}

type JsonLd = Record<string, unknown>
type Precision = 'DAY' | 'MONTH' | 'YEAR'

/**
 * Text cut to at most `max` UTF-16 code units (the strictest way "characters" gets counted by validators), at a
 * grapheme boundary so that no Hangul syllable, combining mark or emoji is split, with an ellipsis when cut.
 * Whitespace runs (line breaks in a long claim) become one space.
 */
export function truncateText(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  let out = ''
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(clean)) {
    if (out.length + segment.length + ELLIPSIS.length > max) break
    out += segment
  }
  return `${out.trimEnd()}${ELLIPSIS}`
}

const DAY_MS = 86_400_000
const day = (time: number) => new Date(time).toISOString().slice(0, 10)

function claimantLd(claimant: NonNullable<ClaimReviewInput['claim']['claimant']>): JsonLd {
  return { '@type': claimant.kind === 'PERSON' ? 'Person' : 'Organization', name: claimant.name }
}

type Appearance = ClaimReviewInput['claim']['appearances'][number]

/**
 * When an appearance was, as far as the record says: the days it may have been on (UTC midnights, inclusive), and
 * whether that is one known day. The desk's own date of the appearance is a day; without one the source's date
 * stands in, but a source known only to the month or year (stored as its first day) spans that month or year, and an
 * approximate or missing date says nothing. Treating "April 2024" as 1 April is what once made a claim's first
 * appearance predate the claim.
 */
interface Span {
  from: number
  to: number
  exact: boolean
  /** The date as ISO 8601 at the precision the desk recorded ("2024-12"), for a date the desk itself gave. */
  written?: string
}

const UNKNOWN: Span = { from: -Infinity, to: Infinity, exact: false }

/** The days a date known to the day, month or year spans. */
function spanOf(date: Date, precision: Precision): Span {
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  switch (precision) {
    case 'DAY':
      return { from: date.getTime(), to: date.getTime(), exact: true }
    case 'MONTH':
      return { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 1) - DAY_MS, exact: false }
    case 'YEAR':
      return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1) - DAY_MS, exact: false }
  }
}

/** A date the desk recorded, written at its precision: "2024-12-05", "2024-12" or "2024". */
function recordedSpan(date: Date, precision: Precision = 'DAY'): Span {
  const iso = date.toISOString()
  return { ...spanOf(date, precision), written: precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 10) }
}

function appearanceSpan(appearance: Appearance): Span {
  if (appearance.appearedAt) return recordedSpan(appearance.appearedAt, appearance.appearedPrecision)
  const { publishedAt, publishedPrecision, publishedApprox } = appearance.source
  if (!publishedAt || publishedApprox) return UNKNOWN
  return spanOf(publishedAt, publishedPrecision)
}

/** Oldest first by the first possible day; an appearance with no date at all sorts last. */
const sortKey = (span: Span) => (span === UNKNOWN ? Infinity : span.from)

interface Dated {
  appearance: Appearance & { source: { url: string | null } }
  span: Span
}

function appearanceLd({ appearance, span }: Dated): JsonLd {
  return {
    '@type': 'CreativeWork',
    url: appearance.source.url,
    headline: appearance.source.title,
    author: { '@type': 'Organization', name: appearance.source.publisher },
    // A known day, or the month or year the desk recorded ("2024-12", ISO 8601 at that precision); a source's
    // own month-precise date is left out, since the appearance may be a later repost.
    ...(span.written ? { datePublished: span.written } : span.exact ? { datePublished: day(span.from) } : {}),
  }
}

/**
 * The Claim's appearance, firstAppearance and datePublished, from where the claim was made:
 *
 * - A source the claim's evidence cites as rebutting or contradicting it is a reply to the claim (the ministry's
 *   rebuttal that quotes the claim in its title), not a place the claim was made, even when the desk also recorded
 *   it as an appearance; it is left out. Evidence is never a source of appearances.
 * - appearance lists only appearances with a URL (Google requires one), oldest first, undated ones last.
 * - firstAppearance is the appearance that provably came first (its last possible day is on or before every other
 *   one's first possible day), given only when it has a URL: if the earliest is one without a URL, a later one with
 *   a URL is not the first appearance.
 * - datePublished is the earlier of the day the desk first saw the claim and the first known day it appeared, and is
 *   left out when some appearance surely came before it (a month-precise one that ended earlier).
 */
function claimAppearances(claim: ClaimReviewInput['claim']): JsonLd {
  const replies = new Set(claim.evidence.filter((item) => item.stance === 'REBUTS' || item.stance === 'CONTRADICTS').map((item) => item.sourceId))
  const origins: Dated[] = claim.appearances
    .filter((appearance) => !replies.has(appearance.sourceId))
    .map((appearance) => ({ appearance, span: appearanceSpan(appearance) }))
    // Stable: undated ones keep the desk's order after the dated ones.
    .sort((a, b) => sortKey(a.span) - sortKey(b.span) || a.span.to - b.span.to)

  const earliest = origins.filter(({ span }, i) => origins.every((other, j) => i === j || span.to <= other.span.from))
  const first = earliest.find(({ appearance }) => appearance.source.url)
  const withUrl = origins.filter(({ appearance }) => appearance.source.url)

  // The claim's date: the earliest of the desk's first-seen date (at its precision) and the known appearance days;
  // a day inside a first-seen month that starts it wins, being the more precise.
  const known = [
    ...(claim.firstSeenAt ? [recordedSpan(claim.firstSeenAt, claim.firstSeenPrecision)] : []),
    ...origins.filter(({ span }) => span.exact).map(({ span }) => span),
  ].sort((a, b) => a.from - b.from || a.to - b.to)
  const claimDate = known[0]
  const surelyEarlier = claimDate !== undefined && origins.some(({ span }) => span.to < claimDate.from)
  const datePublished = claimDate && !surelyEarlier ? (claimDate.written ?? day(claimDate.from)) : null

  return {
    ...(datePublished ? { datePublished } : {}),
    ...(withUrl.length ? { appearance: withUrl.map(appearanceLd) } : {}),
    ...(first ? { firstAppearance: appearanceLd(first) } : {}),
  }
}

/**
 * The ClaimReview object, or null when the page must not carry one: a withdrawn verdict no longer stands, and
 * marking it up would keep a rating the newsroom retracted in search results.
 */
export function claimReview(input: ClaimReviewInput): JsonLd | null {
  const { claim, verdict, scale } = input
  if (verdict.withdrawn) return null

  const value = verdict.rating.value
  const numeric = value !== null && scale !== null
  const reviewRating: JsonLd = {
    '@type': 'Rating',
    // The page is Korean (html lang="ko"); the badge shows this label first.
    alternateName: verdict.rating.labelKo,
    ...(numeric ? { ratingValue: value, bestRating: scale.best, worstRating: scale.worst } : {}),
  }

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: truncateText(claim.text),
    author: { '@type': 'Organization', name: input.organization.name, url: input.organization.url },
    datePublished: day(verdict.firstPublishedAt.getTime()),
    ...(verdict.publishedAt.getTime() !== verdict.firstPublishedAt.getTime() ? { dateModified: day(verdict.publishedAt.getTime()) } : {}),
    reviewRating,
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant ? { author: claimantLd(claim.claimant) } : {}),
      ...claimAppearances(claim),
    },
  }
}

/** The object as the body of a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
