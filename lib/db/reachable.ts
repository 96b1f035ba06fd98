import pg from 'pg'
import { UserError } from '../errors'

export class DatabaseUnreachableError extends UserError {}

/** Fails within seconds, naming the host and the reason, when DATABASE_URL cannot be used. */
export async function checkDatabaseReachable(databaseUrl: string, timeoutMs = 5000): Promise<void> {
  let where = 'the database'
  try {
    const url = new URL(databaseUrl)
    where = `${url.hostname}:${url.port || 5432}${url.pathname}`
  } catch {
    throw new DatabaseUnreachableError('DATABASE_URL is not a valid URL.')
  }
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error)
    throw new DatabaseUnreachableError(`Cannot connect to the database at ${where} (DATABASE_URL): ${reason}`)
  } finally {
    await client.end().catch(() => {})
  }
}
