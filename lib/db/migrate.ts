// Applies the SQL migrations in prisma/migrations, keeping Prisma's `_prisma_migrations` bookkeeping exactly as
// `prisma migrate deploy` would (same table, checksum, timestamps, step counts, advisory lock), so Prisma's own
// commands agree with us wherever its engine is installed. We need our own runner because that engine cannot be
// downloaded on our machines.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { UserError } from '../errors'

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations')

/** The key `prisma migrate` locks on, so our runner and Prisma's exclude each other too. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369

// Prisma's own DDL for its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export class MigrationError extends UserError {}

export interface LocalMigration {
  name: string
  sql: string
  checksum: string
}

/** SHA-256 of the script, hex, as Prisma computes it. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex')
}

export function readMigrations(dir = MIGRATIONS_DIR): LocalMigration[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: checksumOf(sql) }
    })
}

interface AppliedRow {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
  logs: string | null
}

async function withLockedClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY])
    try {
      await client.query(CREATE_MIGRATIONS_TABLE)
      return await work(client)
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY])
    }
  } finally {
    await client.end()
  }
}

/**
 * Applies every pending migration, each in its own transaction. A failing migration is rolled back whole,
 * recorded as failed (as Prisma records it), and stops the run; later runs refuse to go on until it is resolved.
 * Returns the names applied.
 */
export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {})
  const local = readMigrations(options.dir)
  return withLockedClient(databaseUrl, async (client) => {
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
    )
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null)
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and nothing after it was applied.\n` +
          `Its error: ${failed.logs ?? '(none recorded)'}\n` +
          `It was rolled back whole. Fix the migration, then mark the failure resolved with ` +
          `\`npm run db:migrate -- --rolled-back ${failed.migration_name}\` and start again.`,
      )
    }
    const applied = new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]))
    for (const migration of local) {
      const row = applied.get(migration.name)
      if (row && row.checksum !== migration.checksum) {
        log(`Warning: migration ${migration.name} was changed after it was applied (checksum differs).`)
      }
    }

    const done: string[] = []
    for (const migration of local.filter((m) => !applied.has(m.name))) {
      const id = randomUUID()
      const { rows: [{ now: startedAt }] } = await client.query<{ now: Date }>('SELECT clock_timestamp() AS now')
      try {
        await client.query('BEGIN')
        await client.query(migration.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, $4, 1)`,
          [id, migration.checksum, migration.name, startedAt],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        const message = error instanceof Error ? error.message : String(error)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
           VALUES ($1, $2, NULL, $3, $4, $5, 0)`,
          [id, migration.checksum, migration.name, `Database error: ${message}`, startedAt],
        )
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back: ${message}\n` +
            `Fix it, then run \`npm run db:migrate -- --rolled-back ${migration.name}\` and start again.`,
        )
      }
      log(`Applied migration ${migration.name}`)
      done.push(migration.name)
    }
    return done
  })
}

/** `prisma migrate resolve --rolled-back NAME`: marks a failed migration as rolled back so it can be retried. */
export async function markRolledBack(databaseUrl: string, name: string): Promise<void> {
  await withLockedClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now()
       WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [name],
    )
    if (!rowCount) throw new MigrationError(`No failed migration named ${name} is recorded.`)
  })
}
