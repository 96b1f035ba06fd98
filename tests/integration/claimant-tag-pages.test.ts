// Claimant and tag pages (/claimants/<id>/<slug>, /tags/<tag>), their queries and record (a count per rating), the
// feeds narrowed by ?claimant=, and what the permalink links and shares: against a real database, with claims in
// every state beside the listed ones (only listed claims may count), called the way Next calls them.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import type { VerdictStatus } from '../../lib/db/generated/enums'
import { parseFeed } from '../support/feedparser'
import { assertWellFormedXml } from '../support/well-formed-xml'

const BASE = 'https://factcheck.example'
process.env.NEXTAUTH_URL = BASE

const claimantPage = await import('../../app/(public)/claimants/[id]/[[...slug]]/page')
const tagPage = await import('../../app/(public)/tags/[tag]/page')
const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { GET: rss } = await import('../../app/feed.xml/route')
const { GET: atom } = await import('../../app/atom.xml/route')
const { getPublicClaimant, getPublicTag } = await import('../../lib/reader/claimants')
const { ratingCounts } = await import('../../lib/reader/queries')
const { claimantSlug } = await import('../../lib/reader/claimant-paths')
const { citationText, shareHref } = await import('../../lib/reader/share')

/** What Next's redirect()/notFound() threw: its digest says where to and with which status. */
async function thrown(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
  } catch (error) {
    return String((error as { digest?: string }).digest)
  }
  throw new Error('expected a redirect or not-found')
}

const TAG = 'ctp-태그'
const OTHER_TAG = 'R&D <ctp>'
let ratings: Record<'true' | 'mixed' | 'false' | 'retired', string>
let claimantId: string
let otherClaimantId: string
let unpublishedClaimantId: string

/** Minutes after 2025-01-01: every claim's publication time, so "newest first" is known. */
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute))

async function claim(
  shortId: string,
  data: { claimant?: string; tags?: string[]; verdict?: VerdictStatus; revisions?: { rating: string; minute: number }[]; status?: 'PUBLISHED' | 'RESEARCHING' },
) {
  const revisions = data.revisions ?? []
  const row = await db().claim.create({
    data: {
      shortId,
      slug: `claimant-tag-${shortId}`,
      text: `주장자 페이지 주장 ${shortId}`,
      translation: `Claimant page claim ${shortId}`,
      status: data.status ?? 'PUBLISHED',
      claimantId: data.claimant,
      tags: data.tags ?? [],
    },
  })
  if (!data.verdict) return row
  await db().verdict.create({
    data: {
      claimId: row.id,
      ratingId: revisions[revisions.length - 1]?.rating ?? ratings.false,
      summary: `요약 ${shortId}`,
      status: data.verdict,
      ...(data.verdict === 'WITHDRAWN' ? { withdrawnAt: new Date(), withdrawnReason: '철회' } : {}),
      revisions: {
        create: revisions.map((revision, i) => ({ number: i + 1, ratingId: revision.rating, summary: `요약 ${shortId} ${i + 1}`, analysis: '', publishedAt: at(revision.minute) })),
      },
    },
  })
  return row
}

