// Smoke test of the desk pages and panel this feature adds, rendered to HTML the way the server renders them, on
// the demo dataset: they load their data, label every control, and show archived copies beside links. The session
// is the only stand-in (there is no request outside Next); the database is real.
import { createElement } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { giveCopy } from '../support/copies'
import { makeUser } from '../support/users'

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
}))

const { ClaimMaterial } = await import('../../components/desk/ClaimMaterial')
const { default: SourceLibraryPage } = await import('../../app/(desk)/desk/sources/page')
const { default: SourcePage } = await import('../../app/(desk)/desk/sources/[id]/page')
const { default: NewSourcePage } = await import('../../app/(desk)/desk/sources/new/page')
const { GET: archivedCopy } = await import('../../app/(desk)/desk/sources/[id]/archived/route')

/**
 * Server components are async functions: await the element tree, then render what came back, waiting for the async
 * components inside it (the claim panel's misattribution and arithmetic sections load their own data).
 */
async function html(component: (props: never) => Promise<React.ReactNode>, props: object): Promise<string> {
  const { prelude } = await prerenderToNodeStream(createElement('div', null, await component(props as never)))
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

beforeAll(async () => {
  await loadDemoDataset(db())
  session.actor = await makeUser('EDITOR')
})

describe('desk pages for sources and claim material', () => {
  it('the claim panel lists evidence by stance, appearances and relations, with labelled forms', async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { shortId: 'knt2023' } })
    const source = await db().source.findFirstOrThrow({ where: { evidence: { some: { claimId: claim.id } } } })
    const copy = await giveCopy(source.id, { text: '본문' })

    const page = await html(ClaimMaterial, { claimId: claim.id })
    expect(page).toContain('근거 <span lang="en"')
    expect(page).toContain(`/desk/sources/${source.id}/archived?copy=${copy.id}`)
    expect(page).toContain('보관본 archived copy')
    for (const label of ['출처 Source', '입장 Stance', '인용 Quoted passage', '위치 Locator', '다른 주장 Other claim', '관계 Relation']) {
      expect(page).toContain(label)
    }
    const relations = await db().claimRelation.count({ where: { OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] } })
    expect(relations).toBeGreaterThan(0)
    expect(page.match(/관계 삭제 Remove relation with/g)).toHaveLength(relations)
  })

  it('the panel says so when the claim does not exist', async () => {
    expect(await html(ClaimMaterial, { claimId: 'missing' })).toContain('No such claim')
  })

  it('the library lists, searches and filters sources', async () => {
    const all = await html(SourceLibraryPage, { searchParams: Promise.resolve({}) })
    expect(all).toContain('Epoch AI')
    const filtered = await html(SourceLibraryPage, { searchParams: Promise.resolve({ q: 'Epoch', kind: 'DATASET' }) })
    expect(filtered).toContain('Epoch AI')
    expect(filtered).not.toContain('Stanford HAI')
  })

  it('a source page shows details, the claims that use it and its forms; the new-source page has the form', async () => {
    const source = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-EPOCH' } })
    const page = await html(SourcePage, { params: Promise.resolve({ id: source.id }) })
    expect(page).toContain('이 출처를 쓰는 주장')
    expect(page).toContain('/desk/claims/')
    expect(page).toContain('보관 Archive')
    expect(page).toContain('본문 직접 붙여넣기 Paste the text by hand')
    expect(page).toContain('value="https://epoch.ai/data/notable-ai-models"')
    expect(await html(NewSourcePage, {})).toContain('출처 추가 Add source')
  })

  it('serves the whole archived copy as inert plain text to the desk only', async () => {
    const source = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-MSIT' } })
    const get = () => archivedCopy(new Request('http://localhost/'), { params: Promise.resolve({ id: source.id }) })
    expect((await get()).status).toBe(404) // nothing archived yet
    await giveCopy(source.id, { text: '<script>alert(1)</script> 과기정통부 설명자료' })
    const response = await get()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<script>alert(1)</script> 과기정통부 설명자료')

    const signedIn = session.actor
    session.actor = null
    try {
      expect((await get()).status).toBe(401)
    } finally {
      session.actor = signedIn
    }
  })
})
