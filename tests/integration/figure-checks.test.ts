// The four checks that read figures as quantities (lib/reconcile/figure-checks.ts), against a real PostgreSQL:
// each fires on a case made for it and stays silent on its near miss.
import { beforeEach, describe, expect, it } from 'vitest'
import { randomShortId } from '../../lib/claims/actions'
import { db } from '../../lib/db/client'
import type { Prisma } from '../../lib/db/generated/client'
import { runChecks } from '../../lib/reconcile/checks'
import { arithmeticMismatches, contradictingFigures, rankMismatches, unitDoesNotFitMetric } from '../../lib/reconcile/figure-checks'
import { misfit } from '../../lib/reconcile/metric-fit'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const year2024 = { windowKind: 'PERIOD' as const, windowStart: day('2024-01-01'), windowEnd: day('2024-12-31') }

beforeEach(async () => {
  await db().claim.deleteMany()
  await db().metric.deleteMany()
})

const metric = (unit: string, subject: string | null = null) =>
  db().metric.create({ data: { slug: `m-${randomShortId()}`, nameKo: `지표 ${unit}`, nameEn: `Metric in ${unit}`, unit, subject } })

type Figure = Omit<Prisma.ClaimQuantityUncheckedCreateWithoutClaimInput, 'position'>

/** A claim (no verdict: these checks run whatever the verdicts) stating `figures` in order. */
async function claim(figures: Figure[]) {
  const shortId = randomShortId()
  return db().claim.create({
    data: { shortId, slug: shortId, text: `claim ${shortId}`, quantities: { create: figures.map((f, position) => ({ ...f, position })) } },
    include: { quantities: { orderBy: { position: 'asc' } } },
  })
}

describe('a unit or kind that does not fit the metric', () => {
  it('fires for a multiple on a percent metric, and for dollars on a won metric', async () => {
    const growth = await metric('%')
    const tripled = await claim([{ kind: 'MULTIPLE', value: '3.2', decimals: 1, metricId: growth.id, ...year2024 }])
    const won = await metric('억원')
    const dollars = await claim([{ kind: 'MONEY', currency: 'USD', value: '200000000', decimals: -8, metricId: won.id }])
    const issues = await unitDoesNotFitMetric(db())
    expect(issues.map((i) => i.claimIds)).toEqual([[tripled.id], [dollars.id]])
    expect(issues[0].reason).toContain(`${tripled.shortId}의 수치 3.2배`)
    expect(issues[0].reason).toContain('The metric is measured in “%” (percent), but this figure is a multiple (×).')
    expect(issues[1].reason).toContain('The metric is an amount in KRW, but this figure is in USD.')
  })

  it('is silent for a percent change on a percent metric, a count on a count metric, and a rank on any metric', async () => {
    const growth = await metric('%')
    const models = await metric('notable AI models')
    await claim([{ kind: 'PERCENT_CHANGE', value: '220', decimals: 0, metricId: growth.id }])
    await claim([{ kind: 'COUNT', value: '17', decimals: 0, metricId: models.id }, { kind: 'RANK', value: '3', decimals: 0, metricId: models.id }])
    await claim([{ kind: 'RATE', value: '17.27', decimals: 2, per: '100000', perUnit: '명', metricId: (await metric('granted AI patents per 100,000 people')).id }])
    expect(await unitDoesNotFitMetric(db())).toEqual([])
  })

  it('reads the rule table as documented', () => {
    expect(misfit('%p', 'PERCENT', null)?.en).toContain('percentage points')
    expect(misfit('%p', 'PERCENTAGE_POINTS', null)).toBeNull()
    expect(misfit('배', 'PERCENT_CHANGE', null)).not.toBeNull()
    expect(misfit('연구원', 'COUNT', null)).toBeNull() // a count of researchers, not money in won
    expect(misfit('명', 'MONEY', 'KRW')).not.toBeNull()
    expect(misfit('years', 'DURATION', null)).toBeNull()
    expect(misfit('models', 'OTHER', null)).toBeNull()
  })
})

