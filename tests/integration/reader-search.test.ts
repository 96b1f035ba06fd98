// Browse and search as readers see them: only listed claims (published, verdict in force), by the latest
// published revision's rating, with Korean and English substrings.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { browseClaims, browseFacets } from '../../lib/reader/queries'
import { parseBrowseParams } from '../../lib/reader/schema'
import { loadDemoDataset } from '../../lib/seed/demo'

const ids = (rows: { shortId: string }[]) => rows.map((row) => row.shortId).sort()

beforeAll(async () => {
  await loadDemoDataset(db())
  await db().claim.update({ where: { shortId: 'kfm2023' }, data: { tags: ['foundation-models', 'AI'] } })
  await db().claim.update({ where: { shortId: 'knt2024' }, data: { tags: ['foundation-models'] } })
  // Unpublished: its tag must not surface as a browse choice.
  await db().claim.update({ where: { shortId: 'kgpucnt' }, data: { tags: ['gpu'] } })
})

describe('reader search', () => {
  it('finds a Korean substring in the claim text', async () => {
    const { items } = await browseClaims({ q: '파운데이션' })
    expect(ids(items)).toContain('kfm2023')
    expect(items.every((row) => row.text.includes('파운데이션') || row.translation?.includes('파운데이션'))).toBe(true)
  })

  it('finds an English substring in the translation, whatever its case', async () => {
    const { items } = await browseClaims({ q: 'FOUNDATION MODEL' })
    expect(ids(items)).toEqual(['kfm2023', 'kownmdl'])
  })

  it('never finds an unpublished claim', async () => {
    expect((await browseClaims({ q: 'GPU' })).total).toBe(0)
    expect((await browseClaims({ q: '2000장' })).total).toBe(0)
  })

  it('reads % and _ literally', async () => {
    // uscnarn is the only claim with "%p" in it; unescaped, "%" would match every claim.
    expect(ids((await browseClaims({ q: '%p' })).items)).toEqual(['uscnarn'])
    expect((await browseClaims({ q: '_' })).total).toBe(0)
  })

  it('pages through results without gaps or repeats', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => browseClaims({}, page, 5)))
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2])
    expect(new Set(pages.flatMap((page) => ids(page.items))).size).toBe(12)
    expect(pages[0].pageCount).toBe(3)
  })

  it('forgives bad browse parameters one by one', () => {
    expect(parseBrowseParams({ q: 'x'.repeat(500), tag: 'AI', page: 'abc' })).toEqual({ filters: { q: undefined, rating: undefined, tag: 'AI', claimant: undefined }, page: 1 })
    expect(parseBrowseParams({ q: ['  한국  ', 'second'], page: '2' })).toMatchObject({ filters: { q: '한국' }, page: 2 })
  })
})

describe('browsing by rating, tag and claimant', () => {
  it('offers only choices that listed claims have, with counts that match the filtered lists', async () => {
    const facets = await browseFacets()
    expect(facets.tags).toEqual([
      { tag: 'foundation-models', count: 2 },
      { tag: 'AI', count: 1 },
    ])
    for (const rating of facets.ratings) {
      const { items, total } = await browseClaims({ rating: rating.id }, 1, 50)
      expect(total, rating.labelEn).toBe(rating.count)
      expect(items.every((row) => row.ratingId === rating.id)).toBe(true)
    }
    expect(facets.ratings.reduce((sum, rating) => sum + rating.count, 0)).toBe(12)
    const stanford = facets.claimants.find((claimant) => claimant.nameEn?.includes('Stanford'))
    expect(stanford).toBeDefined()
    const { items } = await browseClaims({ claimant: stanford!.id }, 1, 50)
    expect(items.length).toBe(stanford!.count)
    expect(ids(items)).toContain('knt2024')
  })

  it('filters by tag, and combines filters with the search', async () => {
    expect(ids((await browseClaims({ tag: 'foundation-models' })).items)).toEqual(['kfm2023', 'knt2024'])
    expect(ids((await browseClaims({ tag: 'foundation-models', q: '2024' })).items)).toEqual(['knt2024'])
    expect((await browseClaims({ tag: 'gpu' })).total).toBe(0)
  })

  it("files a claim under its latest published revision's rating, not the desk's draft", async () => {
    const ratings = new Map((await db().rating.findMany()).map((rating) => [rating.labelEn, rating.id]))
    const verdict = await db().verdict.findFirstOrThrow({ where: { claim: { shortId: 'knt2023' } } })
    // A draft on the working copy (rating changed, not yet published) must not move the claim.
    await db().verdict.update({ where: { id: verdict.id }, data: { status: 'DRAFT', ratingId: ratings.get('Mostly true')! } })
    expect(ids((await browseClaims({ rating: ratings.get('Mostly true') }, 1, 50)).items)).not.toContain('knt2023')
    expect(ids((await browseClaims({ rating: ratings.get('True') }, 1, 50)).items)).toContain('knt2023')
    // A new published revision does.
    await db().verdictRevision.create({
      data: { verdictId: verdict.id, number: 2, ratingId: ratings.get('Mostly true')!, summary: 'Corrected', analysis: '', changeNote: 'test' },
    })
    await db().verdict.update({ where: { id: verdict.id }, data: { status: 'PUBLISHED' } })
    const mostlyTrue = await browseClaims({ rating: ratings.get('Mostly true') }, 1, 50)
    expect(ids(mostlyTrue.items)).toContain('knt2023')
    expect(mostlyTrue.items.find((row) => row.shortId === 'knt2023')?.summary).toBe('Corrected')
    // Newest verdict first: the correction puts it at the top of the home page.
    expect((await browseClaims({}, 1, 1)).items[0].shortId).toBe('knt2023')
  })

  it('takes withdrawn verdicts off every list and every choice', async () => {
    await db().verdict.updateMany({ where: { claim: { shortId: 'kfm2023' } }, data: { status: 'WITHDRAWN', withdrawnReason: 'test' } })
    expect(ids((await browseClaims({ tag: 'foundation-models' })).items)).toEqual(['knt2024'])
    expect((await browseClaims({ q: '파운데이션' })).total).toBe(0)
    expect((await browseFacets()).tags).toEqual([{ tag: 'foundation-models', count: 1 }])
  })
})
