import 'server-only'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import { parseCitations } from '../verdicts/citations'
import { archivedCopySelect } from '../sources/archived-copy'
import { citationSourceSelect } from '../sources/citation-select'
import { publicQuantitySelect } from './quantities'

// Readers see published revisions, never the Verdict row itself: that row is the desk's working copy, and may hold
// an unpublished change (status DRAFT or IN_REVIEW) while the last published revision stays public.

/** A claim has a public permalink once it is published and a revision of its verdict exists, withdrawn or not. */
const permalinkWhere = {
  status: 'PUBLISHED',
  verdict: { is: { revisions: { some: {} } } },
} satisfies Prisma.ClaimWhereInput

const ratingSelect = { labelKo: true, labelEn: true, colour: true, value: true } satisfies Prisma.RatingSelect

const latestRevision = { orderBy: { number: 'desc' }, take: 1 } as const



const sourceSelect = {
  id: true,
  ...citationSourceSelect,
  // Readers get a link to the archived copy: an external archive (archivedUrl) or our own (when archivedAt is set).
  archivedUrl: true,
  archivedAt: true,
} satisfies Prisma.SourceSelect

const relatedClaimSelect = {
  shortId: true,
  slug: true,
  text: true,
  translation: true,
  status: true,
  verdict: { select: { status: true, revisions: { ...latestRevision, select: { rating: { select: ratingSelect } } } } },
} satisfies Prisma.ClaimSelect

type RelatedRow = Prisma.ClaimGetPayload<{ select: typeof relatedClaimSelect }>

/** A related claim as readers see it: linked with its rating only when it is listed (published, not withdrawn). */
function toRelated({ verdict, status, ...claim }: RelatedRow) {
  const rating = verdict?.revisions[0]?.rating ?? null
  const listed = status === 'PUBLISHED' && verdict !== null && verdict.status !== 'WITHDRAWN' && rating !== null
  return { ...claim, listed, rating: listed ? rating : null }
}

const revisionSelect = {
  number: true,
  summary: true,
  analysis: true,
  citedEvidence: true,
  changeNote: true,
  publishedAt: true,
  rating: { select: { id: true, scaleId: true, ...ratingSelect } },
} satisfies Prisma.VerdictRevisionSelect

type RevisionRow = Prisma.VerdictRevisionGetPayload<{ select: typeof revisionSelect }>

/**
 * The verdict as readers see it: the latest published revision, the corrections log (newest first), and when the
 * latest revision changed the rating, what it changed from (the notice at the top of the page).
 */
function toPublicVerdict(verdict: { status: string; withdrawnAt: Date | null; withdrawnReason: string | null; revisions: RevisionRow[] }) {
  const [latest, previous] = verdict.revisions
  if (!latest) return null
  const ratingChange =
    previous && previous.rating.id !== latest.rating.id
      ? { from: previous.rating, to: latest.rating, at: latest.publishedAt, note: latest.changeNote }
      : null
  return {
    withdrawn: verdict.status === 'WITHDRAWN',
    withdrawnAt: verdict.withdrawnAt,
    withdrawnReason: verdict.withdrawnReason,
    rating: latest.rating,
    summary: latest.summary,
    analysis: latest.analysis,
    citations: parseCitations(latest.citedEvidence),
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
    where: { shortId, ...permalinkWhere },
    include: {
      claimant: true,
      quantities: { orderBy: { position: 'asc' }, select: publicQuantitySelect },
      verdict: { select: { status: true, withdrawnAt: true, withdrawnReason: true, revisions: { orderBy: { number: 'desc' }, select: revisionSelect } } },
      evidence: { include: { source: { select: sourceSelect } }, orderBy: { createdAt: 'asc' } },
      appearances: { include: { source: { select: sourceSelect } }, orderBy: { appearedAt: 'asc' } },
      relationsFrom: { include: { toClaim: { select: relatedClaimSelect } } },
      relationsTo: { include: { fromClaim: { select: relatedClaimSelect } } },
    },
  })
  if (!claim?.verdict) return null
  const verdict = toPublicVerdict(claim.verdict)
  if (!verdict) return null
  return {
    ...claim,
    verdict,
    relationsFrom: claim.relationsFrom.map(({ toClaim, ...relation }) => ({ ...relation, toClaim: toRelated(toClaim) })),
    relationsTo: claim.relationsTo.map(({ fromClaim, ...relation }) => ({ ...relation, fromClaim: toRelated(fromClaim) })),
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
    where: { shortId, publicUnderResearch: true, status: { not: 'ARCHIVED' }, duplicateOfId: null, NOT: permalinkWhere },
    select: {
      shortId: true,
      slug: true,
      text: true,
      language: true,
      translation: true,
      translationLanguage: true,
      claimantNote: true,
      firstSeenAt: true,
      updatedAt: true,
      claimant: { select: { name: true, nameEn: true } },
      quantities: { orderBy: { position: 'asc' }, select: publicQuantitySelect },
      appearances: { select: { id: true, appearedAt: true, source: { select: sourceSelect } }, orderBy: { appearedAt: 'asc' } },
      // Only which sources are being examined: the stance, excerpt and note are the verdict's material.
      evidence: { select: { source: { select: sourceSelect } }, orderBy: { createdAt: 'asc' } },
    },
  })
  if (!claim) return null
  const { evidence, ...rest } = claim
  const sources = [...new Map(evidence.map(({ source }) => [source.id, source])).values()]
  return { ...rest, sources }
}

export type UnderResearchClaim = NonNullable<Awaited<ReturnType<typeof getUnderResearchClaim>>>

/**
 * Where a merged duplicate's permalink leads: its canonical claim, once that is public. The duplicate itself need
 * not be published; an unpublished canonical claim gives null, so a redirect never reveals an unpublished link.
 */
export async function publishedCanonicalOf(shortId: string) {
  return db().claim.findFirst({
    where: { duplicates: { some: { shortId } }, ...permalinkWhere },
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

/**
 * A source's archived copy for readers: only for sources that a public claim page cites (as evidence or where the
 * claim appeared), so the public route cannot be used to read what the desk archived for unpublished work.
 */
export function getPublicArchivedCopy(sourceId: string) {
  return db().source.findFirst({
    where: {
      id: sourceId,
      archivedAt: { not: null },
      archivedText: { not: null },
      OR: [{ evidence: { some: { claim: permalinkWhere } } }, { appearances: { some: { claim: permalinkWhere } } }],
    },
    select: archivedCopySelect,
  })
}
