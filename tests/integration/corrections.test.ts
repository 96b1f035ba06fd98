// The corrections page and its feeds (lib/corrections/): every rating change, correction note and withdrawal of a
// claim readers may open, newest first, each linking to the element on the claim's page that tells of it; nothing
// of a claim whose only revision is the first, or that readers cannot open. Verdicts go through the real actions
// (an editor drafts, a reviewer publishes, as the two-person rule wants); the unreachable states are written
// straight into the database, as the desk could leave them.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { randomShortId } from '../../lib/claims/actions'
import { claimPath } from '../../lib/claims/permalink'
import { decodeCorrectionCursor, encodeCorrectionCursor } from '../../lib/corrections/cursor'
import { listCorrections, type Correction } from '../../lib/corrections/queries'
import { db } from '../../lib/db/client'
import type { Locale } from '../../lib/i18n/locale'
import { SHARED_CACHE_CONTROL } from '../../lib/reader/page-cache'
import { loadDemoDataset } from '../../lib/seed/demo'
import { publish, saveDraft, submitForReview, withdraw } from '../../lib/verdicts/actions'
import { parseFeed } from '../support/feedparser'
import { makeUser } from '../support/users'
import { assertWellFormedXml } from '../support/well-formed-xml'

const BASE = 'http://localhost:3000'
process.env.NEXTAUTH_URL = BASE

// Outside a request there is no language cookie; the pages ask this instead.
const reader = vi.hoisted(() => ({ locale: 'ko' as Locale }))
vi.mock('../../lib/i18n/server', () => ({ getLocale: async () => reader.locale }))

const { default: CorrectionsPage } = await import('../../app/(public)/corrections/page')
const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { GET: rss } = await import('../../app/(public)/corrections/feed.xml/route')
const { GET: atom } = await import('../../app/(public)/corrections/atom.xml/route')

let editor: Actor
let reviewer: Actor
let rating: Record<'mostlyNot' | 'notAtAll' | 'true', string>
const claims: Record<string, { id: string; shortId: string; slug: string }> = {}

async function ok<R>(result: Promise<{ status: string; message?: string; data?: R }>): Promise<R> {
  const settled = await result
  expect(settled, settled.message).toMatchObject({ status: 'ok' })
  return settled.data as R
}

async function newClaim(name: string, data: { status?: 'PUBLISHED' | 'ARCHIVED'; duplicateOfId?: string } = {}) {
  const claim = await db().claim.create({
    data: { shortId: randomShortId(), slug: `corr-${name}`, text: `CORR ${name} 주장`, translation: `CORR ${name} claim`, translationLanguage: 'en', status: 'RESEARCHING', ...data },
    select: { id: true, shortId: true, slug: true },
  })
  claims[name] = claim
  return claim
}

/** Drafted by the editor, published by the reviewer; again for each later step, each a change with its note. */
async function publishSteps(name: string, steps: { ratingId: string; note?: string }[]) {
  const claim = await newClaim(name)
  let version: number | undefined
  for (const [index, { ratingId, note }] of steps.entries()) {
    const draft = await ok<{ verdictId: string; version: number }>(
      saveDraft.execute(editor, { claimId: claim.id, version, ratingId, summary: `${name} 요약 ${index + 1}`, analysis: '' }),
    )
    const submitted = await ok<{ version: number }>(submitForReview.execute(editor, { verdictId: draft.verdictId, version: draft.version }))
    const published = await ok<{ version: number }>(publish.execute(reviewer, { verdictId: draft.verdictId, version: submitted.version, changeNote: note ?? '' }))
    version = published.version
  }
  return claim
}

async function withdrawVerdict(name: string, reason: string) {
  const verdict = await db().verdict.findUniqueOrThrow({ where: { claimId: claims[name].id } })
  await ok(withdraw.execute(reviewer, { verdictId: verdict.id, version: verdict.version, reason }))
}

/** Two revisions, the second with a change note, on a claim whose state readers cannot open. */
async function correctedInDatabase(name: string, data: Parameters<typeof newClaim>[1]) {
  const claim = await newClaim(name, data)
  const verdict = await db().verdict.create({ data: { claimId: claim.id, ratingId: rating.true, summary: 's', status: 'PUBLISHED' } })
  for (const number of [1, 2]) {
    await db().verdictRevision.create({
      data: { verdictId: verdict.id, number, ratingId: number === 1 ? rating.true : rating.notAtAll, summary: 's', analysis: '', changeNote: number === 1 ? '' : `${name} 변경 사유` },
    })
  }
}

