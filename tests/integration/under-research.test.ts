// A claim public "under research" (검증 중): hidden by default, a verdict-free permalink once the desk marks it,
// and never listed. On the demo's unpublished claim K-GPU-2000 (kgpucnt), marked here in this file's own database
// only: the demo itself keeps it hidden.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as apiClaim } from '../../app/api/v1/claims/[id]/route'
import { GET as apiClaims } from '../../app/api/v1/claims/route'
import { GET as rss } from '../../app/feed.xml/route'
import { getPublishedClaim, getUnderResearchClaim } from '../../lib/claims/queries'
import { db } from '../../lib/db/client'
import { browseClaims } from '../../lib/reader/queries'
import { parseBrowseParams } from '../../lib/reader/schema'
import { loadDemoDataset } from '../../lib/seed/demo'
import { described } from '../support/openapi'

process.env.NEXTAUTH_URL = 'https://factcheck.example/'

const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { default: LegacyClaimPage } = await import('../../app/(public)/claims/[shortId]/[[...slug]]/page')

const ID = 'kgpucnt'
const SLUG = 'domestic-gpu-holdings-are-only-2000-units'
const BASE = 'http://localhost:3000'
const SECRET = { summary: 'Draft summary readers must not see', analysis: 'Draft analysis readers must not see', excerpt: 'Desk-only quote', note: 'Desk-only note' }

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

const mark = (data: { publicUnderResearch?: boolean; status?: 'NEW' | 'RESEARCHING' | 'IN_REVIEW' | 'ARCHIVED'; duplicateOfId?: string | null }) =>
  db().claim.update({ where: { shortId: ID }, data })

beforeAll(async () => {
  await loadDemoDataset(db())
  // A draft verdict and evidence with a stance, a quote and a note: the desk's material, none of it for readers yet.
  const claim = await db().claim.findUniqueOrThrow({ where: { shortId: ID } })
  const rating = await db().rating.findFirstOrThrow({ where: { labelEn: 'Mostly not true' } })
  await db().verdict.create({ data: { claimId: claim.id, ratingId: rating.id, summary: SECRET.summary, analysis: SECRET.analysis, status: 'IN_REVIEW' } })
  const source = await db().source.findFirstOrThrow({ where: { title: { contains: 'AI Index Report 2024' } } })
  await db().evidence.create({ data: { claimId: claim.id, sourceId: source.id, stance: 'CONTRADICTS', excerpt: SECRET.excerpt, note: SECRET.note } })
})

