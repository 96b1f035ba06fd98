// Two app instances on one database, as behind nginx's upstream (lib/deploy/nginx.conf), serve the same pages: a
// verdict published through the desk's actions shows on both, although both had the previous page in their page
// caches (lib/reader/page-cache.ts) and would keep it for ten minutes by age (PAGE_CACHE_MAX_AGE): so only the
// change notification can have emptied them. What carries the change is the database's NOTIFY, not the instance that
// happened to take the publish, so the publish runs here in the test process against the same database, exactly as
// the desk's server action runs it. How fast it shows is measured by `npm run bench` (publish-to-visible), not here.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/db/embedded'
import { publishedPermalink, sleep, startApp, type RunningApp } from './app'

/** Far longer than any notification takes, far shorter than the cached copies' ten minutes. */
const GIVE_UP_AFTER_MS = 60_000
const CACHE_MAX_AGE = { PAGE_CACHE_MAX_AGE: '600' }

let tmp: string
let database: EmbeddedPostgres
const apps: RunningApp[] = []

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-two-instances-'))
  database = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), log: () => {} })
  // The first instance migrates and loads the demo data; the second finds both done.
  apps.push(await startApp({ DATABASE_URL: database.url, DEMO_DATA: 'true', DATA_DIR: path.join(tmp, 'one'), ...CACHE_MAX_AGE }))
  apps.push(await startApp({ DATABASE_URL: database.url, DATA_DIR: path.join(tmp, 'two'), ...CACHE_MAX_AGE }))
  process.env.DATABASE_URL = database.url
  process.env.NEXTAUTH_SECRET ??= 'test-secret-used-only-by-the-fault-tests'
})

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()))
  const { prisma } = globalThis as { prisma?: { $disconnect(): Promise<void> } }
  await prisma?.$disconnect()
  await database?.stop()
  rmSync(tmp, { recursive: true, force: true })
})

async function pageOf(app: RunningApp, pathname: string) {
  const response = await fetch(app.url + pathname)
  return { cache: response.headers.get('x-page-cache'), html: await response.text() }
}

describe('two instances on one database', () => {
  it('show a publish on both, though both had the old page cached for ten more minutes', async () => {
    const { db } = await import('../../lib/db/client')
    const { makeUser } = await import('../support/users')
    const { saveDraft, submitForReview, publish } = await import('../../lib/verdicts/actions')
    const permalink = await publishedPermalink(apps[0].url)

    for (const app of apps) {
      await pageOf(app, permalink)
      expect((await pageOf(app, permalink)).cache, 'the second read comes from the page cache').toBe('hit')
    }

    const shortId = permalink.split('/')[2]
    const verdict = await db().verdict.findFirstOrThrow({ where: { claim: { shortId } } })
    const [editor, reviewer] = [await makeUser('EDITOR'), await makeUser('REVIEWER')]
    const marker = `Correction seen by both instances ${Date.now()}`
    const results = [
      await saveDraft.execute(editor, { claimId: verdict.claimId, version: verdict.version, ratingId: verdict.ratingId, summary: marker, analysis: verdict.analysis }),
      await submitForReview.execute(editor, { verdictId: verdict.id, version: verdict.version + 1 }),
      await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version + 2, changeNote: 'Two-instance test.' }),
    ]
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok', 'ok'])
    const published = Date.now()

    // Each instance, read until it shows the new verdict: the reads before that are the old cached copy, the first
    // read with the new one is a fresh render (the notification emptied the cache), and none after goes back.
    const reads = await Promise.all(
      apps.map(async (app) => {
        const seen: { cache: string | null; fresh: boolean }[] = []
        while (Date.now() - published < GIVE_UP_AFTER_MS) {
          const read = await pageOf(app, permalink)
          seen.push({ cache: read.cache, fresh: read.html.includes(marker) })
          if (read.html.includes(marker)) break
          await sleep(20)
        }
        return seen
      }),
    )
    for (const [index, seen] of reads.entries()) {
      const label = `instance ${index + 1}: ${JSON.stringify(seen)}`
      expect(seen.at(-1), label).toEqual({ cache: null, fresh: true })
      expect(seen.slice(0, -1).every((read) => read.cache === 'hit' && !read.fresh), label).toBe(true)
    }
    // And it stays: the next reads are served (from the cache again) with the new verdict.
    for (const app of apps) {
      await pageOf(app, permalink)
      const again = await pageOf(app, permalink)
      expect(again.cache).toBe('hit')
      expect(again.html).toContain(marker)
    }
  })
})
