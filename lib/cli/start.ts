// `npm start`: the one command that runs the app. It picks the database (DATABASE_URL, or the embedded one
// under DATA_DIR), migrates it, loads the demo dataset and the first admin on first start, builds the app when
// the build is missing or older than the code, then runs Next and shuts everything down cleanly on Ctrl-C.
// `npm run dev` does the same with the development server instead of a build.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkDatabaseReachable } from '../db/reachable'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded'
import { parseEnv } from '../env'
import { UserError } from '../errors'
import { buildIsStale, ROOT } from './build-state'
import { prepareDataDir } from './data-dir'
import { withHeapLimit } from './heap-limit'
import { runNextBuild, waitUntilServing } from './processes'
import { assertPortFree } from './port'
import { prepareDatabase } from './prepare-database'

const dev = process.argv.includes('--dev')
const log = (line: string) => console.log(`[start] ${line}`)

class StartError extends UserError {}

function sessionSecret(dataDir: string, configured: string | undefined, production: boolean): string {
  if (configured) return configured
  if (production) {
    throw new StartError(
      'NEXTAUTH_SECRET is not set. With NODE_ENV=production the server will not start without it: set it to a ' +
        'random string of 32+ characters (for example `openssl rand -base64 32`).',
    )
  }
  const file = path.join(dataDir, 'session-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

async function main(): Promise<void> {
  const env = parseEnv()
  const production = env.NODE_ENV === 'production'
  const dataDir = path.resolve(ROOT, env.DATA_DIR)
  prepareDataDir(dataDir)
  const secret = sessionSecret(dataDir, env.NEXTAUTH_SECRET, production)
  await assertPortFree(env.PORT)

  // Kept as a promise so that Ctrl-C during the database's start still waits for it and stops it.
  let embedded: Promise<EmbeddedPostgres> | undefined
  let server: ChildProcess | undefined
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    if (server && server.exitCode === null) {
      log('Stopping the web server ...')
      const exited = new Promise((resolve) => server!.once('exit', resolve))
      server.kill('SIGTERM')
      const timer = setTimeout(() => server!.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    const database = await embedded?.catch(() => undefined)
    if (database) {
      log('Stopping the embedded database ...')
      await database.stop()
    }
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  try {
    let databaseUrl = env.DATABASE_URL
    if (databaseUrl) {
      await checkDatabaseReachable(databaseUrl)
    } else {
      embedded = startEmbeddedPostgres({ dataDir, log })
      const { url, port } = await embedded
      databaseUrl = url
      log(`Embedded PostgreSQL is running on 127.0.0.1:${port} (data in ${path.join(dataDir, 'pg')}).`)
    }

    const admin = await prepareDatabase(databaseUrl, {
      demo: env.DEMO_DATA ? env.DEMO_DATA === 'true' : !env.DATABASE_URL,
      adminEmail: env.ADMIN_EMAIL,
      dataDir,
      log,
    })

    const childEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    if (!dev && buildIsStale()) {
      log('Building the app (the first start takes a minute or two) ...')
      await runNextBuild(childEnv)
    }
    if (stopping) return

    const command = dev
      ? [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'dev', '--port', String(env.PORT)]
      : [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'lib/cli/web-server.ts')]
    server = spawn(process.execPath, command, {
      cwd: ROOT,
      env: dev ? childEnv : { ...childEnv, NODE_ENV: 'production', NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS) },
      stdio: 'inherit',
    })
    server.once('exit', (code) => {
      if (!stopping) {
        console.error(`[start] The web server stopped unexpectedly (code ${code}).`)
        void shutdown(code || 1)
      }
    })
    const url = `http://localhost:${env.PORT}`
    await waitUntilServing(`${url}/api/health`, server)

    log(`The claim tracker is running at ${url}`)
    if (admin.created) {
      log(`First admin created. Sign in at ${url}/signin with`)
      log(`  email:    ${admin.email}`)
      log(`  password: ${admin.password}`)
      log(`This password is shown once; it is also in ${admin.file} (readable only by you). Change it after signing in.`)
    } else {
      log(`Sign in at ${url}/signin as ${admin.email}; the first password is in ${admin.file}.`)
    }
    log('Press Ctrl-C to stop.')
  } catch (error) {
    if (stopping) return
    report(error)
    await shutdown(1)
  }
}

/** Expected failures are explained in one message; only a bug prints its stack trace. */
function report(error: unknown): void {
  console.error(`[start] ${error instanceof UserError ? error.message : error instanceof Error ? error.stack : error}`)
}

main().catch((error) => {
  report(error)
  process.exit(1)
})
