import 'server-only'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import type { ArchiveMethod } from '../db/generated/enums'
import { parseCitations } from '../verdicts/citations'
import { changesRating, claimCorrectionNotice, pageNotice } from '../verdicts/notices'
import { citationSourceSelect } from '../sources/citation-select'
import { hasVerdictPageWhere, listedWhere, publicMetricWhere } from './visibility'
import { publicQuantitySelect } from './quantities'

// Readers see published revisions, never the Verdict row itself: that row is the desk's working copy, and may hold
// an unpublished change (status DRAFT or IN_REVIEW) while the last published revision stays public.

const ratingSelect = { labelKo: true, labelEn: true, colour: true, value: true } satisfies Prisma.RatingSelect

const latestRevision = { orderBy: { number: 'desc' }, take: 1 } as const



const sourceSelect = {
  id: true,
  ...citationSourceSelect,
  // Readers get links to the archived copy: our own (the one the verdict cited, else the current one) and an
  // external archive when the desk recorded one.
  archivedUrl: true,
  currentCopy: { select: { id: true, method: true, takenAt: true } },
} satisfies Prisma.SourceSelect

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>
type CopyRef = { id: string; sourceId: string; method: ArchiveMethod; takenAt: Date }

/**
 * The copy of a source a claim page links: the one the latest revision cited (recorded at publication), marked
 * cited; for a source added since, or archived only since, the current copy, unmarked.
 */
function withLinkedCopy<S extends SourceRow>({ currentCopy, ...source }: S, cited: CopyRef[]) {
  const citedCopy = cited.find((copy) => copy.sourceId === source.id)
  const copy = citedCopy ? { ...citedCopy, cited: true } : currentCopy ? { ...currentCopy, cited: false } : null
  return { ...source, copy }
}

const relatedClaimSelect = {
  id: true,
  shortId: true,
  slug: true,
  text: true,
  translation: true,
  verdict: { select: { revisions: { ...latestRevision, select: { rating: { select: ratingSelect } } } } },
} satisfies Prisma.ClaimSelect

type RelatedRow = Prisma.ClaimGetPayload<{ select: typeof relatedClaimSelect }>

// Only related claims with a verdict page of their own are named at all: a relation is an editor's work, not part
// of the reviewed verdict, so it must not put an unpublished claim's wording on a public page.
const relatedWhere = { is: hasVerdictPageWhere } satisfies Prisma.ClaimScalarRelationFilter

/**
 * Related claims as readers see them: linked with their rating only when listed (lib/claims/visibility.ts); a
 * withdrawn or merged one is named without a link or rating.
 */
async function asRelated(rows: RelatedRow[]) {
  const ids = rows.map((row) => row.id)
  const listed = new Set(
    ids.length ? (await db().claim.findMany({ where: { id: { in: ids }, ...listedWhere }, select: { id: true } })).map((row) => row.id) : [],
  )
  return new Map(
    rows.map(({ id, verdict, ...claim }) => {
      const isListed = listed.has(id)
      return [id, { ...claim, listed: isListed, rating: isListed ? (verdict?.revisions[0]?.rating ?? null) : null }]
    }),
  )
}

/** A claim page's quantities, each linking its metric only when that page is public (lib/claims/visibility.ts), never to a 404. */
async function withPublicMetricLinks<Q extends { metricId: string | null; metric: unknown }>(quantities: Q[]): Promise<Q[]> {
  const ids = [...new Set(quantities.map((q) => q.metricId).filter((id): id is string => id !== null))]
  if (!ids.length) return quantities
  const visible = new Set((await db().metric.findMany({ where: { id: { in: ids }, ...publicMetricWhere }, select: { id: true } })).map((m) => m.id))
  return quantities.map((q) => (q.metricId && visible.has(q.metricId) ? q : { ...q, metric: null }))
}

