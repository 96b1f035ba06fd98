// The public metric page reads quantities: each figure of a published claim on the metric is one point, so a claim
// stating two figures of one metric gives two, and the demo's notable-models page still explains 0 / 1 / 17.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { explainMetric } from '../../lib/metrics/explain'
import { getPublicMetric } from '../../lib/metrics/queries'
import { loadDemoDataset } from '../../lib/seed/demo'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

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
    const explanation = explainMetric(found!.points, found!.metric.unit)
    expect(explanation?.compatible).toBe(true)
    expect(explanation?.en).toContain('0 counts 2023 only, 1 counts 2024 only, 17 counts every year up to 2025-04-10; they can all be true at once.')
    expect(explanation?.ko).toContain('0은(는) 2023년 한 해만 셉니다, 1은(는) 2024년 한 해만 셉니다, 17은(는) 2025-04-10까지의 모든 해를 셉니다')
  })

  it('plots every figure of a published claim on the metric, and neither a range nor another metric’s figure', async () => {
    const metric = await db().metric.findUniqueOrThrow({ where: { slug: 'korean-notable-ai-models' }, include: { definitions: true } })
    const definitionId = metric.definitions.find((d) => d.name === 'Epoch AI notable list, all years')!.id
    const onMetric = { metricId: metric.id, metricDefinitionId: definitionId, unit: 'notable AI models' }
    const claim = await db().claim.create({
      data: {
        shortId: 'xtwofig',
        slug: 'two-figures',
        text: '두 수치',
        status: 'PUBLISHED',
        quantities: {
          create: [
            { position: 0, value: '16', windowKind: 'CUMULATIVE', windowEnd: day('2024-12-31'), ...onMetric },
            { position: 1, kind: 'RANK', value: '4', unit: '위', windowKind: 'POINT', windowEnd: day('2024-12-31') },
            { position: 2, value: '12', windowKind: 'CUMULATIVE', windowEnd: day('2023-12-31'), ...onMetric },
            { position: 3, bound: 'RANGE', low: '1', high: '2', windowKind: 'PERIOD', windowStart: day('2022-01-01'), windowEnd: day('2022-12-31'), ...onMetric },
          ],
        },
      },
    })
    const points = (await getPublicMetric('korean-notable-ai-models'))!.points.filter((p) => p.claimId === claim.id)
    expect(points.map((p) => [p.value, p.windowEnd?.toISOString().slice(0, 10)])).toEqual([
      ['12', '2023-12-31'],
      ['16', '2024-12-31'],
    ])
    expect(new Set(points.map((p) => p.id)).size).toBe(2)
    await db().claim.delete({ where: { id: claim.id } })
  })
})
