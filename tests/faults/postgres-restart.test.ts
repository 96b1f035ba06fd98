// PostgreSQL restarted while readers and editors are active: readers get the error page fast during the outage,
// an editor keeps the form, the running web server recovers by itself, and no save that was acknowledged is lost.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { UNEXPECTED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/db/embedded'
import { messages } from '../../lib/i18n/dictionary'
import { findChromium } from '../support/chromium'
import { signIn } from '../e2e/auth'
import { makeUser, TEST_PASSWORD } from '../support/users'
import { publishedPermalink, sleep, startApp, waitFor, type RunningApp } from './app'
import { startSaving } from './saves'

/** "Fail fast": well under a pool or proxy timeout, yet room for two 3 s connection attempts on a busy machine. */
const ANSWER_WITHIN_MS = 10_000
const OUTAGE_MS = 3_000
const RECOVERY_MS = 10_000
/** What an error page must never show a reader. */
const LEAKS = /prisma|ECONNREFUSED|DatabaseNotReachable|127\.0\.0\.1|^\s+at /im

interface Answer {
  at: number
  status: number | 'timeout'
  ms: number
  body: string
}

async function read(url: string): Promise<Answer> {
  const at = Date.now()
  try {
    // Far beyond the deadline asserted on, so that a hang is measured rather than cut short.
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    const body = await response.text()
    return { at, status: response.status, ms: Date.now() - at, body }
  } catch {
    return { at, status: 'timeout', ms: Date.now() - at, body: '' }
  }
}

/** A reader reloading the permalink without pause until stopped. */
function startReading(permalink: string) {
  let running = true
  const answers: Answer[] = []
  const loop = (async () => {
    while (running) answers.push(await read(permalink))
  })()
  return {
    answers,
    async stop() {
      running = false
      await loop
    },
  }
}

function expectFriendlyFailure(answer: Answer) {
  expect(answer.status, `${answer.status} after ${answer.ms} ms`).toBeGreaterThanOrEqual(500)
  expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS)
  expect(answer.body).not.toMatch(LEAKS)
}

describe('PostgreSQL restarted under readers and editors', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-pg-restart-'))
  let pgPort: number
  let pg: EmbeddedPostgres
  let app: RunningApp
  let permalink: string
  let editor: Actor
  let browser: Browser

  // The same port each time: the web server keeps the DATABASE_URL it was started with.
  const startDatabase = () => startEmbeddedPostgres({ dataDir, port: pgPort, log: () => {} })

  beforeAll(async () => {
    pgPort = await freePort()
    pg = await startDatabase()
    process.env.DATABASE_URL = pg.url
    process.env.NEXTAUTH_SECRET ??= 'test-secret-used-only-by-the-fault-tests'
    // An external database as far as the app is concerned: it migrates and seeds it, and never stops it.
    app = await startApp({ DATABASE_URL: pg.url, DEMO_DATA: 'true', DATA_DIR: path.join(dataDir, 'app') })
    permalink = app.url + (await publishedPermalink(app.url))
    editor = await makeUser('EDITOR')
    const executablePath = findChromium()
    if (!executablePath) throw new Error('No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.')
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await pg?.stop()
    // Only if it was made: db() itself throws when setup failed before DATABASE_URL was set.
    await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('fails fast with the error page while it is down, recovers without a restart, and loses no acknowledged save', async () => {
    // The pipeline logs every failed save in full; here they are expected, and would bury a real failure's output.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const reader = startReading(permalink)
    const saves = startSaving(editor)
    try {
      await waitFor('saves and page views before the outage', 30_000, () =>
        saves.acknowledged.length >= 5 && reader.answers.some((a) => a.status === 200) ? true : undefined,
      )

      const downAt = Date.now()
      await pg.stop()
      await waitFor('the reader to see the outage', ANSWER_WITHIN_MS, () =>
        reader.answers.some((answer) => answer.at > downAt && answer.status !== 200) ? true : undefined,
      )
      // The error page itself is drawn by the browser from app/error.tsx (Next sends the document shell with the
      // 500); what the reader sees is checked there.
      const page = await browser.newPage()
      try {
        const response = await page.goto(permalink)
        expect(response?.status()).toBeGreaterThanOrEqual(500)
        await page.getByRole('heading', { name: messages('ko').errorHeading }).waitFor({ timeout: 15_000 })
        await expect(page.locator('body').innerText()).resolves.not.toMatch(LEAKS)
      } finally {
        await page.close()
      }
      await sleep(downAt + OUTAGE_MS - Date.now())

      pg = await startDatabase()
      const upAt = Date.now()
      await waitFor('the permalink to answer 200 again', RECOVERY_MS, async () => ((await read(permalink)).status === 200 ? true : undefined))
      await waitFor('a save to succeed again', RECOVERY_MS, () => (saves.acknowledged.some((save) => save.at > upAt) ? true : undefined))
    } finally {
      await Promise.all([reader.stop(), saves.stop()])
      logged.mockRestore()
    }

    expect(saves.refused(), 'the editor saw the outage').toBeGreaterThan(0)
    for (const answer of reader.answers) {
      if (answer.status === 200) expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS)
      else expectFriendlyFailure(answer)
    }

    const ids = saves.acknowledged.map((save) => save.id)
    const stored = await db().claim.findMany({ where: { id: { in: ids } }, select: { id: true } })
    expect(stored.map((claim) => claim.id).sort()).toEqual([...ids].sort())
  })

  it('tells an editor who saves while it is down that nothing was saved, keeps the form, and saves once it is back', async () => {
    const context = await browser.newContext({ baseURL: app.url })
    try {
      await signIn(context, editor.email, TEST_PASSWORD)
      const page = await context.newPage()
      await page.goto('/desk/claims/new')
      const text = '재시작 중에 편집자가 쓴 주장'
      await page.getByLabel('원문 Original text').fill(text)

      await pg.stop()
      await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
      await page.getByRole('alert').filter({ hasText: UNEXPECTED }).waitFor({ timeout: ANSWER_WITHIN_MS })
      await expect(page.getByLabel('원문 Original text').inputValue()).resolves.toBe(text)

      pg = await startDatabase()
      await waitFor('the web server to reach the database again', RECOVERY_MS, async () =>
        (await read(`${app.url}/api/health`)).status === 200 ? true : undefined,
      )
      await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
      await page.waitForURL(/\/desk\/claims\/[^/?]+\?saved=created/, { timeout: RECOVERY_MS })
      await expect(db().claim.count({ where: { text } })).resolves.toBe(1)
    } finally {
      await context.close()
    }
  })

  it('fails fast when the database accepts connections but never answers, and recovers', async () => {
    await pg.stop()
    // A hung server (or a host whose packets vanish): only the pool's connection timeout ends the wait.
    const sockets = new Set<Socket>()
    const silent = createServer((socket) => sockets.add(socket))
    await new Promise<void>((resolve) => silent.listen(pgPort, '127.0.0.1', resolve))
    try {
      expectFriendlyFailure(await read(permalink))
      const health = await read(`${app.url}/api/health`)
      expect(health.status).toBe(503)
      expect(health.ms).toBeLessThan(ANSWER_WITHIN_MS)
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => silent.close(resolve))
    }
    pg = await startDatabase()
    await waitFor('the permalink to answer 200 again', RECOVERY_MS, async () => ((await read(permalink)).status === 200 ? true : undefined))
  })
})
