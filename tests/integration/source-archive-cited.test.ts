// An archived copy is evidence. A source that a published verdict cites must not have its copy replaced: pasting
// text by hand or archiving again adds a copy, readers are shown the copy the verdict cited (with when it was
// taken), every copy is listed with how it was taken, and pasted text says it was pasted and by whom. A new copy of
// a cited source is a change readers see: it is audited, which fires the reader-change notification.
// Everything goes through the actions and the routes, against a local page server and a real database.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import { READER_CHANGES_CHANNEL } from '../../lib/db/reader-changes'
import { addEvidence } from '../../lib/evidence/actions'
import { loadDemoDataset } from '../../lib/seed/demo'
import { archiveSource, createSource, pasteArchiveText } from '../../lib/sources/actions'
import { citationKeyBase } from '../../lib/verdicts/citations'
import { publish, saveDraft, submitForReview } from '../../lib/verdicts/actions'
import { makeUser } from '../support/users'

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
}))

const { GET: publicArchived } = await import('../../app/(public)/sources/[id]/archived/route')
const { GET: deskArchived } = await import('../../app/(desk)/desk/sources/[id]/archived/route')
const claimPage = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
const { default: SourcePage } = await import('../../app/(desk)/desk/sources/[id]/page')

/** What the page server answers: the text changes between fetches, as a live page does. */
let pageText = 'Version one of the ministry statement.'
let server: http.Server
let base: string

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><p>${pageText}</p></body></html>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await loadDemoDataset(db())
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  process.env.ARCHIVE_ALLOW_HOSTS = '127.0.0.1'
  pageText = 'Version one of the ministry statement.'
})

afterEach(() => {
  delete process.env.ARCHIVE_ALLOW_HOSTS
})

function ok<T extends { status: string }>(result: T): Extract<T, { status: 'ok' }> {
  expect(result.status, JSON.stringify(result)).toBe('ok')
  return result as Extract<T, { status: 'ok' }>
}

let counter = 0
/**
 * A published claim whose verdict cites one source, fetched by the archiver before publication: the situation of
 * the attack. Made by an editor (who writes and archives) and a reviewer (who publishes).
 */
async function citedSource() {
  counter++
  const editor = await makeUser('EDITOR')
  const reviewer = await makeUser('REVIEWER')
  const title = `Ministry statement ${counter}`
  const source = ok(await createSource.execute(editor, { kind: 'OFFICIAL_STATEMENT', title, publisher: 'MSIT', url: `${base}/statement?n=${counter}` })).data
  const claim = await db().claim.create({
    data: { shortId: `ar${String(counter).padStart(5, '0')}`, slug: `archived-${counter}`, text: `보관 시험 주장 ${counter}`, status: 'RESEARCHING' },
  })
  ok(await addEvidence.execute(editor, { claimId: claim.id, sourceId: source.id, stance: 'CONTRADICTS', excerpt: 'Version one' }))
  const fetched = ok(await archiveSource.execute(editor, { sourceId: source.id })).data
  expect(fetched.archived).toBe(true)

  const rating = await db().rating.findFirstOrThrow({ where: { scale: { isDefault: true }, labelEn: 'Mostly not true' } })
  const key = citationKeyBase({ title, publisher: 'MSIT', publishedAt: null })
  const publishRevision = async (changeNote?: string) => {
    const existing = await db().verdict.findUnique({ where: { claimId: claim.id } })
    ok(
      await saveDraft.execute(editor, {
        claimId: claim.id,
        ratingId: rating.id,
        summary: '대체로 사실 아님.',
        analysis: `See [^${key}]. ${changeNote ?? ''}`,
        ...(existing ? { version: String(existing.version) } : {}),
      }),
    )
    let verdict = await db().verdict.findUniqueOrThrow({ where: { claimId: claim.id } })
    ok(await submitForReview.execute(editor, { verdictId: verdict.id, version: verdict.version }))
    verdict = await db().verdict.findUniqueOrThrow({ where: { claimId: claim.id } })
    ok(await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version, ...(changeNote ? { changeNote } : {}) }))
  }
  await publishRevision()
  const published = await db().claim.findUniqueOrThrow({ where: { id: claim.id } })
  return { editor, reviewer, source, claim: published, fetched: fetched as Extract<typeof fetched, { archived: true }>, publishRevision }
}

async function readerView(sourceId: string, copyId?: string) {
  const url = `http://localhost/sources/${sourceId}/archived${copyId ? `?copy=${copyId}` : ''}`
  const response = await publicArchived(new Request(url), { params: Promise.resolve({ id: sourceId }) })
  return { status: response.status, text: await response.text() }
}

