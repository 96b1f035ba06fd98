// Dataset imports against a real PostgreSQL: the shipped sample file, bad files (nothing may be written), the
// derived series, re-check flags, who may import, and the upload route. Each import runs in its own transaction on
// its own connection (lib/datasets/import.ts), so "nothing written" is checked by reading the tables back.
import { createHash } from 'node:crypto'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { importDataset, NOT_A_DATASET, type ImportResult, type ImportSummary } from '../../lib/datasets/import'
import { countByCountryAndYear, countByYear, countInYear, cumulativeAsOf, describeDerived } from '../../lib/datasets/series'
import { db } from '../../lib/db/client'
import { everyCaller, makeUser } from '../support/users'

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
}))
// The route revalidates desk pages; outside a Next server there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))
const { POST } = await import('../../app/(desk)/desk/sources/[id]/import/route')
const { default: SnapshotsPage } = await import('../../app/(desk)/desk/sources/[id]/snapshots/page')
const { DatasetImportPanel } = await import('../../components/desk/DatasetImportPanel')

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../../prisma/seed/epoch-notable-models-sample.csv'))
const KOREA = 'Korea (Republic of)'
const USA = 'United States of America'
const HEADER = 'Model,Organization,Publication date,Country (of organization)\n'

let counter = 0
async function datasetSource(kind: 'DATASET' | 'NEWS' = 'DATASET') {
  counter++
  return db().source.create({ data: { kind, publisher: 'Epoch AI (test)', title: `Notable models ${counter}`, url: `https://example.org/epoch/${counter}` } })
}

const stream = (bytes: Buffer | string) => Readable.from([Buffer.from(bytes)])

function input(sourceId: string, asOf = '2025-04-10', fileName = 'notable_ai_models.csv') {
  return { sourceId, asOf, fileName }
}

