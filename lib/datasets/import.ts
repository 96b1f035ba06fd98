// Importing a CSV as a dataset snapshot: all-or-nothing, streamed, with every bad row reported.
//
// A 100,000-row file takes longer than the action pipeline's 20-second interactive transaction allows, and holding a
// Prisma interactive transaction (and a pooled connection) for the length of an upload is what the pipeline's
// timeout exists to prevent. So the import is two steps:
//   1. prepareImport, through the pipeline: permission ('source.edit'), input check, and the source must exist and
//      be a DATASET source. A refused caller never gets a byte read.
//   2. writeSnapshot, on a dedicated `pg` client in ONE transaction: the snapshot row, then the rows in batched
//      multi-row INSERTs as the file streams in, then the hash and row count, the re-check flags and the audit
//      events, then COMMIT. Any bad row, syntax error, size overrun or failure means ROLLBACK: no snapshot, no rows,
//      no flags. Reading carries on after the first bad row (without writing) so the editor gets every bad line in
//      one go, up to MAX_LISTED_BAD_ROWS listed.
// Memory stays flat: one batch of rows, the parser's buffer and the bad-row list (capped) are all that is held.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { defineAction, defineSteps, type ActionResult } from '../actions/pipeline'
import { can } from '../auth/permissions'
import type { Actor } from '../auth/session'
import { serverEnv } from '../env'
import { UserError } from '../errors'
import { NO_SUCH_SOURCE } from '../sources/actions'
import { SOURCES_PATH, sourcePath } from '../sources/paths'
import { datasetFormat, mapHeader, parseRow, type DatasetFormatId, type DatasetRowValues } from './format'
import { snapshotsPath } from './paths'
import { flagClaimsForRecheck, recheckReason } from './recheck'
import { importDatasetInput, MAX_IMPORT_BYTES } from './schema'
import { CsvSyntaxError, FileTooLargeError, readCsv, type ByteSource } from './stream'

export const MAX_LISTED_BAD_ROWS = 100
/** 7 parameters a row; PostgreSQL allows 65,535 a statement. 1,000 rows keeps statements and memory small. */
const DEFAULT_BATCH_ROWS = 1000

export const IMPORT_FAILED = '가져오지 못했습니다. 아무것도 저장되지 않았습니다. The import failed; nothing was saved.'

export const NOT_A_DATASET = '데이터셋 출처에만 가져올 수 있습니다. Only a DATASET source can take an import.'

export interface BadRow {
  line: number
  reason: string
}

export interface ImportSummary {
  snapshotId: string
  sourceId: string
  format: DatasetFormatId
  fileName: string
  sha256: string
  bytes: number
  rowCount: number
  asOf: Date
  importedAt: Date
  /** Rows that count in no year (no date) or no country (empty cell), and dates given as a month or year only. */
  notes: { undated: number; noCountry: number; monthOnly: number; yearOnly: number }
  flaggedClaimIds: string[]
}

export type ImportResult =
  | ActionResult<ImportSummary>
  | { status: 'rejected'; message: string; badRows: BadRow[]; badRowCount: number }

const REJECTED = (count: number) =>
  `잘못된 행이 ${count.toLocaleString('en')}개 있어 아무것도 가져오지 않았습니다. ` +
  `${count.toLocaleString('en')} bad row${count === 1 ? '' : 's'}; nothing was imported. Fix the file and import it again.`

// ---------------------------------------------------------------------------------------------------------------
// Step 1: who may, and onto what.

export const prepareImport = defineAction({
  name: 'datasets.import',
  permission: 'source.edit',
  input: importDatasetInput,
  async run({ tx, input }) {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, kind: true } })
    if (!source) throw new UserError(NO_SUCH_SOURCE)
    if (source.kind !== 'DATASET') throw new UserError(NOT_A_DATASET)
    return input
  },
})

// ---------------------------------------------------------------------------------------------------------------
// Step 2: the streamed, all-or-nothing write.

