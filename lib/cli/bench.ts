// `npm run bench`: builds the app if needed, loads the synthetic newsroom (lib/bench/dataset.ts) on top of the demo
// data, starts the production server with nginx in front (the shipped lib/deploy/nginx.conf), and measures with wrk:
// the claim permalink against nginx serving the same page as a file, home, search, the API, the share card,
// publish-to-visible under load, the JavaScript a claim page ships, and the server's peak memory. Then the CSV
// importer's memory bench (lib/bench/import-memory.ts) and article extraction on the labelled corpus
// (lib/bench/extraction.ts; alone: npm run bench:extract). Writes bench/results/<date>.json and .md (and latest.md) and
// prints the table. Needs wrk and nginx: installed from Debian's packages when missing and running as root.
// BENCH_SECONDS (default 10) sets how long each load runs; the database and logs stay in .data/bench until the
// next run.
//
// Everything runs on this machine: wrk, nginx, the app and PostgreSQL share its cores, as they would on a small
// production box; the numbers are for comparing runs on one machine, and the ratio to static nginx for comparing
// machines.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import pg from 'pg'
import { BENCH_EDITOR_ID, BENCH_REVIEWER_ID, loadSyntheticDataset } from '../bench/dataset'
import { measureEmptyPageJs, measureJs } from '../bench/js-weight'
import { startNginx } from '../bench/nginx'
import { measureExtraction } from '../bench/extraction'
import { checkTargets, markdown, type BenchResult } from '../bench/report'
import { runLoad, type LoadOptions } from '../bench/wrk'
import { freePort, startEmbeddedPostgres } from '../db/embedded'
import { buildIsStale, ROOT } from './build-state'
import { withHeapLimit } from './heap-limit'
import { canInstallDebianPackages, installDebianPackages, runNextBuild, waitUntilServing } from './processes'
import { prepareDatabase } from './prepare-database'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const PUBLISH_TRIALS = 5
/** The demo's headline claim: the page a viral share would land on. */
const VIRAL_CLAIM = 'kfm2023'

const began = performance.now()
const log = (line: string) => console.log(`[bench] ${line}`)
const workDir = path.join(ROOT, '.data/bench')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function ensureTools() {
  const missing = ['wrk', 'nginx'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (!missing.length) return
  if (!canInstallDebianPackages()) {
    throw new Error(`The benchmark needs ${missing.join(' and ')}; install them (Debian/Ubuntu: apt-get install wrk nginx).`)
  }
  log(`Installing ${missing.join(' and ')} from Debian's packages ...`)
  if (!installDebianPackages(missing)) throw new Error(`apt-get could not install ${missing.join(' and ')}`)
}

async function buildIfStale(): Promise<number | null> {
  if (!buildIsStale()) return null
  log('Building the app ...')
  const started = performance.now()
  await runNextBuild(process.env)
  return (performance.now() - started) / 1000
}

/**
 * Waits until the server answers promptly again: requests wrk gave up on may still be rendering, and they would
 * count against the next measurement.
 */
async function settle(origin: string) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const started = performance.now()
    await fetch(`${origin}/api/health`).catch(() => null)
    if (performance.now() - started < 50) return
    await sleep(500)
  }
}

/** The process and all its descendants (tsx runs the server in a child process of its own). */
function processTree(pid: number): number[] {
  const children: number[] = []
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
      if (list) children.push(...list.split(/\s+/).map(Number))
    }
  } catch {
    // the process is gone
  }
  return [pid, ...children.flatMap(processTree)]
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0
  }
}