function expectOk(result: ImportResult): ImportSummary {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`)
  return result.data
}

async function written(sourceId: string) {
  const snapshots = await db().datasetSnapshot.count({ where: { sourceId } })
  const rows = await db().datasetRow.count({ where: { snapshot: { sourceId } } })
  const audits = await db().auditEvent.count({ where: { action: 'dataset.import', data: { path: ['after', 'sourceId'], equals: sourceId } } })
  return { snapshots, rows, audits }
}

let editor: Actor
beforeEach(async () => {
  editor = await makeUser('EDITOR')
})

describe('importing the sample file', () => {
  it('stores a snapshot with hash, row count, as-of and who, and every row with its line', async () => {
    const source = await datasetSource()
    const summary = expectOk(await importDataset.execute(editor, input(source.id), stream(SAMPLE)))

    const snapshot = await db().datasetSnapshot.findUniqueOrThrow({ where: { id: summary.snapshotId } })
    expect(snapshot).toMatchObject({
      sourceId: source.id,
      format: 'epoch-notable-models',
      fileName: 'notable_ai_models.csv',
      fileSha256: createHash('sha256').update(SAMPLE).digest('hex'),
      rowCount: 30,
      asOf: new Date('2025-04-10T00:00:00Z'),
      importedById: editor.id,
    })
    expect(summary).toMatchObject({ rowCount: 30, bytes: SAMPLE.length, notes: { undated: 1, noCountry: 1, monthOnly: 3, yearOnly: 1 } })
    expect(await db().datasetRow.count({ where: { snapshotId: snapshot.id } })).toBe(30)

    const quoted = await db().datasetRow.findFirstOrThrow({ where: { snapshotId: snapshot.id, model: 'Sample-Model-22' } })
    expect(quoted).toMatchObject({ lineNumber: 23, organization: 'Sample Lab North, Inc.', publicationDate: new Date('2024-12-11T00:00:00Z'), countries: [USA] })
    const after = await db().datasetRow.findFirstOrThrow({ where: { snapshotId: snapshot.id, model: 'Sample-Model-23' } })
    expect(after.lineNumber).toBe(25)
    const yearOnly = await db().datasetRow.findFirstOrThrow({ where: { snapshotId: snapshot.id, model: 'Sample-Model-21' } })
    expect(yearOnly.publicationDate).toEqual(new Date('2024-01-01T00:00:00Z'))

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'dataset.import', entityId: snapshot.id } })
    expect(audit).toMatchObject({ actorId: editor.id, entityType: 'datasetSnapshot' })
  })

  it('counts a multi-country row once for each of its countries', async () => {
    const source = await datasetSource()
    const { snapshotId } = expectOk(await importDataset.execute(editor, input(source.id), stream(SAMPLE)))
    const row = await db().datasetRow.findFirstOrThrow({ where: { snapshotId, model: 'Sample-Model-08' } })
    expect(row.countries).toEqual([KOREA, USA])

    const table = await countByCountryAndYear(db(), snapshotId)
    const cell = (country: string, year: number) => table.find((c) => c.country === country && c.year === year)?.count ?? 0
    expect(cell(KOREA, 2022)).toBe(1)
    expect(cell(USA, 2022)).toBe(2) // Sample-Model-08 (with Korea) and Sample-Model-10
    expect(cell('United Kingdom of Great Britain and Northern Ireland', 2021)).toBe(1) // Sample-Model-06, with the US
    expect(cell('China', 2023)).toBe(2) // Sample-Model-15 is China and the US
  })

  it('derives the series the sample was made for: Korea 0 in 2023, 1 in 2024, 4 cumulative', async () => {
    const source = await datasetSource()
    const { snapshotId } = expectOk(await importDataset.execute(editor, input(source.id), stream(SAMPLE)))

    expect(await countByYear(db(), snapshotId, KOREA)).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 1 },
      { year: 2023, count: 0 },
      { year: 2024, count: 1 },
      { year: 2025, count: 1 },
    ])
    expect((await countInYear(db(), { country: KOREA, year: 2023, snapshotId }))?.value).toBe(0)
    const in2024 = await countInYear(db(), { country: KOREA, year: 2024, sourceId: source.id })
    expect(in2024).toMatchObject({ value: 1, snapshotId, asOf: new Date('2025-04-10T00:00:00Z') })
    expect(describeDerived(in2024!, 'Korea', 'in 2024').en).toBe(`The ${source.title} snapshot of 2025-04-10 gives 1 for Korea in 2024`)
    expect((await cumulativeAsOf(db(), { country: KOREA, asOf: new Date('2025-04-10T00:00:00Z'), snapshotId }))?.value).toBe(4)
    expect((await cumulativeAsOf(db(), { country: KOREA, asOf: new Date('2023-12-31T00:00:00Z'), snapshotId }))?.value).toBe(2)
  })

  it('the newest snapshot of the source answers, and not another source’s', async () => {
    const source = await datasetSource()
    const other = await datasetSource()
    const older = expectOk(await importDataset.execute(editor, input(source.id, '2025-01-01'), stream(SAMPLE)))
    const newer = `${HEADER}Sample-Model-90,Lab,2024-05-05,${KOREA}\nSample-Model-91,Lab,2024-06-06,${KOREA}\n`
    const latest = expectOk(await importDataset.execute(editor, input(source.id, '2025-06-01'), stream(newer)))
    expectOk(await importDataset.execute(editor, input(other.id, '2026-01-01'), stream(SAMPLE)))

    expect(await countInYear(db(), { country: KOREA, year: 2024, sourceId: source.id })).toMatchObject({ value: 2, snapshotId: latest.snapshotId })
    expect(await countInYear(db(), { country: KOREA, year: 2024, snapshotId: older.snapshotId })).toMatchObject({ value: 1 })
  })

  it('refuses the same file for the same as-of date twice, and keeps the first', async () => {
    const source = await datasetSource()
    expectOk(await importDataset.execute(editor, input(source.id), stream(SAMPLE)))
    const again = await importDataset.execute(editor, input(source.id), stream(SAMPLE))
    expect(again).toMatchObject({ status: 'error', message: expect.stringContaining('already imported') })
    expect(await written(source.id)).toEqual({ snapshots: 1, rows: 30, audits: 1 })
  })
})

describe('bad files: every bad row reported, nothing written', () => {
  it('lists bad rows with line numbers and reasons, and writes no snapshot, rows or audit event', async () => {
    const source = await datasetSource()
    const file =
      HEADER +
      'Good-1,Lab,2024-01-02,China\n' + // line 2
      ',Lab,2024-01-02,China\n' + // 3: no model
      'Bad-date,Lab,2024-02-30,China\n' + // 4: not a real date
      '"Multi\nline",Lab,someday,China\n' + // 5-6: starts on 5
      'Short,Lab\n' + // 7: too few fields
      'Good-2,Lab,2024,France\n'
    const result = await importDataset.execute(editor, input(source.id), stream(file))
    expect(result.status).toBe('rejected')
    if (result.status !== 'rejected') return
    expect(result.badRowCount).toBe(4)
    expect(result.badRows.map((row) => row.line)).toEqual([3, 4, 5, 7])
    expect(result.badRows[0].reason).toContain('“Model” is empty')
    expect(result.badRows[1].reason).toContain('Not a real date')
    expect(result.badRows[2].reason).toContain('“someday”')
    expect(result.badRows[3].reason).toContain('Has 2 fields; the header has 4')
    expect(result.message).toContain('nothing was imported')
    expect(await written(source.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
  })

  it('rolls back batches already inserted when the bad row comes late, and caps the list at 100', async () => {
    const source = await datasetSource()
    const good = Array.from({ length: 50 }, (_, i) => `Good-${i},Lab,2024-01-01,China\n`).join('')
    const bad = Array.from({ length: 150 }, (_, i) => `Bad-${i},Lab,not-a-date,China\n`).join('')
    const result = await importDataset.execute(editor, input(source.id), stream(HEADER + good + bad), { batchRows: 10 })
    expect(result).toMatchObject({ status: 'rejected', badRowCount: 150 })
    if (result.status !== 'rejected') return
    expect(result.badRows).toHaveLength(100)
    expect(result.badRows[0].line).toBe(52)
    expect(await written(source.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
  })

  it('reports missing columns on line 1, an unclosed quote with its line, an empty file', async () => {
    const source = await datasetSource()
    const noCountry = await importDataset.execute(editor, input(source.id), stream('Model,Organization,Publication date\nA,B,2024\n'))
    expect(noCountry).toMatchObject({ status: 'rejected', badRows: [{ line: 1, reason: expect.stringContaining('Country (of organization)') }] })

    const unclosed = await importDataset.execute(editor, input(source.id), stream(`${HEADER}A,Lab,2024,China\n"B,Lab,2024,China\nC,Lab,2024,China\n`))
    expect(unclosed).toMatchObject({ status: 'rejected', badRows: [{ reason: expect.stringContaining('never closed') }] })

    expect(await importDataset.execute(editor, input(source.id), stream(''))).toMatchObject({ status: 'rejected', badRows: [{ line: 1 }] })
    expect(await importDataset.execute(editor, input(source.id), stream(HEADER))).toMatchObject({ status: 'rejected', badRows: [{ line: 2 }] })
    expect(await written(source.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
  })

  it('stops a file over the size limit and writes nothing', async () => {
    const source = await datasetSource()
    const result = await importDataset.execute(editor, input(source.id), stream(SAMPLE), { maxBytes: 1000, batchRows: 2 })
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('larger than') })
    expect(await written(source.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
  })

  it('refuses an as-of date that is not a date, before reading the file', async () => {
    const source = await datasetSource()
    const result = await importDataset.execute(editor, input(source.id, '2025-02-30'), stream(SAMPLE))
    expect(result).toMatchObject({ status: 'invalid', fieldErrors: { asOf: [expect.stringContaining('Not a real date')] } })
  })
})