export interface WriteParams {
  sourceId: string
  format: DatasetFormatId
  fileName: string
  asOf: Date
  /** Null for the benchmark, which imports as nobody; otherwise re-checked inside the transaction. */
  actor: Pick<Actor, 'id'> | null
}

export interface WriteOptions {
  maxBytes?: number
  batchRows?: number
}

/** Refusals found inside the transaction; their message reaches the editor. */
class ImportRefused extends UserError {}

const iso = (date: Date) => date.toISOString().slice(0, 10)

export async function writeSnapshot(
  client: pg.ClientBase,
  params: WriteParams,
  body: ByteSource,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const format = datasetFormat(params.format)
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS
  const snapshotId = randomUUID()
  const badRows: BadRow[] = []
  let badRowCount = 0
  const bad = (line: number, reason: string) => {
    badRowCount++
    if (badRows.length < MAX_LISTED_BAD_ROWS) badRows.push({ line, reason })
  }
  const notes = { undated: 0, noCountry: 0, monthOnly: 0, yearOnly: 0 }
  let rowCount = 0
  let batch: { line: number; row: DatasetRowValues }[] = []

  const flush = async () => {
    if (!batch.length) return
    await insertRows(client, snapshotId, batch)
    batch = []
  }

  await client.query('BEGIN')
  try {
    // Within the transaction, so the answers hold until COMMIT: the source stays a DATASET source (FOR SHARE blocks
    // a concurrent kind change or delete), and a caller deactivated during the upload is refused.
    const source = await client.query<{ kind: string; title: string }>('SELECT kind, title FROM sources WHERE id = $1 FOR SHARE', [params.sourceId])
    if (!source.rows[0]) throw new ImportRefused(NO_SUCH_SOURCE)
    if (source.rows[0].kind !== 'DATASET') throw new ImportRefused(NOT_A_DATASET)
    if (params.actor) {
      const user = await client.query<{ role: 'ADMIN' | 'EDITOR' | 'REVIEWER'; active: boolean }>('SELECT role, active FROM users WHERE id = $1', [params.actor.id])
      if (!can(user.rows[0], 'source.edit')) throw new ImportRefused('이 작업을 할 권한이 없습니다. You are not allowed to do this.')
    }
    // Placeholder hash and count: both are known only once the last byte has passed.
    await client.query(
      `INSERT INTO dataset_snapshots (id, source_id, format, file_name, file_sha256, row_count, as_of, imported_by_id)
       VALUES ($1, $2, $3, $4, '', 0, $5::date, $6)`,
      [snapshotId, params.sourceId, params.format, params.fileName, iso(params.asOf), params.actor?.id ?? null],
    )

    const reader = readCsv(body, { maxBytes: options.maxBytes ?? MAX_IMPORT_BYTES })
    let header: ReturnType<typeof mapHeader> | undefined
    try {
      for await (const record of reader.records) {
        if (!header) {
          header = mapHeader(format, record.cells)
          if (!header.ok) {
            bad(record.line, header.reason)
            break // without a header no row can be read
          }
          continue
        }
        if (!header.ok) break
        const parsed = parseRow(format, header.map, record.cells, header.columnCount)
        if (!parsed.ok) {
          bad(record.line, parsed.reason)
          continue
        }
        rowCount++
        const { row } = parsed
        if (!row.publicationDate) notes.undated++
        if (row.datePrecision === 'MONTH') notes.monthOnly++
        if (row.datePrecision === 'YEAR') notes.yearOnly++
        if (!row.countries.length) notes.noCountry++
        // After the first bad row nothing more is written (it would be rolled back); reading goes on to report.
        if (badRowCount === 0) {
          batch.push({ line: record.line, row })
          if (batch.length >= batchRows) await flush()
        }
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error
      bad(error.line, error.reason)
    }
    if (!header) bad(1, '파일이 비었습니다. The file is empty (no header row).')
    else if (header.ok && rowCount === 0 && badRowCount === 0) bad(2, '데이터 행이 없습니다. The file has a header but no rows.')

    if (badRowCount > 0) {
      await client.query('ROLLBACK')
      return { status: 'rejected', message: REJECTED(badRowCount), badRows, badRowCount }
    }
    await flush()

    const { sha256, bytes } = reader.digest()
    // The same file for the same date twice is a double click or a mix-up, not a new snapshot.
    const twin = await client.query('SELECT 1 FROM dataset_snapshots WHERE source_id = $1 AND file_sha256 = $2 AND as_of = $3::date', [
      params.sourceId,
      sha256,
      iso(params.asOf),
    ])
    if (twin.rowCount) {
      throw new ImportRefused(
        `이 파일은 같은 기준일(${iso(params.asOf)})로 이미 가져왔습니다. This file was already imported with the as-of date ${iso(params.asOf)}.`,
      )
    }
    const saved = await client.query<{ imported_at: Date }>(
      'UPDATE dataset_snapshots SET file_sha256 = $2, row_count = $3 WHERE id = $1 RETURNING imported_at',
      [snapshotId, sha256, rowCount],
    )
    const reason = recheckReason({ sourceTitle: source.rows[0].title, asOf: params.asOf, rowCount })
    const flaggedClaimIds = await flagClaimsForRecheck(client, {
      sourceId: params.sourceId,
      snapshotId,
      reason,
      actorId: params.actor?.id ?? null,
    })
    const summary: ImportSummary = {
      snapshotId,
      sourceId: params.sourceId,
      format: params.format,
      fileName: params.fileName,
      sha256,
      bytes,
      rowCount,
      asOf: params.asOf,
      importedAt: saved.rows[0].imported_at,
      notes,
      flaggedClaimIds,
    }
    await client.query(
      `INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, data) VALUES ($1, $2, 'dataset.import', 'datasetSnapshot', $3, $4)`,
      [randomUUID(), params.actor?.id ?? null, snapshotId, JSON.stringify({ after: summary })],
    )
    await client.query('COMMIT')
    return { status: 'ok', data: summary, revalidate: [SOURCES_PATH, sourcePath(params.sourceId), snapshotsPath(params.sourceId)] }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    if (error instanceof ImportRefused || error instanceof FileTooLargeError) return { status: 'error', message: error.message }
    throw error
  }
}

async function insertRows(client: pg.ClientBase, snapshotId: string, batch: { line: number; row: DatasetRowValues }[]) {
  const values: unknown[] = [snapshotId]
  const tuples = batch.map(({ line, row }, index) => {
    const at = 2 + index * 6
    // Dates as text: pg would render a Date in the server process's time zone and could shift the day.
    values.push(line, row.model, row.organization, row.publicationDate ? iso(row.publicationDate) : null, row.notability, row.countries)
    return `($1, $${at}, $${at + 1}, $${at + 2}, $${at + 3}::date, $${at + 4}, $${at + 5}::text[])`
  })
  await client.query(
    `INSERT INTO dataset_rows (snapshot_id, line_number, model, organization, publication_date, notability, countries) VALUES ${tuples.join(', ')}`,
    values,
  )
}

// ---------------------------------------------------------------------------------------------------------------
// The two steps together: the rows stream in on a connection of their own, not in the pipeline's transaction.

export const importDataset = defineSteps({
  name: 'datasets.import',
  permission: 'source.edit',
  async steps(actor, raw, body: ByteSource, options: WriteOptions = {}): Promise<ImportResult> {
    const prepared = await prepareImport.execute(actor, raw)
    if (prepared.status !== 'ok') return prepared
    const client = new pg.Client({ connectionString: serverEnv().DATABASE_URL })
    await client.connect()
    try {
      return await writeSnapshot(client, { ...prepared.data, actor }, body, options)
    } catch (error) {
      console.error('Dataset import failed:', error)
      return { status: 'error', message: IMPORT_FAILED }
    } finally {
      await client.end()
    }
  },
})
