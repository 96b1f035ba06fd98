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
    claimant: { name: string; kind: 'PERSON' | 'ORGANIZATION' | 'GOVERNMENT' | 'MEDIA' } | null
    /** Where the claim appeared, in any order. */
    appearances: {
      appearedAt: Date | null
      source: { title: string; url: string | null; publisher: string; publishedAt: Date | null }
    }[]
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

const day = (date: Date) => date.toISOString().slice(0, 10)

function claimantLd(claimant: NonNullable<ClaimReviewInput['claim']['claimant']>): JsonLd {
  return { '@type': claimant.kind === 'PERSON' ? 'Person' : 'Organization', name: claimant.name }
}

type Appearance = ClaimReviewInput['claim']['appearances'][number]
const appearanceDate = (appearance: Appearance) => appearance.appearedAt ?? appearance.source.publishedAt

function appearanceLd(appearance: Appearance): JsonLd {
  const date = appearanceDate(appearance)
  return {
    '@type': 'CreativeWork',
    ...(appearance.source.url ? { url: appearance.source.url } : {}),
    headline: appearance.source.title,
    author: { '@type': 'Organization', name: appearance.source.publisher },
    ...(date ? { datePublished: day(date) } : {}),
  }
}

/**
 * The ClaimReview object, or null when the page must not carry one: a withdrawn verdict no longer stands, and
 * marking it up would keep a rating the newsroom retracted in search results.
 */
export function claimReview(input: ClaimReviewInput): JsonLd | null {
  const { claim, verdict, scale } = input
  if (verdict.withdrawn) return null

  // Dated appearances first, oldest first; undated ones keep their order after them.
  const appearances = [...claim.appearances].sort((a, b) => {
    const da = appearanceDate(a)?.getTime() ?? Infinity
    const db = appearanceDate(b)?.getTime() ?? Infinity
    return da - db
  })
  const first = appearances[0]
  const firstDate = first ? appearanceDate(first) : null
  const claimDate = claim.firstSeenAt ?? firstDate

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
    datePublished: day(verdict.firstPublishedAt),
    ...(verdict.publishedAt.getTime() !== verdict.firstPublishedAt.getTime() ? { dateModified: day(verdict.publishedAt) } : {}),
    reviewRating,
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant ? { author: claimantLd(claim.claimant) } : {}),
      ...(claimDate ? { datePublished: day(claimDate) } : {}),
      ...(appearances.length ? { appearance: appearances.map(appearanceLd), firstAppearance: appearanceLd(first) } : {}),
    },
  }
}

/** The object as the body of a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
