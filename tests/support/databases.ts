import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const TEMPLATE_DATABASE = 'claim_tracker_test_template'

/** The same server and credentials, another database. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A new database: a copy of the migrated template, or empty. Returns its URL. */
export async function createDatabase(serverUrl: string, options: { empty?: boolean } = {}): Promise<string> {
  const name = `claim_tracker_test_${randomBytes(6).toString('hex')}`
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${options.empty ? ' TEMPLATE template0' : ` TEMPLATE "${TEMPLATE_DATABASE}"`}`)
  return databaseUrl(serverUrl, name)
}

export async function dropDatabase(serverUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1)
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
