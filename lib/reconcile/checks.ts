// Consistency checks shown to reviewers, each with its reason in words (Korean, then English):
// 1. a cumulative value smaller than the sum of the published yearly values inside its window;
// 2. two published verdicts rating both of two contradicting claims as true;
// 3. a claim whose value differs from the value derived from the imported dataset for its window and definition.
// and, in figure-checks.ts, four that read figures as quantities: a kind or unit that does not fit the metric,
// contradicting figures whatever the verdicts, arithmetic that does not hold, and ranks the values deny.
// They read only; nothing is changed or blocked, because a reviewer may know why the numbers differ.
// Each reads the claims' quantities (a claim may state several figures, of several metrics). Sums and dataset
// counts are only made of exact counts and amounts: adding ranks or percentages, or comparing "at least 5" with a
// count as if it were 5, would report mismatches that are not there.
import type { Prisma, PrismaClient } from '../db/generated/client'
import { formatQuantity } from '../format'
import { deriveForWindow, pickSnapshot } from '../metrics/derived'
import { explainWindow } from './window-words'
import { classifyPair } from './classify'
import { arithmeticMismatches, contradictingFigures, rankMismatches, unitDoesNotFitMetric } from './figure-checks'
import { quantitySelect, toQuantityClaim } from './suggestions'

type Db = PrismaClient | Prisma.TransactionClient

export type CheckKind =
  | 'CUMULATIVE_BELOW_YEARLY_SUM'
  | 'CONTRADICTING_BOTH_TRUE'
  | 'DIFFERS_FROM_DATASET'
  | 'UNIT_DOES_NOT_FIT_METRIC'
  | 'CONTRADICTING_FIGURES'
  | 'ARITHMETIC_MISMATCH'
  | 'RANK_MISMATCH'

export interface ConsistencyIssue {
  kind: CheckKind
  claimIds: string[]
  /** Korean, then English. */
  reason: string
}

export const CHECK_LABELS: Record<CheckKind, string> = {
  CUMULATIVE_BELOW_YEARLY_SUM: '누적값이 연도별 합보다 작음 · Cumulative below the yearly sum',
  CONTRADICTING_BOTH_TRUE: '상충하는 두 주장이 모두 사실 판정 · Contradicting claims both rated true',
  DIFFERS_FROM_DATASET: '데이터셋 값과 다름 · Differs from the dataset',
  UNIT_DOES_NOT_FIT_METRIC: '지표에 맞지 않는 단위·종류 · Unit or kind does not fit the metric',
  CONTRADICTING_FIGURES: '서로 어긋나는 수치 · Contradicting figures',
  ARITHMETIC_MISMATCH: '계산이 맞지 않음 · Arithmetic does not hold',
  RANK_MISMATCH: '값과 맞지 않는 순위 · Rank does not fit the values',
}

const checkedQuantities = {
  ...quantitySelect,
  metric: { select: { id: true, nameKo: true, nameEn: true, datasetCountry: true } },
} as const satisfies Prisma.ClaimQuantitySelect

/** Claims still in play: merged duplicates speak through their canonical claim, archived ones are done. */
const inPlay = { duplicateOfId: null, status: { not: 'ARCHIVED' } } as const
/** Their exact counts and amounts with a value and a window: the figures these checks can add and count. */
const additive = {
  claim: inPlay,
  value: { not: null },
  windowKind: { not: null },
  bound: 'EXACT',
  kind: { in: ['COUNT', 'MONEY'] },
} satisfies Prisma.ClaimQuantityWhereInput

const isCalendarYear = (start: Date | null, end: Date | null) =>
  Boolean(start && end && start.toISOString().endsWith('01-01T00:00:00.000Z') && end.toISOString().endsWith('12-31T00:00:00.000Z') && start.getUTCFullYear() === end.getUTCFullYear())

export async function cumulativeBelowYearlySum(db: Db): Promise<ConsistencyIssue[]> {
  const quantities = await db.claimQuantity.findMany({ where: { ...additive, metricId: { not: null } }, select: checkedQuantities })
  const issues: ConsistencyIssue[] = []
  for (const cumulative of quantities.filter((q) => q.windowKind === 'CUMULATIVE' && q.windowEnd)) {
    // Per year the smallest published figure: two releases for one year must not be added up twice, and the
    // smaller one is the figure the cumulative value can least deny.
    const perYear = new Map<number, (typeof quantities)[number]>()
    for (const yearly of quantities) {
      if (yearly.metricId !== cumulative.metricId || yearly.kind !== cumulative.kind || yearly.claim.status !== 'PUBLISHED' || yearly.windowKind !== 'PERIOD') continue
      if (!isCalendarYear(yearly.windowStart, yearly.windowEnd)) continue
      if (yearly.windowEnd! > cumulative.windowEnd! || (cumulative.windowStart && yearly.windowStart! < cumulative.windowStart)) continue
      const year = yearly.windowStart!.getUTCFullYear()
      const kept = perYear.get(year)
      if (!kept || Number(yearly.value) < Number(kept.value)) perYear.set(year, yearly)
    }
    const yearly = [...perYear.entries()].sort(([a], [b]) => a - b).map(([, quantity]) => quantity)
    const sum = yearly.reduce((total, quantity) => total + Number(quantity.value), 0)
    if (!yearly.length || Number(cumulative.value) >= sum) continue
    const parts = yearly.map((q) => `${q.windowStart!.getUTCFullYear()}: ${formatQuantity(q.value!)}`).join(', ')
    const value = formatQuantity(cumulative.value!)
    const shortId = cumulative.claim.shortId
    issues.push({
      kind: 'CUMULATIVE_BELOW_YEARLY_SUM',
      claimIds: [...new Set([cumulative.claimId, ...yearly.map((q) => q.claimId)])],
      reason:
        `누적값 ${value}(${shortId}, ${explainWindow(cumulative)})이 그 기간 안의 공개된 연도별 값의 합 ${sum}(${parts})보다 작습니다. ` +
        `The cumulative value ${value} (${shortId}, ${explainWindow(cumulative)}) is smaller than the sum of the published yearly values inside its window, ${sum} (${parts}).`,
    })
  }
  return issues
}

