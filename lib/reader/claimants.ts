// Claimant and tag pages (/claimants/<id>/<slug>, /tags/<tag>): who or what, its listed claims newest first and a
// count per rating. A claimant or tag without any listed claim has no page (lib/claims/visibility.ts's rule), so
// neither names nor tags of unpublished work reach readers.
import 'server-only'
import { db } from '../db/client'
import { Prisma } from '../db/generated/client'
import { listedSql } from '../claims/visibility'
import { browseClaims, ratingCounts } from './queries'
import { claimantPath, tagPath } from './claimant-paths'
import type { SitemapEntry } from './sitemap'

/** What a claimant id looks like (a cuid); anything else is not looked up. */
const isClaimantId = (id: string) => /^[a-z0-9]{1,64}$/.test(id)

/** A claimant with listed claims: the claimant, one page of its claims (newest first) and its record. */
export async function getPublicClaimant(id: string, page = 1) {
  if (!isClaimantId(id)) return null
  const claimant = await db().claimant.findUnique({ where: { id }, select: { id: true, name: true, nameEn: true, kind: true, description: true } })
  if (!claimant) return null
  const [list, record] = await Promise.all([browseClaims({ claimant: id }, page), ratingCounts({ claimant: id })])
  if (list.total === 0) return null
  return { claimant, list, record }
}

/** A tag some listed claim carries: one page of those claims (newest first) and their record. */
export async function getPublicTag(tag: string, page = 1) {
  if (!tag || tag.length > 100 || tag.includes('\u0000')) return null
  const [list, record] = await Promise.all([browseClaims({ tag }, page), ratingCounts({ tag })])
  if (list.total === 0) return null
  return { tag, list, record }
}

// Sitemap entries: one per claimant or tag with listed claims, lastmod the latest publication among them. There
// are far fewer of either than claims; they are paged like the other files all the same.

export async function claimantEntries(number: number, perFile: number): Promise<SitemapEntry[] | null> {
  const rows = await db().$queryRaw<{ id: string; name: string; nameEn: string | null; lastModified: Date }[]>`
    SELECT cl.id, cl.name, cl.name_en AS "nameEn", max(v.published_at) AS "lastModified"
    FROM claims c JOIN verdicts v ON v.claim_id = c.id JOIN claimants cl ON cl.id = c.claimant_id
    WHERE ${listedSql}
    GROUP BY cl.id ORDER BY cl.id OFFSET ${(number - 1) * perFile} LIMIT ${perFile}`
  if (!rows.length) return number === 1 ? [] : null
  return rows.map((row) => ({ path: claimantPath(row), lastModified: row.lastModified }))
}

export async function tagEntries(number: number, perFile: number): Promise<SitemapEntry[] | null> {
  const rows = await db().$queryRaw<{ tag: string; lastModified: Date }[]>`
    SELECT t.tag, max(v.published_at) AS "lastModified"
    FROM claims c JOIN verdicts v ON v.claim_id = c.id CROSS JOIN LATERAL unnest(c.tags) AS t(tag)
    WHERE ${listedSql}
    GROUP BY t.tag ORDER BY t.tag OFFSET ${(number - 1) * perFile} LIMIT ${perFile}`
  if (!rows.length) return number === 1 ? [] : null
  return rows.map((row) => ({ path: tagPath(row.tag), lastModified: row.lastModified }))
}

export async function countPublicClaimantsAndTags(): Promise<{ claimants: number; tags: number }> {
  const [{ claimants, tags }] = await db().$queryRaw<{ claimants: number; tags: number }[]>(Prisma.sql`
    SELECT
      (SELECT count(DISTINCT c.claimant_id)::int FROM claims c WHERE ${listedSql}) AS claimants,
      (SELECT count(DISTINCT t.tag)::int FROM claims c CROSS JOIN LATERAL unnest(c.tags) AS t(tag) WHERE ${listedSql}) AS tags`)
  return { claimants, tags }
}
