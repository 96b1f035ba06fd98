// Child processes that the command-line scripts (npm start, npm run bench) run: Next's build, a server until it
// answers, and Debian packages they need.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors'
import { ROOT } from './build-state'

/** `next build` in `cwd` (this repository unless given), its output shown as it runs. */
export function runNextBuild(env: NodeJS.ProcessEnv, cwd = ROOT): Promise<void> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], { cwd, env, stdio: 'inherit' })
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new UserError(`next build failed (code ${code}).`)))),
  )
}

/** Resolves once `url` answers 2xx; fails when the server's process exits first, or after `timeoutMs`. */
export async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new UserError(`The web server exited during start (code ${child.exitCode}).`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new UserError(`The web server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`)
}

/** Whether installDebianPackages can work here: root, with apt-get. */
export const canInstallDebianPackages = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')

/** apt-get update and install, showing apt's output; false when either step fails. */
export function installDebianPackages(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  return [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]].every(
    (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0,
  )
}
