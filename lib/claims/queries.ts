import 'server-only'
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'

export const PAGE_SIZE = 20

/** Readers see a claim once it and its verdict are published. */
const publishedWhere = {
  status: 'PUBLISHED',
  verdict: { is: { status: 'PUBLISHED' } },
} satisfies Prisma.ClaimWhereInput

const ratingSelect = { labelKo: true, labelEn: true, colour: true, value: true } satisfies Prisma.RatingSelect

export async function listPublishedClaims(page = 1, pageSize = PAGE_SIZE) {
  const [items, total] = await Promise.all([
    db().claim.findMany({
      where: publishedWhere,
      orderBy: [{ verdict: { publishedAt: 'desc' } }, { shortId: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        shortId: true,
        slug: true,
        text: true,
        translation: true,
        claimant: { select: { name: true, nameEn: true } },
        verdict: { select: { summary: true, publishedAt: true, rating: { select: ratingSelect } } },
      },
    }),
    db().claim.count({ where: publishedWhere }),
  ])
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}

export type PublishedClaimListItem = Awaited<ReturnType<typeof listPublishedClaims>>['items'][number]

const sourceSelect = {
  id: true,
  kind: true,
  publisher: true,
  author: true,
  title: true,
  url: true,
  publishedAt: true,
  publishedPrecision: true,
  publishedApprox: true,
  accessedAt: true,
} satisfies Prisma.SourceSelect

const relatedClaimSelect = {
  shortId: true,
  slug: true,
  text: true,
  translation: true,
  status: true,
  verdict: { select: { status: true, rating: { select: ratingSelect } } },
} satisfies Prisma.ClaimSelect

export async function getPublishedClaim(shortId: string) {
  return db().claim.findFirst({
    where: { shortId, ...publishedWhere },
    include: {
      claimant: true,
      verdict: { include: { rating: true, revisions: { orderBy: { number: 'desc' }, select: { number: true, changeNote: true, publishedAt: true } } } },
      evidence: { include: { source: { select: sourceSelect } }, orderBy: { createdAt: 'asc' } },
      appearances: { include: { source: { select: sourceSelect } }, orderBy: { appearedAt: 'asc' } },
      relationsFrom: { include: { toClaim: { select: relatedClaimSelect } } },
      relationsTo: { include: { fromClaim: { select: relatedClaimSelect } } },
    },
  })
}

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof getPublishedClaim>>>
export type SourceSummary = PublishedClaim['evidence'][number]['source']
export type RelatedClaim = PublishedClaim['relationsFrom'][number]['toClaim']

/**
 * Where a merged duplicate's permalink leads: its canonical claim, once that is public. The duplicate itself need
 * not be published; an unpublished canonical claim gives null, so a redirect never reveals an unpublished link.
 */
export async function publishedCanonicalOf(shortId: string) {
  return db().claim.findFirst({
    where: { duplicates: { some: { shortId } }, ...publishedWhere },
    select: { shortId: true, slug: true },
  })
}