beforeAll(async () => {
  const scale = await db().ratingScale.create({
    data: {
      name: 'claimant page scale',
      ratings: {
        create: [
          { position: 0, labelKo: '사실', labelEn: 'CTP True', colour: '#1a7f37', value: 3 },
          { position: 1, labelKo: '절반의 사실', labelEn: 'CTP Mixed', colour: '#9a6700', value: 2 },
          { position: 2, labelKo: '거짓', labelEn: 'CTP False', colour: '#cf222e', value: 1 },
          { position: 3, labelKo: '폐기된 등급', labelEn: 'CTP Retired', colour: '#57606a', value: null, retired: true },
        ],
      },
    },
    include: { ratings: true },
  })
  const byLabel = (label: string) => scale.ratings.find((rating) => rating.labelEn === label)!.id
  ratings = { true: byLabel('CTP True'), mixed: byLabel('CTP Mixed'), false: byLabel('CTP False'), retired: byLabel('CTP Retired') }

  claimantId = (await db().claimant.create({ data: { name: '주장자 페이지 시험', nameEn: 'Claimant Page Test Ltd.', kind: 'MEDIA', description: 'A claimant of this test.' } })).id
  otherClaimantId = (await db().claimant.create({ data: { name: '다른 주장자', nameEn: null, kind: 'PERSON' } })).id
  unpublishedClaimantId = (await db().claimant.create({ data: { name: '미공개 주장자', nameEn: 'Unpublished Claimant' } })).id

  // The claimant's listed claims: two "true" (one was "mixed" before its correction), one "mixed".
  await claim('ctpone1', { claimant: claimantId, tags: [TAG], verdict: 'PUBLISHED', revisions: [{ rating: ratings.true, minute: 1 }] })
  await claim('ctptwo2', { claimant: claimantId, verdict: 'PUBLISHED', revisions: [{ rating: ratings.mixed, minute: 2 }, { rating: ratings.true, minute: 4 }] })
  await claim('ctpthr3', { claimant: claimantId, tags: [TAG, OTHER_TAG], verdict: 'PUBLISHED', revisions: [{ rating: ratings.mixed, minute: 3 }] })
  // Never counted: withdrawn, a draft, in review, redrafted over its published revision (counted by that revision).
  await claim('ctpwdr4', { claimant: claimantId, tags: [TAG], verdict: 'WITHDRAWN', revisions: [{ rating: ratings.false, minute: 5 }] })
  await claim('ctpdrf5', { claimant: claimantId, tags: [TAG], verdict: 'DRAFT', status: 'RESEARCHING' })
  await claim('ctprev6', { claimant: claimantId, tags: [TAG], verdict: 'IN_REVIEW', status: 'RESEARCHING' })
  // Another claimant's claim with the tag; a claimant with only unpublished work.
  await claim('ctpoth7', { claimant: otherClaimantId, tags: [TAG], verdict: 'PUBLISHED', revisions: [{ rating: ratings.false, minute: 6 }] })
  await claim('ctpunp8', { claimant: unpublishedClaimantId, tags: ['ctp-unpublished-tag'], verdict: 'DRAFT', status: 'RESEARCHING' })
})

const SLUG = 'claimant-page-test-ltd'

describe('claimant queries and record', () => {
  it('counts the listed claims per rating by their latest revision, every rating of the scale in order, zeros included', async () => {
    const record = await ratingCounts({ claimant: claimantId })
    expect(record.map(({ labelEn, count }) => [labelEn, count])).toEqual([
      ['CTP True', 2],
      ['CTP Mixed', 1],
      ['CTP False', 0],
    ])
    expect((await ratingCounts({ tag: TAG })).map(({ labelEn, count }) => [labelEn, count])).toEqual([
      ['CTP True', 1],
      ['CTP Mixed', 1],
      ['CTP False', 1],
    ])
    expect(await ratingCounts({ claimant: unpublishedClaimantId })).toEqual([])
  })

  it('lists a claimant’s listed claims newest first; a claimant with none, or an unknown id, has no page', async () => {
    const found = await getPublicClaimant(claimantId)
    expect(found?.claimant).toMatchObject({ name: '주장자 페이지 시험', nameEn: 'Claimant Page Test Ltd.', kind: 'MEDIA' })
    expect(found?.list.items.map((row) => row.shortId)).toEqual(['ctptwo2', 'ctpthr3', 'ctpone1'])
    expect(found?.list.total).toBe(3)
    expect(await getPublicClaimant(unpublishedClaimantId)).toBeNull()
    expect(await getPublicClaimant('nosuchclaimant')).toBeNull()
    expect(await getPublicClaimant('../etc')).toBeNull()
  })

  it('lists a tag’s listed claims newest first; a tag only unpublished claims carry has no page', async () => {
    expect((await getPublicTag(TAG))?.list.items.map((row) => row.shortId)).toEqual(['ctpoth7', 'ctpthr3', 'ctpone1'])
    expect((await getPublicTag(OTHER_TAG))?.list.items.map((row) => row.shortId)).toEqual(['ctpthr3'])
    expect(await getPublicTag('ctp-unpublished-tag')).toBeNull()
    expect(await getPublicTag('')).toBeNull()
    expect(await getPublicTag('a\u0000b')).toBeNull()
  })

  it('makes a readable slug from the English name, or the name, else "claimant"', () => {
    expect(claimantSlug({ name: '주장자 페이지 시험', nameEn: 'Claimant Page Test Ltd.' })).toBe(SLUG)
    expect(claimantSlug({ name: 'SK텔레콤 대표', nameEn: null })).toBe('sk')
    expect(claimantSlug({ name: '과학기술정보통신부', nameEn: null })).toBe('claimant')
  })
})

