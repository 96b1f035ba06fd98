// The package mirror our machines use lacks some platform builds (macOS, Windows, Android, FreeBSD, wasm) of
// Next's and Tailwind's native parts. `npm install` then leaves them out of package-lock.json, and `npm ci`
// refuses the lock file as out of sync. This adds the entries npm would write on a full registry: optional,
// with their os/cpu, so npm skips them on other platforms without fetching. Run after changing dependencies:
//   node .ci/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd']
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32']

let added = 0
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`
    if (lock.packages[key] || !/^\d+\.\d+\.\d+/.test(version)) continue
    const parts = name.split('/').pop().split('-')
    const os = parts.find((part) => OS.includes(part))
    const cpu = parts.find((part) => CPU.includes(part))
    if (!cpu) throw new Error(`Cannot tell the platform of ${name} (optional dependency of ${location || 'the project'})`)
    lock.packages[key] = {
      version,
      optional: true,
      ...(os ? { os: [os] } : {}),
      cpu: [cpu],
      ...(name.endsWith('-gnueabihf') || name.endsWith('-gnu') ? { libc: ['glibc'] } : {}),
      ...(name.endsWith('-musl') ? { libc: ['musl'] } : {}),
    }
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`Added ${added} platform entries to package-lock.json.`)
