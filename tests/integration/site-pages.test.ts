import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { updateSitePage } from '../../lib/pages/actions'
import { ABOUT_SLUG, DEFAULT_PAGES, EDITABLE_PAGES, METHODOLOGY_SLUG } from '../../lib/pages/defaults'
import { sitePage } from '../../lib/pages/queries'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

// The session is the only stand-in for rendering desk pages (there is no request outside Next); actions take
// their caller directly and do not use it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
}))

/** Server components are async functions: await the element tree, then render what came back. */
async function html(path: string): Promise<string> {
  const { default: Page } = (await import(path)) as { default: () => Promise<React.ReactNode> }
  return renderToString(createElement('div', null, await Page()))
}

const methodology = () => db().sitePage.findUnique({ where: { slug: METHODOLOGY_SLUG } })
const about = () => db().sitePage.findUnique({ where: { slug: ABOUT_SLUG } })

describe('site pages', () => {
  it('shows the default methodology text until someone saves it', async () => {
    await db().sitePage.deleteMany()
    expect(await sitePage(METHODOLOGY_SLUG)).toMatchObject({ ...DEFAULT_PAGES.methodology, version: 0, updatedBy: null })
    expect(DEFAULT_PAGES.methodology.body).toMatch(/두 사람 규칙[\s\S]*two-person rule/)
    expect(DEFAULT_PAGES.methodology.body).toMatch(/Corrections policy/)
  })

  it('shows the default about text, in both languages: organisation, funding, independence, contact', async () => {
    await db().sitePage.deleteMany()
    expect(await sitePage(ABOUT_SLUG)).toMatchObject({ ...DEFAULT_PAGES.about, version: 0, updatedBy: null })
    for (const heading of ['## 누가 운영하나요', '## 재정', '## 편집 독립성', '## 연락처']) expect(DEFAULT_PAGES.about.body).toContain(heading)
    for (const heading of ['*Who we are.*', '*Funding.*', '*Editorial independence.*', '*Contact.*']) expect(DEFAULT_PAGES.about.body).toContain(heading)
  })

  it('only an ADMIN edits the about page, through the same action; everyone else is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      await db().sitePage.deleteMany()
      const result = await updateSitePage.execute(caller, { slug: 'about', title: `by ${who}`, body: '우리는 Who we are', version: '0' })
      if (who === 'ADMIN') {
        expect(result).toMatchObject({ status: 'ok', data: { slug: 'about', version: 1 } })
        expect(await about()).toMatchObject({ title: 'by ADMIN', body: '우리는 Who we are', version: 1, updatedById: caller?.id })
        expect(await db().auditEvent.count({ where: { action: 'page.update', entityId: 'about', actorId: caller!.id } })).toBe(1)
      } else {
        expect(result).toEqual({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })
        expect(await about()).toBeNull()
      }
      // One page's save never touches another's.
      expect(await methodology()).toBeNull()
    }
  })

  it('only an ADMIN edits a page; everyone else is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      await db().sitePage.deleteMany()
      const result = await updateSitePage.execute(caller, { slug: 'methodology', title: `by ${who}`, body: '본문 body', version: '0' })
      if (who === 'ADMIN') {
        expect(result).toMatchObject({ status: 'ok', data: { slug: 'methodology', version: 1 } })
        expect(await methodology()).toMatchObject({ title: 'by ADMIN', body: '본문 body', version: 1, updatedById: caller?.id })
      } else {
        expect(result).toEqual({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })
        expect(await methodology()).toBeNull()
      }
    }
  })

  it('refuses a save based on a stale version and keeps the newer text', async () => {
    await db().sitePage.deleteMany()
    const [first, second] = [await makeUser('ADMIN'), await makeUser('ADMIN')]
    expect((await updateSitePage.execute(first, { slug: 'methodology', title: 'v1', body: 'one', version: 0 })).status).toBe('ok')
    // Both opened version 1; the first to save wins.
    expect((await updateSitePage.execute(first, { slug: 'methodology', title: 'v2', body: 'two', version: 1 })).status).toBe('ok')
    const stale = await updateSitePage.execute(second, { slug: 'methodology', title: 'mine', body: 'lost?', version: 1 })
    expect(stale).toMatchObject({ status: 'conflict', current: { title: 'v2', body: 'two', version: 2 } })
    // A second "first save" over the default text is stale too: the page exists now.
    expect((await updateSitePage.execute(second, { slug: 'methodology', title: 'mine', body: 'x', version: 0 })).status).toBe('conflict')
    expect(await methodology()).toMatchObject({ title: 'v2', body: 'two', version: 2 })

    const audits = await db().auditEvent.findMany({ where: { action: 'page.update', entityId: 'methodology', actorId: { in: [first.id, second.id] } }, orderBy: { createdAt: 'asc' } })
    expect(audits).toHaveLength(2)
    expect(audits[1].data).toMatchObject({ before: { title: 'v1', version: 1 }, after: { title: 'v2', version: 2 } })
  })

  it('validates slug, title, body and version', async () => {
    const admin = await makeUser('ADMIN')
    const result = await updateSitePage.execute(admin, { slug: 'contact', title: ' ', body: '', version: '-1' })
    expect(result.status).toBe('invalid')
    if (result.status === 'invalid') expect(Object.keys(result.fieldErrors).sort()).toEqual(['body', 'slug', 'title', 'version'])
  })

  it('the demo load creates the methodology and about pages once and never overwrites an edited one', async () => {
    await db().sitePage.deleteMany()
    expect(await loadDemoDataset(db())).toBe('loaded')
    expect(await methodology()).toMatchObject({ ...DEFAULT_PAGES.methodology, version: 1 })
    expect(await about()).toMatchObject({ ...DEFAULT_PAGES.about, version: 1 })
    expect(await db().sitePage.count()).toBe(EDITABLE_PAGES.length)

    await db().sitePage.update({ where: { slug: METHODOLOGY_SLUG }, data: { body: 'edited', version: 2 } })
    expect(await loadDemoDataset(db())).toBe('already-loaded')
    // Even a fresh load (demo marker gone) keeps the edited text.
    await db().$executeRawUnsafe('TRUNCATE claims, sources, claimants, rating_scales, audit_events CASCADE')
    expect(await loadDemoDataset(db())).toBe('loaded')
    expect(await methodology()).toMatchObject({ body: 'edited', version: 2 })
    expect(await db().sitePage.count()).toBe(EDITABLE_PAGES.length)
  })
})

