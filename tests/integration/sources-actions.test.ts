// The source library's create/edit/paste actions and its queries, against the real database.
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { createSource, pasteArchiveText, updateSource } from '../../lib/sources/actions'
import { getSource, listSources } from '../../lib/sources/queries'
import { giveCopy } from '../support/copies'
import { everyCaller, makeUser } from '../support/users'

let counter = 0
/** A valid form submission, as strings like the browser sends; each call gets its own URL. */
function sourceForm(overrides: Record<string, string> = {}) {
  counter++
  return {
    kind: 'PRIMARY_REPORT',
    title: `AI Index Report ${counter}`,
    publisher: 'Stanford HAI',
    author: '',
    url: `https://example.org/reports/${counter}`,
    published: '2025-04',
    accessedAt: '2025-05-02',
    language: 'en',
    archivedUrl: '',
    note: '',
    ...overrides,
  }
}

async function created(result: Awaited<ReturnType<typeof createSource.execute>>) {
  if (result.status !== 'ok') throw new Error(`${result.status}: ${result.message}`)
  return db().source.findUniqueOrThrow({ where: { id: result.data.id } })
}

beforeAll(async () => {
  await loadDemoDataset(db())
})

describe('source actions: who may', () => {
  it('every desk role creates, edits and pastes; signed out is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      const form = sourceForm()
      const create = await createSource.execute(caller, form)
      // The edit and paste target exists whoever the caller is.
      const target = await db().source.create({ data: { kind: 'NEWS', publisher: '연합뉴스', title: `기사 ${who}` } })
      const update = await updateSource.execute(caller, { ...sourceForm(), title: '고친 제목', sourceId: target.id, version: '1' })
      const paste = await pasteArchiveText.execute(caller, { sourceId: target.id, text: '붙여넣은 본문' })
      const after = await db().source.findUniqueOrThrow({ where: { id: target.id }, include: { currentCopy: true } })
      const createdRow = await db().source.findFirst({ where: { title: form.title } })
      if (who === 'signed out') {
        for (const result of [create, update, paste]) expect(result).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
        expect(createdRow).toBeNull()
        expect(after).toMatchObject({ title: `기사 ${who}`, version: 1, currentCopy: null })
      } else {
        expect([create.status, update.status, paste.status]).toEqual(['ok', 'ok', 'ok'])
        expect(createdRow).not.toBeNull()
        expect(after).toMatchObject({ title: '고친 제목', version: 2, currentCopy: { text: '붙여넣은 본문', method: 'PASTED', createdById: caller!.id } })
      }
    }
  })
})

