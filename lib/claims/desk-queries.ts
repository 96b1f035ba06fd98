// Reads for the editor desk: every claim, whatever its status. Searches go through pg_trgm (the GIN indexes on
// claims.text and claims.translation serve both ILIKE and the similarity operators), with user input always
// passed as query parameters inside Prisma.sql fragments.
import 'server-only'
import { findOpenEdit } from '../claim-edits/stage'
import { proposalFromJson } from '../claim-edits/schema'
import { db } from '../db/client'
import { Prisma } from '../db/generated/client'
import type { ClaimStatus } from '../db/generated/enums'
import { quantityAuditSelect } from './quantities'
import { hasVerdictPageWhere } from './visibility'
import { claimFormValues, type DeskFilters, type DeskSort } from './schema'

export const DESK_PAGE_SIZE = 25

/** ILIKE treats % and _ as wildcards; a search for "100%" means those characters literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

export interface DeskClaimRow {
  id: string
  shortId: string
  slug: string
  text: string
  language: string
  translation: string | null
  status: ClaimStatus
  tags: string[]
  needsRecheck: boolean
  duplicateOfShortId: string | null
  claimantName: string | null
  verdictStatus: string | null
  ratingKo: string | null
  ratingEn: string | null
  ratingColour: string | null
  firstSeenAt: Date | null
  updatedAt: Date
}

function filterConditions(filters: DeskFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = []
  if (filters.q) {
    const pattern = escapeLike(filters.q)
    conditions.push(Prisma.sql`(c.text ILIKE '%' || ${pattern} || '%' OR c.translation ILIKE '%' || ${pattern} || '%')`)
  }
  if (filters.status) conditions.push(Prisma.sql`c.status = CAST(${filters.status} AS "ClaimStatus")`)
  if (filters.claimant) conditions.push(Prisma.sql`c.claimant_id = ${filters.claimant}`)
  // Containment rather than ANY(): the GIN index on tags serves @>.
  if (filters.tag) conditions.push(Prisma.sql`c.tags @> ARRAY[${filters.tag}]::text[]`)
  if (filters.verdict === 'yes') conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)`)
  if (filters.verdict === 'no') conditions.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)`)
  if (filters.recheck) conditions.push(Prisma.sql`c.needs_recheck`)
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty
}

/** Relevance only means something for a search; without one the list falls back to the latest changes. */
export function effectiveSort(filters: Pick<DeskFilters, 'q' | 'sort'>): DeskSort {
  if (filters.sort && (filters.sort !== 'relevance' || filters.q)) return filters.sort
  return filters.q ? 'relevance' : 'updated'
}

function orderBy(filters: DeskFilters): Prisma.Sql {
  switch (effectiveSort(filters)) {
    case 'relevance':
      // How well the query matches some stretch of the text: a short query inside a long claim still scores high.
      return Prisma.sql`ORDER BY GREATEST(word_similarity(${filters.q}, c.text), word_similarity(${filters.q}, coalesce(c.translation, ''))) DESC, c.updated_at DESC, c.id`
    case 'created':
      return Prisma.sql`ORDER BY c.created_at DESC, c.id`
    case 'firstSeen':
      return Prisma.sql`ORDER BY c.first_seen_at DESC NULLS LAST, c.id`
    case 'updated':
      return Prisma.sql`ORDER BY c.updated_at DESC, c.id`
  }
}

