// The sitemap (https://www.sitemaps.org/protocol.html): /sitemap.xml is an index of files of at most 50,000 URLs,
// /sitemaps/<name>.xml, holding the reader pages that are always there, every listed claim's permalink (lastmod =
// its latest published revision), every public metric page, and the claimant and tag pages (lib/reader/claimants.ts). Which claims and metrics are public is
// lib/claims/visibility.ts's rule, never a status alone.
//
// Built to stay fast with 100,000+ claims: the index only counts; a claims file finds its first key with one walk
// over ids, then reads its claims by keyset (id order) in batches, selecting only the columns a URL needs.
//
// Next's own sitemap.ts + generateSitemaps() makes the files but no index, and decides their number at build time;
// the number of files here follows the data, so both are plain route handlers.
import 'server-only'
import { claimPath } from '../claims/permalink'
import { listedSql, metricPointWhere, publicMetricWhere } from '../claims/visibility'
import { db } from '../db/client'
import { claimantEntries, countPublicClaimantsAndTags, tagEntries } from './claimants'
import { Prisma } from '../db/generated/client'
import { absoluteUrl, siteUrl } from '../site'
import { SHARED_CACHE_CONTROL } from './page-cache'
import { escapeXml } from './xml'

/** The protocol's limit per file (the other one, 50 MB, is far off at ~150 bytes a URL). */
export const SITEMAP_MAX_URLS = 50_000
/** Rows read per query inside one file: bounds the memory of a file's rows, not the file. */
export const SITEMAP_BATCH = 5_000

/** How the claims are cut into files and read (smaller in tests, to cross file and batch boundaries). */
export interface SitemapSizes {
  perFile: number
  batch: number
}
const SIZES: SitemapSizes = { perFile: SITEMAP_MAX_URLS, batch: SITEMAP_BATCH }

/** Reader pages that exist whatever the data. */
export const STATIC_PAGES = ['/', '/search', '/methodology', '/corrections', '/about'] as const

export interface SitemapEntry {
  /** A site path; made absolute when written. */
  path: string
  lastModified?: Date | null
}

type PagedKind = 'claims' | 'metrics' | 'claimants' | 'tags'

/** A sitemap file's name, as it appears in /sitemaps/<name>. */
export type SitemapFileName = 'pages.xml' | `${PagedKind}-${number}.xml`

export function parseSitemapFileName(name: string): { kind: 'pages' } | { kind: PagedKind; number: number } | null {
  if (name === 'pages.xml') return { kind: 'pages' }
  const match = /^(claims|metrics|claimants|tags)-([1-9][0-9]{0,5})\.xml$/.exec(name)
  return match ? { kind: match[1] as PagedKind, number: Number(match[2]) } : null
}

export const sitemapFilePath = (name: SitemapFileName) => `/sitemaps/${name}`

// ---------------------------------------------------------------------------------------------------------------
// Reads

