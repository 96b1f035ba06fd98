// The public metric page reads quantities: each figure of a published claim on the metric is one point, so a claim
// stating two figures of one metric gives two, and the demo's notable-models page still explains 0 / 1 / 17.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import type { Prisma } from '../../lib/db/generated/client'
import { getPublicMetric } from '../../lib/metrics/queries'
import { loadDemoDataset } from '../../lib/seed/demo'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A claim readers may see: a published verdict revision, as lib/claims/visibility.ts requires. */
async function publishedClaim(shortId: string, quantities: Prisma.ClaimQuantityCreateWithoutClaimInput[]) {
  const rating = await db().rating.findFirstOrThrow({ where: { value: { not: null } } })
  return db().claim.create({
    data: {
      shortId,
      slug: shortId,
      text: `수치 ${shortId}`,
      status: 'PUBLISHED',
      quantities: { create: quantities },
      verdict: {
        create: {
          ratingId: rating.id,
          summary: 's',
          status: 'PUBLISHED',
          publishedAt: new Date(),
          revisions: { create: { number: 1, ratingId: rating.id, summary: 's', analysis: '', publishedAt: new Date() } },
        },
      },
    },
  })
}

beforeAll(async () => {
  await loadDemoDataset(db())
})

describe('the public metric page', () => {
  it('explains the demo: 0 in 2023, 1 in 2024 and 17 cumulative are three statements that can all be true', async () => {
    const found = await getPublicMetric('korean-notable-ai-models')
    expect(found!.points.map((p) => [p.shortId, p.value, p.windowKind])).toEqual([
      ['knt2023', '0', 'PERIOD'],
      ['knt2024', '1', 'PERIOD'],
      ['kntcumu', '17', 'CUMULATIVE'],
    ])
    const explanation = found!.explanation
    expect(explanation?.tone).toBe('compatible')
    expect(explanation?.en).toContain('0 counts 2023 only, 1 counts 2024 only, 17 counts every year up to 2025-04-10;')
    expect(explanation?.en).toContain('they can all be true at once')
    expect(explanation?.ko).toContain('0은 2023년 한 해만 셉니다, 1은 2024년 한 해만 셉니다, 17은 2025-04-10까지의 모든 해를 셉니다')
  })

  it('plots every figure of a published claim on the metric, and neither a range nor another metric’s figure', async () => {
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'korean-notable-ai-models' }, include: { definitions: true } })
    const definitionId = metric.definitions.find((d) => d.name === 'Epoch AI notable list, all years')!.id
    const onMetric = { metricId: metric.id, metricDefinitionId: definitionId, unit: 'notable AI models' }
    const claim = await publishedClaim('xtwofig', [
      { position: 0, value: '16', windowKind: 'CUMULATIVE', windowEnd: day('2024-12-31'), ...onMetric },
      { position: 1, kind: 'RANK', value: '4', unit: '위', windowKind: 'POINT', windowEnd: day('2024-12-31') },
      { position: 2, value: '12', windowKind: 'CUMULATIVE', windowEnd: day('2023-12-31'), ...onMetric },
      { position: 3, bound: 'RANGE', low: '1', high: '2', windowKind: 'PERIOD', windowStart: day('2022-01-01'), windowEnd: day('2022-12-31'), ...onMetric },
    ])
    const points = (await getPublicMetric('korean-notable-ai-models'))!.points.filter((p) => p.claimId === claim.id)
    expect(points.map((p) => [p.value, p.windowEnd?.toISOString().slice(0, 10)])).toEqual([
      ['12', '2023-12-31'],
      ['16', '2024-12-31'],
    ])
    expect(new Set(points.map((p) => p.id)).size).toBe(2)
    await db().claim.delete({ where: { id: claim.id } })
  })

  describe('a growth given as a multiple and as a percent change', () => {
    const growth = async (slug: string) => {
      const metric = await db().metric.create({ data: { slug, nameKo: '투자 증가', nameEn: 'Investment growth', unit: '%' } })
      const onMetric = { metricId: metric.id, subject: 'Korea', definition: 'private AI investment', windowKind: 'PERIOD' as const, windowStart: day('2024-01-01'), windowEnd: day('2024-12-31') }
      return onMetric
    }

    it('says they cannot both be true when "5배 이상" meets "300% 증가", with the conversion, in both languages', async () => {
      const onMetric = await growth('growth-apart')
      await publishedClaim('xfive05', [{ position: 0, kind: 'MULTIPLE', bound: 'AT_LEAST', value: '5', decimals: 0, statedText: '5배 이상', ...onMetric }])
      await publishedClaim('xthree3', [{ position: 0, kind: 'PERCENT_CHANGE', value: '300', decimals: 0, statedText: '300% 증가', ...onMetric }])
      const { explanation } = (await getPublicMetric('growth-apart'))!
      expect(explanation?.tone).toBe('conflict')
      const [pair] = explanation!.pairs
      expect(pair.outcome).toBe('CONFLICT')
      expect(pair.comparison?.conversions.map((c) => c.code)).toContain('multiple_to_percent_change')
      expect(pair.en).toContain('k-fold is an increase of (k − 1) × 100%')
      expect(pair.en).toContain('cannot both be true')
      expect(pair.ko).toContain('함께 참일 수 없습니다')
      // Read as a percent, 5 would sit inside "300 %" of nothing: the page must never say these agree.
      expect(explanation?.en).not.toContain('can all be true')
    })

    it('says they agree when "3.2배" meets "220% 증가"', async () => {
      const onMetric = await growth('growth-equal')
      await publishedClaim('xthr322', [{ position: 0, kind: 'MULTIPLE', value: '3.2', decimals: 1, ...onMetric }])
      await publishedClaim('xtwo220', [{ position: 0, kind: 'PERCENT_CHANGE', value: '220', decimals: 0, ...onMetric }])
      const { explanation } = (await getPublicMetric('growth-equal'))!
      expect(explanation?.tone).toBe('compatible')
      expect(explanation?.pairs[0].outcome).toBe('AGREE')
    })

    it("follows the desk's recorded contradiction over figures that would otherwise hold together", async () => {
      const onMetric = await growth('growth-recorded')
      const a = await publishedClaim('xreca20', [{ position: 0, kind: 'PERCENT_CHANGE', value: '20', decimals: 0, ...onMetric }])
      const b = await publishedClaim('xrecb25', [{ position: 0, kind: 'PERCENT_CHANGE', value: '25', decimals: 0, ...onMetric, windowStart: day('2023-01-01'), windowEnd: day('2023-12-31') }])
      expect((await getPublicMetric('growth-recorded'))!.explanation?.tone).toBe('compatible')
      await db().claimRelation.create({ data: { fromClaimId: a.id, toClaimId: b.id, kind: 'CONTRADICTS' } })
      const { explanation } = (await getPublicMetric('growth-recorded'))!
      expect(explanation?.tone).toBe('conflict')
      expect(explanation?.pairs[0]).toMatchObject({ outcome: 'CONFLICT', recorded: 'CONTRADICTS' })
    })
  })
})