beforeAll(async () => {
  await loadDemoDataset(db())
  const ratings = await db().rating.findMany({ where: { scale: { isDefault: true } } })
  const byLabel = (labelEn: string) => ratings.find((r) => r.labelEn === labelEn)!.id
  rating = { mostlyNot: byLabel('Mostly not true'), notAtAll: byLabel('Not true'), true: byLabel('True') }
  editor = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER')

  // In the order of the expected list, oldest first.
  await publishSteps('once', [{ ratingId: rating.true }])
  await publishSteps('rerated', [{ ratingId: rating.mostlyNot }, { ratingId: rating.notAtAll, note: 'rerated: 부처가 세 모델을 공개했다.' }])
  await publishSteps('noted', [{ ratingId: rating.true }, { ratingId: rating.true, note: 'noted: 출처의 쪽수를 바로잡았다.' }])
  await publishSteps('withdrawn', [{ ratingId: rating.true }])
  await withdrawVerdict('withdrawn', 'withdrawn: 원자료가 철회되었다.')
  // Rerated, then corrected again: the rating change is no longer the page's notice, only a log entry.
  await publishSteps('twice', [{ ratingId: rating.true }, { ratingId: rating.mostlyNot, note: 'twice: 첫 정정.' }, { ratingId: rating.mostlyNot, note: 'twice: 둘째 정정.' }])
  // Rerated, then withdrawn: both are listed, and the rating change points at the log (the notice is the withdrawal).
  await publishSteps('rerated-withdrawn', [{ ratingId: rating.true }, { ratingId: rating.notAtAll, note: 'rerated-withdrawn: 다시 봤다.' }])
  await withdrawVerdict('rerated-withdrawn', 'rerated-withdrawn: 잘못 골랐다.')

  // Corrected, but readers cannot open the claim: archived, or merged into another claim (its page redirects).
  await correctedInDatabase('archived', { status: 'ARCHIVED' })
  await correctedInDatabase('merged', { status: 'PUBLISHED', duplicateOfId: claims.once.id })
  // A correction still in the works: the published revision is the first, the change a draft.
  const drafting = claims.once
  const verdict = await db().verdict.findUniqueOrThrow({ where: { claimId: drafting.id } })
  await ok(saveDraft.execute(editor, { claimId: drafting.id, version: verdict.version, ratingId: rating.notAtAll, summary: 'once 초안', analysis: '' }))
})

const ours = (items: Correction[]) => items.filter((item) => item.text.startsWith('CORR '))
const nameOf = (item: Correction) => Object.entries(claims).find(([, claim]) => claim.shortId === item.shortId)![0]
const summary = (item: Correction) => `${nameOf(item)} ${item.kind} #${item.revision} ${item.path.replace(claimPath(claims[nameOf(item)]), '')}`

async function everything(limit = 100) {
  return ours((await listCorrections(null, limit)).items)
}