const permalink = async (claim: { shortId: string; slug: string }) =>
  renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId: claim.shortId, slug: [claim.slug] }) })))

describe('a source that a published verdict cites', () => {
  it('pasting text by hand keeps the fetched copy: readers still get the cited copy with its time, and the pasted one marked as pasted and by whom', async () => {
    const { editor, source, claim, fetched } = await citedSource()
    const before = await readerView(source.id)
    expect(before.text).toContain('Version one of the ministry statement.')

    ok(await pasteArchiveText.execute(editor, { sourceId: source.id, text: 'Invented text: Korea had 17 foundation models.' }))

    const after = await readerView(source.id)
    expect(after.status).toBe(200)
    // The page readers land on is still the copy the verdict cited, not the pasted text.
    expect(after.text).toContain('Version one of the ministry statement.')
    expect(after.text).not.toContain('Invented text')
    expect(after.text).toContain(`보관 archived ${fetched.takenAt.toISOString()}`)
    expect(after.text).toContain('가져옴 · fetched by the archiver')
    expect(after.text).toContain(`판정이 인용한 보관본 · cited by the verdict: /c/${claim.shortId}/${claim.slug} (판 revision 1,`)
    // The pasted copy is listed, marked as pasted and by whom, and opens only as what it is.
    const pastedLine = after.text.split('\n').find((line) => line.includes('직접 붙여 넣음'))
    expect(pastedLine).toContain(`pasted by hand by ${editor.name}`)
    expect(pastedLine).not.toContain('cited by')
    const pasted = await db().archivedCopy.findFirstOrThrow({ where: { sourceId: source.id, method: 'PASTED' } })
    const pastedView = await readerView(source.id, pasted.id)
    expect(pastedView.text).toContain('Invented text')
    expect(pastedView.text).toContain(`직접 붙여 넣음 (${editor.name}) · pasted by hand by ${editor.name}: 원문에서 가져온 것이 아닙니다 · not fetched from the source`)
    expect(pastedView.text).toContain('판정이 인용한 보관본이 아닙니다 · not the copy a verdict cited')

    // The fetched copy itself is unchanged, and the claim page links readers to it.
    expect(await db().archivedCopy.findUniqueOrThrow({ where: { id: fetched.copyId } })).toMatchObject({
      method: 'FETCHED',
      text: 'Version one of the ministry statement.',
      sha256: fetched.sha256,
      createdById: editor.id,
    })
    const html = await permalink(claim)
    expect(html).toContain(`href="/sources/${source.id}/archived?copy=${fetched.copyId}"`)
    expect(html).not.toContain(`?copy=${pasted.id}`)
  })

  it('archiving again adds a copy; the verdict keeps citing the first until a new revision is published', async () => {
    const { source, claim, fetched, editor, publishRevision } = await citedSource()
    pageText = 'Version two: the statement was edited after publication.'
    const again = ok(await archiveSource.execute(editor, { sourceId: source.id })).data
    expect(again.archived).toBe(true)
    if (!again.archived) return

    const copies = await db().archivedCopy.findMany({ where: { sourceId: source.id }, orderBy: { takenAt: 'asc' } })
    expect(copies.map((copy) => [copy.id, copy.method, copy.text])).toEqual([
      [fetched.copyId, 'FETCHED', 'Version one of the ministry statement.'],
      [again.copyId, 'FETCHED', 'Version two: the statement was edited after publication.'],
    ])
    expect((await readerView(source.id)).text).toContain('Version one of the ministry statement.')
    expect((await readerView(source.id, again.copyId)).text).toContain('Version two')

    // A correction published now cites the copy current at that moment, and readers then land on it.
    await publishRevision('Re-checked against the edited statement.')
    const view = await readerView(source.id)
    expect(view.text).toContain('Version two')
    expect(view.text).toContain(`cited by the verdict: /c/${claim.shortId}/${claim.slug} (판 revision 2,`)
    // The first copy is still listed as cited by revision 1.
    expect(view.text.split('\n').find((line) => line.includes(`?copy=${fetched.copyId}`))).toContain(`cited by /c/${claim.shortId} (1)`)
  })

  it('a revision published after a paste cites the pasted copy, and readers are told it was pasted', async () => {
    const { source, claim, editor, publishRevision } = await citedSource()
    const pasted = ok(await pasteArchiveText.execute(editor, { sourceId: source.id, text: 'Text pasted from the printed statement.' })).data
    await publishRevision('Cited the printed statement.')
    const view = await readerView(source.id)
    expect(view.text).toContain('Text pasted from the printed statement.')
    expect(view.text).toContain(`pasted by hand by ${editor.name}`)
    const html = await permalink(claim)
    expect(html).toContain(`href="/sources/${source.id}/archived?copy=${pasted.copyId}"`)
    expect(html).toContain('보관본(직접 붙여 넣음)')
  })

  it('a new copy is audited with the public claims that show it, and the reader-change notification fires on commit', async () => {
    const { source, claim, editor } = await citedSource()
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await listener.connect()
    try {
      await listener.query(`LISTEN ${READER_CHANGES_CHANNEL}`)
      const notified = new Promise<string>((resolve) => listener.once('notification', (message) => resolve(message.channel)))
      const result = ok(await pasteArchiveText.execute(editor, { sourceId: source.id, text: 'Another pasted text.' }))
      expect(await notified).toBe(READER_CHANGES_CHANNEL)
      // The claim's permalink is revalidated too.
      expect(result.revalidate).toContain(`/c/${claim.shortId}/${claim.slug}`)
    } finally {
      await listener.end()
    }
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'source.pasteArchive', entityId: source.id } })
    expect(audit).toMatchObject({ actorId: editor.id, data: { after: { currentCopy: { method: 'PASTED' }, publicClaims: [claim.shortId] } } })
  })

  it('the desk lists every copy, marks the pasted one and who pasted it, and warns that readers see new copies', async () => {
    const { source, claim, editor, fetched } = await citedSource()
    ok(await pasteArchiveText.execute(editor, { sourceId: source.id, text: 'Pasted on the desk.' }))
    session.actor = editor
    const page = renderToString(createElement('div', null, await SourcePage({ params: Promise.resolve({ id: source.id }) }))).replaceAll('<!-- -->', '')
    expect(page.match(/data-copy-method="(FETCHED|PASTED)"/g)).toEqual(['data-copy-method="FETCHED"', 'data-copy-method="PASTED"'])
    expect(page).toContain(`직접 붙여 넣음 pasted by hand · ${editor.name}`)
    expect(page).toContain('data-testid="public-claims-notice"')
    expect(page).toContain(`>${claim.shortId}</span> 판 revision 1`)
    expect(page).toContain(`?copy=${fetched.copyId}`)

    const deskView = async (query: string) =>
      (await deskArchived(new Request(`http://localhost/desk/sources/${source.id}/archived${query}`), { params: Promise.resolve({ id: source.id }) })).text()
    // Without ?copy= the desk sees what readers see, the cited copy; the pasted one (the desk's current) says what it is.
    expect(await deskView('')).toContain('Version one of the ministry statement.')
    const pasted = await db().source.findUniqueOrThrow({ where: { id: source.id } })
    const text = await deskView(`?copy=${pasted.currentCopyId}`)
    expect(text).toContain('Pasted on the desk.')
    expect(text).toContain(`pasted by hand by ${editor.name}: 원문에서 가져온 것이 아닙니다`)
  })
})

