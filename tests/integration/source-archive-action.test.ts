// The archive action against a local HTTP server on 127.0.0.1. Loopback is refused unless ARCHIVE_ALLOW_HOSTS
// names the host, so most tests set it, exactly as a test deployment would; the archiver itself (limits, redirects,
// address checks) is covered by source-archive.test.ts. Here: what the action stores, when, and for whom.
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { archiveSource, pasteArchiveText } from '../../lib/sources/actions'
import { getSource } from '../../lib/sources/queries'
import { everyCaller, makeUser } from '../support/users'

const PAGE_BYTES = Buffer.from('<html><head><title>보도자료</title></head><body><p>국내 AI 모델 수는 0개가 아닙니다.</p></body></html>')
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

let server: http.Server
let base: string
/** Paths the server was asked for, to prove that refused callers never made it fetch anything. */
const hits: string[] = []
let rotten = false
/** Runs while the server holds the response, i.e. while the action is waiting for its fetch. */
let duringFetch: (() => Promise<void>) | undefined

function route(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '/'
  hits.push(url)
  const sendPage = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_BYTES)
  // Each test's source gets its own ?n= so that one URL stays one source.
  switch (url.split('?')[0]) {
    case '/page':
      return sendPage()
    case '/rotting':
      return rotten ? res.writeHead(404, { 'content-type': 'text/plain' }).end('gone') : sendPage()
    case '/hang':
      return // never answers
    case '/big':
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.alloc(5000, 'a'))
    case '/observed':
      return void duringFetch!().then(sendPage, (error) => res.writeHead(500).end(String(error)))
    default:
      return res.writeHead(404).end()
  }
}

beforeAll(async () => {
  server = http.createServer(route)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  process.env.ARCHIVE_ALLOW_HOSTS = '127.0.0.1'
  hits.length = 0
  rotten = false
  duringFetch = undefined
})

afterEach(() => {
  delete process.env.ARCHIVE_ALLOW_HOSTS
})

/** A source's copies, oldest first, and which one is current. */
async function copiesOf(sourceId: string) {
  const [copies, source] = await Promise.all([
    db().archivedCopy.findMany({ where: { sourceId }, orderBy: [{ takenAt: 'asc' }, { id: 'asc' }] }),
    db().source.findUniqueOrThrow({ where: { id: sourceId } }),
  ])
  return { copies, current: copies.find((copy) => copy.id === source.currentCopyId) ?? null, source }
}

let counter = 0
async function sourceAt(path: string | null) {
  counter++
  return db().source.create({
    data: { kind: 'OFFICIAL_STATEMENT', publisher: '과학기술정보통신부', title: `보도자료 ${counter}`, url: path === null ? null : `${base}${path}?n=${counter}` },
  })
}

describe('archive action: who may', () => {
  it('every desk role archives; a signed-out caller is refused before the server fetches anything', async () => {
    for (const [who, caller] of await everyCaller()) {
      const source = await sourceAt('/page')
      hits.length = 0
      const result = await archiveSource.execute(caller, { sourceId: source.id })
      const { copies, current } = await copiesOf(source.id)
      if (who === 'signed out') {
        expect(result).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
        expect(hits).toEqual([])
        expect(copies).toEqual([])
      } else {
        expect(result.status).toBe('ok')
        expect(hits).toHaveLength(1)
        expect(current?.sha256).toBe(sha256(PAGE_BYTES))
      }
    }
  })

  it('a deactivated user is refused and the server is not contacted', async () => {
    const user = await makeUser('EDITOR', { active: false })
    const source = await sourceAt('/page')
    expect(await archiveSource.execute(user, { sourceId: source.id })).toEqual({ status: 'forbidden', message: NOT_ALLOWED })
    expect(hits).toEqual([])
  })
})

