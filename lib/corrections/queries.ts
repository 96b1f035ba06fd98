// The corrections log of the whole site: every correction to a published verdict (a revision after the first with a
// public change note or another rating than the revision before it) and every withdrawal, newest first, for the
// corrections page and its feeds. Only claims readers may open (lib/claims/visibility.ts, hasVerdictPageSql):
// withdrawn verdicts keep their page and so belong here; a claim whose only revision is the first has nothing to
// list, and an unpublished one is never named. A published edit of a claim's own wording, figures or dates that is
// not minor (lib/claim-edits/) is a correction too, with its public note; minor ones are left out. Each entry links to where the claim's page tells of it
// (lib/verdicts/notices.ts, the rule the page itself follows).
import 'server-only'
import { db } from '../db/client'
import { Prisma } from '../db/generated/client'
import { claimPath } from '../claims/permalink'
import { hasVerdictPageSql } from '../claims/visibility'
import { changesRating, correctionElementId } from '../verdicts/notices'
import type { CorrectionCursor } from './cursor'

export const CORRECTIONS_PAGE_SIZE = 20

export interface RatingLabels {
  labelKo: string
  labelEn: string
  colour: string
}

export interface Correction {
  /** A rating change, a correction that kept the rating (a change note only), a withdrawal, or a corrected claim. */
  kind: 'ratingChange' | 'note' | 'withdrawal' | 'claimCorrection'
  /** The sort key's tie-breaker, and the feed item's identity: `revision:<id>`, `withdrawal:<verdict id>` or `claimEdit:<id>`. */
  key: string
  /** When the revision or claim edit was published, or the verdict withdrawn. */
  at: Date
  shortId: string
  slug: string
  text: string
  language: string
  translation: string | null
  translationLanguage: string | null
  /** The revision's number; for a withdrawal or a claim correction, the verdict's latest revision then. */
  revision: number
  /** The public change note, the withdrawal's public reason, or the claim edit's correction note. */
  note: string
  /** The revision's rating; for a withdrawal, the rating that no longer stands; for a claim correction, the current one. */
  rating: RatingLabels
  /** The rating before a rating change; null otherwise. */
  previousRating: RatingLabels | null
  /** The claim's page with the fragment of the notice or log entry that tells of this change. */
  path: string
}

interface Row {
  kind: 'revision' | 'withdrawal' | 'claimEdit'
  key: string
  at: Date
  revision: number
  note: string
  latest: boolean
  withdrawn: boolean
  shortId: string
  slug: string
  text: string
  language: string
  translation: string | null
  translationLanguage: string | null
  ratingId: string
  ratingKo: string
  ratingEn: string
  ratingColour: string
  previousRatingId: string | null
  previousRatingKo: string | null
  previousRatingEn: string | null
  previousRatingColour: string | null
}

