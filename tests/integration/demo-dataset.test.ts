import { describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { demoDataset } from '../../prisma/seed/demo-dataset'

const counts = async () => ({
  claims: await db().claim.count(),
  sources: await db().source.count(),
  claimants: await db().claimant.count(),
  evidence: await db().evidence.count(),
  appearances: await db().appearance.count(),
  relations: await db().claimRelation.count(),
  verdicts: await db().verdict.count(),
  revisions: await db().verdictRevision.count(),
  ratings: await db().rating.count(),
})

describe('demo dataset', () => {
  it('loads every claim, source, relation and verdict of the fact sheet once', async () => {
    expect(await loadDemoDataset(db())).toBe('loaded')
    const withVerdict = demoDataset.claims.filter((claim) => claim.verdict).length
    expect(await counts()).toEqual({
      claims: 13,
      sources: 10,
      claimants: demoDataset.claimants.length,
      evidence: demoDataset.claims.reduce((sum, claim) => sum + claim.evidence.length, 0),
      appearances: demoDataset.claims.reduce((sum, claim) => sum + claim.appearances.length, 0),
      relations: demoDataset.relations.length,
      verdicts: withVerdict,
      revisions: withVerdict,
      ratings: 6,
    })

    const claim = await db().claim.findUniqueOrThrow({
      where: { seedKey: 'K-FM-2023' },
      include: { verdict: { include: { rating: true } }, evidence: { include: { source: true } }, quantities: true },
    })
    expect(claim.text).toBe('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
    expect(claim.verdict?.rating.labelKo).toBe('대체로 사실 아님')
    expect(claim.verdict?.status).toBe('PUBLISHED')
    expect(claim.quantities.map((q) => [q.position, q.value?.toString(), q.windowKind])).toEqual([[0, '0', 'PERIOD']])
    const rebuttal = claim.evidence.find((item) => item.stance === 'REBUTS')
    expect(rebuttal?.source.seedKey).toBe('S-MSIT')

    const gpu = await db().claim.findUniqueOrThrow({ where: { seedKey: 'K-GPU-2000' }, include: { verdict: true } })
    expect(gpu.status).toBe('RESEARCHING')
    expect(gpu.verdict).toBeNull()

    const patents = await db().claim.findUniqueOrThrow({ where: { seedKey: 'K-PATENTS-2023' }, include: { quantities: { orderBy: { position: 'asc' } } } })
    expect(patents.quantities[0].value?.toString()).toBe('17.27')
  })

  it('stores the second quantities in the order the claim states them, with kinds, bounds and precision', async () => {
    const figures = async (seedKey: string) =>
      (await db().claimQuantity.findMany({ where: { claim: { seedKey } }, orderBy: { position: 'asc' } })).map((q) => ({
        position: q.position,
        kind: q.kind,
        bound: q.bound,
        value: q.value?.toString() ?? null,
        decimals: q.decimals,
        statedText: q.statedText,
      }))
    expect(await figures('K-PATENTS-2023')).toEqual([
      { position: 0, kind: 'RATE', bound: 'EXACT', value: '17.27', decimals: 2, statedText: '17.27건' },
      { position: 1, kind: 'RANK', bound: 'EXACT', value: '1', decimals: 0, statedText: '1위' },
    ])
    expect((await figures('K-INVEST-2024')).map((q) => [q.kind, q.value, q.decimals])).toEqual([
      ['MONEY', '1300000000', -8],
      ['RANK', '11', 0],
      ['RANK', '6', 0],
      ['RANK', '9', 0],
    ])
    const gap = await db().claimQuantity.findFirstOrThrow({ where: { claim: { seedKey: 'K-GAP-1-2Y' } } })
    expect([gap.bound, gap.value, gap.low?.toString(), gap.high?.toString(), gap.durationUnit, gap.windowKind]).toEqual(['RANGE', null, '1', '2', 'year', null])
    const rate = await db().claimQuantity.findFirstOrThrow({ where: { claim: { seedKey: 'K-TALENT-2024' }, position: 0 } })
    expect([rate.per?.toString(), rate.perUnit]).toEqual(['10000', 'people'])
  })

  it('puts the quantity claims on their metrics and definitions', async () => {
    const metrics = await db().metric.findMany({
      orderBy: { slug: 'asc' },
      include: {
        definitions: { include: { source: true } },
        quantities: { orderBy: { claim: { shortId: 'asc' } }, include: { metricDefinition: true, claim: { select: { shortId: true } } } },
      },
    })
    expect(metrics.map((m) => [m.slug, m.quantities.map((q) => q.claim.shortId)])).toEqual([
      ['ai-patents-per-100k', ['kpt2022', 'kpt2023']],
      ['korean-foundation-models', ['kfm2023', 'kownmdl']],
      ['korean-notable-ai-models', ['knt2023', 'knt2024', 'kntcumu']],
    ])
    const notable = metrics[2]
    expect(notable.datasetCountry).toBe('Korea (Republic of)')
    const cumulative = notable.quantities.find((q) => q.claim.shortId === 'kntcumu')!
    expect(cumulative.metricDefinition?.name).toBe('Epoch AI notable list, all years')
    const epoch = notable.definitions.find((d) => d.name === 'Epoch AI notable list, all years')!
    expect([epoch.source?.seedKey, epoch.snapshotDate?.toISOString().slice(0, 10)]).toEqual(['S-EPOCH', '2025-04-10'])
  })

  it('adds nothing when loaded again, and does not bring back a demo claim an editor deleted', async () => {
    const before = await counts()
    await db().claim.delete({ where: { seedKey: 'K-GAP-1-2Y' } })
    expect(await loadDemoDataset(db())).toBe('already-loaded')
    const after = await counts()
    expect(after.claims).toBe(before.claims - 1)
    expect(after.sources).toBe(before.sources)
    expect(after.ratings).toBe(before.ratings)
  })

  it('two loads at the same moment load it once', async () => {
    await db().$executeRawUnsafe('TRUNCATE claims, sources, claimants, rating_scales, audit_events CASCADE')
    const results = await Promise.all([loadDemoDataset(db()), loadDemoDataset(db())])
    expect(results.sort()).toEqual(['already-loaded', 'loaded'])
    expect(await db().claim.count()).toBe(13)
  })
})
