// The public API's and the export's JSON, in the shapes of api-schema.ts (which the OpenAPI description is made
// from). Fields are listed one by one, never spread from rows, so that an
// internal column added later (an editor's id, a draft) cannot leak into open data by accident.
import type { PublicQuantity } from '../claims/quantities'
import type { ClaimDetailJson, ClaimSummaryJson, ExportedClaimJson, ExportedSourceJson, LegacyQuantityJson, QuantityJson, SourceJson } from './api-schema'
import type { PublishedClaim } from '../claims/queries'
import type { ReaderClaimRow, ReaderSourceRow } from './queries'
import type { DatePrecision } from '../db/generated/enums'
import { formatDate } from '../format'
import { absoluteUrl, claimUrl, embedPath } from './urls'

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)
/** A date at its precision: "2024-12-05", "2024-12" or "2024". */
const partialDay = (date: Date | null, precision: DatePrecision) => (date ? formatDate(date, precision) : null)

export function serializeClaimSummary(row: ReaderClaimRow): ClaimSummaryJson {
  return {
    id: row.shortId,
    url: claimUrl(row),
    apiUrl: absoluteUrl(`/api/v1/claims/${encodeURIComponent(row.shortId)}`),
    embedUrl: absoluteUrl(embedPath(row.shortId)),
    text: row.text,
    language: row.language,
    translation: row.translation,
    translationLanguage: row.translationLanguage,
    // The left join gives a name whenever it gives an id.
    claimant: row.claimantId && row.claimantName !== null ? { id: row.claimantId, name: row.claimantName, nameEn: row.claimantNameEn } : null,
    tags: row.tags,
    firstSeenAt: partialDay(row.firstSeenAt, row.firstSeenPrecision),
    verdict: {
      rating: { id: row.ratingId, labelKo: row.ratingKo, labelEn: row.ratingEn, colour: row.ratingColour, value: row.ratingValue },
      summary: row.summary,
      summaryEn: row.summaryEn,
      revision: row.revision,
      publishedAt: row.publishedAt.toISOString(),
    },
  }
}

/** A source as open data: who published what, where and when. */
const sourceJson = (source: Pick<ReaderSourceRow, 'kind' | 'publisher' | 'author' | 'title' | 'url' | 'publishedAt'>): SourceJson => ({
  kind: source.kind,
  publisher: source.publisher,
  author: source.author,
  title: source.title,
  url: source.url,
  publishedAt: day(source.publishedAt),
})

export function serializeSource(source: ReaderSourceRow): ExportedSourceJson {
  return { role: source.role, ...sourceJson(source), excerpt: source.excerpt, locator: source.locator }
}

/** One claim for the export: the summary plus the analysis and every source its permalink shows. */
export function serializeExportedClaim(row: ReaderClaimRow, sources: ReaderSourceRow[]): ExportedClaimJson {
  const summary = serializeClaimSummary(row)
  return { ...summary, verdict: { ...summary.verdict, analysis: row.analysis, analysisEn: row.analysisEn }, sources: sources.map(serializeSource) }
}

const decimal = (value: { toString(): string } | null) => (value === null ? null : value.toString())

/**
 * One quantity as open data. Decimals are strings ("17.27"), so no precision is lost on the way; `decimals` is the
 * stated precision (negative: stated to tens, thousands, ...); `value` is null for a RANGE, which has `low`/`high`.
 */
function quantityJson(q: PublicQuantity): QuantityJson {
  return {
    position: q.position,
    kind: q.kind,
    bound: q.bound,
    strict: q.strict,
    value: decimal(q.value),
    low: decimal(q.low),
    high: decimal(q.high),
    decimals: q.decimals,
    statedText: q.statedText,
    unit: q.unit,
    unitEn: q.unitEn,
    currency: q.currency,
    per: decimal(q.per),
    perUnit: q.perUnit,
    rankOf: q.rankOf,
    rankHighFirst: q.rankHighFirst,
    durationUnit: q.durationUnit,
    priceYear: q.priceYear,
    subject: q.subject,
    metric: q.metricLabel,
    metricUrl: q.metric ? absoluteUrl(`/metrics/${q.metric.slug}`) : null,
    windowKind: q.windowKind,
    windowStart: day(q.windowStart),
    windowEnd: day(q.windowEnd),
    definition: q.definition,
  }
}

