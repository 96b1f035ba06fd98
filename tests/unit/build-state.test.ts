import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIsStale } from '../../lib/cli/build-state'

function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'build-state-'))
  mkdirSync(path.join(root, 'app/claims'), { recursive: true })
  writeFileSync(path.join(root, 'app/claims/page.tsx'), '')
  return root
}
const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds)

describe('build state', () => {
  it('needs a build when there is none', () => {
    expect(buildIsStale(project())).toBe(true)
  })

  it('is fresh when the build is newer than every input, and stale once a nested input changes', () => {
    const root = project()
    for (const dir of ['app', 'app/claims']) at(path.join(root, dir), 1000)
    at(path.join(root, 'app/claims/page.tsx'), 1000)
    mkdirSync(path.join(root, '.next'))
    writeFileSync(path.join(root, '.next/BUILD_ID'), 'x')
    at(path.join(root, '.next/BUILD_ID'), 2000)
    expect(buildIsStale(root)).toBe(false)
    at(path.join(root, 'app/claims/page.tsx'), 3000)
    expect(buildIsStale(root)).toBe(true)
  })
})