// Each revision with the one before it (the lateral join finds none for the first, which so drops out), and each
// withdrawal with the revision it withdrew. A merged duplicate's page sends readers to its canonical claim, where
// its notices are not, so it is left out.
const entries = Prisma.sql`
  SELECT e.kind, e.key, e.at, e.revision, e.note, e.latest, e.withdrawn,
         c.short_id AS "shortId", c.slug, c.text, c.language, c.translation, c.translation_language AS "translationLanguage",
         r.id AS "ratingId", r.label_ko AS "ratingKo", r.label_en AS "ratingEn", r.colour AS "ratingColour",
         pr.id AS "previousRatingId", pr.label_ko AS "previousRatingKo", pr.label_en AS "previousRatingEn", pr.colour AS "previousRatingColour"
  FROM (
    SELECT 'revision' AS kind, 'revision:' || vr.id AS key, vr.published_at AS at, vr.number AS revision, vr.change_note AS note,
           vr.rating_id, prev.rating_id AS previous_rating_id,
           NOT EXISTS (SELECT 1 FROM verdict_revisions nx WHERE nx.verdict_id = vr.verdict_id AND nx.number > vr.number) AS latest,
           v.status = 'WITHDRAWN' AS withdrawn, v.claim_id
    FROM verdict_revisions vr
    JOIN verdicts v ON v.id = vr.verdict_id
    JOIN LATERAL (
      SELECT p.rating_id FROM verdict_revisions p
      WHERE p.verdict_id = vr.verdict_id AND p.number < vr.number ORDER BY p.number DESC LIMIT 1
    ) prev ON true
    WHERE vr.change_note <> '' OR vr.rating_id <> prev.rating_id
    UNION ALL
    SELECT 'withdrawal', 'withdrawal:' || v.id, v.withdrawn_at, lr.number, coalesce(v.withdrawn_reason, ''),
           lr.rating_id, NULL, true, true, v.claim_id
    FROM verdicts v
    JOIN LATERAL (
      SELECT l.number, l.rating_id FROM verdict_revisions l WHERE l.verdict_id = v.id ORDER BY l.number DESC LIMIT 1
    ) lr ON true
    WHERE v.status = 'WITHDRAWN' AND v.withdrawn_at IS NOT NULL
    UNION ALL
    SELECT 'claimEdit', 'claimEdit:' || ce.id, ce.published_at, cr.number, ce.correction_note,
           cr.rating_id, NULL,
           NOT EXISTS (
             SELECT 1 FROM claim_edits nx
             WHERE nx.claim_id = ce.claim_id AND nx.status = 'PUBLISHED' AND NOT nx.minor
               AND (nx.published_at, nx.id) > (ce.published_at, ce.id)
           ),
           v.status = 'WITHDRAWN', ce.claim_id
    FROM claim_edits ce
    JOIN verdicts v ON v.claim_id = ce.claim_id
    JOIN LATERAL (
      SELECT l.number, l.rating_id FROM verdict_revisions l WHERE l.verdict_id = v.id ORDER BY l.number DESC LIMIT 1
    ) cr ON true
    WHERE ce.status = 'PUBLISHED' AND NOT ce.minor AND ce.published_at IS NOT NULL
  ) e
  JOIN claims c ON c.id = e.claim_id
  JOIN ratings r ON r.id = e.rating_id
  LEFT JOIN ratings pr ON pr.id = e.previous_rating_id`

function toCorrection(row: Row): Correction {
  const ratingChange = row.kind === 'revision' && changesRating(row.previousRatingId ? { ratingId: row.previousRatingId } : null, row)
  const elementId = correctionElementId(
    row.kind === 'withdrawal'
      ? { kind: 'withdrawal' }
      : row.kind === 'claimEdit'
        ? { kind: 'claimEdit', id: row.key.slice('claimEdit:'.length), latest: row.latest }
        : { kind: 'revision', number: row.revision, changesRating: ratingChange, latest: row.latest, withdrawn: row.withdrawn },
  )
  return {
    kind: row.kind === 'withdrawal' ? 'withdrawal' : row.kind === 'claimEdit' ? 'claimCorrection' : ratingChange ? 'ratingChange' : 'note',
    key: row.key,
    at: row.at,
    shortId: row.shortId,
    slug: row.slug,
    text: row.text,
    language: row.language,
    translation: row.translation,
    translationLanguage: row.translationLanguage,
    revision: row.revision,
    note: row.note,
    rating: { labelKo: row.ratingKo, labelEn: row.ratingEn, colour: row.ratingColour },
    previousRating:
      ratingChange && row.previousRatingKo !== null && row.previousRatingEn !== null && row.previousRatingColour !== null
        ? { labelKo: row.previousRatingKo, labelEn: row.previousRatingEn, colour: row.previousRatingColour }
        : null,
    path: `${claimPath(row)}#${elementId}`,
  }
}

/**
 * The entries after `cursor`, newest first (ties broken by key, descending), and the cursor of the last one when
 * more follow. Asks for one row more than it returns, to know whether there is a next page.
 */
export async function listCorrections(cursor: CorrectionCursor | null, limit = CORRECTIONS_PAGE_SIZE) {
  const after = cursor ? Prisma.sql`AND (e.at < ${cursor.at} OR (e.at = ${cursor.at} AND e.key < ${cursor.key}))` : Prisma.empty
  const rows = await db().$queryRaw<Row[]>`
    ${entries}
    WHERE ${hasVerdictPageSql} AND c.duplicate_of_id IS NULL ${after}
    ORDER BY e.at DESC, e.key DESC
    LIMIT ${limit + 1}`
  const items = rows.slice(0, limit).map(toCorrection)
  const last = items[items.length - 1]
  const next: CorrectionCursor | null = rows.length > limit && last ? { at: last.at, key: last.key } : null
  return { items, next }
}
