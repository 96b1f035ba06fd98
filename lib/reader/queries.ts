// Reads for readers: browse, search, the API's cursor pages, feeds and the export. Which claims are listed is
// lib/claims/visibility.ts's rule (listedSql), the same as every other public surface's; what readers see of the
// verdict is the latest revision, never the desk's working copy (which may hold an unpublished draft). Search uses
// the pg_trgm GIN indexes (ILIKE), with input passed as parameters.
import 'server-only'
import { db } from '../db/client'
import { Prisma } from '../db/generated/client'
import type { DatePrecision, SourceKind } from '../db/generated/enums'
import { escapeLike } from '../claims/desk-queries'
import { listedSql } from '../claims/visibility'
import type { CursorKey } from './cursor'
import { memoPerGeneration } from './generation'
import type { ReaderFilters } from './schema'

export const READER_PAGE_SIZE = 20

export interface ReaderClaimRow {
  /** Internal id: used to fetch sources for a page of rows; never serialised. */
  id: string
  shortId: string
  slug: string
  text: string
  language: string
  translation: string | null
  translationLanguage: string | null
  tags: string[]
  firstSeenAt: Date | null
  firstSeenPrecision: DatePrecision
  claimantId: string | null
  claimantName: string | null
  claimantNameEn: string | null
  ratingId: string
  ratingKo: string
  ratingEn: string
  ratingColour: string
  ratingValue: number | null
  summary: string
  analysis: string
  /** The reviewed English translation; null where there is none. */
  summaryEn: string | null
  analysisEn: string | null
  revision: number
  /** When the latest revision was published: the sort key of every reader list. */
  publishedAt: Date
}

// The listed claim's verdict, for its sort key: published_at is the latest revision's publication time (kept so by
// a trigger), the sort key of every list, read in order from its index. Whether a claim is listed is listedSql's to
// say; "published_at IS NOT NULL" only lets that index scan skip verdicts never published, and every listed claim's
// verdict has a revision and so, by the trigger, a published_at.
const listedVerdict = Prisma.sql`JOIN verdicts v ON v.claim_id = c.id AND v.published_at IS NOT NULL`

// The latest revision through a lateral join: filtering by rating must use the rating readers see, which is the
// latest revision's, not the working copy's.
const latestRevision = Prisma.sql`
  JOIN LATERAL (
    SELECT vr.rating_id, vr.summary, vr.analysis, vr.summary_en, vr.analysis_en, vr.number
    FROM verdict_revisions vr WHERE vr.verdict_id = v.id ORDER BY vr.number DESC LIMIT 1
  ) lr ON true
  JOIN ratings r ON r.id = lr.rating_id`

const listedFrom = Prisma.sql`
  FROM claims c
  ${listedVerdict}
  ${latestRevision}
  LEFT JOIN claimants cl ON cl.id = c.claimant_id`

const columns = Prisma.sql`
  c.id, c.short_id AS "shortId", c.slug, c.text, c.language, c.translation,
  c.translation_language AS "translationLanguage", c.tags, c.first_seen_at AS "firstSeenAt", c.first_seen_precision AS "firstSeenPrecision",
  cl.id AS "claimantId", cl.name AS "claimantName", cl.name_en AS "claimantNameEn",
  r.id AS "ratingId", r.label_ko AS "ratingKo", r.label_en AS "ratingEn", r.colour AS "ratingColour", r.value AS "ratingValue",
  lr.summary, lr.analysis, lr.summary_en AS "summaryEn", lr.analysis_en AS "analysisEn", lr.number AS revision, v.published_at AS "publishedAt"`

function whereClause(filters: ReaderFilters, extra: Prisma.Sql[] = []): Prisma.Sql {
  const conditions = [listedSql, ...extra]
  if (filters.q) {
    const pattern = escapeLike(filters.q)
    conditions.push(Prisma.sql`(c.text ILIKE '%' || ${pattern} || '%' OR c.translation ILIKE '%' || ${pattern} || '%')`)
  }
  if (filters.rating) conditions.push(Prisma.sql`r.id = ${filters.rating}`)
  // Containment rather than ANY(): the GIN index on tags serves @>.
  if (filters.tag) conditions.push(Prisma.sql`c.tags @> ARRAY[${filters.tag}]::text[]`)
  if (filters.claimant) conditions.push(Prisma.sql`c.claimant_id = ${filters.claimant}`)
  return Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`
}

/** Newest verdict first; the short id breaks ties (the demo data publishes many claims in one millisecond). */
const latestFirst = Prisma.sql`v.published_at DESC, c.short_id ASC`

async function countListed(filters: ReaderFilters): Promise<number> {
  // Counting needs the latest revision only to filter by its rating.
  const countFrom = filters.rating ? listedFrom : Prisma.sql`FROM claims c ${listedVerdict}`
  const [{ total }] = await db().$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total ${countFrom} ${whereClause(filters)}`
  return total
}

/** The home page's total: every listed claim, the same for every reader, so kept until the next change. */
const countAllListed = memoPerGeneration(() => countListed({}))

/**
 * One page of the home page's list: latest verdicts, or with a search the best matches first (how well the query
 * matches some stretch of the text, so a short query inside a long claim still ranks high).
 */