/** "True" is the upper side of the claim's own scale: above the middle of its numeric ratings (True, Mostly true). */
async function trueRatingIds(db: Db): Promise<Set<string>> {
  const ratings = await db.rating.findMany({ select: { id: true, scaleId: true, value: true } })
  const range = new Map<string, { min: number; max: number }>()
  for (const r of ratings) {
    if (r.value === null) continue
    const current = range.get(r.scaleId) ?? { min: r.value, max: r.value }
    range.set(r.scaleId, { min: Math.min(current.min, r.value), max: Math.max(current.max, r.value) })
  }
  return new Set(
    ratings.filter((r) => r.value !== null && range.get(r.scaleId) && 2 * r.value > range.get(r.scaleId)!.min + range.get(r.scaleId)!.max).map((r) => r.id),
  )
}

export async function contradictingBothTrue(db: Db): Promise<ConsistencyIssue[]> {
  const published = await db.claim.findMany({
    where: { duplicateOfId: null, verdict: { status: 'PUBLISHED' } },
    select: {
      id: true,
      shortId: true,
      verdict: { select: { rating: { select: { id: true, labelKo: true, labelEn: true } } } },
      quantities: { orderBy: { position: 'asc' }, select: quantitySelect },
    },
  })
  const trueIds = await trueRatingIds(db)
  const rated = new Map(published.filter((c) => c.verdict && trueIds.has(c.verdict.rating.id)).map((c) => [c.id, c]))

  // Contradicting: recorded by an editor, or a figure of each with the same window and definition and another
  // value (not yet recorded).
  const pairs = new Map<string, [string, string]>()
  const add = (a: string, b: string) => pairs.set([a, b].sort().join(':'), [a, b].sort() as [string, string])
  const relations = await db.claimRelation.findMany({
    where: { kind: 'CONTRADICTS', fromClaimId: { in: [...rated.keys()] }, toClaimId: { in: [...rated.keys()] } },
    select: { fromClaimId: true, toClaimId: true },
  })
  for (const r of relations) if (r.toClaimId) add(r.fromClaimId, r.toClaimId)
  const list = [...rated.values()]
  for (const [i, a] of list.entries()) {
    for (const b of list.slice(i + 1)) {
      const contradicts = a.quantities.some((qa) => b.quantities.some((qb) => classifyPair(toQuantityClaim(qa), toQuantityClaim(qb))?.kind === 'CONTRADICTS'))
      if (contradicts) add(a.id, b.id)
    }
  }

  return [...pairs.values()].map(([aId, bId]) => {
    const [a, b] = [rated.get(aId)!, rated.get(bId)!]
    const label = (c: typeof a) => `${c.shortId} (${c.verdict!.rating.labelKo} ${c.verdict!.rating.labelEn})`
    return {
      kind: 'CONTRADICTING_BOTH_TRUE' as const,
      claimIds: [a.id, b.id],
      reason:
        `서로 상충하는 두 주장 ${label(a)}, ${label(b)}이 모두 사실 쪽으로 공개 판정되었습니다. 둘 다 참일 수는 없습니다. ` +
        `Two contradicting claims, ${label(a)} and ${label(b)}, both have published verdicts on the true side; they cannot both be true.`,
    }
  })
}

export async function differsFromDataset(db: Db): Promise<ConsistencyIssue[]> {
  const quantities = await db.claimQuantity.findMany({
    where: {
      ...additive,
      kind: 'COUNT',
      metric: { datasetCountry: { not: null } },
      metricDefinition: { source: { datasetSnapshots: { some: {} } } },
    },
    orderBy: [{ claim: { createdAt: 'asc' } }, { position: 'asc' }],
    select: checkedQuantities,
  })
  const issues: ConsistencyIssue[] = []
  for (const quantity of quantities) {
    const definition = quantity.metricDefinition!
    const snapshot = await pickSnapshot(db, [definition.sourceId!], definition.snapshotDate)
    if (!snapshot) continue
    const derived = await deriveForWindow(db, quantity.metric!.datasetCountry!, snapshot.id, quantity)
    if (!derived || derived.value === Number(quantity.value)) continue
    const value = formatQuantity(quantity.value!)
    const asOf = derived.asOf.toISOString().slice(0, 10)
    const shortId = quantity.claim.shortId
    issues.push({
      kind: 'DIFFERS_FROM_DATASET',
      claimIds: [quantity.claimId],
      reason:
        `${shortId}의 값 ${value}이(가) ${derived.sourceTitle} ${asOf} 스냅숏에서 같은 기간(${explainWindow(quantity)})으로 센 값 ${derived.value}과 다릅니다. ` +
        `${shortId} says ${value}, but the ${derived.sourceTitle} snapshot of ${asOf} gives ${derived.value} for the same window (${explainWindow(quantity)}) and definition.`,
    })
  }
  return issues
}

export async function runChecks(db: Db): Promise<ConsistencyIssue[]> {
  return [
    ...(await cumulativeBelowYearlySum(db)),
    ...(await contradictingBothTrue(db)),
    ...(await differsFromDataset(db)),
    ...(await unitDoesNotFitMetric(db)),
    ...(await contradictingFigures(db)),
    ...(await arithmeticMismatches(db)),
    ...(await rankMismatches(db)),
  ]
}
