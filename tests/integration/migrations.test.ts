import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { checksumOf, markRolledBack, migrate, MigrationError, readMigrations } from '../../lib/db/migrate'
import { createDatabase, dropDatabase } from '../support/databases'

const serverUrl = inject('serverUrl')
const created: string[] = []

async function emptyDatabase(): Promise<string> {
  const url = await createDatabase(serverUrl, { empty: true })
  created.push(url)
  return url
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

function migrationsDir(migrations: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name))
    writeFileSync(path.join(dir, name, 'migration.sql'), sql)
  }
  return dir
}

interface BookkeepingRow {
  id: string
  checksum: string
  finished_at: Date | null
  migration_name: string
  logs: string | null
  rolled_back_at: Date | null
  started_at: Date
  applied_steps_count: number
}
const bookkeeping = (url: string) =>
  query<BookkeepingRow>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name')

afterEach(async () => {
  await Promise.all(created.splice(0).map((url) => dropDatabase(serverUrl, url)))
})

describe('migration runner', () => {
  it("applies the project's migrations and records them as Prisma does", async () => {
    const url = await emptyDatabase()
    const local = readMigrations()
    expect(await migrate(url)).toEqual(local.map((m) => m.name))

    const rows = await bookkeeping(url)
    expect(rows.map((row) => row.migration_name)).toEqual(local.map((m) => m.name))
    for (const [index, row] of rows.entries()) {
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(row.checksum).toBe(local[index].checksum)
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
      expect(row.applied_steps_count).toBe(1)
      expect(row.logs).toBeNull()
      expect(row.rolled_back_at).toBeNull()
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime())
    }
    // Prisma's own column layout, so `prisma migrate status` can read the table.
    const columns = await query<{ column_name: string; data_type: string; is_nullable: string }>(
      url,
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    )
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'checksum', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', is_nullable: 'YES' },
      { column_name: 'migration_name', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'logs', data_type: 'text', is_nullable: 'YES' },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', is_nullable: 'YES' },
      { column_name: 'started_at', data_type: 'timestamp with time zone', is_nullable: 'NO' },
      { column_name: 'applied_steps_count', data_type: 'integer', is_nullable: 'NO' },
    ])
  })

  it('applies nothing the second time', async () => {
    const url = await emptyDatabase()
    await migrate(url)
    expect(await migrate(url)).toEqual([])
    expect(await bookkeeping(url)).toHaveLength(readMigrations().length)
  })

  it('rolls a failing migration back whole, records the failure, and refuses to go on until it is resolved', async () => {
    const url = await emptyDatabase()
    const good = 'CREATE TABLE first_table (id int);'
    // The first statement succeeds and the second fails: nothing of it may remain.
    const bad = 'CREATE TABLE half_applied (id int);\nINSERT INTO no_such_table VALUES (1);'
    const dir = migrationsDir({ '20260101000000_first': good, '20260102000000_broken': bad, '20260103000000_later': 'CREATE TABLE later_table (id int);' })

    await expect(migrate(url, { dir })).rejects.toThrow(/20260102000000_broken failed and was rolled back: relation "no_such_table" does not exist/)
    const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
    expect(tables.map((t) => t.table_name)).toEqual(['_prisma_migrations', 'first_table'])

    const rows = await bookkeeping(url)
    expect(rows).toHaveLength(2)
    const failed = rows.find((row) => row.migration_name === '20260102000000_broken')!
    expect(failed.finished_at).toBeNull()
    expect(failed.rolled_back_at).toBeNull()
    expect(failed.applied_steps_count).toBe(0)
    expect(failed.logs).toContain('no_such_table')
    expect(failed.checksum).toBe(checksumOf(bad))

    // The next start stops with a clear message and applies nothing after the failure.
    const refusal = migrate(url, { dir })
    await expect(refusal).rejects.toBeInstanceOf(MigrationError)
    await expect(migrate(url, { dir })).rejects.toThrow(/failed earlier.*\n.*no_such_table[\s\S]*--rolled-back 20260102000000_broken/)

    // Fixed and marked rolled back, it applies, and so does the one after it.
    writeFileSync(path.join(dir, '20260102000000_broken', 'migration.sql'), 'CREATE TABLE half_applied (id int);')
    await markRolledBack(url, '20260102000000_broken')
    expect(await migrate(url, { dir })).toEqual(['20260102000000_broken', '20260103000000_later'])
    const after = await bookkeeping(url)
    expect(after.filter((row) => row.migration_name === '20260102000000_broken').map((row) => row.rolled_back_at === null)).toEqual([false, true])
  })

  it('applies each migration once when two runners start together', async () => {
    const url = await emptyDatabase()
    const dir = migrationsDir({ '20260101000000_slow': 'SELECT pg_sleep(0.5); CREATE TABLE once_only (id int);' })
    const results = await Promise.all([migrate(url, { dir }), migrate(url, { dir })])
    expect(results.flat()).toEqual(['20260101000000_slow'])
    expect(await bookkeeping(url)).toHaveLength(1)
  })
})

