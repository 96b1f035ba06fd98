// The reader's claim page (/c/<shortId>/<slug>), its old address, its share card and the public archived copy,
// called the way Next calls them, on the demo dataset in a real database. The browser tests cover the same
// routes over HTTP; these cover the cases that need data the demo lacks (duplicates, metrics, archives,
// withdrawals) without driving the desk.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { giveCopy } from '../support/copies'

// Absolute URLs come from NEXTAUTH_URL (lib/site.ts), read on each call.
process.env.NEXTAUTH_URL = 'https://factcheck.example/'

const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { default: LegacyClaimPage } = await import('../../app/(public)/claims/[shortId]/[[...slug]]/page')
const { GET: shareCard } = await import('../../app/(public)/c/[shortId]/card/[revision]/route')
const { GET: archivedCopy } = await import('../../app/(public)/sources/[id]/archived/route')

const KFM_PATH = '/c/kfm2023/korea-developed-zero-foundation-models-in-2023'

async function render(shortId: string, slug?: string[]): Promise<string> {
  return renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId, slug }) })))
}

/** What Next's redirect()/notFound() threw: its digest says where to and with which status. */
async function thrown(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
  } catch (error) {
    return String((error as { digest?: string }).digest)
  }
  throw new Error('expected a redirect or not-found')
}

const ldJson = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]))

beforeAll(async () => {
  await loadDemoDataset(db())
})

