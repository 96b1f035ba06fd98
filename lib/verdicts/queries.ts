// Desk reads for verdicts: the claim page's verdict panel and the review queue. Server-only: they include
// unpublished drafts and desk comments.
import 'server-only'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import { citationsFor, type Citation } from './citations'
import { diffLines, type DiffLine } from './diff'
import { evidenceForCitations } from '../sources/citation-select'
import { twoPersonRule } from '../settings/queries'
import { publishRight } from './publishers'

const ratingSelect = { id: true, labelKo: true, labelEn: true, colour: true, value: true, retired: true } satisfies Prisma.RatingSelect

export type RatingChoice = Prisma.RatingGetPayload<{ select: typeof ratingSelect }>

/** The ratings an editor may choose: the default scale's current ones, plus the verdict's own if since retired. */
export async function ratingChoices(currentRatingId?: string): Promise<RatingChoice[]> {
  const ratings = await db().rating.findMany({
    where: { OR: [{ retired: false, scale: { isDefault: true } }, ...(currentRatingId ? [{ id: currentRatingId }] : [])] },
    orderBy: [{ scale: { isDefault: 'desc' } }, { position: 'asc' }],
    select: ratingSelect,
  })
  return ratings
}

/** The claim's evidence as citations with keys, for the editor's key list and preview. */
export async function claimCitations(claimId: string): Promise<Citation[]> {
  const evidence = await db().evidence.findMany({ where: { claimId }, ...evidenceForCitations })
  return citationsFor(evidence)
}

const person = { select: { id: true, name: true } } as const

/**
 * Everything the verdict panel shows for one claim; `verdict` is null before the first draft. `publishRight` (for
 * a verdict in review) says whether the viewer's own work keeps them from publishing it, and who may.
 */
export async function getVerdictWorkspace(claimId: string, viewerId: string) {
  const verdict = await db().verdict.findUnique({
    where: { claimId },
    select: {
      id: true,
      ratingId: true,
      summary: true,
      analysis: true,
      summaryEn: true,
      analysisEn: true,
      status: true,
      version: true,
      submittedAt: true,
      publishedAt: true,
      withdrawnAt: true,
      withdrawnReason: true,
      rating: { select: ratingSelect },
      author: person,
      reviewer: person,
      comments: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, body: true, createdAt: true, author: person } },
      revisions: {
        orderBy: { number: 'desc' },
        select: { number: true, changeNote: true, publishedAt: true, summary: true, rating: { select: ratingSelect }, publishedBy: person },
      },
    },
  })
  const [ratings, citations, rule] = await Promise.all([ratingChoices(verdict?.ratingId), claimCitations(claimId), twoPersonRule()])
  const right =
    verdict?.status === 'IN_REVIEW'
      ? await publishRight(db(), { id: verdict.id, authorId: verdict.author?.id ?? null, baseRevision: verdict.revisions[0]?.number ?? 0 }, viewerId, rule)
      : null
  return { verdict, ratings, citations, publishRight: right }
}

export type VerdictWorkspace = Awaited<ReturnType<typeof getVerdictWorkspace>>
export type DeskVerdict = NonNullable<VerdictWorkspace['verdict']>

const ratingLine = (rating: { labelKo: string; labelEn: string }) => `${rating.labelKo} (${rating.labelEn})`

interface DiffSide {
  rating: { labelKo: string; labelEn: string }
  summary: string
  analysis: string
  summaryEn: string | null
  analysisEn: string | null
}

/**
 * What a draft changes against the last published revision, field by field (the English translation included);
 * everything is "added" for a first draft.
 */
export function verdictDiff(
  draft: DiffSide,
  published: DiffSide | null,
): Record<'rating' | 'summary' | 'analysis' | 'summaryEn' | 'analysisEn', DiffLine[]> {
  return {
    rating: diffLines(published ? ratingLine(published.rating) : '', ratingLine(draft.rating)),
    summary: diffLines(published?.summary ?? '', draft.summary),
    analysis: diffLines(published?.analysis ?? '', draft.analysis),
    summaryEn: diffLines(published?.summaryEn ?? '', draft.summaryEn ?? ''),
    analysisEn: diffLines(published?.analysisEn ?? '', draft.analysisEn ?? ''),
  }
}

/**
 * Verdicts waiting for a reviewer, oldest submission first, each with its diff against what readers see now and,
 * given the viewer, whether their own work keeps them from publishing it and who may.
 */
export async function reviewQueue(viewerId?: string) {
  const rows = await db().verdict.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: [{ submittedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    select: {
      id: true,
      version: true,
      summary: true,
      analysis: true,
      summaryEn: true,
      analysisEn: true,
      submittedAt: true,
      rating: { select: ratingSelect },
      author: person,
      claim: { select: { id: true, shortId: true, slug: true, text: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, summary: true, analysis: true, summaryEn: true, analysisEn: true, rating: { select: ratingSelect } } },
    },
  })
  const rule = viewerId ? await twoPersonRule() : true
  return Promise.all(
    rows.map(async ({ revisions, ...verdict }) => ({
      ...verdict,
      lastPublished: revisions[0] ?? null,
      diff: verdictDiff(verdict, revisions[0] ?? null),
      publishRight: viewerId
        ? await publishRight(db(), { id: verdict.id, authorId: verdict.author?.id ?? null, baseRevision: revisions[0]?.number ?? 0 }, viewerId, rule)
        : null,
    })),
  )
}

/** The claim a publish from the queue was about, for the queue's confirmation. */
export async function publishedFromQueue(shortId: string) {
  return db().claim.findFirst({ where: { shortId, verdict: { revisions: { some: {} } } }, select: { shortId: true, slug: true, text: true } })
}

export type ReviewQueueItem = Awaited<ReturnType<typeof reviewQueue>>[number]
