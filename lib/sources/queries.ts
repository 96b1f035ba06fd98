import 'server-only'
import { db } from '../db/client'
import { UserError } from '../errors'
import { archivedCopySelect } from './archived-copy'
import type { Prisma } from '../db/generated/client'
import type { SourceListQuery } from './schema'
import { isHttpUrl, normalizeUrl } from './url'
import { citationSourceSelect } from './citation-select'
import { escapeLike } from '../claims/desk-queries'

export const SOURCE_PAGE_SIZE = 25

/** What a citation needs (components/SourceCitation.tsx), plus the archive state shown beside the link. */
export const sourceSummarySelect = {
  id: true,
  ...citationSourceSelect,
  archivedAt: true,
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

/** One source with the claims that use it, as evidence or as a place the claim appeared. */
export async function getSource(id: string) {
  const source = await db().source.findUnique({
    where: { id },
    include: {
      evidence: { include: { claim: { select: claimSelect } }, orderBy: { createdAt: 'asc' } },
      appearances: { include: { claim: { select: claimSelect } }, orderBy: { appearedAt: 'asc' } },
    },
  })
  if (!source) return null
  // Who archived or pasted the current copy, and how: the row itself does not say.
  const lastArchive = await db().auditEvent.findFirst({
    where: { entityType: 'source', entityId: id, action: { in: ['source.archive', 'source.pasteArchive'] } },
    orderBy: { createdAt: 'desc' },
    select: { action: true, createdAt: true, actor: { select: { name: true } } },
  })
  const { archivedText, ...rest } = source
  return {
    ...rest,
    archivedCharacters: archivedText?.length ?? 0,
    archivePreview: archivedText?.slice(0, ARCHIVE_PREVIEW_CHARACTERS) ?? null,
    lastArchive,
  }
}

export type SourceDetails = NonNullable<Awaited<ReturnType<typeof getSource>>>

/** The whole archived copy, for the plain-text view. */
export function getArchivedCopy(id: string) {
  return db().source.findUnique({ where: { id }, select: archivedCopySelect })
}

/** Every source, compactly, for the pickers on a claim's desk page. */
export function sourceOptions() {
  return db().source.findMany({
    orderBy: [{ publisher: 'asc' }, { title: 'asc' }],
    select: { id: true, kind: true, publisher: true, title: true, publishedAt: true, publishedPrecision: true },
  })
}

export type SourceOption = Awaited<ReturnType<typeof sourceOptions>>[number]