describe('the claimant page', () => {
  const render = async (id: string, slug?: string[], search: Record<string, string> = {}) =>
    renderToString(createElement('div', null, await claimantPage.default({ params: Promise.resolve({ id, slug }), searchParams: Promise.resolve(search) })))

  it('shows who they are, the record and the claims newest first, with links to the permalinks and the feeds', async () => {
    const html = await render(claimantId, [SLUG])
    expect(html).toContain('주장자 페이지 시험')
    expect(html).toContain('Claimant Page Test Ltd.')
    expect(html).toContain('A claimant of this test.')
    const counts = [...html.matchAll(/data-rating="([^"]+)".*?data-testid="rating-count">(\d+)</g)].map((m) => [m[1], m[2]])
    expect(counts).toEqual([
      ['CTP True', '2'],
      ['CTP Mixed', '1'],
      ['CTP False', '0'],
    ])
    const links = [...html.matchAll(/href="\/c\/(ctp\w+)\//g)].map((m) => m[1])
    expect(links).toEqual(['ctptwo2', 'ctpthr3', 'ctpone1'])
    expect(html).toContain(`href="/feed.xml?claimant=${claimantId}"`)
    expect(html).toContain(`href="/atom.xml?claimant=${claimantId}"`)
  })

  it('redirects a wrong or missing slug to the canonical address permanently, and 404s what has no page', async () => {
    const canonical = `/claimants/${claimantId}/${SLUG}`
    expect(await thrown(() => render(claimantId, ['old-name']))).toMatch(new RegExp(`^NEXT_REDIRECT;[a-z]+;${canonical};308;`))
    expect(await thrown(() => render(claimantId))).toContain(`${canonical};308`)
    expect(await thrown(() => render(claimantId, ['x'], { page: '2' }))).toContain(`${canonical}?page=2;308`)
    expect(await thrown(() => render(unpublishedClaimantId, ['unpublished-claimant']))).toContain('404')
    expect(await thrown(() => render('nosuchclaimant', ['x']))).toContain('404')
    expect(await thrown(() => render(claimantId, [SLUG], { page: '2' }))).toContain('404')
  })

  it('metadata: canonical, Open Graph and Twitter tags like other reader pages, and the claimant’s feeds', async () => {
    const metadata = await claimantPage.generateMetadata({ params: Promise.resolve({ id: claimantId, slug: [SLUG] }), searchParams: Promise.resolve({}) })
    const url = `${BASE}/claimants/${claimantId}/${SLUG}`
    expect(metadata.title).toBe('주장자 페이지 시험 (Claimant Page Test Ltd.)')
    expect(metadata.alternates?.canonical).toBe(url)
    expect(metadata.alternates?.types).toEqual({ 'application/rss+xml': `/feed.xml?claimant=${claimantId}`, 'application/atom+xml': `/atom.xml?claimant=${claimantId}` })
    expect(metadata.openGraph).toMatchObject({ url, type: 'website', siteName: '팩트체크 Claim Tracker', locale: 'ko_KR' })
    expect(metadata.openGraph?.images).toEqual([expect.objectContaining({ url: `${BASE}/share-card.png` })])
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
    expect(await claimantPage.generateMetadata({ params: Promise.resolve({ id: unpublishedClaimantId }), searchParams: Promise.resolve({}) })).toEqual({})
  })
})

describe('the tag page', () => {
  const render = async (tag: string, search: Record<string, string> = {}) =>
    renderToString(createElement('div', null, await tagPage.default({ params: Promise.resolve({ tag }), searchParams: Promise.resolve(search) })))

  it('lists the claims with the tag newest first with their record, decoded or not, and its markup as text', async () => {
    for (const segment of [TAG, encodeURIComponent(TAG)]) {
      const html = await render(segment)
      expect([...html.matchAll(/href="\/c\/(ctp\w+)\//g)].map((m) => m[1])).toEqual(['ctpoth7', 'ctpthr3', 'ctpone1'])
      expect(html).toContain(`href="/feed.xml?tag=${encodeURIComponent(TAG)}"`)
    }
    const other = await render(encodeURIComponent(OTHER_TAG))
    expect(other).toMatch(/<h1[^>]*>#(<!-- -->)?R&amp;D &lt;ctp&gt;<\/h1>/)
    expect(other).not.toContain('<ctp>')
  })

  it('404s a tag without listed claims; metadata names the tag page as canonical', async () => {
    expect(await thrown(() => render('ctp-unpublished-tag'))).toContain('404')
    expect(await thrown(() => render('%E0%A4%A'))).toContain('404')
    const metadata = await tagPage.generateMetadata({ params: Promise.resolve({ tag: TAG }), searchParams: Promise.resolve({}) })
    const url = `${BASE}/tags/${encodeURIComponent(TAG)}`
    expect(metadata.alternates?.canonical).toBe(url)
    expect(metadata.openGraph).toMatchObject({ url, type: 'website' })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })
})

describe('feeds narrowed to one claimant', () => {
  const items = (xml: string) => [...xml.matchAll(/<(item|entry)>[\s\S]*?<\/\1>/g)].map((m) => /\/c\/(\w+)\//.exec(m[0])?.[1])

  it('RSS and Atom with ?claimant= carry only that claimant’s listed claims, valid for a real feed parser', async () => {
    for (const [route, path, version] of [
      [rss, '/feed.xml', 'rss20'],
      [atom, '/atom.xml', 'atom10'],
    ] as const) {
      const xml = await (await route(new Request(`${BASE}${path}?claimant=${claimantId}`))).text()
      assertWellFormedXml(xml)
      expect(items(xml)).toEqual(['ctptwo2', 'ctpthr3', 'ctpone1'])
      const feed = parseFeed(xml)
      expect(feed.bozo, feed.bozoException ?? '').toBe(false)
      expect(feed.version).toBe(version)
      expect(feed.entries).toHaveLength(3)
      expect(feed.feed.title).toContain('주장자 페이지 시험 (Claimant Page Test Ltd.)')
      // The alternate page is the claimant's own.
      expect(feed.feed.link).toBe(`${BASE}/claimants/${claimantId}/${SLUG}`)
      expect(xml).toContain(`${BASE}${path}?claimant=${claimantId}`)
    }
  })

  it('combines with ?tag=, and an unknown or malformed claimant gives a valid feed', async () => {
    const both = await (await rss(new Request(`${BASE}/feed.xml?claimant=${claimantId}&tag=${encodeURIComponent(TAG)}`))).text()
    expect(items(both)).toEqual(['ctpthr3', 'ctpone1'])
    expect(parseFeed(both).bozo).toBe(false)
    const unknown = await (await atom(new Request(`${BASE}/atom.xml?claimant=nosuchclaimant`))).text()
    assertWellFormedXml(unknown)
    expect(items(unknown)).toEqual([])
    expect(parseFeed(unknown).bozo).toBe(false)
    // Not an id at all: ignored, as a tag no claim can have is.
    const malformed = await (await rss(new Request(`${BASE}/feed.xml?claimant=%3Cx%3E`))).text()
    assertWellFormedXml(malformed)
    expect(parseFeed(malformed).bozo).toBe(false)
  })
})

describe('the permalink', () => {
  const render = async (shortId: string) =>
    renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId, slug: [`claimant-tag-${shortId}`] }) })))

  it('links its claimant’s page and its tags’ pages', async () => {
    const html = await render('ctpthr3')
    expect(html).toMatch(new RegExp(`<a [^>]*data-testid="claimant-link" href="/claimants/${claimantId}/${SLUG}"`))
    expect(html).toContain(`href="/tags/${encodeURIComponent(TAG)}"`)
    expect(html).toContain(`href="/tags/${encodeURIComponent(OTHER_TAG)}"`)
  })

  it('has a share bar: the link as a read-only field, plain share links, the embed snippet and the citation', async () => {
    const html = await render('ctptwo2')
    const url = `${BASE}/c/ctptwo2/claimant-tag-ctptwo2`
    expect(html).toMatch(new RegExp(`<input id="share-link" type="url" readOnly=""[^>]* value="${url}"`))
    const shareLinks = [...html.matchAll(/href="([^"]+)"[^>]*data-platform="(\w+)"/g)].map((m) => [m[2], m[1].replace(/&amp;/g, '&')])
    expect(shareLinks.map(([platform, href]) => [platform, href.split('?')[0]])).toEqual([
      ['x', 'https://x.com/intent/post'],
      ['facebook', 'https://www.facebook.com/sharer/sharer.php'],
      ['line', 'https://social-plugins.line.me/lineit/share'],
      ['email', 'mailto:'],
    ])
    for (const [, href] of shareLinks) expect(href).toContain(encodeURIComponent(url))
    // Nothing of the share bar is loaded from another site: no script, image or frame with a foreign source.
    expect([...html.matchAll(/<(script|img|iframe|link)\b[^>]*\bsrc="https?:\/\/(?!factcheck\.example)/g)]).toEqual([])
    expect(html).toContain(`&lt;iframe src=&quot;${BASE}/embed/c/ctptwo2&quot; width=&quot;480&quot; height=&quot;220&quot;`)
    expect(html).toContain(`${BASE}/c/ctptwo2/claimant-tag-ctptwo2</textarea>`)
    expect(html).toContain('팩트체크 Claim Tracker, 「팩트체크: 주장자 페이지 주장 ctptwo2」, 판정: 사실, 제2판 2025년 1월 1일')
  })

  it('writes the share links and the citation for each language', () => {
    const url = 'https://factcheck.example/c/abc1234/a-claim'
    expect(shareHref('x', url, 'A & B')).toBe(`https://x.com/intent/post?url=${encodeURIComponent(url)}&text=A%20%26%20B`)
    expect(shareHref('email', url, 'A & B')).toBe(`mailto:?subject=A%20%26%20B&body=A%20%26%20B%0A%0A${encodeURIComponent(url)}`)
    const check = { site: 'Site', claim: 'Korea has 0 models.', rating: { labelKo: '거짓', labelEn: 'False' }, withdrawn: false, revision: 3, revisedAt: at(0), url }
    expect(citationText(check, 'en')).toBe(`Site. "Fact check: Korea has 0 models." Rating: False. Revision 3, 1 January 2025. ${url}`)
    expect(citationText(check, 'ko')).toBe(`Site, 「팩트체크: Korea has 0 models.」, 판정: 거짓, 제3판 2025년 1월 1일, ${url}`)
    expect(citationText({ ...check, withdrawn: true }, 'en')).toContain('Rating: False (withdrawn).')
  })
})
