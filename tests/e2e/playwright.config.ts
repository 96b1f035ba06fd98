// Browser tests against the built app, started by `npm start`'s own script on a free port with its own
// embedded database under .data/e2e (wiped at the start of each run).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { findChromium } from '../support/chromium'

const root = path.resolve(import.meta.dirname, '../..')
const dataDir = path.join(root, '.data/e2e')

// Playwright evaluates this file again in each worker; the port chosen first travels to them in the environment.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim()
  rmSync(dataDir, { recursive: true, force: true })
}
const port = process.env.E2E_PORT
const executablePath = findChromium()

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  // A stray .only fails the run everywhere, not only in CI: it would hide every other test.
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results/e2e.json') }]],
  outputDir: path.join(root, 'test-results/e2e-artifacts'),
  // Each step has a bound of its own, so a hang fails at the step that hangs, whatever the test's own timeout: the
  // long multi-user tests mark themselves test.slow() (three times the 30 s default) for the slowest machine the
  // suite runs on (2 cores, busy), not to wait longer on any one step.
  expect: { timeout: 10_000 },
  use: {
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // As root Chromium needs --no-sandbox; the rest keep it from dialling out of this closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `"${process.execPath}" node_modules/tsx/dist/cli.mjs lib/cli/start.ts`,
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    // The first start builds the app: minutes on a busy 2-core machine.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    // An empty DATABASE_URL counts as unset: the e2e run always gets its own embedded database.
    // Every browser test sends its tips from 127.0.0.1: the per-address limit would stop them (tested in tips.test.ts).
    env: { PORT: port, DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'true', TIP_RATE_LIMIT: '10000' },
  },
})