/** The single `quantity` of API clients written before a claim could state several: null when it states nothing. */
function firstQuantityJson(q: PublicQuantity | undefined): LegacyQuantityJson | null {
  if (!q || (q.value === null && !q.metricLabel)) return null
  return {
    subject: q.subject,
    metric: q.metricLabel,
    value: decimal(q.value),
    unit: q.unit,
    windowKind: q.windowKind,
    windowStart: day(q.windowStart),
    windowEnd: day(q.windowEnd),
    definition: q.definition,
  }
}

/** `/api/v1/claims/<id>`: what the permalink shows, withdrawn verdicts included (with the withdrawal). */
export function serializeClaimDetail(claim: PublishedClaim): ClaimDetailJson {
  const related = [
    ...claim.relationsFrom.map((relation) => ({ kind: relation.kind, direction: 'to' as const, claim: relation.toClaim })),
    ...claim.relationsTo.map((relation) => ({ kind: relation.kind, direction: 'from' as const, claim: relation.fromClaim })),
  ]
  const { verdict } = claim
  return {
    id: claim.shortId,
    url: claimUrl(claim),
    embedUrl: absoluteUrl(embedPath(claim.shortId)),
    text: claim.text,
    language: claim.language,
    translation: claim.translation,
    translationLanguage: claim.translationLanguage,
    claimant: claim.claimant ? { id: claim.claimant.id, name: claim.claimant.name, nameEn: claim.claimant.nameEn } : null,
    claimantNote: claim.claimantNote,
    tags: claim.tags,
    firstSeenAt: partialDay(claim.firstSeenAt, claim.firstSeenPrecision),
    // Every figure the claim states, the main one first (see quantityJson). `quantity` is the first of them in the
    // shape this field had before a claim could hold several, for clients written then.
    quantities: claim.quantities.map(quantityJson),
    quantity: firstQuantityJson(claim.quantities[0]),
    verdict: {
      rating: {
        id: verdict.rating.id,
        labelKo: verdict.rating.labelKo,
        labelEn: verdict.rating.labelEn,
        colour: verdict.rating.colour,
        value: verdict.rating.value,
      },
      summary: verdict.summary,
      summaryEn: verdict.summaryEn,
      analysis: verdict.analysis,
      analysisEn: verdict.analysisEn,
      revision: verdict.revision,
      publishedAt: verdict.publishedAt.toISOString(),
      firstPublishedAt: verdict.firstPublishedAt.toISOString(),
      withdrawn: verdict.withdrawn,
      withdrawnAt: verdict.withdrawnAt?.toISOString() ?? null,
      withdrawnReason: verdict.withdrawn ? verdict.withdrawnReason : null,
      corrections: verdict.corrections.map((correction) => ({
        revision: correction.number,
        changeNote: correction.changeNote,
        publishedAt: correction.publishedAt.toISOString(),
        rating: { labelKo: correction.rating.labelKo, labelEn: correction.rating.labelEn },
      })),
    },
    evidence: claim.evidence.map((item) => ({
      stance: item.stance,
      excerpt: item.excerpt,
      locator: item.locator,
      source: sourceJson(item.source),
    })),
    appearances: claim.appearances.map((item) => ({ appearedAt: partialDay(item.appearedAt, item.appearedPrecision), quote: item.quote, source: sourceJson(item.source) })),
    // Unlisted related claims (unpublished, withdrawn) are named by nothing: no id, no text.
    related: related
      .filter((relation) => relation.claim.listed)
      .map((relation) => ({ kind: relation.kind, direction: relation.direction, id: relation.claim.shortId, url: claimUrl(relation.claim) })),
  }
}
