// The embedded database's life cycle: data survives a restart, and what a killed run leaves behind (a stale
// postmaster.pid, a database server still running) does not stop the next start.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../lib/db/embedded'
import { prepareDatabase } from '../../lib/cli/prepare-database'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'embedded-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const quiet = () => {}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function demoCounts(url: string) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM sources)::int AS sources,
              (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM verdicts)::int AS verdicts`,
    )
    return rows[0]
  })
}

describe('embedded PostgreSQL', () => {
  it('keeps all data across a stop and start, and a second start adds no demo rows', async () => {
    const options = { demo: true, adminEmail: 'admin@example.com', dataDir, log: quiet }
    const first = await startEmbeddedPostgres({ dataDir, log: quiet })
    const admin = await prepareDatabase(first.url, options)
    expect(admin.created).toBe(true)
    await withClient(first.url, (client) => client.query("UPDATE claims SET text = text || ' (편집됨)' WHERE seed_key = 'K-FM-2023'"))
    const before = await demoCounts(first.url)
    await first.stop()
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false)

    const second = await startEmbeddedPostgres({ dataDir, log: quiet })
    expect((await prepareDatabase(second.url, options)).created).toBe(false)
    expect(await demoCounts(second.url)).toEqual(before)
    expect(before).toEqual({ claims: 13, sources: 10, users: 1, verdicts: 12 })
    const edited = await withClient(second.url, (client) => client.query("SELECT text FROM claims WHERE seed_key = 'K-FM-2023'"))
    expect(edited.rows[0].text).toMatch(/\(편집됨\)$/)
    await second.stop()
  })

  it('starts despite a postmaster.pid whose process is no longer postgres', async () => {
    // A live process that is not postgres: what a reused PID looks like after a killed run.
    const stranger = spawn('sleep', ['30'])
    try {
      writeFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), `${stranger.pid}\n${path.join(dataDir, 'pg')}\n`)
      const server = await startEmbeddedPostgres({ dataDir, log: quiet })
      expect(await withClient(server.url, (client) => client.query('SELECT 1 AS one'))).toMatchObject({ rows: [{ one: 1 }] })
      await server.stop()
    } finally {
      stranger.kill()
    }
  })

  it('shuts down a database server left running by a killed run, then starts', async () => {
    const orphan = await startEmbeddedPostgres({ dataDir, log: quiet })
    // Never stopped, as when the start script is killed with SIGKILL.
    const lines: string[] = []
    const server = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line) })
    expect(lines.join('\n')).toMatch(/still running .*shutting it down/)
    expect(server.port).not.toBe(orphan.port)
    expect(await demoCounts(server.url)).toMatchObject({ claims: 13 })
    await server.stop()
  })
})