describe('pages rendered on the demo dataset', () => {
  it('the public methodology page shows the text, the live scale and notes retired ratings', async () => {
    await loadDemoDataset(db())
    await db().rating.updateMany({ where: { labelEn: 'Half true' }, data: { retired: true } })
    await db().sitePage.update({ where: { slug: METHODOLOGY_SLUG }, data: { title: '방법 Method', body: '## 정정 원칙\n\n고칩니다.' } })
    const page = await html('../../app/(public)/methodology/page')
    expect(page).toContain('<h1 class="text-3xl font-bold">방법 Method</h1>')
    expect(page).toContain('<h2>정정 원칙</h2>')
    expect(page).toContain('Mostly not true')
    expect(page).toContain('<span class="text-stone-600">수치 없음</span>')
    // Retired ratings are named once in the note, not as rows of the table.
    expect(page).not.toMatch(/<th[^>]*scope="row"[^>]*>(?:(?!<\/th>).)*Half true/s)
    expect(page).toContain('더 이상 쓰지 않는 등급 (이전 판정에만 남아 있음):')
    expect(page).toContain('절반의 사실 (Half true)')
    expect(page).toContain('두 사람 규칙: 켜짐')
  })

  it('the public about page shows the saved text as Markdown, with raw HTML left out', async () => {
    await loadDemoDataset(db())
    await db().sitePage.update({
      where: { slug: ABOUT_SLUG },
      data: { title: '소개 About', body: '## 재정\n\n후원자 없음. <script>window.__pwned=1</script><b onclick="x()">bold</b>\n\n[mail](javascript:alert(1))' },
    })
    const page = await html('../../app/(public)/about/page')
    expect(page).toContain('<h1 class="text-3xl font-bold">소개 About</h1>')
    expect(page).toContain('<h2>재정</h2>')
    expect(page).toContain('후원자 없음.')
    expect(page).not.toMatch(/<script|<b |onclick|javascript:/)
    expect(page).toContain('최종 수정')
  })

  it('the desk scale, settings and page editor render labelled controls', async () => {
    session.actor = await makeUser('ADMIN')
    const scale = await html('../../app/(desk)/desk/scale/page')
    expect(scale).toContain('type="color"')
    expect(scale).toContain('Numeric value (empty = none)')
    expect(scale).toContain('Add a rating')
    const settings = await html('../../app/(desk)/desk/settings/page')
    expect(settings).toContain('Turn the two-person rule off')
    const editor = await html('../../app/(desk)/desk/pages/methodology/page')
    expect(editor).toContain('name="body"')
    expect(editor).toContain('href="/methodology"')
    const aboutEditor = await html('../../app/(desk)/desk/pages/about/page')
    expect(aboutEditor).toContain('<input type="hidden" name="slug" value="about"/>')
    expect(aboutEditor).toContain('name="body"')
    expect(aboutEditor).toContain('href="/about"')
  })
})