describe('contradicting figures, whatever the verdicts', () => {
  const same = async (unit = '곳') => ({ metricId: (await metric(unit, 'South Korea')).id, ...year2024, definition: 'participating universities' })

  it('fires for 최소 5곳 against 4곳 on one metric, subject, window and definition, with neither rated', async () => {
    const on = await same()
    const a = await claim([{ kind: 'COUNT', bound: 'AT_LEAST', value: '5', decimals: 0, unit: '곳', ...on }])
    const b = await claim([{ kind: 'COUNT', value: '4', decimals: 0, unit: '곳', ...on }])
    const issues = await contradictingFigures(db())
    expect(issues.map((i) => [i.kind, i.claimIds])).toEqual([['CONTRADICTING_FIGURES', [a.id, b.id]]])
    expect(issues[0].reason).toContain(`${a.shortId}의 5곳 이상와(과) ${b.shortId}의 4곳`)
    expect(issues[0].reason).toContain(`${a.shortId} says at least 5 and ${b.shortId} says 4`)
    // It is among everything /desk/checks lists.
    expect((await runChecks(db())).filter((i) => i.kind === 'CONTRADICTING_FIGURES')).toHaveLength(1)
  })

  it('is silent on 4.35 against 4.4 (agree within precision), another subject, another window, or a recorded other definition', async () => {
    const on = await same('points')
    await claim([{ kind: 'SCORE', value: '4.35', decimals: 2, ...on }])
    await claim([{ kind: 'SCORE', value: '4.4', decimals: 1, ...on }])
    await claim([{ kind: 'SCORE', value: '9', decimals: 0, ...on, subject: 'United States' }])
    await claim([{ kind: 'SCORE', value: '9', decimals: 0, ...on, windowStart: day('2023-01-01'), windowEnd: day('2023-12-31') }])
    expect(await contradictingFigures(db())).toEqual([])
    // Same everything and another value, but the desk recorded why: another definition.
    const other = await claim([{ kind: 'SCORE', value: '6', decimals: 0, ...on }])
    const firsts = await db().claim.findMany({ where: { id: { not: other.id }, quantities: { some: { subject: null, windowStart: year2024.windowStart } } }, select: { id: true } })
    expect((await contradictingFigures(db())).length).toBeGreaterThan(0)
    for (const { id } of firsts) await db().claimRelation.create({ data: { fromClaimId: other.id, toClaimId: id, kind: 'OTHER_DEFINITION' } })
    expect(await contradictingFigures(db())).toEqual([])
  })
})

describe('arithmetic mismatches', () => {
  async function ratio(stated: string) {
    const derived = await claim([{ kind: 'MULTIPLE', value: stated, decimals: 1 }])
    const a = await claim([{ kind: 'MONEY', currency: 'USD', value: '528000000', decimals: -6 }])
    const b = await claim([{ kind: 'MONEY', currency: 'USD', value: '200000000', decimals: -6 }])
    await db().quantityDerivation.create({
      data: {
        quantityId: derived.quantities[0].id,
        operation: 'RATIO',
        inputCount: 2,
        inputs: { create: [{ position: 0, quantityId: a.quantities[0].id }, { position: 1, quantityId: b.quantities[0].id }] },
      },
    })
    return { derived, a, b }
  }

  it('fires when the stated 2.7배 does not hold against 2.64, with the computation written out', async () => {
    const { derived, a, b } = await ratio('2.7')
    const issues = await arithmeticMismatches(db())
    expect(issues.map((i) => [i.kind, i.claimIds])).toEqual([['ARITHMETIC_MISMATCH', [derived.id, a.id, b.id]]])
    expect(issues[0].reason).toContain('계산: 5억 2,800만 달러 ÷ 2억 달러 = 2.6배')
    expect(issues[0].reason).toContain('Computation: US$528 million ÷ US$200 million = 2.6×')
  })

  it('is silent when the stated 2.6배 holds at its one decimal', async () => {
    await ratio('2.6')
    expect(await arithmeticMismatches(db())).toEqual([])
  })

  it('fires when an input was deleted and the derivation can no longer be checked', async () => {
    const { b } = await ratio('2.6')
    await db().claim.delete({ where: { id: b.id } })
    const issues = await arithmeticMismatches(db())
    expect(issues).toHaveLength(1)
    expect(issues[0].reason).toContain('cannot be checked: A figure this computation used was deleted')
  })
})

describe('rank mismatches', () => {
  /** Values of one count metric for 2024 by subject, and a stated rank for Korea. */
  async function ranked(values: Record<string, string>, rank: { value: string; rankOf?: number }) {
    const m = await metric('notable AI models')
    const sources = []
    for (const [subject, value] of Object.entries(values)) sources.push(await claim([{ kind: 'COUNT', value, decimals: 0, subject, metricId: m.id, ...year2024 }]))
    const stated = await claim([{ kind: 'RANK', value: rank.value, decimals: 0, rankOf: rank.rankOf ?? null, rankHighFirst: true, subject: 'Korea', metricId: m.id, ...year2024 }])
    return { stated, sources }
  }

  it('fires when the values put Korea 3rd but the claim says 2nd', async () => {
    const { stated, sources } = await ranked({ Korea: '10', 'United States': '40', China: '15' }, { value: '2' })
    const issues = await rankMismatches(db())
    expect(issues.map((i) => [i.kind, i.claimIds])).toEqual([['RANK_MISMATCH', [stated.id, ...sources.map((s) => s.id)]]])
    expect(issues[0].reason).toContain('Korea 3rd')
    expect(issues[0].reason).toContain('The stated rank, 2, does not hold.')
    expect(issues[0].reason).toContain('those alone rule out rank 2')
  })

  it('is silent for a joint rank: Korea tied with China for 2nd says 2nd', async () => {
    await ranked({ Korea: '15', 'United States': '40', China: '15' }, { value: '2' })
    expect(await rankMismatches(db())).toEqual([])
  })

  it('is silent for a lower stated rank when subjects the desk lacks could stand above; fires once every subject is known', async () => {
    await ranked({ Korea: '10', 'United States': '40', China: '15' }, { value: '5' })
    expect(await rankMismatches(db())).toEqual([])
    await db().claim.deleteMany()
    await ranked({ Korea: '10', 'United States': '40', China: '15' }, { value: '4', rankOf: 3 })
    expect((await rankMismatches(db())).map((i) => i.kind)).toEqual(['RANK_MISMATCH'])
  })
})
