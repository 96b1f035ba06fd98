import 'server-only'
// Reads for the metric pages: the public page (listed claims only, with their published verdicts and the values
// the imported datasets give for the same windows) and the desk's list and editor.
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import type { WindowKind } from '../db/generated/enums'
import { metricPointWhere, publicMetricWhere } from '../claims/visibility'
import { quantityFromRecord, quantityRecordSelect } from '../quantities/record'
import { explainPoints } from './pairs'
import { listSuggestions } from '../reconcile/suggestions'
import { deriveForWindow, pickSnapshot, windowBounds } from './derived'

const definitionSelect = {
  id: true,
  name: true,
  versionLabel: true,
  snapshotDate: true,
  source: { select: { id: true, title: true, publisher: true, kind: true, url: true } },
} as const satisfies Prisma.MetricDefinitionSelect

/** Every metric with how many definitions it has and how many claims state a figure of it. */
export async function listMetrics() {
  const [metrics, pairs] = await Promise.all([
    db().metric.findMany({
      orderBy: { nameEn: 'asc' },
      select: { id: true, slug: true, nameKo: true, nameEn: true, unit: true, _count: { select: { definitions: true } } },
    }),
    // One row per (metric, claim): a claim with two quantities of one metric is one claim of it.
    db().claimQuantity.groupBy({ by: ['metricId', 'claimId'], where: { metricId: { not: null } } }),
  ])
  const claims = new Map<string, number>()
  for (const { metricId } of pairs) claims.set(metricId!, (claims.get(metricId!) ?? 0) + 1)
  return metrics.map((metric) => ({ ...metric, _count: { ...metric._count, claims: claims.get(metric.id) ?? 0 } }))
}

/** For the claim form's selects: every metric with its definitions. */
export function metricOptions() {
  return db().metric.findMany({
    orderBy: { nameEn: 'asc' },
    select: { id: true, nameKo: true, nameEn: true, definitions: { orderBy: { createdAt: 'asc' }, select: { id: true, name: true } } },
  })
}
export type MetricOption = Awaited<ReturnType<typeof metricOptions>>[number]

export function getDeskMetric(id: string) {
  return db().metric.findUnique({
    where: { id },
    include: {
      definitions: { orderBy: { createdAt: 'asc' }, select: definitionSelect },
      // Each quantity of the metric: a claim stating two of its figures is listed twice.
      quantities: {
        orderBy: [{ windowEnd: 'asc' }, { createdAt: 'asc' }, { position: 'asc' }],
        select: {
          id: true,
          kind: true,
          bound: true,
          value: true,
          low: true,
          high: true,
          windowKind: true,
          windowStart: true,
          windowEnd: true,
          claim: { select: { id: true, shortId: true, text: true, status: true, needsRecheck: true } },
        },
      },
    },
  })
}
export type DeskMetric = NonNullable<Awaited<ReturnType<typeof getDeskMetric>>>

/**
 * A metric's public page: only when some listed claim gives a value on it (lib/claims/visibility.ts), and then
 * those claims alone, each with the rating of its latest published revision. null (404) otherwise.
 */