describe('archive action: what it stores', () => {
  it('on success stores a fetched copy: extracted text, SHA-256 of the bytes, fetch time, response and who asked; audited', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/page')
    const started = new Date()
    const result = await archiveSource.execute(editor, { sourceId: source.id })
    const finished = new Date()
    expect(result).toMatchObject({ status: 'ok', data: { archived: true, bytes: PAGE_BYTES.length } })

    const { copies, current, source: row } = await copiesOf(source.id)
    expect(copies).toHaveLength(1)
    expect(current).toMatchObject({
      method: 'FETCHED',
      text: '보도자료\n국내 AI 모델 수는 0개가 아닙니다.',
      sha256: sha256(PAGE_BYTES),
      url: source.url,
      finalUrl: source.url,
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      bytes: PAGE_BYTES.length,
      createdById: editor.id,
    })
    expect(row.archiveError).toBeNull()
    expect(current!.takenAt.getTime()).toBeGreaterThanOrEqual(started.getTime())
    expect(current!.takenAt.getTime()).toBeLessThanOrEqual(finished.getTime())
    // Archiving is not an edit of the form's fields: an editor's open form must not become stale.
    expect(row.version).toBe(source.version)

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'source.archive', entityId: source.id } })
    expect(audit.actorId).toBe(editor.id)
    expect(audit.data).toMatchObject({
      before: { currentCopy: null },
      after: { currentCopy: { id: current!.id, method: 'FETCHED', sha256: sha256(PAGE_BYTES), httpStatus: 200 }, publicClaims: [] },
    })
    expect(JSON.stringify(audit.data)).not.toContain('국내 AI') // the text itself stays out of the log
  })

  it('on failure stores the reason and keeps the copy archived before the link rotted; archiving again adds a copy', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/rotting')
    expect((await archiveSource.execute(editor, { sourceId: source.id })).status).toBe('ok')
    rotten = true

    const result = await archiveSource.execute(editor, { sourceId: source.id })
    expect(result).toMatchObject({ status: 'ok', data: { archived: false, reason: 'HTTP 404' } })
    const afterFailure = await copiesOf(source.id)
    expect(afterFailure.source.archiveError).toBe('HTTP 404')
    expect(afterFailure.copies).toHaveLength(1)
    expect(afterFailure.current?.sha256).toBe(sha256(PAGE_BYTES))
    expect(afterFailure.current?.text).toContain('국내 AI 모델')
    const failed = await db().auditEvent.findFirstOrThrow({ where: { action: 'source.archiveFailed', entityId: source.id } })
    expect(failed.data).toMatchObject({ after: { archiveError: 'HTTP 404' } })

    rotten = false
    await archiveSource.execute(editor, { sourceId: source.id })
    const again = await copiesOf(source.id)
    expect(again.source.archiveError).toBeNull()
    // The first copy stays as it was; the new one is current.
    expect(again.copies).toHaveLength(2)
    expect(again.copies[0]).toEqual(afterFailure.current)
    expect(again.current?.id).toBe(again.copies[1].id)
  })

  it('records a timeout and an oversized body as reasons', async () => {
    const editor = await makeUser('EDITOR')
    const slow = await sourceAt('/hang')
    const big = await sourceAt('/big')
    expect(await archiveSource.execute(editor, { sourceId: slow.id }, { timeoutMs: 300 })).toMatchObject({
      data: { archived: false, reason: 'Timed out after 300 ms' },
    })
    expect(await archiveSource.execute(editor, { sourceId: big.id }, { maxBytes: 1000 })).toMatchObject({
      data: { archived: false, reason: 'Larger than 1000 bytes' },
    })
    const rows = await db().source.findMany({ where: { id: { in: [slow.id, big.id] } }, orderBy: { title: 'asc' }, include: { copies: true } })
    expect(rows.map((row) => [row.archiveError, row.currentCopyId, row.copies])).toEqual([
      ['Timed out after 300 ms', null, []],
      ['Larger than 1000 bytes', null, []],
    ])
  })

  it('refuses a loopback address unless ARCHIVE_ALLOW_HOSTS names it, without sending a request', async () => {
    delete process.env.ARCHIVE_ALLOW_HOSTS
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/page')
    const result = await archiveSource.execute(editor, { sourceId: source.id })
    expect(result).toMatchObject({ status: 'ok', data: { archived: false, reason: 'Refused: 127.0.0.1 is a loopback address' } })
    expect(hits).toEqual([])
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).archiveError).toBe(
      'Refused: 127.0.0.1 is a loopback address',
    )

    process.env.ARCHIVE_ALLOW_HOSTS = 'localhost' // another name does not unlock this host
    expect(await archiveSource.execute(editor, { sourceId: source.id })).toMatchObject({ data: { archived: false } })
    expect(hits).toEqual([])
  })

  it('holds no transaction open while the remote server is answering', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/observed')
    let openTransactions: number | undefined
    duringFetch = async () => {
      const [row] = await db().$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`
      openTransactions = row.n
    }
    expect((await archiveSource.execute(editor, { sourceId: source.id })).status).toBe('ok')
    expect(openTransactions).toBe(0)
  })

  it('does not store a copy of the old address when the URL was edited during the fetch', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/observed')
    duringFetch = async () => {
      await db().source.update({ where: { id: source.id }, data: { url: `${base}/page?edited` } })
    }
    const result = await archiveSource.execute(editor, { sourceId: source.id })
    expect(result.status).toBe('conflict')
    const { source: row, copies } = await copiesOf(source.id)
    expect(row).toMatchObject({ url: `${base}/page?edited`, currentCopyId: null })
    expect(copies).toEqual([])
  })

  it('a source without a URL cannot be fetched; its text can be pasted by hand', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt(null)
    const fetched = await archiveSource.execute(editor, { sourceId: source.id })
    expect(fetched).toMatchObject({ status: 'error', message: expect.stringContaining('paste its text instead') })
    expect(hits).toEqual([])
  })
})

describe('paste by hand after a failed fetch', () => {
  it('stores the pasted text as a PASTED copy with its hash, time and who pasted it, and keeps the fetch error as the reason', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/hang')
    await archiveSource.execute(editor, { sourceId: source.id }, { timeoutMs: 200 })

    const text = '과기정통부는 “국내 기업도 파운데이션 모델을 개발했다”고 밝혔다.\r\n둘째 문장.'
    const before = new Date()
    const result = await pasteArchiveText.execute(editor, { sourceId: source.id, text: `  ${text}\n` })
    expect(result.status).toBe('ok')
    const stored = text.replace('\r\n', '\n')
    const { current, source: row } = await copiesOf(source.id)
    expect(current).toMatchObject({ method: 'PASTED', text: stored, sha256: sha256(Buffer.from(stored, 'utf8')), createdById: editor.id, httpStatus: null })
    expect(current!.takenAt.getTime()).toBeGreaterThanOrEqual(before.getTime())
    expect(row.archiveError).toBe('Timed out after 200 ms')

    const details = await getSource(source.id)
    expect(details?.copies).toEqual([expect.objectContaining({ id: current!.id, method: 'PASTED', createdBy: { name: editor.name } })])
    expect(details?.archivePreview).toBe(stored)
  })

  it('refuses an empty paste with a field error and stores nothing', async () => {
    const editor = await makeUser('EDITOR')
    const source = await sourceAt('/page')
    const result = await pasteArchiveText.execute(editor, { sourceId: source.id, text: '   ' })
    expect(result.status === 'invalid' && result.fieldErrors.text).toEqual(['붙여넣을 본문을 입력하세요. Paste the text of the source.'])
    expect((await copiesOf(source.id)).copies).toEqual([])
  })
})
