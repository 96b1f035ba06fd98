// The embedded database and the app killed outright (SIGKILL: a crash, the OOM killer, a container stopped
// without grace) while an editor is saving: `npm start` starts again on the same DATA_DIR, and every save that
// was acknowledged before the kill is there.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createPrismaClient, db } from '../../lib/db/client'
import { makeUser } from '../support/users'
import { embeddedDatabase, startApp, waitFor, type RunningApp } from './app'
import { startSaving } from './saves'

describe('the embedded database killed hard', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-killed-'))
  const settings = { DATA_DIR: dataDir, DEMO_DATA: 'false' }
  let app: RunningApp | undefined

  afterAll(async () => {
    await app?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('starts again after SIGKILL with every acknowledged save', async () => {
    app = await startApp(settings)
    const before = embeddedDatabase(dataDir)
    process.env.DATABASE_URL = before.url
    process.env.NEXTAUTH_SECRET ??= 'test-secret-used-only-by-the-fault-tests'
    const editor = await makeUser('EDITOR')

    // The pipeline logs every failed save in full; after the kill they are expected.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const saves = startSaving(editor)
    try {
      await waitFor('saves before the kill', 30_000, () => (saves.acknowledged.length >= 20 ? true : undefined))
      // While saves are in flight: no shutdown, no checkpoint, a postmaster.pid left behind.
      process.kill(before.pid, 'SIGKILL')
      await app.kill()
    } finally {
      await saves.stop()
      logged.mockRestore()
      await db().$disconnect()
    }

    app = await startApp(settings)
    const after = embeddedDatabase(dataDir)
    expect(after.pid).not.toBe(before.pid)
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200)

    const ids = saves.acknowledged.map((save) => save.id)
    const prisma = createPrismaClient(after.url)
    try {
      const stored = await prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true } })
      expect(stored.map((claim) => claim.id).sort()).toEqual([...ids].sort())
    } finally {
      await prisma.$disconnect()
    }
  })
})