describe('copies are records', () => {
  it('the database refuses to change or delete a copy, or a revision’s record of the copies it cited', async () => {
    const { source, fetched } = await citedSource()
    await expect(db().archivedCopy.update({ where: { id: fetched.copyId }, data: { text: 'rewritten' } })).rejects.toThrow(/archived copies are immutable/)
    await expect(db().$executeRawUnsafe(`DELETE FROM archived_copies WHERE id = '${fetched.copyId}'`)).rejects.toThrow(/immutable/)
    await expect(db().$executeRawUnsafe(`DELETE FROM verdict_revision_copies WHERE copy_id = '${fetched.copyId}'`)).rejects.toThrow(/immutable/)
    await expect(db().$executeRawUnsafe(`UPDATE verdict_revision_copies SET copy_id = copy_id WHERE copy_id = '${fetched.copyId}'`)).rejects.toThrow(/immutable/)
    expect((await db().archivedCopy.findUniqueOrThrow({ where: { id: fetched.copyId } })).text).toBe('Version one of the ministry statement.')
    expect(await db().verdictRevisionCopy.count({ where: { copyId: fetched.copyId } })).toBe(1)
    expect((await readerView(source.id)).text).toContain('Version one')
  })

  it('readers get no copy of a source only unpublished work uses, nor a copy of another source', async () => {
    const { source } = await citedSource()
    const editor = await makeUser('EDITOR')
    const other = ok(await createSource.execute(editor, { kind: 'NEWS', title: 'Unpublished use', publisher: 'P', url: `${base}/other?n=${counter}` })).data
    const copy = ok(await pasteArchiveText.execute(editor, { sourceId: other.id, text: 'desk only' })).data
    expect((await readerView(other.id)).status).toBe(404)
    expect((await readerView(source.id, copy.copyId)).status).toBe(404)
    expect((await readerView(source.id, 'bad id')).status).toBe(404)
  })
})