describe('creating a source', () => {
  it('stores the fields, the URL in canonical form and the date at its precision, and audits who did it', async () => {
    const editor = await makeUser('EDITOR')
    const row = await created(
      await createSource.execute(editor, {
        ...sourceForm(),
        title: '2025 AI Index',
        url: 'HTTPS://Research.Example.ORG/ai-index/2025-report/?utm_source=x&fbclid=abc#top',
        published: '2025-04',
        publishedApprox: 'on',
        language: 'EN',
        archivedUrl: 'https://web.archive.org/web/2025/https://hai.stanford.edu/ai-index/',
      }),
    )
    expect(row).toMatchObject({
      kind: 'PRIMARY_REPORT',
      url: 'https://research.example.org/ai-index/2025-report',
      publishedAt: new Date('2025-04-01T00:00:00Z'),
      publishedPrecision: 'MONTH',
      publishedApprox: true,
      accessedAt: new Date('2025-05-02T00:00:00Z'),
      language: 'en',
      author: null,
      archivedUrl: 'https://web.archive.org/web/2025/https://hai.stanford.edu/ai-index',
      version: 1,
    })
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'source.create', entityId: row.id } })
    expect(audit.actorId).toBe(editor.id)
    expect(audit.data).toMatchObject({ after: { url: row.url, title: '2025 AI Index' } })
  })

  it('refuses a URL that normalises to one already in the library, linking to the existing source', async () => {
    const editor = await makeUser('EDITOR')
    const first = await created(await createSource.execute(editor, sourceForm({ url: 'https://www.korea.kr/briefing/view.do?newsId=1' })))
    const second = await createSource.execute(editor, {
      ...sourceForm(),
      title: '같은 보도자료',
      url: 'https://WWW.korea.kr/briefing/view.do?newsId=1&utm_campaign=share#body',
    })
    expect(second).toMatchObject({
      status: 'conflict',
      message: expect.stringContaining(`/desk/sources/${first.id}`),
      current: { existingSource: { id: first.id, href: `/desk/sources/${first.id}`, title: first.title } },
    })
    expect(await db().source.count({ where: { url: 'https://www.korea.kr/briefing/view.do?newsId=1' } })).toBe(1)
    expect(await db().source.findFirst({ where: { title: '같은 보도자료' } })).toBeNull()
  })

  it('finds the demo dataset’s sources too, whose URLs are stored normalised', async () => {
    const editor = await makeUser('EDITOR')
    const seeded = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-HAI24' } })
    expect(seeded.url).toBe('https://aiindex.stanford.edu/report') // the dataset spells it with a trailing slash
    const result = await createSource.execute(editor, sourceForm({ url: 'https://aiindex.stanford.edu/report?utm_medium=email' }))
    expect(result).toMatchObject({ status: 'conflict', current: { existingSource: { id: seeded.id } } })
  })

  it('lets exactly one of two simultaneous creations of one URL through, and names the winner to the other', async () => {
    const [a, b] = [await makeUser('EDITOR'), await makeUser('REVIEWER')]
    const url = 'https://www.yna.co.kr/view/AKR20250101000100017'
    const results = await Promise.all([createSource.execute(a, sourceForm({ url })), createSource.execute(b, sourceForm({ url }))])
    expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'ok'])
    const row = await db().source.findUniqueOrThrow({ where: { url } })
    expect(results.find((r) => r.status === 'conflict')).toMatchObject({ current: { existingSource: { id: row.id } } })
  })

  it('keeps sources without a URL apart (print reports, interviews)', async () => {
    const editor = await makeUser('EDITOR')
    await created(await createSource.execute(editor, sourceForm({ url: '' })))
    await created(await createSource.execute(editor, sourceForm({ url: '' })))
  })

  it('answers bad input with bilingual field errors', async () => {
    const editor = await makeUser('EDITOR')
    const result = await createSource.execute(editor, {
      kind: 'MAGAZINE',
      title: ' ',
      publisher: '',
      url: 'ftp://files.example.org/report.pdf',
      published: '2024-02-30',
      accessedAt: '02/05/2025',
      language: 'Korean!',
    })
    if (result.status !== 'invalid') throw new Error(result.status)
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['accessedAt', 'kind', 'language', 'published', 'publisher', 'title', 'url'])
    expect(result.fieldErrors.url[0]).toMatch(/^웹 주소를 확인하세요\. Only http:\/\/ and https:\/\//)
    expect(result.fieldErrors.published).toEqual(['없는 날짜입니다. Not a real date.'])
    const credentials = await createSource.execute(editor, sourceForm({ url: 'https://user:secret@example.org/x' }))
    expect(credentials.status === 'invalid' && credentials.fieldErrors.url[0]).toContain('Remove the user name and password')
  })
})

describe('editing a source', () => {
  it('saves against the version the editor loaded, and refuses a stale version without writing', async () => {
    const [editor, other] = [await makeUser('EDITOR'), await makeUser('EDITOR')]
    const source = await created(await createSource.execute(editor, sourceForm()))
    const first = await updateSource.execute(other, { ...sourceForm({ url: source.url! }), title: '먼저 고침', sourceId: source.id, version: '1' })
    expect(first).toMatchObject({ status: 'ok', data: { title: '먼저 고침', version: 2 } })

    const stale = await updateSource.execute(editor, { ...sourceForm({ url: source.url! }), title: '늦게 고침', sourceId: source.id, version: '1' })
    expect(stale).toMatchObject({ status: 'conflict', current: { title: '먼저 고침', version: 2 } })
    expect(await db().source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: '먼저 고침', version: 2 })

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'source.update', entityId: source.id } })
    expect(audit).toMatchObject({ actorId: other.id, data: { before: { title: source.title, version: 1 }, after: { title: '먼저 고침', version: 2 } } })
  })

  it('refuses a URL that another source has; another URL has no current copy, and the old copy stays', async () => {
    const editor = await makeUser('EDITOR')
    const taken = await created(await createSource.execute(editor, sourceForm()))
    const source = await created(await createSource.execute(editor, sourceForm()))
    await pasteArchiveText.execute(editor, { sourceId: source.id, text: '보관된 본문' })

    const clash = await updateSource.execute(editor, { ...sourceForm(), url: `${taken.url}/`, sourceId: source.id, version: '1' })
    expect(clash).toMatchObject({ status: 'conflict', current: { existingSource: { id: taken.id } } })

    // The same address respelled keeps the current copy; another address starts without one, keeping the copy itself.
    const current = { include: { currentCopy: true, copies: true } } as const
    await updateSource.execute(editor, { ...sourceForm(), url: `${source.url}/?utm_source=x`, sourceId: source.id, version: '1' })
    expect(await db().source.findUniqueOrThrow({ where: { id: source.id }, ...current })).toMatchObject({ url: source.url, currentCopy: { text: '보관된 본문' } })
    await updateSource.execute(editor, { ...sourceForm(), url: 'https://example.org/moved', sourceId: source.id, version: '2' })
    const moved = await db().source.findUniqueOrThrow({ where: { id: source.id }, ...current })
    expect(moved).toMatchObject({ url: 'https://example.org/moved', currentCopyId: null })
    expect(moved.copies).toEqual([expect.objectContaining({ text: '보관된 본문', url: source.url })])
  })

  it('keeps the archived copy when a save leaves the URL as it was', async () => {
    const editor = await makeUser('EDITOR')
    const seeded = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-CRFM' } })
    const copy = await giveCopy(seeded.id, { text: 'copy' })
    const result = await updateSource.execute(editor, {
      kind: seeded.kind,
      title: seeded.title,
      publisher: seeded.publisher,
      url: 'https://CRFM.stanford.edu/ecosystem-graphs/', // the same address, spelt differently
      sourceId: seeded.id,
      version: String(seeded.version),
    })
    expect(result.status).toBe('ok')
    expect(await db().source.findUniqueOrThrow({ where: { id: seeded.id } })).toMatchObject({
      url: 'https://crfm.stanford.edu/ecosystem-graphs',
      currentCopyId: copy.id,
    })
  })

  it('reports a missing source as an error, not a crash', async () => {
    const editor = await makeUser('EDITOR')
    expect(await updateSource.execute(editor, { ...sourceForm(), sourceId: 'no-such-id', version: '1' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('No such source'),
    })
  })
})

