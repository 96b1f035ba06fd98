import { beforeAll, describe, expect, it } from 'vitest'
import { claimAuditHistory, findSimilarClaims, listDeskClaims, listTags } from '../../lib/claims/desk-queries'
import { deskFiltersInput, type DeskFilters } from '../../lib/claims/schema'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'

const ALL_DEMO_CLAIMS = 13

/** Filters as the desk page gets them from the URL. */
const filters = (params: Record<string, string> = {}): DeskFilters => deskFiltersInput.parse(params)
const shortIds = async (params: Record<string, string>, pageSize = 50) => (await listDeskClaims(filters(params), pageSize)).items.map((row) => row.shortId)
const idOf = async (shortId: string) => (await db().claim.findUniqueOrThrow({ where: { shortId } })).id

beforeAll(async () => {
  await loadDemoDataset(db())
  // The demo claims carry no tags and no re-check flags; give a few some, and spread their update times apart.
  await db().claim.update({ where: { shortId: 'kpt2022' }, data: { tags: ['특허', 'patents'], needsRecheck: true } })
  await db().claim.update({ where: { shortId: 'kpt2023' }, data: { tags: ['특허'] } })
  await db().$executeRaw`UPDATE claims SET updated_at = now() - (interval '1 hour' * ascii(short_id)) WHERE short_id <> 'kgap12y'`
})

describe('desk list: search', () => {
  it('finds a Korean substring in the original text', async () => {
    expect(await shortIds({ q: '파운데이션' })).toEqual(['kfm2023'])
    expect(await shortIds({ q: '특허 수' })).toEqual(expect.arrayContaining(['kpt2022', 'kpt2023']))
  })

  it('finds an English substring in the translation, ignoring case', async () => {
    expect((await shortIds({ q: 'patents' })).sort()).toEqual(['kpt2022', 'kpt2023'])
    expect((await shortIds({ q: 'PATENTS' })).sort()).toEqual(['kpt2022', 'kpt2023'])
  })

  it('takes % and _ literally, not as wildcards', async () => {
    expect(await shortIds({ q: '%p' })).toEqual(['uscnarn'])
    expect(await shortIds({ q: '_' })).toEqual([])
    expect(await shortIds({ q: "'; DROP TABLE claims; --" })).toEqual([])
    expect(await db().claim.count()).toBe(ALL_DEMO_CLAIMS)
  })

  it('orders a search by how well the claim matches, best first', async () => {
    const result = await listDeskClaims(filters({ q: 'notable' }))
    expect(result.sort).toBe('relevance')
    expect(result.items.map((row) => row.shortId).sort()).toEqual(['knt2023', 'knt2024', 'kntcumu'])
    // "a search for 'foundation'": the claim about foundation models ranks above one that merely mentions them.
    const foundation = await shortIds({ q: 'foundation models' })
    expect(foundation[0]).toBe('kfm2023')
    expect(foundation).toContain('kownmdl')
  })
})

describe('desk list: filters', () => {
  it('by status', async () => {
    expect(await shortIds({ status: 'RESEARCHING' })).toEqual(['kgpucnt'])
    expect(await shortIds({ status: 'PUBLISHED' })).toHaveLength(12)
    expect(await shortIds({ status: 'ARCHIVED' })).toEqual([])
  })

  it('by claimant', async () => {
    const hai = await db().claimant.findUniqueOrThrow({ where: { seedKey: 'C-STANFORD-HAI' } })
    const ids = await shortIds({ claimant: hai.id })
    expect(ids.sort()).toEqual(['kinv024', 'knt2023', 'knt2024', 'kpt2022', 'kpt2023', 'ktal024', 'uscnarn'])
  })

  it('by tag, and the tags on offer are the ones in use', async () => {
    expect((await shortIds({ tag: '특허' })).sort()).toEqual(['kpt2022', 'kpt2023'])
    expect(await shortIds({ tag: 'patents' })).toEqual(['kpt2022'])
    expect(await shortIds({ tag: 'pat' })).toEqual([])
    expect(await listTags()).toEqual(['patents', '특허'])
  })

  it('by whether a verdict exists', async () => {
    expect(await shortIds({ verdict: 'no' })).toEqual(['kgpucnt'])
    expect(await shortIds({ verdict: 'yes' })).toHaveLength(12)
  })

  it('by the re-check flag, and filters combine', async () => {
    expect(await shortIds({ recheck: '1' })).toEqual(['kpt2022'])
    expect(await shortIds({ q: 'patents', tag: '특허', status: 'PUBLISHED' })).toHaveLength(2)
    expect(await shortIds({ q: 'patents', status: 'RESEARCHING' })).toEqual([])
  })
})

