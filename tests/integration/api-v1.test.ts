// The public JSON API and the open-data export, called through the route handlers as Next would call them. Every
// answer is checked against the OpenAPI description the app serves (`described`, tests/support/openapi.ts).
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as getClaim, OPTIONS } from '../../app/api/v1/claims/[id]/route'
import { GET as listClaims } from '../../app/api/v1/claims/route'
import { GET as exportData } from '../../app/api/v1/export/route'
import { GET as oembed } from '../../app/api/oembed/route'
import { db } from '../../lib/db/client'
import { encodeCursor } from '../../lib/reader/cursor'
import { loadDemoDataset } from '../../lib/seed/demo'
import { described } from '../support/openapi'

const BASE = 'http://localhost:3000'

beforeAll(async () => {
  await loadDemoDataset(db())
})

async function listAt(url: string) {
  const response = await listClaims(new Request(url))
  return { response, body: await described('GET', url, response) }
}

const list = (query: string) => listAt(`${BASE}/api/v1/claims${query}`)

async function detail(id: string) {
  const url = `${BASE}/api/v1/claims/${encodeURIComponent(id)}`
  const response = await getClaim(new Request(url), { params: Promise.resolve({ id }) })
  return { response, body: await described('GET', url, response) }
}

async function exported(query: string) {
  const url = `${BASE}/api/v1/export${query}`
  const response = exportData(new Request(url))
  return { response, body: await described('GET', url, response) }
}

/** Follows `links.next` from the first page to the last, as a client would. */
async function walk(limit: number) {
  const pages: { data: { id: string; verdict: { publishedAt: string } }[]; nextCursor: string | null }[] = []
  let url: string | null = `${BASE}/api/v1/claims?limit=${limit}`
  while (url) {
    expect(pages.length, 'the walk never ends').toBeLessThan(20)
    const { response, body } = await listAt(url)
    expect(response.status).toBe(200)
    pages.push(body)
    url = body.links.next
  }
  return pages
}