async function main() {
  ensureTools()
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const cleanups: Array<() => unknown> = []
  try {
    log('Starting PostgreSQL ...')
    const database = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), log: () => {} })
    cleanups.unshift(() => database.stop())
    await prepareDatabase(database.url, { demo: true, adminEmail: 'admin@example.com', dataDir: workDir, log: () => {} })
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    cleanups.unshift(() => client.end())
    log('Loading the synthetic dataset ...')
    const dataset = await loadSyntheticDataset(client)
    log(`Loaded in ${dataset.seconds.toFixed(1)} s: ${JSON.stringify(dataset.counts)}`)

    const buildSeconds = await buildIfStale()
    const [appPort, proxyPort, staticPort, emptyPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
    const app = `http://127.0.0.1:${appPort}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(appPort),
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: `http://127.0.0.1:${proxyPort}`,
      TRUSTED_PROXY_COUNT: '1',
      NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS),
    }
    log('Starting the production server ...')
    const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'lib/cli/web-server.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    cleanups.unshift(() => server.kill('SIGTERM'))
    await waitUntilServing(`${app}/api/health`, server, 60_000)

    const { rows } = await client.query<{ path: string }>(`SELECT '/c/' || short_id || '/' || slug AS path FROM claims WHERE short_id = $1`, [VIRAL_CLAIM])
    const permalink = rows[0].path
    // The baseline: this page's HTML saved as a file, with its gzip beside it for nginx's gzip_static.
    const staticRoot = path.join(workDir, 'static')
    const html = Buffer.from(await (await fetch(app + permalink, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer())
    mkdirSync(path.join(staticRoot, path.dirname(permalink)), { recursive: true })
    writeFileSync(path.join(staticRoot, permalink), html)
    writeFileSync(path.join(staticRoot, `${permalink}.gz`), gzipSync(html))
    const cardPath = /<meta property="og:image" content="[^"]*?(\/c\/[^"]+)"/.exec(html.toString())?.[1]
    if (!cardPath) throw new Error('The claim page names no share card')

    const nginx = startNginx({ workDir, proxyPort, staticPort, upstreams: [appPort], staticRoot })
    cleanups.unshift(() => nginx.stop())
    const origins = { app, nginx: `http://127.0.0.1:${proxyPort}`, static: `http://127.0.0.1:${staticPort}` }

    // The largest process of the server's tree (tsx's own launcher is small), over the whole run and per load.
    let peakRssMb = 0
    let loadPeakRssMb = 0
    const sampler = setInterval(() => {
      for (const pid of processTree(server.pid!)) {
        const rss = rssMb(pid)
        peakRssMb = Math.max(peakRssMb, rss)
        loadPeakRssMb = Math.max(loadPeakRssMb, rss)
      }
    }, 100)
    cleanups.unshift(() => clearInterval(sampler))

    const loads: BenchResult['loads'] = []
    const measure = async (name: string, target: keyof typeof origins, options: Omit<LoadOptions, 'origin' | 'workDir' | 'seconds'>) => {
      const base = { ...options, origin: origins[target], workDir }
      await runLoad({ ...base, seconds: 2 }) // warm-up: JIT, connection pools, caches
      loadPeakRssMb = 0
      const result = await runLoad({ ...base, seconds: SECONDS })
      loads.push({
        name,
        target: { app: 'app alone', nginx: 'nginx + app (shipped setup)', static: 'nginx, static file' }[target],
        connections: options.connections,
        cached: !options.uncached,
        ...result,
        peakRssMb: Math.round(loadPeakRssMb),
      })
      log(`${name} via ${target}, ${options.connections} conn.: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`)
      await settle(app)
    }
    for (const connections of [50, 500]) {
      await measure('claim permalink (static HTML)', 'static', { paths: [permalink], connections })
      await measure('claim permalink', 'nginx', { paths: [permalink], connections })
      await measure('claim permalink (app alone)', 'app', { paths: [permalink], connections })
    }
    await measure('claim permalink (app alone)', 'app', { paths: [permalink], connections: 10, uncached: true })
    await measure('home', 'nginx', { paths: ['/'], connections: 50 })
    await measure('home', 'app', { paths: ['/'], connections: 10, uncached: true })
    // Search and the API list: every request renders (uncached). Latency at one connection is what the targets
    // mean; ten connections show how it degrades when the two cores are shared.
    const search = (queries: string[]) => queries.map((query) => `/search?q=${encodeURIComponent(query)}`)
    const korean = search(['인공지능 모델', '반도체 수출', '삼성전자', '2023년 데이터센터', '합성 4242'])
    const english = search(['AI models', 'chip exports', 'Samsung', 'data centres in 2023', 'synthetic 4242'])
    const api = ['/api/v1/claims', '/api/v1/claims?limit=50', '/api/v1/claims?q=Korea']
    for (const connections of [1, 10]) {
      await measure('search, Korean query', 'app', { paths: korean, connections, uncached: true })
      await measure('search, English query', 'app', { paths: english, connections, uncached: true })
      await measure('API list page', 'app', { paths: api, connections, uncached: true })
    }
    // The worst case, outside the targets: a word in every claim, so every published claim is ranked.
    await measure('search, a word in every claim', 'app', { paths: search(['합성', 'synthetic']), connections: 1, uncached: true })
    await measure('share card image', 'nginx', { paths: [cardPath], connections: 50 })
    await measure('share card image', 'app', { paths: [cardPath], connections: 10, uncached: true })

    log('Publish-to-visible under load ...')
    const publishToVisible = await measurePublishToVisible(client, env, origins, permalink)

    log('JavaScript weight ...')
    const js = { claimPage: await measureJs(app, permalink), emptyPage: await measureEmptyPageJs(emptyPort) }
    clearInterval(sampler)

    log('CSV import memory ...')
    const csvImport = runImportBench()

    log('Article extraction on the labelled corpus ...')
    const extraction = measureExtraction()

    const result: BenchResult = {
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10) },
      dataset,
      buildSeconds,
      loads,
      publishToVisible,
      js,
      peakRssMb,
      csvImport,
      extraction,
      totalSeconds: (performance.now() - began) / 1000,
    }
    const table = markdown(result)
    const results = path.join(ROOT, 'bench/results')
    mkdirSync(results, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
    writeFileSync(path.join(results, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`)
    writeFileSync(path.join(results, `${stamp}.md`), table)
    writeFileSync(path.join(results, 'latest.md'), table)
    console.log(`\n${table}`)
    log(`Wrote bench/results/${stamp}.json and .md. Targets met: ${checkTargets(result).filter((check) => check.met).length} of ${checkTargets(result).length}.`)
  } finally {
    for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch(() => {})
  }
}

/**
 * A reviewer publishes a correction of the viral claim's verdict through the real actions while wrk keeps 500
 * connections on its permalink through nginx; the time until a signed-out GET (through nginx, and from the app
 * directly) shows the new summary, each of PUBLISH_TRIALS times.
 */
async function measurePublishToVisible(client: pg.Client, env: NodeJS.ProcessEnv, origins: { app: string; nginx: string }, permalink: string) {
  // The actions read the server's environment: the same database and secret as the server under test.
  process.env.DATABASE_URL = env.DATABASE_URL
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET
  const { saveDraft, submitForReview, publish } = await import('../verdicts/actions')
  const actor = async (id: string) =>
    (await client.query(`SELECT id, email, name, role, active, must_change_password AS "mustChangePassword" FROM users WHERE id = $1`, [id])).rows[0]
  const [editor, reviewer] = [await actor(BENCH_EDITOR_ID), await actor(BENCH_REVIEWER_ID)]
  const load = runLoad({ origin: origins.nginx, paths: [permalink], connections: 500, seconds: PUBLISH_TRIALS * 3 + 4, workDir })
  await sleep(2000)
  const viaNginxMs: number[] = []
  const viaAppMs: number[] = []
  const run = randomBytes(3).toString('hex')
  for (let trial = 1; trial <= PUBLISH_TRIALS; trial++) {
    const { rows } = await client.query(
      `SELECT v.id, v.claim_id AS "claimId", v.version, v.rating_id AS "ratingId", v.summary, v.analysis
       FROM verdicts v JOIN claims c ON c.id = v.claim_id WHERE c.short_id = $1`,
      [VIRAL_CLAIM],
    )
    const verdict = rows[0]
    const marker = `bench-${run}-${trial}`
    const summary = `${verdict.summary.replace(/ \(bench-[0-9a-f]+-\d+\)$/, '')} (${marker})`
    const steps = [
      await saveDraft.execute(editor, { claimId: verdict.claimId, version: verdict.version, ratingId: verdict.ratingId, summary, analysis: verdict.analysis }),
      await submitForReview.execute(editor, { verdictId: verdict.id, version: verdict.version + 1 }),
      await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version + 2, changeNote: `Benchmark correction ${trial}.` }),
    ]
    const failed = steps.find((step) => step.status !== 'ok')
    if (failed) throw new Error(`Publishing failed: ${JSON.stringify(failed)}`)
    const published = performance.now()
    const visible = async (origin: string) => {
      while (performance.now() - published < 10_000) {
        // As wrk asks (gzip), so that this reads the copy the readers under load get.
        const page = await fetch(origin + permalink, { headers: { 'accept-encoding': 'gzip' } })
        if ((await page.text()).includes(marker)) return performance.now() - published
        await sleep(10)
      }
      return Infinity
    }
    const [nginxMs, appMs] = await Promise.all([visible(origins.nginx), visible(origins.app)])
    viaNginxMs.push(nginxMs)
    viaAppMs.push(appMs)
    await sleep(1500)
  }
  await load
  return { viaNginxMs, viaAppMs }
}

function runImportBench(): BenchResult['csvImport'] {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'lib/bench/import-memory.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  })
  const line = child.stdout.split('\n').find((entry) => entry.startsWith('IMPORT_JSON '))
  if (!line) {
    console.error(child.stdout, child.stderr)
    return null
  }
  return JSON.parse(line.slice('IMPORT_JSON '.length))
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : error}`)
  process.exitCode = 1
})
