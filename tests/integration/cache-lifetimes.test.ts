// What readers' caches may keep of public answers that a correction changes (a rating, a withdrawal): no longer
// than reader pages (lib/reader/page-cache.ts: browsers revalidate, shared caches keep a copy for a second).
// Only the share card image may be kept for good: its URL names the verdict revision it draws.
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as atom } from '../../app/atom.xml/route'
import { GET as rss } from '../../app/feed.xml/route'
import { GET as oembed } from '../../app/api/oembed/route'
import { GET as getClaim } from '../../app/api/v1/claims/[id]/route'
import { GET as listClaims } from '../../app/api/v1/claims/route'
import { GET as exportData } from '../../app/api/v1/export/route'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { lifetimes } from '../support/cache-control'

const { GET: shareCard } = await import('../../app/(public)/c/[shortId]/card/[revision]/route')
const { GET: correctionsRss } = await import('../../app/(public)/corrections/feed.xml/route')
const { GET: correctionsAtom } = await import('../../app/(public)/corrections/atom.xml/route')

const BASE = 'http://localhost:3000'

beforeAll(async () => {
  await loadDemoDataset(db())
})

const answers: [string, () => Promise<Response>][] = [
  ['RSS feed', () => rss(new Request(`${BASE}/feed.xml`))],
  ['Atom feed', () => atom(new Request(`${BASE}/atom.xml`))],
  ['corrections RSS feed', () => correctionsRss()],
  ['corrections Atom feed', () => correctionsAtom()],
  ['API list', async () => listClaims(new Request(`${BASE}/api/v1/claims`))],
  ['API claim', () => getClaim(new Request(`${BASE}/api/v1/claims/kfm2023`), { params: Promise.resolve({ id: 'kfm2023' }) })],
  ['CSV export', async () => exportData(new Request(`${BASE}/api/v1/export?format=csv`))],
  ['JSON export', async () => exportData(new Request(`${BASE}/api/v1/export?format=json`))],
  ['oEmbed', async () => oembed(new Request(`${BASE}/api/oembed?url=${encodeURIComponent(`${BASE}/c/kfm2023`)}`))],
  ['share card of a past revision (redirect to the current one)', () => shareCard(new Request(`${BASE}/c/kfm2023/card/0`), { params: Promise.resolve({ shortId: 'kfm2023', revision: '0' }) })],
]

describe('public answers that a correction changes', () => {
  it.each(answers)('%s: browsers revalidate and shared caches keep it at most a second', async (_name, call) => {
    const response = await call()
    expect(response.status).toBeLessThan(400)
    const { browser, shared } = lifetimes(response.headers.get('cache-control'))
    expect(browser).toBe(0)
    expect(shared).toBeLessThanOrEqual(1)
  })

  it('oEmbed suggests no cache lifetime of its own', async () => {
    const body = await (await oembed(new Request(`${BASE}/api/oembed?url=${encodeURIComponent(`${BASE}/c/kfm2023`)}`))).json()
    expect(body.cache_age ?? 0).toBeLessThanOrEqual(1)
  })
})