describe('re-check flags', () => {
  /** A claim whose quantity at `position` is on the metric (none when no metric); any other figure on none. */
  async function claimOn(metric: { id: string } | null, definitionId: string | null = null, position = 0) {
    counter++
    const onMetric = { position, metricId: metric?.id ?? null, metricDefinitionId: definitionId, value: '1', unit: 'models' }
    const quantities = metric ? (position > 0 ? [{ position: 0, value: '2', unit: 'x' }, onMetric] : [onMetric]) : []
    return db().claim.create({
      data: { shortId: `ds${String(counter).padStart(5, "0")}`, slug: `claim-${counter}`, text: `주장 ${counter}`, quantities: { create: quantities } },
    })
  }

  it('flags claims on dataset-derived metrics defined by this source, with the reason in words', async () => {
    const source = await datasetSource()
    const otherSource = await datasetSource()
    const derived = await db().metric.create({ data: { slug: `korea-notable-${counter}`, nameKo: '한국 주목할 모델 수', nameEn: 'Korea notable models', unit: 'models', datasetCountry: KOREA } })
    const ours = await db().metricDefinition.create({ data: { metricId: derived.id, name: 'Epoch notable', sourceId: source.id } })
    const theirs = await db().metricDefinition.create({ data: { metricId: derived.id, name: 'CRFM graphs', sourceId: otherSource.id } })
    const manual = await db().metric.create({ data: { slug: `gpus-${counter}`, nameKo: 'GPU 수', nameEn: 'GPUs', unit: 'GPUs' } })
    await db().metricDefinition.create({ data: { metricId: manual.id, name: 'Epoch notable', sourceId: source.id } })

    const byOurDefinition = await claimOn(derived, ours.id)
    const noDefinition = await claimOn(derived)
    // A claim's second figure counts as much as its first.
    const bySecondFigure = await claimOn(derived, ours.id, 1)
    const byTheirDefinition = await claimOn(derived, theirs.id)
    const notDerived = await claimOn(manual)
    const noMetric = await claimOn(null)
    const merged = await claimOn(derived, ours.id)
    await db().claim.update({ where: { id: merged.id }, data: { duplicateOfId: byOurDefinition.id } })

    const summary = expectOk(await importDataset.execute(editor, input(source.id), stream(SAMPLE)))
    expect(summary.flaggedClaimIds).toEqual([byOurDefinition.id, noDefinition.id, bySecondFigure.id].sort())

    const flagged = await db().claim.findUniqueOrThrow({ where: { id: byOurDefinition.id } })
    expect(flagged).toMatchObject({ needsRecheck: true, version: byOurDefinition.version })
    expect(flagged.recheckReason).toContain('2025-04-10')
    expect(flagged.recheckReason).toContain(source.title)
    for (const claim of [byTheirDefinition, notDerived, noMetric, merged]) {
      expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ needsRecheck: false, recheckReason: null })
    }
    expect(await db().auditEvent.count({ where: { action: 'claim.flagRecheck', entityId: byOurDefinition.id, actorId: editor.id } })).toBe(1)
  })

  it('a rejected import flags nothing', async () => {
    const source = await datasetSource()
    const metric = await db().metric.create({ data: { slug: `korea-${counter}`, nameKo: '한국', nameEn: 'Korea', unit: 'models', datasetCountry: KOREA } })
    await db().metricDefinition.create({ data: { metricId: metric.id, name: 'Epoch', sourceId: source.id } })
    const claim = await claimOn(metric)
    const result = await importDataset.execute(editor, input(source.id), stream(`${HEADER}Good,Lab,2024,China\n,Lab,2024,China\n`))
    expect(result.status).toBe('rejected')
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ needsRecheck: false })
  })
})

