// First-seen and appearance dates at the precision the desk knows them ("2024-12" is December 2024, not
// 1 December): stored by the desk's actions, written so by the permalink in both languages, the JSON API, the
// export, the feeds and the ClaimReview markup. On the demo dataset; each test makes or changes its own rows.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { makeUser } from '../support/users'
import { described } from '../support/openapi'

vi.mock('next/headers', async () => (await import('../support/next-request')).nextHeaders)

process.env.NEXTAUTH_URL = 'https://factcheck.example/'

const { nextHeaders } = await import('../support/next-request')
const { createClaim, updateClaim } = await import('../../lib/claims/actions')
const { addAppearance } = await import('../../lib/evidence/actions')
const { getDeskClaim } = await import('../../lib/claims/desk-queries')
const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { GET: getClaim } = await import('../../app/api/v1/claims/[id]/route')
const { GET: listClaims } = await import('../../app/api/v1/claims/route')
const { GET: exportData } = await import('../../app/api/v1/export/route')
const { GET: rss } = await import('../../app/feed.xml/route')

const BASE = 'https://factcheck.example'
// The demo claim "Korea developed zero foundation models in 2023", made month-precise below.
const SHORT_ID = 'kfm2023'
const SLUG = ['korea-developed-zero-foundation-models-in-2023']
const APRIL = new Date('2024-04-01T00:00:00Z')

async function setLocale(locale: 'ko' | 'en') {
  ;(await nextHeaders.cookies()).set('lang', locale)
}

async function render(): Promise<string> {
  return renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId: SHORT_ID, slug: SLUG }) })))
}

const ldJson = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]))

beforeAll(async () => {
  await loadDemoDataset(db())
  const claim = await db().claim.update({ where: { shortId: SHORT_ID }, data: { firstSeenAt: APRIL, firstSeenPrecision: 'MONTH' } })
  await db().appearance.updateMany({ where: { claimId: claim.id }, data: { appearedAt: APRIL, appearedPrecision: 'MONTH' } })
})

describe('the desk stores a date at the precision typed', () => {
  it('a claim first seen "2024-12" is December 2024, "2024" a year, "2024-12-05" a day; the form shows it back', async () => {
    const editor = await makeUser('EDITOR')
    const created = await createClaim.execute(editor, { text: `정밀도 시험 주장 ${Math.random()}`, language: 'ko', firstSeenAt: '2024-12' })
    if (created.status !== 'ok') throw new Error(created.message)
    expect(await db().claim.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
      firstSeenAt: new Date('2024-12-01T00:00:00Z'),
      firstSeenPrecision: 'MONTH',
    })
    expect((await getDeskClaim(created.data.id))?.formValues.firstSeenAt).toBe('2024-12')

    let version = 1
    for (const [typed, precision, stored] of [
      ['2024', 'YEAR', '2024-01-01'],
      ['2024-12-05', 'DAY', '2024-12-05'],
    ] as const) {
      const updated = await updateClaim.execute(editor, { claimId: created.data.id, version: String(version), text: 'x', language: 'ko', firstSeenAt: typed })
      if (updated.status !== 'ok') throw new Error(updated.message)
      version = updated.data.version
      expect(await db().claim.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
        firstSeenAt: new Date(`${stored}T00:00:00Z`),
        firstSeenPrecision: precision,
      })
      expect((await getDeskClaim(created.data.id))?.formValues.firstSeenAt).toBe(typed)
    }
  })

  it('refuses what names no day, month or year, with a field error', async () => {
    const editor = await makeUser('EDITOR')
    for (const firstSeenAt of ['2024-13', '2024-02-30', '12/2024', '2024-1']) {
      const result = await createClaim.execute(editor, { text: `틀린 날짜 ${firstSeenAt}`, language: 'ko', firstSeenAt })
      expect(result.status === 'invalid' && Object.keys(result.fieldErrors)).toEqual(['firstSeenAt'])
    }
  })

  it('an appearance dated "2024-12" is stored as that month, and audited with its precision', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await db().claim.create({ data: { shortId: `dp${Math.random().toString(36).slice(2, 7)}`, slug: 'c', text: '등장 날짜 시험' } })
    const source = await db().source.create({ data: { kind: 'NEWS', publisher: '뉴시스', title: '월 단위 등장' } })
    const result = await addAppearance.execute(editor, { claimId: claim.id, sourceId: source.id, appearedAt: '2024-12' })
    if (result.status !== 'ok') throw new Error(result.message)
    expect(await db().appearance.findUniqueOrThrow({ where: { id: result.data.appearance.id } })).toMatchObject({
      appearedAt: new Date('2024-12-01T00:00:00Z'),
      appearedPrecision: 'MONTH',
    })
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'appearance.add', entityId: result.data.appearance.id } })
    expect(audit.data).toMatchObject({ after: { appearedPrecision: 'MONTH' } })
  })
})

describe('readers see the date at its precision', () => {
  it('the permalink writes "2024년 4월" in Korean and "April 2024" in English, never the 1st', async () => {
    await setLocale('ko')
    const ko = await render()
    expect(ko).toMatch(/<time dateTime="2024-04">2024년 4월<\/time>/)
    expect(ko).not.toContain('2024년 4월 1일')
    await setLocale('en')
    const en = await render()
    expect(en).toMatch(/<time dateTime="2024-04">April 2024<\/time>/)
    expect(en).not.toContain('1 April 2024')
    expect(en).not.toContain('April 1, 2024')
  })

  it('ClaimReview dates the claim and its appearances "2024-04"', async () => {
    await setLocale('ko')
    const [review] = ldJson(await render())
    expect(review.itemReviewed.datePublished).toBe('2024-04')
    for (const appearance of review.itemReviewed.appearance ?? []) expect(appearance.datePublished).toBe('2024-04')
  })

  it('the JSON API and the export write "2024-04", as the OpenAPI description says', async () => {
    const url = `${BASE}/api/v1/claims/${SHORT_ID}`
    const { data: detail } = await described('GET', url, await getClaim(new Request(url), { params: Promise.resolve({ id: SHORT_ID }) }))
    expect(detail.firstSeenAt).toBe('2024-04')
    expect(detail.appearances.map((item: { appearedAt: string }) => item.appearedAt)).toEqual(detail.appearances.map(() => '2024-04'))
    const listUrl = `${BASE}/api/v1/claims?limit=50`
    const list = await described('GET', listUrl, await listClaims(new Request(listUrl)))
    const listed = list.data.find((item: { id: string }) => item.id === SHORT_ID)
    expect(listed.firstSeenAt).toBe('2024-04')
    // Another demo claim keeps its day.
    expect(list.data.some((item: { firstSeenAt: string | null }) => /^\d{4}-\d{2}-\d{2}$/.test(item.firstSeenAt ?? ''))).toBe(true)
    const csv = await exportData(new Request(`${BASE}/api/v1/export?format=csv`)).text()
    expect(csv.split('\n').find((line) => line.startsWith(`${SHORT_ID},`))).toContain(',2024-04,')
  })

  it('the feed says when the claim was first seen, at its precision', async () => {
    const xml = await (await rss(new Request(`${BASE}/feed.xml`))).text()
    expect(xml).toContain('처음 확인 2024년 4월 · First seen April 2024')
  })
})