export async function listDeskClaims(filters: DeskFilters, pageSize = DESK_PAGE_SIZE) {
  const where = filterConditions(filters)
  const [{ total }] = await db().$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM claims c ${where}`
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(filters.page, pageCount)
  const items = await db().$queryRaw<DeskClaimRow[]>`
    SELECT c.id, c.short_id AS "shortId", c.slug, c.text, c.language, c.translation, c.status::text AS status, c.tags,
           c.needs_recheck AS "needsRecheck", d.short_id AS "duplicateOfShortId", cl.name AS "claimantName",
           v.status::text AS "verdictStatus", r.label_ko AS "ratingKo", r.label_en AS "ratingEn", r.colour AS "ratingColour",
           c.first_seen_at AS "firstSeenAt", c.updated_at AS "updatedAt"
    FROM claims c
    LEFT JOIN claimants cl ON cl.id = c.claimant_id
    LEFT JOIN verdicts v ON v.claim_id = c.id
    LEFT JOIN ratings r ON r.id = v.rating_id
    LEFT JOIN claims d ON d.id = c.duplicate_of_id
    ${where}
    ${orderBy(filters)}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`
  return { items, total, page, pageCount, sort: effectiveSort(filters) }
}

/** Choices for the list's filters and the claim form. */
export function listClaimants() {
  return db().claimant.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true, kind: true } })
}

export async function listTags(): Promise<string[]> {
  const rows = await db().$queryRaw<{ tag: string }[]>`SELECT DISTINCT unnest(tags) AS tag FROM claims ORDER BY tag`
  return rows.map((row) => row.tag)
}

export interface SimilarClaim {
  id: string
  shortId: string
  slug: string
  text: string
  translation: string | null
  status: ClaimStatus
  score: number
}

/** Shorter probes match almost anything. */
const MIN_PROBE = 3

/**
 * Claims that look like the one being entered: trigram similarity of the whole text (`%`, pg_trgm's default
 * threshold 0.3) or of the text against a stretch of a longer claim (`%>`, word similarity, default 0.6), in
 * either language, both ways. The operators rather than the functions, so the GIN indexes do the filtering.
 * Claims already merged into another are left out: their canonical claim is the one to open.
 */
export async function findSimilarClaims(
  text: string,
  translation: string | null = null,
  { excludeId, limit = 5 }: { excludeId?: string; limit?: number } = {},
): Promise<SimilarClaim[]> {
  const probes = [text, translation ?? ''].map((probe) => probe.trim()).filter((probe) => probe.length >= MIN_PROBE)
  if (!probes.length) return []
  const matches = probes.map(
    (probe) => Prisma.sql`(c.text % ${probe} OR c.translation % ${probe} OR c.text %> ${probe} OR c.translation %> ${probe})`,
  )
  const scores = probes.map(
    (probe) => Prisma.sql`GREATEST(similarity(c.text, ${probe}), similarity(coalesce(c.translation, ''), ${probe}),
                                   word_similarity(${probe}, c.text), word_similarity(${probe}, coalesce(c.translation, '')))`,
  )
  return db().$queryRaw<SimilarClaim[]>`
    SELECT c.id, c.short_id AS "shortId", c.slug, c.text, c.translation, c.status::text AS status,
           GREATEST(${Prisma.join(scores)})::float8 AS score
    FROM claims c
    WHERE c.duplicate_of_id IS NULL
      ${excludeId ? Prisma.sql`AND c.id <> ${excludeId}` : Prisma.empty}
      AND (${Prisma.join(matches, ' OR ')})
    ORDER BY score DESC, c.updated_at DESC
    LIMIT ${limit}`
}

/** Everything the desk's claim page and edit form show about one claim. */
export async function getDeskClaim(id: string) {
  const claim = await db().claim.findUnique({
    where: { id },
    include: {
      claimant: { select: { id: true, name: true, nameEn: true, kind: true } },
      createdBy: { select: { name: true } },
      duplicateOf: { select: { id: true, shortId: true, text: true } },
      duplicates: { select: { id: true, shortId: true, text: true }, orderBy: { shortId: 'asc' } },
      verdict: { select: { status: true, summary: true, rating: { select: { labelKo: true, labelEn: true, colour: true, value: true } } } },
      quantities: {
        orderBy: { position: 'asc' },
        select: {
          ...quantityAuditSelect,
          metric: { select: { id: true, slug: true, nameKo: true, nameEn: true } },
          metricDefinition: { select: { name: true } },
        },
      },
    },
  })
  if (!claim) return null
  // A published claim with a pending edit: its form continues the edit (the proposal), not what readers see.
  const open = await findOpenEdit(db(), claim.id)
  const proposal = open ? proposalFromJson(open.proposed) : null
  return {
    ...claim,
    formValues: claimFormValues(proposal ? { ...claim, ...proposal } : claim),
    openEdit: open ? { id: open.id, status: open.status } : null,
  }
}

export type DeskClaim = NonNullable<Awaited<ReturnType<typeof getDeskClaim>>>

/**
 * A claim's history: its own events, and those of the material attached to it now (evidence, appearances,
 * relations, verdict). Events of material since deleted are not found here: finding them would mean scanning
 * every event's JSON.
 */
export async function claimAuditHistory(claimId: string, take = 200) {
  const related = await db().claim.findUnique({
    where: { id: claimId },
    select: {
      evidence: { select: { id: true } },
      appearances: { select: { id: true } },
      relationsFrom: { select: { id: true } },
      relationsTo: { select: { id: true } },
      verdict: { select: { id: true } },
      // Pending edits' drafts, reviews and sends-back (their publication is an event on the claim itself).
      edits: { select: { id: true } },
    },
  })
  if (!related) return []
  const relatedIds = [
    ...related.evidence,
    ...related.appearances,
    ...related.relationsFrom,
    ...related.relationsTo,
    ...(related.verdict ? [related.verdict] : []),
    ...related.edits,
  ].map((row) => row.id)
  return db().auditEvent.findMany({
    where: {
      OR: [{ entityType: 'claim', entityId: claimId }, ...(relatedIds.length ? [{ entityId: { in: relatedIds } }] : [])],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, action: true, entityType: true, entityId: true, data: true, createdAt: true, actor: { select: { name: true, email: true } } },
  })
}

export type AuditHistoryEvent = Awaited<ReturnType<typeof claimAuditHistory>>[number]

/** Readers see the claim (it has a verdict page): the claim form's reader-visible fields then go to a pending edit. */
export const readersSeeClaim = async (id: string) => (await db().claim.count({ where: { id, ...hasVerdictPageWhere } })) > 0