/** What readers see of a misattributed figure: what it actually counts, and what shows it. */
const misattributionSelect = {
  claimedAsKo: true,
  claimedAsEn: true,
  actualKo: true,
  actualEn: true,
  actualSubject: true,
  actualWindowKind: true,
  actualWindowStart: true,
  actualWindowEnd: true,
  actualDefinition: true,
  actualMetricId: true,
  actualMetric: { select: { slug: true, nameKo: true, nameEn: true } },
  toClaim: { select: relatedClaimSelect },
  source: { select: { id: true, title: true, publisher: true, url: true } },
} satisfies Prisma.ClaimRelationSelect

type MisattributionRow = Prisma.ClaimRelationGetPayload<{ select: typeof misattributionSelect }>

/**
 * A misattribution as readers may see it. It is the desk's finding, shown on the claim's verdict page like a
 * relation: the claim that shows it only when that claim has a verdict page (linked when listed), the metric only
 * when its page is public, the source only when this claim's page cites it anyway (as evidence or appearance).
 */
async function withPublicMisattributions<Q extends { misattribution: MisattributionRow | null }>(quantities: Q[], citedSources: Set<string>) {
  const rows = quantities.flatMap((q) => (q.misattribution ? [q.misattribution] : []))
  const claimIds = rows.flatMap((r) => (r.toClaim ? [r.toClaim.id] : []))
  const metricIds = rows.flatMap((r) => (r.actualMetricId ? [r.actualMetricId] : []))
  const [withPages, publicMetrics] = await Promise.all([
    claimIds.length ? db().claim.findMany({ where: { id: { in: claimIds }, ...hasVerdictPageWhere }, select: { id: true } }) : [],
    metricIds.length ? db().metric.findMany({ where: { id: { in: metricIds }, ...publicMetricWhere }, select: { id: true } }) : [],
  ])
  const shown = new Set(withPages.map((c) => c.id))
  const related = await asRelated(rows.flatMap((r) => (r.toClaim && shown.has(r.toClaim.id) ? [r.toClaim] : [])))
  const metrics = new Set(publicMetrics.map((m) => m.id))
  return quantities.map(({ misattribution: m, ...q }) => ({
    ...q,
    misattribution: m
      ? {
          claimedAs: m.claimedAsKo && m.claimedAsEn ? { ko: m.claimedAsKo, en: m.claimedAsEn } : null,
          actual: { ko: m.actualKo ?? '', en: m.actualEn ?? '' },
          subject: m.actualSubject,
          window: m.actualWindowKind ? { kind: m.actualWindowKind, start: m.actualWindowStart, end: m.actualWindowEnd } : null,
          definition: m.actualDefinition,
          metric: m.actualMetricId && metrics.has(m.actualMetricId) ? m.actualMetric : null,
          shownBy: m.toClaim ? (related.get(m.toClaim.id) ?? null) : null,
          source: m.source && citedSources.has(m.source.id) ? m.source : null,
        }
      : null,
  }))
}

export type ReaderMisattribution = NonNullable<PublishedClaim['quantities'][number]['misattribution']>

const revisionSelect = {
  number: true,
  summary: true,
  analysis: true,
  summaryEn: true,
  analysisEn: true,
  citedEvidence: true,
  changeNote: true,
  publishedAt: true,
  rating: { select: { id: true, scaleId: true, ...ratingSelect } },
  copies: { select: { copy: { select: { id: true, sourceId: true, method: true, takenAt: true } } } },
} satisfies Prisma.VerdictRevisionSelect

type RevisionRow = Prisma.VerdictRevisionGetPayload<{ select: typeof revisionSelect }>

/**
 * The verdict as readers see it: the latest published revision, the corrections log (newest first), and when the
 * latest revision changed the rating, what it changed from (the notice at the top of the page).
 */
