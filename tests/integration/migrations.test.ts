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
