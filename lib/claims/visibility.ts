// What readers may see: the one definition every public surface uses (permalink, share card, embed, oEmbed, the
// API, feeds, the export, home and search, browse filters, related claims, metric pages, archived sources, the
// corrections page).
//
// A claim's status alone never makes it public: editors could once set it by hand, and old rows may still say
// PUBLISHED without a review. What makes a claim public is a published revision of its verdict (readers see
// revisions, never the verdict row, which is the desk's working copy). Two rules follow:
//
// - A claim has a verdict page (its permalink, API detail, embed, oEmbed, share card, archived sources) when it is
//   PUBLISHED and its verdict has at least one published revision, withdrawn or not: a withdrawn verdict keeps its
//   permalink, with the withdrawal notice. (A merged duplicate's permalink redirects to its canonical claim.)
// - A claim is listed (home, search, filters and their counts, feeds, the API list, the export, metric pages, a
//   link from a related claim) when it has a verdict page, its verdict is not withdrawn, and it was not merged into
//   another claim (listing it would show the canonical claim twice).
//
// The raw-SQL reader lists cannot use a Prisma where-input, so each rule is also written as SQL below. THE PRISMA
// AND SQL FORMS MUST AGREE: change both together (tests/integration/public-visibility.test.ts compares them).
import 'server-only'
import { Prisma } from '../db/generated/client'

/** The claim has a verdict page: published, with a published revision of its verdict (withdrawn or not). */
export const hasVerdictPageWhere = {
  status: 'PUBLISHED',
  verdict: { is: { revisions: { some: {} } } },
} satisfies Prisma.ClaimWhereInput

/** The claim appears in lists: it has a verdict page, its verdict is in force, and it is not a merged duplicate. */
export const listedWhere = {
  status: 'PUBLISHED',
  duplicateOfId: null,
  verdict: { is: { status: { not: 'WITHDRAWN' }, revisions: { some: {} } } },
} satisfies Prisma.ClaimWhereInput

/** hasVerdictPageWhere for raw SQL, on `claims` aliased as `c`. Must agree with hasVerdictPageWhere. */
export const hasVerdictPageSql = Prisma.sql`(
  c.status = 'PUBLISHED'
  AND EXISTS (
    SELECT 1 FROM verdicts pv
    WHERE pv.claim_id = c.id AND EXISTS (SELECT 1 FROM verdict_revisions pvr WHERE pvr.verdict_id = pv.id)
  )
)`

/** listedWhere for raw SQL, on `claims` aliased as `c`. Must agree with listedWhere. */
export const listedSql = Prisma.sql`(
  c.status = 'PUBLISHED' AND c.duplicate_of_id IS NULL
  AND EXISTS (
    SELECT 1 FROM verdicts lv
    WHERE lv.claim_id = c.id AND lv.status <> 'WITHDRAWN'
      AND EXISTS (SELECT 1 FROM verdict_revisions lvr WHERE lvr.verdict_id = lv.id)
  )
)`

/**
 * The quantities a metric page plots: of listed claims, stating one value and its window (a range or an unstated
 * window is not plotted), and not found misattributed (the figure counts something else than its label says).
 */
export const metricPointWhere = {
  claim: listedWhere,
  value: { not: null },
  windowKind: { not: null },
  misattribution: { is: null },
} satisfies Prisma.ClaimQuantityWhereInput

/**
 * A metric page is public when some listed claim gives a value on it; otherwise it is 404, so a metric the desk
 * set up for unpublished work shows nothing (not even its name, subject or unit).
 */
export const publicMetricWhere = { quantities: { some: metricPointWhere } } satisfies Prisma.MetricWhereInput
