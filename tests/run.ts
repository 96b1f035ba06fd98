// `npm test`: unit and integration tests (vitest, real PostgreSQL), then browser tests (Playwright, Chromium),
// then the fault tests (vitest: database restarts, kills, a full or read-only DATA_DIR, against the app the
// browser tests built), then one summary line. Finds a Chromium first and, where it can, installs one; likewise
// Debian's python3-feedparser, the real feed parser the feed tests read the feeds with.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { canInstallDebianPackages, installDebianPackages } from '../lib/cli/processes'
import { findChromium } from './support/chromium'
import { feedparserPython } from './support/feedparser'

const root = path.resolve(import.meta.dirname, '..')
const results = path.join(root, 'test-results')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

function run(command: string, args: string[], options: SpawnSyncOptions = {}): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  return result.status ?? 1
}

function ensureChromium(): boolean {
  if (findChromium()) return true
  if (canInstallDebianPackages()) {
    console.log('[test] No Chromium found; installing Debian\'s chromium package for the browser tests ...')
    if (installDebianPackages(['chromium'])) return Boolean(findChromium())
  } else {
    console.log("[test] No Chromium found; trying Playwright's own download ...")
    if (run(bin('playwright'), ['install', 'chromium']) === 0) return true
  }
  console.error(
    '[test] The browser tests need Chromium and none could be installed. Install one, then run npm test again:\n' +
      '         Debian/Ubuntu as root:  apt-get install chromium\n' +
      '         elsewhere:              npx playwright install chromium\n' +
      '       or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  )
  return false
}

function ensureFeedparser(): void {
  if (feedparserPython()) return
  if (canInstallDebianPackages()) {
    console.log("[test] No feedparser found; installing Debian's python3-feedparser package for the feed tests ...")
    if (installDebianPackages(['python3-feedparser'])) return
  }
  console.error('[test] The feed tests read the feeds with Python\'s feedparser and will fail without it: apt-get install python3-feedparser')
}

interface Counts {
  passed: number
  failed: number
  skipped: number
}

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined
  const { stats } = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
}

rmSync(results, { recursive: true, force: true })
ensureFeedparser()
const vitestJson = path.join(results, 'vitest.json')
const vitestStatus = run(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`])
const e2eStatus = ensureChromium() ? run(bin('playwright'), ['test', '--config', 'tests/e2e/playwright.config.ts']) : 1
const faultsJson = path.join(results, 'faults.json')
const faultsStatus = run(bin('vitest'), ['run', '--config', 'tests/faults/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${faultsJson}`])

const suites = [vitestCounts(vitestJson), playwrightCounts(path.join(results, 'e2e.json')), vitestCounts(faultsJson)]
const total = suites.reduce<Counts>(
  (sum, counts) => ({
    passed: sum.passed + (counts?.passed ?? 0),
    failed: sum.failed + (counts?.failed ?? 1),
    skipped: sum.skipped + (counts?.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
)
// A suite that crashed before reporting counts as one failure, so the line never reads as all green.
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(vitestStatus === 0 && e2eStatus === 0 && faultsStatus === 0 && total.failed === 0 ? 0 : 1)