function toPublicVerdict(verdict: { status: string; withdrawnAt: Date | null; withdrawnReason: string | null; revisions: RevisionRow[] }) {
  const [latest, previous] = verdict.revisions
  if (!latest) return null
  const withdrawn = verdict.status === 'WITHDRAWN'
  const ratingChange =
    previous && changesRating({ ratingId: previous.rating.id }, { ratingId: latest.rating.id })
      ? { from: previous.rating, to: latest.rating, at: latest.publishedAt, note: latest.changeNote }
      : null
  return {
    withdrawn,
    /** Which notice the page shows at its top (lib/verdicts/notices.ts, shared with the corrections page). */
    notice: pageNotice({ withdrawn, latestChangesRating: ratingChange !== null }),
    withdrawnAt: verdict.withdrawnAt,
    withdrawnReason: verdict.withdrawnReason,
    rating: latest.rating,
    summary: latest.summary,
    analysis: latest.analysis,
    summaryEn: latest.summaryEn,
    analysisEn: latest.analysisEn,
    citations: parseCitations(latest.citedEvidence),
    citedCopies: latest.copies.map(({ copy }) => copy),
    revision: latest.number,
    publishedAt: latest.publishedAt,
    firstPublishedAt: verdict.revisions[verdict.revisions.length - 1].publishedAt,
    ratingChange,
    corrections: verdict.revisions.map((revision) => ({
      number: revision.number,
      changeNote: revision.changeNote,
      publishedAt: revision.publishedAt,
      rating: revision.rating,
    })),
  }
}