describe('the corrections list', () => {
  it('has every rating change, correction note and withdrawal, newest first, each pointing at its notice or log entry', async () => {
    // The claims made above (tests below add more of their own).
    const made = ['once', 'rerated', 'noted', 'withdrawn', 'twice', 'rerated-withdrawn', 'archived', 'merged']
    expect((await everything()).filter((item) => made.includes(nameOf(item))).map(summary)).toEqual([
      'rerated-withdrawn withdrawal #2 #withdrawal-notice',
      'rerated-withdrawn ratingChange #2 #revision-2',
      'twice note #3 #revision-3',
      'twice ratingChange #2 #revision-2',
      'withdrawn withdrawal #1 #withdrawal-notice',
      'noted note #2 #revision-2',
      'rerated ratingChange #2 #rating-change-notice',
    ])
  })

  it('says what changed: the ratings either side of a change, the note, the reason', async () => {
    const items = await everything()
    const rerated = items.find((item) => nameOf(item) === 'rerated')!
    expect(rerated).toMatchObject({
      previousRating: { labelEn: 'Mostly not true' },
      rating: { labelEn: 'Not true' },
      note: 'rerated: 부처가 세 모델을 공개했다.',
      translation: 'CORR rerated claim',
    })
    expect(items.find((item) => nameOf(item) === 'noted')).toMatchObject({ previousRating: null, rating: { labelEn: 'True' } })
    expect(items.find((item) => nameOf(item) === 'withdrawn')).toMatchObject({ previousRating: null, rating: { labelEn: 'True' }, note: 'withdrawn: 원자료가 철회되었다.' })
  })

  it('leaves out claims published once, unpublished corrections, and claims readers cannot open', async () => {
    const names = new Set((await everything()).map(nameOf))
    for (const absent of ['once', 'archived', 'merged']) expect(names.has(absent), absent).toBe(false)
    // The demo's verdicts were each published once.
    expect((await listCorrections(null, 100)).items.filter((item) => !item.text.startsWith('CORR '))).toEqual([])
  })

  it('every link lands on an element of the claim page that is there', async () => {
    for (const item of await everything()) {
      const [path, fragment] = item.path.split('#')
      const [, , shortId, slug] = path.split('/')
      const html = renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId, slug: [slug] }) })))
      expect(html, summary(item)).toContain(`id="${fragment}"`)
    }
  })

  it('pages by cursor: every entry once, in order, also among entries made in the same millisecond', async () => {
    // Three corrections at one instant (imports and scripts do that): the key breaks the tie.
    const same = new Date('2020-01-01T00:00:00.000Z')
    for (const name of ['tie-a', 'tie-b', 'tie-c']) {
      const claim = await newClaim(name, { status: 'PUBLISHED' })
      const verdict = await db().verdict.create({ data: { claimId: claim.id, ratingId: rating.true, summary: 's', status: 'PUBLISHED' } })
      for (const number of [1, 2]) {
        await db().verdictRevision.create({ data: { verdictId: verdict.id, number, ratingId: rating.true, summary: 's', analysis: '', changeNote: number === 2 ? `${name} note` : '', publishedAt: same } })
      }
    }
    const all = await everything()
    expect(all.slice(-3).map(nameOf).sort()).toEqual(['tie-a', 'tie-b', 'tie-c'])
    const walked: Correction[] = []
    let cursor = null
    for (let page = 0; page < 20; page++) {
      const { items, next } = await listCorrections(cursor, 2)
      walked.push(...ours(items))
      if (!next) break
      // Through the token the page's link carries.
      cursor = decodeCorrectionCursor(encodeCorrectionCursor(next))
      expect(cursor).toEqual(next)
    }
    expect(walked.map((item) => item.key)).toEqual(all.map((item) => item.key))
  })

  it('a cursor it did not make is no cursor', () => {
    for (const junk of ['', 'abc', '%00', 'W10', Buffer.from('["2024-01-01T00:00:00.000Z","claim:x"]').toString('base64url'), 'a'.repeat(500)]) {
      expect(decodeCorrectionCursor(junk), junk).toBeNull()
    }
  })
})