describe('GET /api/v1/claims', () => {
  it('pages to the end with limit=5: every listed claim once, newest verdict first', async () => {
    const pages = await walk(5)
    expect(pages.map((page) => page.data.length)).toEqual([5, 5, 2])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    const items = pages.flatMap((page) => page.data)
    expect(new Set(items.map((item) => item.id)).size).toBe(12)
    expect(items.map((item) => item.id)).not.toContain('kgpucnt')
    const times = items.map((item) => Date.parse(item.verdict.publishedAt))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  it('gives claims ready to use: absolute permalink, verdict, CORS for any origin', async () => {
    const { response, body } = await list('?limit=50')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const claim = body.data.find((item: { id: string }) => item.id === 'kfm2023')
    expect(claim.url).toMatch(new RegExp(`^${BASE}/(c|claims)/kfm2023/`))
    expect(claim.verdict.rating).toMatchObject({ labelKo: '대체로 사실 아님', labelEn: 'Mostly not true' })
    expect(JSON.stringify(body)).not.toMatch(/createdById|passwordHash|seedKey/)
  })

  it('keeps its place when a claim seen earlier is republished mid-walk', async () => {
    const first = await list('?limit=5')
    // Republishing the first claim moves it to the top; an offset would shift every page by one.
    const seen = first.body.data[0].id as string
    const verdict = await db().verdict.findFirstOrThrow({ where: { claim: { shortId: seen } }, include: { revisions: true } })
    await db().verdictRevision.create({
      data: { verdictId: verdict.id, number: verdict.revisions.length + 1, ratingId: verdict.ratingId, summary: verdict.summary, analysis: '', changeNote: 'test' },
    })
    const rest = []
    let cursor: string | null = first.body.nextCursor
    while (cursor) {
      const page = await list(`?limit=5&cursor=${cursor}`)
      rest.push(...page.body.data.map((item: { id: string }) => item.id))
      cursor = page.body.nextCursor
    }
    const all = [...first.body.data.map((item: { id: string }) => item.id), ...rest]
    expect(new Set(all).size).toBe(all.length)
    expect(all).toHaveLength(12)
  })

  it('filters by tag and search, keeping the filters in the next link', async () => {
    await db().claim.updateMany({ where: { shortId: { in: ['knt2023', 'knt2024', 'kntcumu'] } }, data: { tags: ['notable-models'] } })
    const { body } = await list('?tag=notable-models&limit=2')
    expect(body.data).toHaveLength(2)
    expect(body.links.next).toContain('tag=notable-models')
    const next = await listAt(body.links.next)
    expect(next.body.data).toHaveLength(1)
    const search = await list(`?q=${encodeURIComponent('파운데이션')}`)
    expect(search.body.data.map((item: { id: string }) => item.id)).toContain('kfm2023')
  })

  it.each([
    ['a cursor it did not make', '?cursor=bogus'],
    ['a well-formed cursor with a bad key', `?cursor=${Buffer.from('["x","y"]').toString('base64url')}`],
    ['limit 0', '?limit=0'],
    ['limit above 100', '?limit=101'],
    ['a limit that is not a number', '?limit=ten'],
    ['a fractional limit', '?limit=2.5'],
  ])('answers 400 with a JSON error for %s', async (_name, query) => {
    const { response, body } = await list(query)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(body.error).toBe('Invalid query parameters')
    expect(body.details[0].parameter).toMatch(/cursor|limit/)
  })

  it('returns an empty last page for a cursor past the end', async () => {
    const { response, body } = await list(`?cursor=${encodeCursor({ publishedAt: new Date(0), shortId: 'zzzzzzz' })}`)
    expect(response.status).toBe(200)
    expect(body).toMatchObject({ data: [], nextCursor: null, links: { next: null } })
  })
})

describe('GET /api/v1/claims/<id>', () => {
  it('gives the claim with verdict, evidence, rebuttal and related claims', async () => {
    const { response, body } = await detail('kfm2023')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const { data } = body
    expect(data).toMatchObject({ id: 'kfm2023', text: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.', verdict: { withdrawn: false, revision: 1 } })
    expect(data.evidence.some((item: { stance: string; source: { publisher: string } }) => item.stance === 'REBUTS' && item.source.publisher.includes('과학기술정보통신부'))).toBe(true)
    expect(data.related.map((item: { id: string }) => item.id)).toContain('kownmdl')
    expect(data.quantity).toMatchObject({ value: '0', windowKind: expect.any(String) })
  })

  it('gives each appearance with the sentence that makes the claim there, or null', async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { shortId: 'kpt2023' }, include: { appearances: { include: { source: true }, orderBy: { appearedAt: 'asc' } } } })
    const [quoted, ...others] = claim.appearances
    const quote = '한국은 인구 10만 명당 AI 특허 수 17.27건으로 1위를 차지했다.'
    await db().appearance.update({ where: { id: quoted.id }, data: { quote } })
    try {
      const { data } = (await detail('kpt2023')).body
      expect(data.appearances).toEqual([
        expect.objectContaining({ quote, source: expect.objectContaining({ publisher: quoted.source.publisher }) }),
        ...others.map(() => expect.objectContaining({ quote: null })),
      ])
    } finally {
      await db().appearance.update({ where: { id: quoted.id }, data: { quote: null } })
    }
  })

  it('lists every quantity of a claim in order, and keeps the first as the older single quantity', async () => {
    const { data } = (await detail('kpt2023')).body
    expect(data.quantities).toEqual([
      expect.objectContaining({ position: 0, kind: 'RATE', bound: 'EXACT', value: '17.27', decimals: 2, per: '100000', perUnit: 'people', windowKind: 'PERIOD', windowStart: '2023-01-01', windowEnd: '2023-12-31' }),
      expect.objectContaining({ position: 1, kind: 'RANK', value: '1', rankHighFirst: true, statedText: '1위', metricUrl: null }),
    ])
    expect(data.quantities[0].metricUrl).toMatch(/\/metrics\/ai-patents-per-100k$/)
    // The older field: the first quantity, with exactly the keys it always had.
    expect(data.quantity).toEqual({
      subject: 'South Korea',
      metric: 'ai-patents-per-100k',
      value: '17.27',
      unit: 'granted AI patents per 100,000 people',
      windowKind: 'PERIOD',
      windowStart: '2023-01-01',
      windowEnd: '2023-12-31',
      definition: 'Granted AI patents per 100,000 people, by country, as reported by the AI Index 2025.',
    })
    // A range has its two ends and no value; a window the claim does not state is null.
    const gap = (await detail('kgap12y')).body.data
    expect(gap.quantities).toEqual([expect.objectContaining({ kind: 'DURATION', bound: 'RANGE', value: null, low: '1', high: '2', windowKind: null, statedText: '약 1~2년' })])
  })

  it('answers 404 with a JSON error for an unpublished or unknown claim', async () => {
    for (const id of ['kgpucnt', 'nothere', '../etc']) {
      const { response, body } = await detail(id)
      expect(response.status, id).toBe(404)
      expect(body).toEqual({ error: 'Claim not found' })
    }
  })

  it('keeps a withdrawn verdict reachable, marked withdrawn, but off the list', async () => {
    await db().verdict.updateMany({ where: { claim: { shortId: 'uscnarn' } }, data: { status: 'WITHDRAWN', withdrawnReason: 'superseded' } })
    const { data } = (await detail('uscnarn')).body
    expect(data.verdict).toMatchObject({ withdrawn: true, withdrawnReason: 'superseded' })
    const { body } = await list('?limit=100')
    expect(body.data.map((item: { id: string }) => item.id)).not.toContain('uscnarn')
  })

  it('answers CORS preflights', async () => {
    const response = OPTIONS()
    await described('OPTIONS', `${BASE}/api/v1/claims/kfm2023`, response)
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-methods')).toContain('GET')
  })
})

describe('GET /api/v1/export', () => {
  it('exports every listed claim with its verdict and sources as JSON', async () => {
    const { response, body } = await exported('?format=json')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const listed = (await list('?limit=100')).body.data
    expect(body.claims.map((claim: { id: string }) => claim.id)).toEqual(listed.map((claim: { id: string }) => claim.id))
    const claim = body.claims.find((item: { id: string }) => item.id === 'kfm2023')
    expect(claim.verdict.analysis.length).toBeGreaterThan(0)
    expect(claim.sources.some((source: { role: string }) => source.role === 'REBUTS')).toBe(true)
    expect(claim.sources.some((source: { role: string }) => source.role === 'APPEARANCE')).toBe(true)
  })

  it('exports CSV with a BOM that a CSV parser reads back to the same claims', async () => {
    const { response } = await exported('?format=csv')
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="claims-claims-\d{4}-\d{2}-\d{2}\.csv"/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records: Record<string, string>[] = parse(new TextDecoder().decode(bytes), { bom: true, columns: true })
    const json = (await exported('')).body
    expect(records.map((record) => record.id)).toEqual(json.claims.map((claim: { id: string }) => claim.id))
    const kfm = records.find((record) => record.id === 'kfm2023')!
    expect(kfm.text).toBe('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
    expect(kfm.rating_en).toBe('Mostly not true')
    expect(Number(kfm.source_count)).toBe(json.claims.find((claim: { id: string }) => claim.id === 'kfm2023').sources.length)
  })

  it('exports the sources table as CSV, one row per claim and source', async () => {
    const text: string = (await exported('?format=csv&table=sources')).body
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true })
    expect(records.length).toBeGreaterThan(12)
    expect(records.filter((record) => record.claim_id === 'kfm2023').some((record) => record.role === 'REBUTS')).toBe(true)
  })

  it('refuses an unknown format with a 400', async () => {
    const { response, body } = await exported('?format=xlsx')
    expect(response.status).toBe(400)
    expect(body.details[0].parameter).toBe('format')
  })
})

describe('GET /api/oembed', () => {
  async function call(query: string) {
    const url = `${BASE}/api/oembed?${query}`
    const response = await oembed(new Request(url))
    return { status: response.status, body: await described('GET', url, response) }
  }

  it('answers a permalink (old or new form) with a rich iframe of the embed card', async () => {
    for (const path of ['/c/kfm2023/some-slug', '/claims/kfm2023/some-slug', '/c/kfm2023']) {
      const { status, body } = await call(`url=${encodeURIComponent(BASE + path)}&maxwidth=400`)
      expect(status, path).toBe(200)
      expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 400 })
      expect(body.html).toMatch(new RegExp(`^<iframe src="${BASE}/embed/c/kfm2023" width="400"`))
    }
  })

  it('refuses other sites, unpublished claims, and formats other than JSON', async () => {
    expect((await call(`url=${encodeURIComponent('https://evil.example/c/kfm2023/x')}`)).status).toBe(404)
    expect((await call(`url=${encodeURIComponent(`${BASE}/c/kgpucnt/x`)}`)).status).toBe(404)
    expect((await call(`url=${encodeURIComponent(`${BASE}/c/kfm2023/x`)}&format=xml`)).status).toBe(501)
    expect((await call('')).status).toBe(400)
  })
})
