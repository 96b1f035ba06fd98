// Part of `npm run bench` (alone: `npm run bench:import`): imports 100,000 synthetic notable-model rows through
// the real importer into a fresh database and asserts the memory goal — the importer streams, so the heap must not grow with the file. Prints rows/s and peak
// memory; exits non-zero when the memory kept during the import passes LIVE_BOUND_MB (or the raw peak heap passes
// HEAP_BOUND_MB), or the row count is wrong.
//
// The generated file (~47 MB) is about twice the live bound: an importer that read the file whole (as a string or
// as Buffers), or kept its rows, would exceed it. A fresh database: a
// throw-away database on DATABASE_URL's server when set (needs CREATE DATABASE), else an embedded PostgreSQL in a
// temporary directory; both are removed afterwards.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import v8 from 'node:v8'
import vm from 'node:vm'
import pg from 'pg'
import { writeSnapshot } from '../datasets/import'
import { startEmbeddedPostgres } from '../db/embedded'
import { migrate } from '../db/migrate'
import { parseEnv } from '../env'

const ROWS = Number(process.argv[2] ?? 100_000)
/** What the importer may keep alive (after GC): well under the file's size, so holding the file would fail. */
const LIVE_BOUND_MB = 24
/** Peak heap including uncollected garbage, which depends on when V8 collects: a loose ceiling. */
const HEAP_BOUND_MB = 150
const MB = 1024 * 1024

const COUNTRIES = ['United States of America', 'China', 'United Kingdom of Great Britain and Northern Ireland', 'France', 'Canada', 'Korea (Republic of)', 'Germany', 'Japan']
const FILLER = 'Synthetic benchmark row; not real data. '.repeat(9)

/** The CSV as a stream of ~64 KB chunks, generated as it is read: the benchmark itself holds no file either. */
function syntheticCsv(rows: number): Readable {
  async function* lines() {
    yield 'Model,Domain,Organization,Country (of organization),Publication date,Notability criteria,Parameters,Abstract\n'
    let chunk = ''
    for (let i = 1; i <= rows; i++) {
      const year = 2000 + (i % 26)
      const date = i % 10 === 0 ? `${year}-${String((i % 12) + 1).padStart(2, '0')}` : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
      const countries = i % 7 === 0 ? `"${COUNTRIES[i % 8]},${COUNTRIES[(i + 3) % 8]}"` : COUNTRIES[i % 8]
      chunk += `Bench-Model-${i},Language,"Bench Lab ${i % 500}, Inc.",${countries},${date},"Highly cited,SOTA improvement",${i * 1000},"${FILLER}${i}"\n`
      if (chunk.length > 64 * 1024) {
        yield chunk
        chunk = ''
      }
    }
    if (chunk) yield chunk
  }
  return Readable.from(lines())
}

