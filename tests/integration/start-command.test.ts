// `npm start` fails fast and plainly on the usual mistakes, without a wall of stack trace.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { freePort } from '../../lib/db/embedded'

const root = path.resolve(import.meta.dirname, '../..')

function start(env: Partial<NodeJS.ProcessEnv>): Promise<{ code: number | null; output: string; ms: number }> {
  const began = Date.now()
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/start.ts'], {
    cwd: root,
    // Only what each case sets: nothing of the test run's own DATABASE_URL leaks in.
    env: { NODE_ENV: 'test', PATH: process.env.PATH, HOME: os.tmpdir(), DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'start-')), ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output, ms: Date.now() - began })))
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m)

describe('npm start refuses clearly', () => {
  it('when DATABASE_URL cannot be reached, without leaking its password', async () => {
    const result = await start({ DATABASE_URL: 'postgresql://app:secret@127.0.0.1:1/claims', PORT: String(await freePort()) })
    expect(result.code).toBe(1)
    expect(result.output).toContain('Cannot connect to the database at 127.0.0.1:1/claims')
    expect(result.output).not.toContain('secret')
    noStackTrace(result.output)
  })

  it('when the port is taken', async () => {
    const server: Server = await new Promise((resolve) => {
      const s = createServer().listen(0, () => resolve(s))
    })
    const port = (server.address() as { port: number }).port
    try {
      const result = await start({ PORT: String(port) })
      expect(result.code).toBe(1)
      expect(result.output).toContain(`Port ${port} is already in use`)
      noStackTrace(result.output)
    } finally {
      server.close()
    }
  })

  it('in production without NEXTAUTH_SECRET', async () => {
    const result = await start({ NODE_ENV: 'production' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('NEXTAUTH_SECRET is not set')
    noStackTrace(result.output)
  })

  it('when a setting is invalid, naming it', async () => {
    const result = await start({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' })
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/Invalid environment:\n\s+DATABASE_URL: must be a postgres/)
    expect(result.output).toMatch(/PORT:/)
    noStackTrace(result.output)
  })
})