export async function getPublicMetric(slug: string) {
  const metric = await db().metric.findFirst({
    where: { slug, ...publicMetricWhere },
    include: {
      definitions: { orderBy: { createdAt: 'asc' }, select: definitionSelect },
      quantities: {
        where: metricPointWhere,
        // Figures of one window in the order they were logged, so the page reads the same on every load.
        orderBy: [{ windowEnd: 'asc' }, { windowStart: 'asc' }, { createdAt: 'asc' }, { position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          ...quantityRecordSelect,
          subject: true,
          definition: true,
          windowKind: true,
          windowStart: true,
          windowEnd: true,
          metricDefinitionId: true,
          claim: {
            select: {
              id: true,
              shortId: true,
              slug: true,
              text: true,
              translation: true,
              language: true,
              validAsOf: true,
              verdict: {
                select: {
                  revisions: {
                    orderBy: { number: 'desc' },
                    take: 1,
                    select: { rating: { select: { labelKo: true, labelEn: true, colour: true } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  })
  if (!metric) return null

  const definitionName = new Map(metric.definitions.map((d) => [d.id, d.name]))
  // One point per quantity (its id keys it), linked to its claim: a claim may state several figures of one metric.
  const points = metric.quantities.map(({ claim, ...quantity }) => ({
    id: quantity.id,
    claimId: claim.id,
    shortId: claim.shortId,
    slug: claim.slug,
    text: claim.text,
    translation: claim.translation,
    language: claim.language,
    kind: quantity.kind,
    bound: quantity.bound,
    value: quantity.value!.toString(),
    unit: quantity.unit ?? metric.unit,
    quantity: quantityFromRecord(quantity),
    // Null when the figure names none: then only the figures that do name one are told apart by it.
    subject: quantity.subject,
    windowKind: quantity.windowKind!,
    windowStart: quantity.windowStart,
    windowEnd: quantity.windowEnd,
    definitionName: quantity.metricDefinitionId ? (definitionName.get(quantity.metricDefinitionId) ?? null) : null,
    rating: claim.verdict?.revisions[0]?.rating ?? null,
  }))
  // The desk's own relations between these claims: the page's explanation follows them.
  const claimIds = [...new Set(points.map((p) => p.claimId))]
  const relations = await db().claimRelation.findMany({
    where: { fromClaimId: { in: claimIds }, toClaimId: { in: claimIds } },
    select: { fromClaimId: true, toClaimId: true, kind: true },
  })
  // Figures the comparison can read; a stored row that breaks its kind's rules is listed but never compared.
  const compared = points.flatMap((p) =>
    p.quantity
      ? [{ claimId: p.claimId, quantity: p.quantity, subject: p.subject, window: { kind: p.windowKind, start: p.windowStart, end: p.windowEnd }, definition: p.definitionName }]
      : [],
  )
  // A misattribution concerns one figure, not a pair of claims: lib/claims/visibility.ts keeps it off the page.
  const recorded = relations.flatMap((r) => (r.toClaimId && r.kind !== 'MISATTRIBUTED' ? [{ fromId: r.fromClaimId, toId: r.toClaimId, kind: r.kind }] : []))
  return { metric, points, explanation: explainPoints(compared, recorded), derived: await derivedRows(metric, points) }
}
export type PublicMetric = NonNullable<Awaited<ReturnType<typeof getPublicMetric>>>
export type MetricPoint = PublicMetric['points'][number]

/** One dataset-derived value per distinct window of the published claims, from the newest snapshot. */
async function derivedRows(
  metric: { datasetCountry: string | null; definitions: { source: { id: string; kind: string } | null }[] },
  points: { windowKind: WindowKind; windowStart: Date | null; windowEnd: Date | null }[],
) {
  const country = metric.datasetCountry
  const sourceIds = metric.definitions.flatMap((d) => (d.source?.kind === 'DATASET' ? [d.source.id] : []))
  if (!country) return []
  const snapshot = await pickSnapshot(db(), sourceIds)
  if (!snapshot) return []
  const seen = new Set<string>()
  const rows = []
  for (const window of points) {
    const bounds = windowBounds(window)
    const key = `${bounds?.from?.getTime()}:${bounds?.to.getTime()}`
    if (!bounds || seen.has(key)) continue
    seen.add(key)
    const derived = await deriveForWindow(db(), country, snapshot.id, window)
    if (derived) rows.push({ ...window, ...derived })
  }
  return rows
}

/** The stale list: flagged claims, and claims whose re-check date has passed, oldest date first. */
export async function listStaleClaims(today = new Date()) {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
  const claims = await db().claim.findMany({
    where: { duplicateOfId: null, OR: [{ needsRecheck: true }, { recheckAfter: { lt: day } }] },
    orderBy: [{ recheckAfter: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'asc' }],
    select: {
      id: true,
      shortId: true,
      text: true,
      status: true,
      needsRecheck: true,
      recheckReason: true,
      recheckAfter: true,
      validAsOf: true,
      // The metric of the claim's first figure that has one, as the list names it.
      quantities: {
        where: { metricId: { not: null } },
        orderBy: { position: 'asc' },
        take: 1,
        select: { metric: { select: { slug: true, nameKo: true, nameEn: true } } },
      },
    },
  })
  return claims.map(({ quantities, ...claim }) => ({ ...claim, metric: quantities[0]?.metric ?? null }))
}

/** What a claim's desk page shows about its metrics and definitions (one per quantity on a metric) and re-check dates. */
export function claimMetricPanel(claimId: string) {
  return db().claim.findUnique({
    where: { id: claimId },
    select: {
      validAsOf: true,
      recheckAfter: true,
      recheckReason: true,
      needsRecheck: true,
      quantities: {
        where: { metricId: { not: null } },
        orderBy: { position: 'asc' },
        select: {
          position: true,
          metric: { select: { id: true, slug: true, nameKo: true, nameEn: true } },
          metricDefinition: { select: { name: true } },
        },
      },
    },
  })
}

/** The claim's suggested relations (lib/reconcile/suggestions.ts) with the app's database client. */
export const claimRelationSuggestions = (claimId: string) => listSuggestions(db(), claimId)
