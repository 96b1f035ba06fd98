// The app as `npm start` runs it, for the fault tests: `tsx lib/cli/start.ts` in a process group of its own (so
// that a test can kill the start script and its web server at once, as a crash or an OOM killer would), with its
// output kept for the failure message. It builds the app first when the build is missing or stale, as `npm start`
// does; after `npm test`'s browser tests the build is already there.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DATABASE_NAME, freePort } from '../../lib/db/embedded'

const root = path.resolve(import.meta.dirname, '../..')
/** Long enough for a first build on a busy two-core machine. */
const READY_TIMEOUT_MS = 540_000
const NEXTAUTH_SECRET = randomBytes(32).toString('base64url')

export interface RunningApp {
  child: ChildProcess
  url: string
  output(): string
  /** Ctrl-C as a person would: the start script stops the web server (and the embedded database) and exits. */
  stop(): Promise<void>
  /** SIGKILL to the start script and its web server, all at once. */
  kill(): Promise<void>
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}

/** `lib/cli/start.ts` with only the given settings (nothing of the test run's own DATABASE_URL leaks in). */
export function spawnStart(env: Record<string, string>, command: string[] = []): ChildProcess {
  const start = [process.execPath, path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'lib/cli/start.ts')]
  const [file, ...args] = [...command, ...start]
  return spawn(file, args, {
    cwd: root,
    detached: true,
    // As a deployment runs it (the web server is a production one in any case).
    env: { NODE_ENV: 'production', NEXTAUTH_SECRET, PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
}

/** Runs `lib/cli/start.ts` to its end (a start that is meant to fail), with everything it printed. */
export async function startToExit(env: Record<string, string>, command: string[] = []): Promise<{ code: number | null; output: string }> {
  const child = spawnStart({ PORT: String(await freePort()), ...env }, command)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const code = await exited(child)
  return { code, output }
}

export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  const port = env.PORT ?? String(await freePort())
  const child = spawnStart({ ...env, PORT: port })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const app: RunningApp = {
    child,
    url: `http://localhost:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      process.kill(-child.pid!, 'SIGINT')
      await exited(child)
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      process.kill(-child.pid!, 'SIGKILL')
      await exited(child)
    },
  }
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (!output.includes('The claim tracker is running at')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      // Not kill(): the start script stops the embedded database it may have started, which SIGKILL would orphan.
      await app.stop()
      throw new Error(`The app did not become ready (exit code ${child.exitCode}). Its output:\n${output}`)
    }
    await sleep(200)
  }
  return app
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `check` returns a value (not undefined); fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(200)
  }
}

/** The path of a published claim's permalink, as the public API lists it. */
export async function publishedPermalink(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/claims?limit=1`)
  const { data } = (await response.json()) as { data: { url: string }[] }
  if (!data.length) throw new Error('The app lists no published claim to read.')
  return new URL(data[0].url).pathname
}

/** The embedded database `npm start` runs for DATA_DIR: its postmaster's pid and its URL, from its own files. */
export function embeddedDatabase(dataDir: string): { pid: number; url: string } {
  // postmaster.pid: the pid on line 1, the port on line 4 (PostgreSQL's documented layout).
  const lines = readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim()
  return {
    pid: Number(lines[0]),
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(lines[3])}/${DATABASE_NAME}`,
  }
}