describe('pasting an archived copy', () => {
  it('stores the text with the SHA-256 of its UTF-8 bytes and audits hash and length, not the text', async () => {
    const editor = await makeUser('EDITOR')
    const source = await created(await createSource.execute(editor, sourceForm()))
    const result = await pasteArchiveText.execute(editor, { sourceId: source.id, text: '한국은 2023년에 주목할 만한 모델이 없었다.' })
    expect(result.status).toBe('ok')
    const row = await db().archivedCopy.findFirstOrThrow({ where: { sourceId: source.id } })
    expect(row.sha256).toBe(createHash('sha256').update('한국은 2023년에 주목할 만한 모델이 없었다.', 'utf8').digest('hex'))
    expect(row.takenAt).toBeInstanceOf(Date)
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'source.pasteArchive', entityId: source.id } })
    expect(audit.data).toMatchObject({ after: { currentCopy: { id: row.id, sha256: row.sha256, method: 'PASTED' }, characters: 26 } })
    expect(JSON.stringify(audit.data)).not.toContain('주목할')
  })
})

describe('library queries', () => {
  it('searches title, publisher and URL, filters by kind and pages through the results', async () => {
    const byTitle = await listSources({ q: 'ai index', page: 1 })
    expect(byTitle.items.map((s) => s.title)).toEqual(expect.arrayContaining([expect.stringMatching(/AI Index/i)]))

    const korean = await listSources({ q: '과학기술정보통신부', page: 1 })
    expect(korean.items.length).toBeGreaterThan(0)
    for (const item of korean.items) expect(`${item.title} ${item.publisher}`).toContain('과학기술정보통신부')

    const pasted = await listSources({ q: 'https://epoch.ai/data/notable-ai-models/?utm_source=newsletter', page: 1 })
    expect(pasted.items.map((s) => s.url)).toEqual(['https://epoch.ai/data/notable-ai-models'])

    const datasets = await listSources({ kind: 'DATASET', page: 1 })
    expect(datasets.total).toBeGreaterThan(0)
    expect(new Set(datasets.items.map((s) => s.kind))).toEqual(new Set(['DATASET']))

    const all = await listSources({ page: 1 }, 3)
    const second = await listSources({ page: 2 }, 3)
    expect(all.pageCount).toBe(Math.ceil(all.total / 3))
    expect(second.items).toHaveLength(3)
    expect(second.items.map((s) => s.id)).not.toEqual(expect.arrayContaining(all.items.map((s) => s.id)))
  })

  it('searches for an address no source may be saved under (one with credentials) as plain text, without failing', async () => {
    const found = await listSources({ q: 'https://user:secret@epoch.ai/data/notable-ai-models', page: 1 })
    expect(found.items).toEqual([])
    expect((await listSources({ q: 'https://epoch.ai@evil.example/x', page: 1 })).total).toBe(0)
  })

  it('shows a source with the claims that use it as evidence and as an appearance', async () => {
    const seeded = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-EPOCH' } })
    const details = await getSource(seeded.id)
    const [evidence, appearances] = await Promise.all([
      db().evidence.count({ where: { sourceId: seeded.id } }),
      db().appearance.count({ where: { sourceId: seeded.id } }),
    ])
    expect(evidence + appearances).toBeGreaterThan(0)
    expect(details?.evidence).toHaveLength(evidence)
    expect(details?.appearances).toHaveLength(appearances)
    for (const item of [...details!.evidence, ...details!.appearances]) expect(item.claim.shortId).toMatch(/^[a-z0-9]{7}$/)
    expect(await getSource('no-such-id')).toBeNull()
  })
})