describe('20261202110000_archived_copies on existing data', () => {
  const MIGRATION = '20261202110000_archived_copies'
  const hash = (letter: string) => letter.repeat(64)

  it('moves each source’s one copy into archived_copies, with how it was taken and by whom, and links the revisions that relied on it', async () => {
    const url = await emptyDatabase()
    // The database as it was before: every migration up to this one.
    const earlier = readMigrations().filter((m) => m.name < MIGRATION)
    const dir = migrationsDir(Object.fromEntries(earlier.map((m) => [m.name, m.sql])))
    await migrate(url, { dir })
    await query(
      url,
      `INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ('u1', 'e@example.org', '김편집', 'x', now());
       INSERT INTO sources (id, kind, publisher, title, url, content_hash, archived_text, archived_at, updated_at) VALUES
         ('fetched', 'NEWS', 'P', 'Fetched', 'https://example.org/a', '${hash('a')}', 'fetched text', '2025-01-01T00:00:00Z', now()),
         ('pasted', 'NEWS', 'P', 'Pasted', 'https://example.org/b', '${hash('b')}', 'pasted text', '2025-01-02T00:00:00Z', now()),
         ('unlogged', 'NEWS', 'P', 'Unlogged', NULL, NULL, 'text without a log', '2025-01-03T00:00:00Z', now()),
         ('none', 'NEWS', 'P', 'No copy', 'https://example.org/d', NULL, NULL, NULL, now());
       INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, data, created_at) VALUES
         ('e1', 'u1', 'source.archive', 'source', 'fetched',
          '{"after": {"contentHash": "${hash('a')}", "finalUrl": "https://example.org/a2", "status": 200, "contentType": "text/html", "bytes": 12}}', '2025-01-01T00:00:01Z'),
         ('e2', 'u1', 'source.archive', 'source', 'pasted', '{"after": {"contentHash": "${hash('c')}", "status": 200}}', '2025-01-01T00:00:00Z'),
         ('e3', 'u1', 'source.pasteArchive', 'source', 'pasted', '{"after": {"contentHash": "${hash('b')}", "characters": 11}}', '2025-01-02T00:00:01Z');
       INSERT INTO rating_scales (id, name) VALUES ('scale', 'Scale');
       INSERT INTO ratings (id, scale_id, position, label_ko, label_en, colour) VALUES ('r1', 'scale', 1, '사실', 'True', '#000000');
       INSERT INTO claims (id, short_id, slug, text, status, updated_at) VALUES ('c1', 'mig0001', 'm', '주장', 'PUBLISHED', now());
       INSERT INTO evidence (id, claim_id, source_id, stance, created_at, updated_at) VALUES
         ('ev1', 'c1', 'fetched', 'SUPPORTS', '2024-12-31T00:00:00Z', now()),
         ('ev2', 'c1', 'pasted', 'SUPPORTS', '2024-12-31T00:00:00Z', now());
       INSERT INTO verdicts (id, claim_id, rating_id, summary, status, updated_at) VALUES ('v1', 'c1', 'r1', 'S', 'PUBLISHED', now());
       -- Published after the fetched copy was taken and before the paste replaced the other source's copy.
       INSERT INTO verdict_revisions (id, verdict_id, number, rating_id, summary, analysis, published_at) VALUES
         ('rev1', 'v1', 1, 'r1', 'S', 'A', '2025-01-01T12:00:00Z');`,
    )

    // This migration alone, whatever later ones exist.
    const through = readMigrations().filter((m) => m.name <= MIGRATION)
    expect(await migrate(url, { dir: migrationsDir(Object.fromEntries(through.map((m) => [m.name, m.sql]))) })).toEqual([MIGRATION])

    const copies = await query<Record<string, unknown>>(
      url,
      `SELECT source_id, method, text, sha256, taken_at, url, final_url, http_status, content_type, bytes, created_by_id
       FROM archived_copies ORDER BY source_id`,
    )
    expect(copies).toEqual([
      {
        source_id: 'fetched', method: 'FETCHED', text: 'fetched text', sha256: hash('a'), taken_at: new Date('2025-01-01T00:00:00Z'),
        url: 'https://example.org/a', final_url: 'https://example.org/a2', http_status: 200, content_type: 'text/html', bytes: 12, created_by_id: 'u1',
      },
      {
        source_id: 'pasted', method: 'PASTED', text: 'pasted text', sha256: hash('b'), taken_at: new Date('2025-01-02T00:00:00Z'),
        url: 'https://example.org/b', final_url: null, http_status: null, content_type: null, bytes: null, created_by_id: 'u1',
      },
      {
        // No log says the server fetched it, so it is not presented as fetched; its hash is computed.
        source_id: 'unlogged', method: 'PASTED', text: 'text without a log', sha256: createHash('sha256').update('text without a log').digest('hex'),
        taken_at: new Date('2025-01-03T00:00:00Z'), url: null, final_url: null, http_status: null, content_type: null, bytes: null, created_by_id: null,
      },
    ])
    const sources = await query<{ id: string; current: string | null }>(
      url,
      `SELECT s.id, c.source_id AS current FROM sources s LEFT JOIN archived_copies c ON c.id = s.current_copy_id ORDER BY s.id`,
    )
    expect(sources).toEqual([
      { id: 'fetched', current: 'fetched' },
      { id: 'none', current: null },
      { id: 'pasted', current: 'pasted' },
      { id: 'unlogged', current: 'unlogged' },
    ])
    // Only the copy that existed at publication counts as cited; the pasted one came later.
    const cited = await query<{ revision_id: string; source_id: string }>(
      url,
      `SELECT rc.revision_id, c.source_id FROM verdict_revision_copies rc JOIN archived_copies c ON c.id = rc.copy_id`,
    )
    expect(cited).toEqual([{ revision_id: 'rev1', source_id: 'fetched' }])
    const columns = await query<{ column_name: string }>(
      url,
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'sources' AND column_name IN ('archived_text', 'content_hash', 'archived_at')`,
    )
    expect(columns).toEqual([])
  })
})