describe('desk list: sort and pages', () => {
  it('shows the latest change first by default, and sorts by first-seen date with undated claims last', async () => {
    const result = await listDeskClaims(filters(), 50)
    expect(result.sort).toBe('updated')
    expect(result.items[0]?.shortId).toBe('kgap12y')
    const updated = result.items.map((row) => row.updatedAt.getTime())
    expect(updated).toEqual([...updated].sort((x, y) => y - x))

    const firstSeen = (await listDeskClaims(filters({ sort: 'firstSeen' }), 50)).items.map((row) => row.firstSeenAt?.getTime() ?? null)
    const dated = firstSeen.filter((time): time is number => time !== null)
    expect(dated).toEqual([...dated].sort((x, y) => y - x))
    expect(firstSeen.indexOf(null)).toBe(firstSeen.includes(null) ? dated.length : -1)
  })

  it('asks for relevance only with a search; without one the latest change comes first', async () => {
    expect((await listDeskClaims(filters({ sort: 'relevance' }))).sort).toBe('updated')
  })

  it('pages through every claim once, and a page past the end shows the last page', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listDeskClaims(filters({ page: String(page), sort: 'created' }), 5)))
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 3])
    expect(pages[0]?.total).toBe(ALL_DEMO_CLAIMS)
    expect(pages[0]?.pageCount).toBe(3)
    expect(new Set(pages.flatMap((page) => page.items.map((row) => row.shortId))).size).toBe(ALL_DEMO_CLAIMS)
    const beyond = await listDeskClaims(filters({ page: '9', sort: 'created' }), 5)
    expect(beyond.page).toBe(3)
    expect(beyond.items.map((row) => row.shortId)).toEqual(pages[2]?.items.map((row) => row.shortId))
  })

  it('carries what the table shows: claimant, verdict rating, duplicate marker', async () => {
    const [row] = (await listDeskClaims(filters({ q: '파운데이션' }))).items
    expect(row).toMatchObject({ claimantName: expect.any(String), ratingEn: 'Mostly not true', verdictStatus: 'PUBLISHED', status: 'PUBLISHED' })
  })
})

describe('similar claims', () => {
  it('suggests K-FM-2023 for "한국은 2023년 파운데이션 모델 0개"', async () => {
    const similar = await findSimilarClaims('한국은 2023년 파운데이션 모델 0개')
    expect(similar[0]?.shortId).toBe('kfm2023')
    expect(similar.length).toBeLessThanOrEqual(5)
    expect(similar.map((claim) => claim.shortId)).not.toContain('kgpucnt')
    const scores = similar.map((claim) => claim.score)
    expect(scores).toEqual([...scores].sort((x, y) => y - x))
  })

  it('matches English wording against stored translations, and either field of the new claim counts', async () => {
    expect((await findSimilarClaims('Korea had zero foundation models in 2023'))[0]?.shortId).toBe('kfm2023')
    expect((await findSimilarClaims('', 'Korea ranks first in AI patents per 100,000 people')).map((claim) => claim.shortId).slice(0, 2).sort()).toEqual([
      'kpt2022',
      'kpt2023',
    ])
  })

  it('suggests nothing for unrelated or too short text', async () => {
    expect(await findSimilarClaims('서울의 지하철 요금이 올랐다')).toEqual([])
    expect(await findSimilarClaims('AI')).toEqual([])
  })

  it('leaves out the claim being edited and claims already merged into another', async () => {
    const kfm = await idOf('kfm2023')
    expect((await findSimilarClaims('한국은 2023년 파운데이션 모델 0개', null, { excludeId: kfm })).map((c) => c.shortId)).not.toContain('kfm2023')
    await db().claim.update({ where: { id: kfm }, data: { duplicateOfId: await idOf('knt2023') } })
    try {
      expect((await findSimilarClaims('한국은 2023년 파운데이션 모델 0개')).map((c) => c.shortId)).not.toContain('kfm2023')
    } finally {
      await db().claim.update({ where: { id: kfm }, data: { duplicateOfId: null } })
    }
  })
})

describe('audit history', () => {
  it('lists the claim’s own events and those of its evidence, newest first, and nothing of other claims', async () => {
    const claimId = await idOf('kinv024')
    const evidence = await db().evidence.findFirstOrThrow({ where: { claimId } })
    const other = await idOf('ktal024')
    const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 0, minutes))
    await db().auditEvent.createMany({
      data: [
        { action: 'claim.update', entityType: 'claim', entityId: claimId, createdAt: at(1), data: { before: { status: 'NEW' }, after: { status: 'PUBLISHED' } } },
        { action: 'evidence.update', entityType: 'evidence', entityId: evidence.id, createdAt: at(2) },
        { action: 'claim.update', entityType: 'claim', entityId: other, createdAt: at(3) },
      ],
    })
    const history = await claimAuditHistory(claimId)
    expect(history.map((event) => `${event.entityType}:${event.action}`)).toEqual(['evidence:evidence.update', 'claim:claim.update'])
    expect(history[1]?.data).toEqual({ before: { status: 'NEW' }, after: { status: 'PUBLISHED' } })
    expect(await claimAuditHistory('no-such-claim')).toEqual([])
  })
})