describe('the corrections page', () => {
  const render = async (searchParams: Record<string, string> = {}) =>
    renderToString(createElement('div', null, await CorrectionsPage({ searchParams: Promise.resolve(searchParams) })))

  it('in Korean: labels, the claim as written, links to the notices', async () => {
    reader.locale = 'ko'
    const html = await render()
    expect(html).toContain('<h1 class="text-2xl font-bold">정정·철회 기록</h1>')
    expect(html).toContain(`href="${claimPath(claims.rerated)}#rating-change-notice"`)
    expect(html).toContain(`href="${claimPath(claims.withdrawn)}#withdrawal-notice"`)
    expect(html).toContain(`href="${claimPath(claims.noted)}#revision-2"`)
    expect(html).toContain(`lang="ko" href="${claimPath(claims.rerated)}#rating-change-notice">CORR rerated 주장</a>`)
    expect(html).toContain('대체로 사실 아님 (Mostly not true) → 전혀 사실 아님 (Not true)')
    expect(html).toContain('판정 철회')
    expect(html).toContain('판정 변경</strong> · 제2판')
    expect(html).not.toContain('CORR once')
    expect(html).toContain('href="/corrections/feed.xml"')
  })

  it('in English: labels, the translation first, the desk’s Korean note marked as Korean', async () => {
    reader.locale = 'en'
    try {
      const html = await render()
      expect(html).toContain('Corrections and withdrawals')
      expect(html).toContain(`lang="en" href="${claimPath(claims.rerated)}#rating-change-notice">CORR rerated claim</a>`)
      expect(html).toContain('Mostly not true (대체로 사실 아님) → Not true (전혀 사실 아님)')
      expect(html).toContain('<p class="mt-1 text-sm text-stone-800" lang="ko">rerated: 부처가 세 모델을 공개했다.</p>')
      expect(html).toContain('Verdict withdrawn')
      expect(html).toContain('Rating changed</strong> · revision 2')
    } finally {
      reader.locale = 'ko'
    }
  })

  it('links to the next page with a cursor, which shows the rest; a bad cursor shows the newest', async () => {
    // More than a page (20): older corrections, so the ones the other tests look for stay on the first.
    const old = new Date('2019-06-01T00:00:00.000Z')
    for (let n = (await listCorrections(null, 1000)).items.length; n <= 25; n++) {
      const claim = await newClaim(`old-${n}`, { status: 'PUBLISHED' })
      const verdict = await db().verdict.create({ data: { claimId: claim.id, ratingId: rating.true, summary: 's', status: 'PUBLISHED' } })
      for (const number of [1, 2]) {
        await db().verdictRevision.create({ data: { verdictId: verdict.id, number, ratingId: rating.true, summary: 's', analysis: '', changeNote: number === 2 ? 'old note' : '', publishedAt: old } })
      }
    }
    const total = (await listCorrections(null, 1000)).items.length
    expect(total).toBeGreaterThan(25)
    const first = await render()
    const entries = (html: string) => [...html.matchAll(/data-testid="correction"/g)].length
    expect(entries(first)).toBe(20)
    expect(first).not.toContain('href="/corrections"')
    const after = /href="\/corrections\?after=([A-Za-z0-9_-]+)"/.exec(first)![1]
    const second = await render({ after })
    expect(entries(second)).toBe(total - 20)
    // The last page: a way back to the newest, none further.
    expect(second).toContain('href="/corrections"')
    expect(second).not.toContain('/corrections?after=')
    expect(await render({ after: 'not a cursor' })).toBe(first)
  })
})

describe('the corrections feeds', () => {
  it('RSS 2.0: a well-formed feed, one item per entry, linking to the notices, cached like reader pages', async () => {
    const response = await rss()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL)
    const xml = await response.text()
    assertWellFormedXml(xml)
    const feed = parseFeed(xml)
    expect(feed.bozo, feed.bozoException ?? '').toBe(false)
    expect(feed.version).toBe('rss20')
    expect(feed.feed).toMatchObject({ title: '팩트체크 클레임 트래커 · Claim Tracker — 정정 기록 · Corrections', link: `${BASE}/corrections` })
    const items = await everything()
    const entries = feed.entries.filter((entry) => entry.title?.includes('CORR '))
    expect(entries.map((entry) => entry.link)).toEqual(items.map((item) => `${BASE}${item.path}`))
    expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length)
    const rerated = entries.find((entry) => entry.link!.endsWith('#rating-change-notice'))!
    expect(rerated.title).toBe('[판정 변경 · Rating changed] CORR rerated 주장')
    expect(rerated.id).toBe(`tag:localhost,2024:correction/${claims.rerated.shortId}/revision/2`)
    expect(rerated.summary).toContain('대체로 사실 아님 (Mostly not true) → 전혀 사실 아님 (Not true)')
    expect(rerated.summary).toContain('rerated: 부처가 세 모델을 공개했다.')
    const withdrawn = entries.find((entry) => entry.title === '[판정 철회 · Verdict withdrawn] CORR withdrawn 주장')!
    expect(withdrawn.id).toBe(`tag:localhost,2024:correction/${claims.withdrawn.shortId}/withdrawal`)
  })

  it('Atom: a well-formed feed with the same entries, cached like reader pages', async () => {
    const response = await atom()
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL)
    const xml = await response.text()
    assertWellFormedXml(xml)
    const feed = parseFeed(xml)
    expect(feed.bozo, feed.bozoException ?? '').toBe(false)
    expect(feed.version).toBe('atom10')
    expect(feed.feed.id).toBe('tag:localhost,2024:corrections')
    const entries = feed.entries.filter((entry) => entry.title?.includes('CORR '))
    expect(entries.map((entry) => entry.link)).toEqual((await everything()).map((item) => `${BASE}${item.path}`))
    for (const entry of entries) expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('checks itself: the parser does flag a broken feed', () => {
    const broken = parseFeed('<rss version="2.0"><channel><title>R&D</title></channel></rss>')
    expect(broken.bozo).toBe(true)
  })
})