describe('who may import, and onto what', () => {
  it('every desk role with source.edit imports; a signed-out or deactivated caller is refused', async () => {
    let day = 1
    for (const [who, caller] of await everyCaller()) {
      const source = await datasetSource()
      const result = await importDataset.execute(caller, input(source.id, `2025-04-${String(day++).padStart(2, '0')}`), stream(SAMPLE))
      if (caller === null) {
        expect(result, who).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
        expect(await written(source.id), who).toEqual({ snapshots: 0, rows: 0, audits: 0 })
      } else {
        expect(result.status, who).toBe('ok')
        expect(await written(source.id), who).toEqual({ snapshots: 1, rows: 30, audits: 1 })
      }
    }
    const source = await datasetSource()
    const inactive = await makeUser('ADMIN', { active: false })
    expect(await importDataset.execute(inactive, input(source.id), stream(SAMPLE))).toEqual({ status: 'forbidden', message: NOT_ALLOWED })
    expect(await written(source.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
  })

  it('refuses a source that is not a DATASET, and a missing one', async () => {
    const news = await datasetSource('NEWS')
    expect(await importDataset.execute(editor, input(news.id), stream(SAMPLE))).toEqual({ status: 'error', message: NOT_A_DATASET })
    expect(await written(news.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
    expect(await importDataset.execute(editor, input('missing'), stream(SAMPLE))).toMatchObject({ status: 'error', message: expect.stringContaining('No such source') })
  })
})

describe('the upload route', () => {
  const post = (sourceId: string, body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'text/csv' }, query = 'asOf=2025-04-10&fileName=sample.csv') =>
    POST(new Request(`http://localhost:3000/desk/sources/${sourceId}/import?${query}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit), {
      params: Promise.resolve({ id: sourceId }),
    })

  it('imports a streamed body and answers with the snapshot', async () => {
    session.actor = editor
    const source = await datasetSource()
    const body = Readable.toWeb(stream(SAMPLE)) as ReadableStream<Uint8Array>
    const response = await post(source.id, body, { 'content-type': 'text/csv; charset=utf-8', origin: 'http://localhost:3000' })
    expect(response.status).toBe(201)
    const json = await response.json()
    expect(json).toMatchObject({ status: 'ok', data: { rowCount: 30, fileName: 'sample.csv', asOf: '2025-04-10T00:00:00.000Z' } })
    expect(await written(source.id)).toEqual({ snapshots: 1, rows: 30, audits: 1 })
  })

  it('answers 422 with the bad rows', async () => {
    session.actor = editor
    const source = await datasetSource()
    const response = await post(source.id, `${HEADER}A,Lab,2024-13-01,China\n`)
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ status: 'rejected', badRows: [{ line: 2, reason: expect.stringContaining('2024-13-01') }] })
  })

  it('refuses signed-out callers, other sites, other content types, and missing fields', async () => {
    const source = await datasetSource()
    session.actor = null
    expect((await post(source.id, SAMPLE)).status).toBe(401)
    session.actor = editor
    expect((await post(source.id, SAMPLE, { 'content-type': 'text/csv', origin: 'https://evil.example' })).status).toBe(403)
    expect((await post(source.id, SAMPLE, { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await post(source.id, SAMPLE, { 'content-type': 'text/csv' }, 'fileName=sample.csv')).status).toBe(400)
    session.actor = { ...editor, mustChangePassword: true }
    expect((await post(source.id, SAMPLE)).status).toBe(403)
    expect(await written(source.id)).toEqual({ snapshots: 0, rows: 0, audits: 0 })
  })
})

describe('desk pages', () => {
  it('the snapshots page lists hash, rows, as-of and who, and Korea per year with the zero year', async () => {
    session.actor = editor
    const source = await datasetSource()
    const { sha256 } = expectOk(await importDataset.execute(editor, input(source.id), stream(SAMPLE)))
    const page = renderToString(
      (await SnapshotsPage({ params: Promise.resolve({ id: source.id }), searchParams: Promise.resolve({}) })) as React.ReactElement,
    )
    expect(page).toContain('2025-04-10')
    expect(page).toContain(sha256.slice(0, 12))
    expect(page).toContain('EDITOR user')
    expect(page).toMatch(/2023<\/th><td[^>]*>0<\/td>/)
    expect(page).toMatch(/2024<\/th><td[^>]*>1<\/td>/)
    expect(page.replace(/<!-- -->/g, '').replace(/\s+/g, ' ')).toContain('Cumulative as of 2025-04-10: 4.')
  })

  it('the import panel labels its controls in Korean and English', () => {
    const html = renderToString(createElement(DatasetImportPanel, { sourceId: 'src', canImport: true }))
    for (const label of ['CSV 파일', 'CSV file', '기준일 As-of date', '가져오기 Import']) expect(html).toContain(label)
    expect(renderToString(createElement(DatasetImportPanel, { sourceId: 'src', canImport: false }))).not.toContain('type="file"')
  })
})
