import 'server-only'
import { db } from '../db/client'
import { UserError } from '../errors'
import { copyListingSelect, defaultCopyId, type CopyListing } from './archived-copy'
import { hasVerdictPageWhere } from '../claims/visibility'
import type { Prisma } from '../db/generated/client'
import type { SourceListQuery } from './schema'
import { isHttpUrl, normalizeUrl } from './url'
import { citationSourceSelect } from './citation-select'
import { escapeLike } from '../claims/desk-queries'

export const SOURCE_PAGE_SIZE = 25

/** The current copy as a link beside a citation shows it: when it was taken, and whether it was pasted by hand. */
export const currentCopySelect = { select: { id: true, method: true, takenAt: true } } satisfies Prisma.Source$currentCopyArgs

/** What a citation needs (components/SourceCitation.tsx), plus the archive state shown beside the link. */
export const sourceSummarySelect = {
  id: true,
  ...citationSourceSelect,
  currentCopy: currentCopySelect,
  archiveError: true,
} satisfies Prisma.SourceSelect

export type SourceSummary = Prisma.SourceGetPayload<{ select: typeof sourceSummarySelect }>

function searchWhere({ q, kind }: Pick<SourceListQuery, 'q' | 'kind'>): Prisma.SourceWhereInput {
  const where: Prisma.SourceWhereInput = kind ? { kind } : {}
  if (!q) return where
  // Prisma's contains is ILIKE with the text as the pattern: escaped, so % and _ mean themselves.
  const text = { contains: escapeLike(q), mode: 'insensitive' } as const
  const or: Prisma.SourceWhereInput[] = [{ title: text }, { publisher: text }, { url: text }]
  // A pasted address finds its source even with tracking tags or a trailing slash ("is this one in already?").
  const normalized = isHttpUrl(q) ? normalizedOrNull(q) : null
  if (normalized) or.push({ url: normalized })
  return { ...where, OR: or }
}

/** A search is not a save: an address no source could be stored under (one with credentials) is plain text here. */
function normalizedOrNull(q: string): string | null {
  try {
    return normalizeUrl(q)
  } catch (error) {
    if (error instanceof UserError) return null
    throw error
  }
}

/** The library: newest first, searched by title, publisher or URL, filtered by kind. */
export async function listSources(query: SourceListQuery, pageSize = SOURCE_PAGE_SIZE) {
  const where = searchWhere(query)
  const [total, items] = await Promise.all([
    db().source.count({ where }),
    db().source.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: { ...sourceSummarySelect, _count: { select: { evidence: true, appearances: true } } },
    }),
  ])
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}

export type SourceListItem = Awaited<ReturnType<typeof listSources>>['items'][number]

const claimSelect = { id: true, shortId: true, slug: true, text: true, status: true } satisfies Prisma.ClaimSelect

/** Archived text shown inline on the source page; the whole copy is one click away (…/archived). */
export const ARCHIVE_PREVIEW_CHARACTERS = 4000

/** A copy with the published revisions that cited it; `publicOnly` keeps to claims readers can open. */
function copiesWithCitations(publicOnly: boolean) {
  return {
    orderBy: [{ takenAt: 'asc' }, { id: 'asc' }],
    select: {
      ...copyListingSelect,
      citedBy: {
        where: publicOnly ? { revision: { verdict: { claim: hasVerdictPageWhere } } } : {},
        select: {
          revision: {
            select: { number: true, publishedAt: true, verdict: { select: { claim: { select: { id: true, shortId: true, slug: true } } } } },
          },
        },
      },
    },
  } satisfies Prisma.Source$copiesArgs
}

type CopyRow = Prisma.ArchivedCopyGetPayload<{ select: ReturnType<typeof copiesWithCitations>['select'] }>

function toListing({ citedBy, ...copy }: CopyRow): CopyListing {
  return {
    ...copy,
    citedBy: citedBy
      .map(({ revision }) => ({
        claimId: revision.verdict.claim.id,
        shortId: revision.verdict.claim.shortId,
        slug: revision.verdict.claim.slug,
        revision: revision.number,
        publishedAt: revision.publishedAt,
      }))
      .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime()),
  }
}

/** One source with the claims that use it (as evidence or where the claim appeared) and every archived copy. */
export async function getSource(id: string) {
  const source = await db().source.findUnique({
    where: { id },
    include: {
      evidence: { include: { claim: { select: claimSelect } }, orderBy: { createdAt: 'asc' } },
      appearances: { include: { claim: { select: claimSelect } }, orderBy: { appearedAt: 'asc' } },
      copies: copiesWithCitations(false),
      currentCopy: { select: { id: true, text: true } },
    },
  })
  if (!source) return null
  // Readers can open these claims, so a new copy of this source is a change they see.
  const publicClaims = await db().claim.findMany({
    where: { ...hasVerdictPageWhere, OR: [{ evidence: { some: { sourceId: id } } }, { appearances: { some: { sourceId: id } } }] },
    select: { id: true, shortId: true, slug: true },
    orderBy: { shortId: 'asc' },
  })
  const { currentCopy, copies, ...rest } = source
  return {
    ...rest,
    copies: copies.map(toListing),
    archivedCharacters: currentCopy?.text.length ?? 0,
    archivePreview: currentCopy ? currentCopy.text.slice(0, ARCHIVE_PREVIEW_CHARACTERS) : null,
    publicClaims,
  }
}

export type SourceDetails = NonNullable<Awaited<ReturnType<typeof getSource>>>

/**
 * A source's copies for the plain-text view, with the one to show in full: `copyId` when it is one of this source's
 * copies, else the copy the latest publication cited, else the current one. For readers (`audience: 'reader'`) only
 * sources that a public claim page shows (as evidence or where the claim appeared), so the public route cannot be
 * used to read what the desk archived for unpublished work, and only citations by claims readers can open.
 */
export async function getArchivedCopies(sourceId: string, audience: 'reader' | 'desk', copyId?: string | null) {
  const readers = audience === 'reader'
  const source = await db().source.findFirst({
    where: {
      id: sourceId,
      ...(readers ? { OR: [{ evidence: { some: { claim: hasVerdictPageWhere } } }, { appearances: { some: { claim: hasVerdictPageWhere } } }] } : {}),
    },
    select: { id: true, title: true, url: true, currentCopyId: true, copies: copiesWithCitations(readers) },
  })
  if (!source || source.copies.length === 0) return null
  const copies = source.copies.map(toListing)
  const shownId = copyId ? (copies.find((copy) => copy.id === copyId)?.id ?? null) : defaultCopyId(copies, source.currentCopyId)
  if (!shownId) return null
  const { text } = await db().archivedCopy.findUniqueOrThrow({ where: { id: shownId }, select: { text: true } })
  return { source: { title: source.title, url: source.url }, copies, shown: { id: shownId, text } }
}

/** Every source, compactly, for the pickers on a claim's desk page. */
export function sourceOptions() {
  return db().source.findMany({
    orderBy: [{ publisher: 'asc' }, { title: 'asc' }],
    select: { id: true, kind: true, publisher: true, title: true, publishedAt: true, publishedPrecision: true },
  })
}

export type SourceOption = Awaited<ReturnType<typeof sourceOptions>>[number]