describe('a claim public "under research"', () => {
  it('is hidden by default: 404 at both addresses, no metadata', async () => {
    expect(await getUnderResearchClaim(ID)).toBeNull()
    expect(await thrown(() => render(ID, [SLUG]))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
    expect(await thrown(() => LegacyClaimPage({ params: Promise.resolve({ shortId: ID }) }))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)
    expect(await claimPage.generateMetadata({ params: Promise.resolve({ shortId: ID }) })).toEqual({})
  })

  it('once marked, gets a permalink that says "under research" with the claim, claimant, appearances and sources', async () => {
    await mark({ publicUnderResearch: true })
    const html = await render(ID, [SLUG])
    expect(html).toContain('검증 중 <span lang="en">Under research</span>')
    expect(html).toContain('국내 GPU 보유량은 2000장에 불과하다.')
    expect(html).toContain('Domestic GPU holdings amount to only 2,000 units.')
    expect(html).toContain('As reported by AI타임스.')
    expect(html).toContain('id="appearances-heading"')
    expect(html).toContain('AI Index Report 2024')
    // Other addresses redirect to the canonical one, as for a published claim.
    expect(await thrown(() => render(ID))).toBe(`NEXT_REDIRECT;replace;/c/${ID}/${SLUG};308;`)
    expect(await thrown(() => render(ID, ['old']))).toBe(`NEXT_REDIRECT;replace;/c/${ID}/${SLUG};308;`)
    expect(await thrown(() => LegacyClaimPage({ params: Promise.resolve({ shortId: ID }) }))).toBe(`NEXT_REDIRECT;replace;/c/${ID}/${SLUG};308;`)
  })

  it('exposes nothing of the verdict: no rating, summary, analysis, stance, quote or note, ClaimReview or share card', async () => {
    await mark({ publicUnderResearch: true })
    const claim = await getUnderResearchClaim(ID)
    expect(claim).not.toHaveProperty('verdict')
    expect(claim).not.toHaveProperty('evidence')
    const serialised = JSON.stringify(claim)
    for (const text of Object.values(SECRET)) expect(serialised).not.toContain(text)
    expect(serialised).not.toContain('CONTRADICTS')

    const html = await render(ID, [SLUG])
    for (const text of [...Object.values(SECRET), 'Mostly not true', '대체로 사실 아님', 'verdict-label', 'application/ld+json', '/card/']) {
      expect(html).not.toContain(text)
    }
    const metadata = await claimPage.generateMetadata({ params: Promise.resolve({ shortId: ID }) })
    expect(metadata.title).toContain('Under research')
    expect(metadata.alternates?.canonical).toBe(`https://factcheck.example/c/${ID}/${SLUG}`)
    // Null, not merely absent: the root layout gives every page the site's share tags, and null removes them.
    expect(metadata.openGraph).toBeNull()
    expect(metadata.twitter).toBeNull()
    expect(metadata.robots).toMatchObject({ index: false })
  })

  it('is never listed: home list, search, feed and API leave it out', async () => {
    await mark({ publicUnderResearch: true })
    expect(await getPublishedClaim(ID)).toBeNull()
    expect((await browseClaims({}, 1, 100)).items.map((claim) => claim.shortId)).not.toContain(ID)
    const found = await browseClaims(parseBrowseParams({ q: 'GPU' }).filters, 1, 100)
    expect(JSON.stringify(found)).not.toContain(ID)
    expect(await (await rss(new Request(`${BASE}/feed.xml`))).text()).not.toContain(ID)
    const listUrl = `${BASE}/api/v1/claims?limit=100`
    expect(JSON.stringify(await described('GET', listUrl, await apiClaims(new Request(listUrl))))).not.toContain(ID)
    const detail = await apiClaim(new Request(`${BASE}/api/v1/claims/${ID}`), { params: Promise.resolve({ id: ID }) })
    expect(detail.status).toBe(404)
    await described('GET', `${BASE}/api/v1/claims/${ID}`, detail)
  })

  it('any status but ARCHIVED, and never a duplicate', async () => {
    for (const status of ['NEW', 'RESEARCHING', 'IN_REVIEW'] as const) {
      await mark({ publicUnderResearch: true, status })
      expect((await getUnderResearchClaim(ID))?.shortId, status).toBe(ID)
    }
    await mark({ status: 'ARCHIVED' })
    expect(await getUnderResearchClaim(ID)).toBeNull()
    expect(await thrown(() => render(ID, [SLUG]))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/)

    const canonical = await db().claim.findUniqueOrThrow({ where: { shortId: 'kfm2023' } })
    await mark({ status: 'RESEARCHING', duplicateOfId: canonical.id })
    expect(await getUnderResearchClaim(ID)).toBeNull()
    // A duplicate goes to its published canonical claim, as before.
    expect(await thrown(() => render(ID, [SLUG]))).toBe(`NEXT_REDIRECT;replace;${'/c/kfm2023/korea-developed-zero-foundation-models-in-2023'};308;`)
    await mark({ duplicateOfId: null, publicUnderResearch: false })
  })

  it('a claim with a published verdict is served as published, flag or not', async () => {
    await db().claim.update({ where: { shortId: 'kfm2023' }, data: { publicUnderResearch: true } })
    expect(await getUnderResearchClaim('kfm2023')).toBeNull()
    expect((await getPublishedClaim('kfm2023'))?.verdict.rating.labelEn).toBe('Mostly not true')
  })
})
