import { beforeAll, describe, expect, it } from 'vitest'
import { getPublishedClaim } from '../../lib/claims/queries'
import { browseClaims } from '../../lib/reader/queries'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'

beforeAll(async () => {
  await loadDemoDataset(db())
})

describe('reader queries', () => {
  it('lists only claims whose verdict is published', async () => {
    const { items, total } = await browseClaims({}, 1, 50)
    expect(total).toBe(12)
    expect(items.map((claim) => claim.shortId)).not.toContain('kgpucnt')
    expect(items.every((claim) => claim.ratingEn)).toBe(true)
  })

  it('pages through the list without gaps or repeats', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => browseClaims({}, page, 5)))
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2])
    expect(pages[0].pageCount).toBe(3)
    const ids = pages.flatMap((page) => page.items.map((claim) => claim.shortId))
    expect(new Set(ids).size).toBe(12)
  })

  it('takes a withdrawn verdict off the list, but keeps its permalink (with the withdrawal) alive', async () => {
    await db().verdict.updateMany({ where: { claim: { shortId: 'uscnarn' } }, data: { status: 'WITHDRAWN', withdrawnReason: 'test' } })
    expect(await getPublishedClaim('uscnarn')).toMatchObject({ verdict: { withdrawn: true, withdrawnReason: 'test' } })
    expect((await browseClaims({}, 1, 50)).total).toBe(11)
  })

  it('gives a claim page its verdict, rebuttal, sources and related claims', async () => {
    const claim = await getPublishedClaim('kfm2023')
    expect(claim?.verdict?.rating.labelEn).toBe('Mostly not true')
    expect(claim?.evidence.find((item) => item.stance === 'REBUTS')?.source.publisher).toContain('과학기술정보통신부')
    const related = [...claim!.relationsFrom.map((r) => r.toClaim), ...claim!.relationsTo.map((r) => r.fromClaim)]
    expect(related.map((other) => other.shortId)).toContain('kownmdl')
    expect(await getPublishedClaim('kgpucnt')).toBeNull()
  })
})
