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
      include: { verdict: { include: { rating: true } }, evidence: { include: { source: true } } },
    })
    expect(claim.text).toBe('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
    expect(claim.verdict?.rating.labelKo).toBe('대체로 사실 아님')
    expect(claim.verdict?.status).toBe('PUBLISHED')
    expect(claim.quantityValue?.toString()).toBe('0')
    expect(claim.windowKind).toBe('PERIOD')
    const rebuttal = claim.evidence.find((item) => item.stance === 'REBUTS')
    expect(rebuttal?.source.seedKey).toBe('S-MSIT')

    const gpu = await db().claim.findUniqueOrThrow({ where: { seedKey: 'K-GPU-2000' }, include: { verdict: true } })
    expect(gpu.status).toBe('RESEARCHING')
    expect(gpu.verdict).toBeNull()

    const patents = await db().claim.findUniqueOrThrow({ where: { seedKey: 'K-PATENTS-2023' } })
    expect(patents.quantityValue?.toString()).toBe('17.27')
  })

  it('puts the quantity claims on their metrics and definitions', async () => {
    const metrics = await db().metric.findMany({
      orderBy: { slug: 'asc' },
      include: { definitions: { include: { source: true } }, claims: { orderBy: { shortId: 'asc' }, include: { metricDefinition: true } } },
    })
    expect(metrics.map((m) => [m.slug, m.claims.map((c) => c.shortId)])).toEqual([
      ['ai-patents-per-100k', ['kpt2022', 'kpt2023']],
      ['korean-foundation-models', ['kfm2023', 'kownmdl']],
      ['korean-notable-ai-models', ['knt2023', 'knt2024', 'kntcumu']],
    ])
    const notable = metrics[2]
    expect(notable.datasetCountry).toBe('Korea (Republic of)')
    const cumulative = notable.claims.find((c) => c.shortId === 'kntcumu')!
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