describe('the claim page', () => {
  it('shows claim, verdict, rebuttal block, evidence, appearances, related claims and dates, with one ClaimReview', async () => {
    const html = await render('kfm2023', ['korea-developed-zero-foundation-models-in-2023'])
    expect(html).toContain('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
    expect(html).toContain('Korea developed zero foundation models in 2023.')
    for (const id of ['verdict-heading', 'rebuttal-heading', 'sources-heading', 'appearances-heading', 'related-heading']) {
      expect(html).toContain(`id="${id}"`)
    }
    // Korean by default (no `lang` cookie outside a request): labels in Korean, dates as 2024년 4월 17일.
    expect(html).toMatch(/data-testid="verdict-dates">공개(<!-- -->)? <time dateTime="[^"]+">\d{4}년 \d{1,2}월 \d{1,2}일<\/time>/)
    const reviews = ldJson(html)
    expect(reviews).toHaveLength(1)
    expect(reviews[0].url).toBe(`https://factcheck.example${KFM_PATH}`)
    expect(reviews[0].author.url).toBe('https://factcheck.example')
  })

  it('metadata: absolute canonical, Open Graph article, large Twitter card, share card of the current revision', async () => {
    const metadata = await claimPage.generateMetadata({ params: Promise.resolve({ shortId: 'kfm2023' }) })
    expect(metadata.alternates?.canonical).toBe(`https://factcheck.example${KFM_PATH}`)
    expect(metadata.description).toContain('대체로 사실 아님 (Mostly not true)')
    expect(metadata.openGraph).toMatchObject({ url: `https://factcheck.example${KFM_PATH}`, siteName: '팩트체크 Claim Tracker' })
    expect(metadata.openGraph?.images).toEqual([expect.objectContaining({ url: 'https://factcheck.example/c/kfm2023/card/1', width: 1200, height: 630 })])
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
    expect(await claimPage.generateMetadata({ params: Promise.resolve({ shortId: 'kgpucnt' }) })).toEqual({})
  })

  it('redirects other slugs to the canonical one, and 404s unknown and unpublished claims', async () => {
    expect(await thrown(() => render('kfm2023', ['old']))).toMatch(new RegExp(`^NEXT_REDIRECT;[a-z]+;${KFM_PATH};308;`))
    expect(await thrown(() => render('kfm2023'))).toContain(`${KFM_PATH};308`)
    expect(await thrown(() => render('kgpucnt', ['korea-has-only-2000-gpus']))).toContain('404')
    expect(await thrown(() => render('zzzzzzz'))).toContain('404')
  })

  it('the old /claims/ address redirects straight to the canonical /c/ one', async () => {
    const legacy = (shortId: string, slug?: string[]) => thrown(() => LegacyClaimPage({ params: Promise.resolve({ shortId, slug }) }))
    expect(await legacy('kfm2023', ['korea-developed-zero-foundation-models-in-2023'])).toContain(`${KFM_PATH};308`)
    expect(await legacy('kfm2023')).toContain(`${KFM_PATH};308`)
    expect(await legacy('kgpucnt')).toContain('404')
  })

  it('links the metric page when the claim counts a metric', async () => {
    const metric = await db().metric.create({ data: { slug: 'test-foundation-models', nameKo: '파운데이션 모델 수', nameEn: 'Foundation models', unit: 'models' } })
    await db().claimQuantity.updateMany({ where: { claim: { shortId: 'kfm2023' }, position: 0 }, data: { metricId: metric.id } })
    expect(await render('kfm2023', ['korea-developed-zero-foundation-models-in-2023'])).toContain('href="/metrics/test-foundation-models"')
  })

  it('shows every figure the claim states by its kind and bound, the main one first, and the wording as stated', async () => {
    const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '|')
    const patents = text(await render('kpt2023', ['korea-first-with-17-27-ai-patents-per-100000-people']))
    const [rate, rank] = [patents.indexOf('|10만 명당 17.27건|'), patents.indexOf('|1위|')]
    expect(rate).toBeGreaterThan(-1)
    expect(rank).toBeGreaterThan(rate)
    expect(patents).toContain('|17.27건|')
    // A range keeps both ends; a window the claim does not give is said to be not stated.
    const gap = text(await render('kgap12y', ['korean-models-lag-global-leaders-by-one-to-two-years']))
    expect(gap).toContain('|1~2년|')
    expect(gap).toContain('|약 1~2년|')
    const concentration = text(await render('ktlconc', ['korea-ranks-third-in-ai-talent-concentration']))
    expect(concentration).toContain('|3위|')
    expect(concentration).toContain('|밝히지 않음|')
  })

  it('links each source’s archived copies: ours served as plain text, and an external archive', async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { shortId: 'kfm2023' }, include: { evidence: true } })
    const [ours, external] = [claim.evidence[0].sourceId, claim.evidence[1].sourceId]
    const copy = await giveCopy(ours, { text: '<b>보관된 본문</b>' })
    await db().source.update({ where: { id: external }, data: { archivedUrl: 'https://web.archive.org/web/2024/https://example.org/' } })

    const html = await render('kfm2023', ['korea-developed-zero-foundation-models-in-2023'])
    expect(html).toContain(`href="/sources/${ours}/archived?copy=${copy.id}"`)
    expect(html).toContain('href="https://web.archive.org/web/2024/https://example.org/"')

    const get = (id: string) => archivedCopy(new Request('http://localhost/'), { params: Promise.resolve({ id }) })
    const response = await get(ours)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<b>보관된 본문</b>')

    // A source that only unpublished work uses stays desk-only.
    const privateSource = await db().source.create({ data: { kind: 'NEWS', publisher: 'P', title: 'T' } })
    await giveCopy(privateSource.id, { text: 'secret' })
    const unpublished = await db().claim.findUniqueOrThrow({ where: { shortId: 'kgpucnt' } })
    await db().evidence.create({ data: { claimId: unpublished.id, sourceId: privateSource.id, stance: 'SUPPORTS' } })
    expect((await get(privateSource.id)).status).toBe(404)
    expect((await get('missing')).status).toBe(404)
  })

  it('a merged duplicate redirects to its canonical claim, from the new address and the old', async () => {
    const canonical = await db().claim.findUniqueOrThrow({ where: { shortId: 'kfm2023' } })
    await db().claim.update({ where: { shortId: 'knt2023' }, data: { duplicateOfId: canonical.id } })
    try {
      expect(await thrown(() => render('knt2023', ['zero-korean-models-among-notable-ai-models-in-2023']))).toContain(`${KFM_PATH};308`)
      expect(await thrown(() => LegacyClaimPage({ params: Promise.resolve({ shortId: 'knt2023' }) }))).toContain(`${KFM_PATH};308`)
    } finally {
      await db().claim.update({ where: { shortId: 'knt2023' }, data: { duplicateOfId: null } })
    }
  })

  it('a withdrawn verdict keeps its page but loses its ClaimReview, and its share card changes URL', async () => {
    await db().verdict.updateMany({
      where: { claim: { shortId: 'knt2024' } },
      data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: 'Wrong dataset.' },
    })
    const html = await render('knt2024', ['only-one-korean-ai-model-was-globally-notable-in-2024'])
    expect(html).toContain('Wrong dataset.')
    expect(ldJson(html)).toHaveLength(0)
    const card = (revision: string) => shareCard(new Request('http://localhost/'), { params: Promise.resolve({ shortId: 'knt2024', revision }) })
    const old = await card('1')
    expect(old.status).toBe(308)
    expect(old.headers.get('location')).toBe('/c/knt2024/card/1-withdrawn')
  })
})

describe('the share card', () => {
  const card = (shortId: string, revision: string) => shareCard(new Request('http://localhost/'), { params: Promise.resolve({ shortId, revision }) })

  it('renders the current revision as a 1200×630 PNG, cached for good', async () => {
    const response = await card('kpt2022', '1')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toContain('immutable')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.readUInt32BE(16)).toBe(1200)
    expect(bytes.readUInt32BE(20)).toBe(630)
  })

  it('redirects other revisions to the current one and 404s unpublished or unknown claims', async () => {
    const response = await card('kpt2022', '7')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/c/kpt2022/card/1')
    expect((await card('kgpucnt', '1')).status).toBe(404)
    expect((await card('BAD', '1')).status).toBe(404)
  })
})