async function freshDatabase(): Promise<{ url: string; cleanup(): Promise<void> }> {
  const configured = parseEnv().DATABASE_URL
  if (configured) {
    const name = `claim_tracker_bench_${randomBytes(4).toString('hex')}`
    const admin = new URL(configured)
    const target = new URL(configured)
    target.pathname = `/${name}`
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: admin.toString() })
      await client.connect()
      await client.query(sql).finally(() => client.end())
    }
    await run(`CREATE DATABASE "${name}"`)
    return { url: target.toString(), cleanup: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-bench-'))
  const embedded = await startEmbeddedPostgres({ dataDir, log: () => {} })
  return {
    url: embedded.url,
    async cleanup() {
      await embedded.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

const database = await freshDatabase()
let failed = false
try {
  await migrate(database.url)
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO sources (id, kind, publisher, title, updated_at) VALUES ('bench-source', 'DATASET', 'Benchmark', 'Synthetic notable models', now()) RETURNING id`,
    )
    // A collected heap as the baseline, so garbage from migrating does not hide (or fake) growth.
    v8.setFlagsFromString('--expose-gc')
    const gc = vm.runInNewContext('gc') as () => void
    gc()
    const base = process.memoryUsage()
    const live = (usage: NodeJS.MemoryUsage) => usage.heapUsed + usage.arrayBuffers
    let peakHeap = base.heapUsed
    let peakRss = base.rss
    let peakLive = live(base)
    let samples = 0
    // Raw heapUsed every 20 ms (includes garbage not yet collected: noisy, bounded loosely), and every 200 ms the
    // live memory after a full collection: what the importer actually keeps, heap plus Buffers, bounded tightly.
    const sampler = setInterval(() => {
      const now = process.memoryUsage()
      peakHeap = Math.max(peakHeap, now.heapUsed)
      peakRss = Math.max(peakRss, now.rss)
      if (++samples % 10 === 0) {
        gc()
        peakLive = Math.max(peakLive, live(process.memoryUsage()))
      }
    }, 20)

    const started = performance.now()
    const result = await writeSnapshot(
      client,
      { sourceId: rows[0].id, format: 'epoch-notable-models', fileName: 'bench.csv', asOf: new Date('2025-04-10T00:00:00Z'), actor: null },
      syntheticCsv(ROWS),
    )
    const seconds = (performance.now() - started) / 1000
    clearInterval(sampler)

    if (result.status !== 'ok') {
      console.error('Import failed:', JSON.stringify(result).slice(0, 2000))
      failed = true
    } else {
      const stored = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM dataset_rows WHERE snapshot_id = $1', [result.data.snapshotId])
      const heapGrowth = (peakHeap - base.heapUsed) / MB
      const liveGrowth = (peakLive - live(base)) / MB
      console.log(`rows imported   ${result.data.rowCount.toLocaleString('en')} (stored: ${stored.rows[0].n.toLocaleString('en')})`)
      console.log(`file            ${(result.data.bytes / MB).toFixed(1)} MB, sha256 ${result.data.sha256.slice(0, 16)}…`)
      console.log(`time            ${seconds.toFixed(1)} s, ${Math.round(result.data.rowCount / seconds).toLocaleString('en')} rows/s`)
      console.log(`peak live       growth ${liveGrowth.toFixed(1)} MB after GC, heap + Buffers (bound ${LIVE_BOUND_MB} MB)`)
      console.log(`peak heap       ${(peakHeap / MB).toFixed(1)} MB (growth ${heapGrowth.toFixed(1)} MB, garbage included; bound ${HEAP_BOUND_MB} MB)`)
      console.log(`peak rss        ${(peakRss / MB).toFixed(1)} MB (growth ${((peakRss - base.rss) / MB).toFixed(1)} MB)`)
      if (stored.rows[0].n !== ROWS || result.data.rowCount !== ROWS) {
        console.error(`FAIL: expected ${ROWS} rows`)
        failed = true
      }
      if (liveGrowth > LIVE_BOUND_MB) {
        console.error(`FAIL: the importer kept ${liveGrowth.toFixed(1)} MB during the import, more than the ${LIVE_BOUND_MB} MB bound`)
        failed = true
      }
      if (heapGrowth > HEAP_BOUND_MB) {
        console.error(`FAIL: heap grew ${heapGrowth.toFixed(1)} MB during the import, more than the ${HEAP_BOUND_MB} MB bound`)
        failed = true
      }
      if (!failed) console.log('OK: streamed within the memory bound')
      // For lib/cli/bench.ts, which runs this file as a child process and puts these in its report.
      const summary = { rows: result.data.rowCount, seconds, liveGrowthMb: liveGrowth, liveBoundMb: LIVE_BOUND_MB, ok: !failed }
      console.log(`IMPORT_JSON ${JSON.stringify(summary)}`)
    }
  } finally {
    await client.end()
  }
} finally {
  await database.cleanup()
}
process.exitCode = failed ? 1 : 0