async function countListedClaims(): Promise<number> {
  const [{ count }] = await db().$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM claims c WHERE ${listedSql}`
  return Number(count)
}

const countPublicMetrics = () => db().metric.count({ where: publicMetricWhere })

/** The files of the index, in order: the static pages, then claims, metrics, claimants and tags in files of `perFile`. */
export async function sitemapFiles({ perFile }: Pick<SitemapSizes, 'perFile'> = SIZES): Promise<SitemapFileName[]> {
  const [claims, metrics, { claimants, tags }] = await Promise.all([countListedClaims(), countPublicMetrics(), countPublicClaimantsAndTags()])
  const numbered = (kind: PagedKind, count: number) =>
    Array.from({ length: Math.ceil(count / perFile) }, (_, i) => `${kind}-${i + 1}.xml` as const)
  return ['pages.xml', ...numbered('claims', claims), ...numbered('metrics', metrics), ...numbered('claimants', claimants), ...numbered('tags', tags)]
}

/**
 * The `number`th file of listed claims (1-based), in id order; null when there is no such file. The file's first id
 * is found by skipping the earlier files' ids (one walk over ids, none of the other columns); then keyset batches.
 */
export async function claimEntries(number: number, { perFile, batch }: SitemapSizes = SIZES): Promise<SitemapEntry[] | null> {
  const skip = (number - 1) * perFile
  const [first] = await db().$queryRaw<{ id: string }[]>`
    SELECT c.id FROM claims c WHERE ${listedSql} ORDER BY c.id OFFSET ${skip} LIMIT 1`
  if (!first) return number === 1 ? [] : null

  const entries: SitemapEntry[] = []
  let from = Prisma.sql`c.id >= ${first.id}`
  while (entries.length < perFile) {
    const limit = Math.min(batch, perFile - entries.length)
    const rows = await db().$queryRaw<{ id: string; shortId: string; slug: string; publishedAt: Date | null }[]>`
      SELECT c.id, c.short_id AS "shortId", c.slug, v.published_at AS "publishedAt"
      FROM claims c JOIN verdicts v ON v.claim_id = c.id
      WHERE ${listedSql} AND ${from}
      ORDER BY c.id
      LIMIT ${limit}`
    // published_at is the latest revision's publication time (kept so by a trigger): when the page last changed.
    for (const row of rows) entries.push({ path: claimPath(row), lastModified: row.publishedAt })
    if (rows.length < limit) break
    from = Prisma.sql`c.id > ${rows[rows.length - 1].id}`
  }
  return entries
}

/**
 * The `number`th file of public metric pages. Metrics are few (one per quantity the desk tracks), so plain paging;
 * lastmod is the later of the metric's own edit and the latest publication among the claims it plots.
 */
export async function metricEntries(number: number, { perFile }: Pick<SitemapSizes, 'perFile'> = SIZES): Promise<SitemapEntry[] | null> {
  const metrics = await db().metric.findMany({
    where: publicMetricWhere,
    orderBy: { id: 'asc' },
    skip: (number - 1) * perFile,
    take: perFile,
    select: {
      slug: true,
      updatedAt: true,
      quantities: {
        where: metricPointWhere,
        orderBy: { claim: { verdict: { publishedAt: 'desc' } } },
        take: 1,
        select: { claim: { select: { verdict: { select: { publishedAt: true } } } } },
      },
    },
  })
  if (!metrics.length) return number === 1 ? [] : null
  return metrics.map((metric) => {
    const published = metric.quantities[0]?.claim.verdict?.publishedAt
    return {
      path: `/metrics/${encodeURIComponent(metric.slug)}`,
      lastModified: published && published > metric.updatedAt ? published : metric.updatedAt,
    }
  })
}

// ---------------------------------------------------------------------------------------------------------------
// XML

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

export function sitemapIndexXml(files: SitemapFileName[], base = siteUrl()): string {
  const items = files.map((name) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(name), base))}</loc></sitemap>`)
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${items.join('\n')}\n</sitemapindex>\n`
}

/** The base URL is read once per file: siteUrl() validates the whole environment, too slow for 50,000 calls. */
export function urlsetXml(entries: SitemapEntry[], base = siteUrl()): string {
  const items = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''
    return `<url><loc>${escapeXml(absoluteUrl(path, base))}</loc>${lastmod}</url>`
  })
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${items.join('\n')}\n</urlset>\n`
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

function xmlResponse(body: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      // As the reader pages: a claim withdrawn or unpublished leaves the sitemap within a second.
      'cache-control': SHARED_CACHE_CONTROL,
    },
  })
}

const notFound = () =>
  new Response('찾을 수 없습니다. Not found.\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': SHARED_CACHE_CONTROL },
  })

const PAGED_ENTRIES: Record<PagedKind, (number: number) => Promise<SitemapEntry[] | null>> = {
  claims: (number) => claimEntries(number),
  metrics: (number) => metricEntries(number),
  claimants: (number) => claimantEntries(number, SIZES.perFile),
  tags: (number) => tagEntries(number, SIZES.perFile),
}

export async function sitemapIndexResponse(): Promise<Response> {
  return xmlResponse(sitemapIndexXml(await sitemapFiles()))
}

export async function sitemapFileResponse(name: string): Promise<Response> {
  const file = parseSitemapFileName(name)
  if (!file) return notFound()
  const entries = file.kind === 'pages' ? STATIC_PAGES.map((path) => ({ path })) : await PAGED_ENTRIES[file.kind](file.number)
  return entries ? xmlResponse(urlsetXml(entries)) : notFound()
}
