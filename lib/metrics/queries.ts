import 'server-only'
// Reads for the metric pages: the public page (listed claims only, with their published verdicts and the values
// the imported datasets give for the same windows) and the desk's list and editor.
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import type { WindowKind } from '../db/generated/enums'
import { metricPointWhere, publicMetricWhere } from '../claims/visibility'
import { listSuggestions } from '../reconcile/suggestions'
import { deriveForWindow, pickSnapshot, windowBounds } from './derived'

const definitionSelect = {
  id: true,
  name: true,
  versionLabel: true,
  snapshotDate: true,
  source: { select: { id: true, title: true, publisher: true, kind: true, url: true } },
} as const satisfies Prisma.MetricDefinitionSelect

export function listMetrics() {
  return db().metric.findMany({
    orderBy: { nameEn: 'asc' },
    select: { id: true, slug: true, nameKo: true, nameEn: true, unit: true, _count: { select: { claims: true, definitions: true } } },
  })
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
      claims: {
        orderBy: [{ windowEnd: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, shortId: true, text: true, status: true, quantityValue: true, windowKind: true, windowStart: true, windowEnd: true, needsRecheck: true },
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
      claims: {
        where: metricPointWhere,
        orderBy: [{ windowEnd: 'asc' }, { windowStart: 'asc' }],
        select: {
          id: true,
          shortId: true,
          slug: true,
          text: true,
          translation: true,
          language: true,
          quantityValue: true,
          quantityUnit: true,
          windowKind: true,
          windowStart: true,
          windowEnd: true,
          validAsOf: true,
          metricDefinitionId: true,
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
  })
  if (!metric) return null

  const definitionName = new Map(metric.definitions.map((d) => [d.id, d.name]))
  const points = metric.claims.map((claim) => ({
    id: claim.id,
    shortId: claim.shortId,
    slug: claim.slug,
    text: claim.text,
    translation: claim.translation,
    language: claim.language,
    value: claim.quantityValue!.toString(),
    unit: claim.quantityUnit ?? metric.unit,
    windowKind: claim.windowKind!,
    windowStart: claim.windowStart,
    windowEnd: claim.windowEnd,
    definitionName: claim.metricDefinitionId ? (definitionName.get(claim.metricDefinitionId) ?? null) : null,
    rating: claim.verdict?.revisions[0]?.rating ?? null,
  }))
  return { metric, points, derived: await derivedRows(metric, points) }
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
export function listStaleClaims(today = new Date()) {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
  return db().claim.findMany({
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
      metric: { select: { slug: true, nameKo: true, nameEn: true } },
    },
  })
}

/** What a claim's desk page shows about its metric, definition and re-check dates. */
export function claimMetricPanel(claimId: string) {
  return db().claim.findUnique({
    where: { id: claimId },
    select: {
      validAsOf: true,
      recheckAfter: true,
      recheckReason: true,
      needsRecheck: true,
      metric: { select: { id: true, slug: true, nameKo: true, nameEn: true } },
      metricDefinition: { select: { name: true } },
    },
  })
}

/** The claim's suggested relations (lib/reconcile/suggestions.ts) with the app's database client. */
export const claimRelationSuggestions = (claimId: string) => listSuggestions(db(), claimId)