export async function getPublishedClaim(shortId: string) {
  const claim = await db().claim.findFirst({
    where: { shortId, ...hasVerdictPageWhere },
    include: {
      claimant: true,
      quantities: { orderBy: { position: 'asc' }, select: { ...publicQuantitySelect, misattribution: { select: misattributionSelect } } },
      verdict: { select: { status: true, withdrawnAt: true, withdrawnReason: true, revisions: { orderBy: { number: 'desc' }, select: revisionSelect } } },
      evidence: { include: { source: { select: sourceSelect } }, orderBy: { createdAt: 'asc' } },
      appearances: { include: { source: { select: sourceSelect } }, orderBy: { appearedAt: 'asc' } },
      // A misattribution is shown with the figure it is about (quantities above), not among the related claims.
      relationsFrom: { where: { toClaim: relatedWhere, kind: { not: 'MISATTRIBUTED' } }, include: { toClaim: { select: relatedClaimSelect } } },
      relationsTo: { where: { fromClaim: relatedWhere, kind: { not: 'MISATTRIBUTED' } }, include: { fromClaim: { select: relatedClaimSelect } } },
      // Published edits of the claim itself (lib/claim-edits/): its corrections log, and the notice of the latest
      // one that is not minor. Pending ones are the desk's: readers see the claim as published.
      edits: {
        where: { status: 'PUBLISHED', publishedAt: { not: null } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        select: { id: true, minor: true, correctionNote: true, publishedAt: true },
      },
    },
  })
  if (!claim?.verdict) return null
  const verdict = toPublicVerdict(claim.verdict)
  if (!verdict) return null
  // Every kind but MISATTRIBUTED names its other claim (a CHECK in the database says so).
  const relationsFrom = claim.relationsFrom.flatMap(({ toClaim, ...relation }) => (toClaim ? [{ ...relation, toClaim }] : []))
  const citedSources = new Set([...claim.evidence, ...claim.appearances].map((item) => item.source.id))
  const [related, quantities] = await Promise.all([
    asRelated([...relationsFrom.map((r) => r.toClaim), ...claim.relationsTo.map((r) => r.fromClaim)]),
    withPublicMetricLinks(claim.quantities).then((qs) => withPublicMisattributions(qs, citedSources)),
  ])
  const { edits, ...rest } = claim
  const claimCorrections = edits.map((edit) => ({ ...edit, publishedAt: edit.publishedAt! }))
  return {
    ...rest,
    /** The claim's own published edits, newest first; minor ones carry no note. */
    claimCorrections,
    /** The edit the claim-correction notice at the top tells of (lib/verdicts/notices.ts), or null. */
    claimCorrectionNotice: claimCorrectionNotice(claimCorrections),
    quantities,
    evidence: claim.evidence.map(({ source, ...item }) => ({ ...item, source: withLinkedCopy(source, verdict.citedCopies) })),
    appearances: claim.appearances.map(({ source, ...item }) => ({ ...item, source: withLinkedCopy(source, verdict.citedCopies) })),
    verdict,
    relationsFrom: relationsFrom.map(({ toClaim, ...relation }) => ({ ...relation, toClaim: related.get(toClaim.id)! })),
    relationsTo: claim.relationsTo.map(({ fromClaim, ...relation }) => ({ ...relation, fromClaim: related.get(fromClaim.id)! })),
  }
}

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>
export type PublicVerdict = PublishedClaim['verdict']
export type SourceSummary = PublishedClaim['evidence'][number]['source']
export type RelatedClaim = PublishedClaim['relationsFrom'][number]['toClaim']

/**
 * A claim an editor made public while it is still being checked ("검증 중 Under research"): any status but
 * ARCHIVED, not a duplicate, and without a public permalink of its own (once a verdict is published the claim is
 * served by getPublishedClaim instead). Readers get the claim, its claimant and quantity, where it appeared and the
 * sources being examined, and nothing of the verdict: no rating, summary, analysis, stance, excerpt or note. Never
 * listed: the home page, feeds, search and the API keep using the queries above.
 */
export async function getUnderResearchClaim(shortId: string) {
  const claim = await db().claim.findFirst({
    where: { shortId, publicUnderResearch: true, status: { not: 'ARCHIVED' }, duplicateOfId: null, NOT: hasVerdictPageWhere },
    select: {
      shortId: true,
      slug: true,
      text: true,
      language: true,
      translation: true,
      translationLanguage: true,
      claimantNote: true,
      firstSeenAt: true,
      firstSeenPrecision: true,
      updatedAt: true,
      claimant: { select: { name: true, nameEn: true } },
      quantities: { orderBy: { position: 'asc' }, select: publicQuantitySelect },
      // Where the claim was made and the sentence that makes it: the claim's own wording, not the verdict's material.
      appearances: { select: { id: true, appearedAt: true, appearedPrecision: true, quote: true, source: { select: sourceSelect } }, orderBy: { appearedAt: 'asc' } },
      // Only which sources are being examined: the stance, excerpt and note are the verdict's material.
      evidence: { select: { source: { select: sourceSelect } }, orderBy: { createdAt: 'asc' } },
    },
  })
  if (!claim) return null
  const { evidence, ...rest } = claim
  const sources = [...new Map(evidence.map(({ source }) => [source.id, source])).values()]
  return { ...rest, quantities: await withPublicMetricLinks(claim.quantities), sources }
}

export type UnderResearchClaim = NonNullable<Awaited<ReturnType<typeof getUnderResearchClaim>>>

/**
 * Where a merged duplicate's permalink leads: its canonical claim, once that is public. The duplicate itself need
 * not be published; an unpublished canonical claim gives null, so a redirect never reveals an unpublished link.
 */
export async function publishedCanonicalOf(shortId: string) {
  return db().claim.findFirst({
    where: { duplicates: { some: { shortId } }, ...hasVerdictPageWhere },
    select: { shortId: true, slug: true },
  })
}

/**
 * The numeric range of a rating scale, for ClaimReview's bestRating and worstRating: the highest and lowest values
 * its ratings carry (ratings such as "Undecidable" carry none and do not count).
 */
export async function ratingScaleBounds(scaleId: string): Promise<{ best: number; worst: number } | null> {
  const { _max, _min } = await db().rating.aggregate({ where: { scaleId, value: { not: null } }, _max: { value: true }, _min: { value: true } })
  return _max.value === null || _min.value === null ? null : { best: _max.value, worst: _min.value }
}