export async function browseClaims(filters: ReaderFilters, page = 1, pageSize = READER_PAGE_SIZE) {
  const where = whereClause(filters)
  const unfiltered = !filters.q && !filters.rating && !filters.tag && !filters.claimant
  const order = filters.q
    ? Prisma.sql`GREATEST(word_similarity(${filters.q}, c.text), word_similarity(${filters.q}, coalesce(c.translation, ''))) DESC, ${latestFirst}`
    : latestFirst
  // The count and the page are independent reads: side by side, a search waits for the slower one only.
  const [total, items] = await Promise.all([
    unfiltered ? countAllListed() : countListed(filters),
    db().$queryRaw<ReaderClaimRow[]>`
      SELECT ${columns} ${listedFrom} ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ])
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}

/**
 * The page after `cursor` in the one stable order (latest publication, then short id), and the key of its last
 * item when more follow. Asks for one row more than it returns, to know whether there is a next page.
 */
export async function listClaimsAfter(filters: ReaderFilters, cursor: CursorKey | undefined, limit: number) {
  const after = cursor
    ? [Prisma.sql`(v.published_at < ${cursor.publishedAt} OR (v.published_at = ${cursor.publishedAt} AND c.short_id > ${cursor.shortId}))`]
    : []
  const rows = await db().$queryRaw<ReaderClaimRow[]>`
    SELECT ${columns} ${listedFrom} ${whereClause(filters, after)} ORDER BY ${latestFirst} LIMIT ${limit + 1}`
  const items = rows.slice(0, limit)
  const last = items[items.length - 1]
  const next: CursorKey | null = rows.length > limit && last ? { publishedAt: last.publishedAt, shortId: last.shortId } : null
  return { items, next }
}

/** Every listed claim, a batch at a time, for the export: memory stays flat however large the archive grows. */
export async function* allListedClaims(batchSize = 200): AsyncGenerator<ReaderClaimRow[]> {
  let cursor: CursorKey | undefined
  for (;;) {
    const { items, next } = await listClaimsAfter({}, cursor, batchSize)
    if (items.length) yield items
    if (!next) return
    cursor = next
  }
}

export interface ReaderSourceRow {
  claimId: string
  /** How the source relates to the claim: where it appeared, or evidence with its stance. */
  role: 'APPEARANCE' | 'SUPPORTS' | 'CONTRADICTS' | 'REBUTS' | 'CONTEXT'
  kind: SourceKind
  publisher: string
  author: string | null
  title: string
  url: string | null
  publishedAt: Date | null
  excerpt: string | null
  locator: string | null
}

/** The sources the permalinks of these claims show: evidence (by stance) and appearances. */
export async function sourcesOfClaims(claimIds: string[]): Promise<ReaderSourceRow[]> {
  if (!claimIds.length) return []
  return db().$queryRaw<ReaderSourceRow[]>`
    SELECT x.claim_id AS "claimId", x.role, s.kind::text AS kind, s.publisher, s.author, s.title, s.url,
           s.published_at AS "publishedAt", x.excerpt, x.locator
    FROM (
      SELECT e.claim_id, e.source_id, e.stance::text AS role, e.excerpt, e.locator, e.created_at, 0 AS ord
      FROM evidence e WHERE e.claim_id IN (${Prisma.join(claimIds)})
      UNION ALL
      SELECT a.claim_id, a.source_id, 'APPEARANCE', NULL, NULL, a.created_at, 1
      FROM appearances a WHERE a.claim_id IN (${Prisma.join(claimIds)})
    ) x JOIN sources s ON s.id = x.source_id
    ORDER BY x.claim_id, x.ord, x.created_at, s.id`
}

/**
 * Choices for the browse filters: only ratings, tags and claimants that some listed claim has, with counts. The
 * same for every reader and a scan of every listed claim, so kept until the next change (lib/reader/generation.ts).
 */
export const browseFacets = memoPerGeneration(async function browseFacets() {
  const base = whereClause({})
  const [ratings, tags, claimants] = await Promise.all([
    db().$queryRaw<{ id: string; labelKo: string; labelEn: string; colour: string; count: number }[]>`
      SELECT r.id, r.label_ko AS "labelKo", r.label_en AS "labelEn", r.colour, count(*)::int AS count
      ${listedFrom} ${base} GROUP BY r.id, r.position ORDER BY r.position`,
    db().$queryRaw<{ tag: string; count: number }[]>`
      SELECT t.tag, count(*)::int AS count ${listedFrom} CROSS JOIN LATERAL unnest(c.tags) AS t(tag) ${base}
      GROUP BY t.tag ORDER BY count(*) DESC, t.tag`,
    db().$queryRaw<{ id: string; name: string; nameEn: string | null; count: number }[]>`
      SELECT cl.id, cl.name, cl.name_en AS "nameEn", count(*)::int AS count
      ${listedFrom} ${base} AND cl.id IS NOT NULL GROUP BY cl.id ORDER BY count(*) DESC, cl.name`,
  ])
  return { ratings, tags, claimants }
})

export type BrowseFacets = Awaited<ReturnType<typeof browseFacets>>

export interface RatingCount {
  id: string
  labelKo: string
  labelEn: string
  colour: string
  count: number
}

/**
 * A record like a scorecard: how many listed claims matching the filters (one claimant's, one tag's) carry each
 * rating, by the latest revision readers see, in scale order. Every rating in use on the scales involved is
 * counted, with zeros, so records read alike; retired ratings only where some claim still carries them.
 */
export async function ratingCounts(filters: ReaderFilters): Promise<RatingCount[]> {
  return db().$queryRaw<RatingCount[]>`
    WITH counted AS (SELECT r.id, count(*)::int AS count ${listedFrom} ${whereClause(filters)} GROUP BY r.id)
    SELECT r.id, r.label_ko AS "labelKo", r.label_en AS "labelEn", r.colour, coalesce(counted.count, 0) AS count
    FROM ratings r LEFT JOIN counted ON counted.id = r.id
    WHERE r.scale_id IN (SELECT scale_id FROM ratings WHERE id IN (SELECT id FROM counted))
      AND (NOT r.retired OR counted.count IS NOT NULL)
    ORDER BY r.scale_id, r.position`
}
