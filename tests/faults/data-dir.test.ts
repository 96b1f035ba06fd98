// DATA_DIR on a full disk or a read-only mount at start: `npm start` names the directory and the problem in one
// message and exits, before it starts anything. The mounts are made in a mount namespace of the start's own
// (`unshare -m`), so nothing outside it sees them; that needs root (CAP_SYS_ADMIN), which these tests require.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startToExit } from './app'

/** `npm start` inside a new mount namespace, after `mounts` (shell, with $DATA_DIR set) has prepared DATA_DIR. */
function startWithMounts(dataDir: string, mounts: string) {
  return startToExit({ DATA_DIR: dataDir }, ['unshare', '--mount', 'sh', '-c', `${mounts} && exec "$@"`, 'sh'])
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m)

describe('npm start with a DATA_DIR that cannot take writes', () => {
  let dataDir: string

  beforeAll(() => {
    const probe = spawnSync('unshare', ['--mount', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], { encoding: 'utf8' })
    if (probe.status !== 0) {
      throw new Error(
        'These tests make a full disk and a read-only mount in a private mount namespace, which needs `unshare` ' +
          `and \`mount\` as root (CAP_SYS_ADMIN). Here that failed: ${(probe.stderr || probe.error?.message || '').trim()}`,
      )
    }
  })

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  it('refuses a full disk, naming the directory', async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-full-'))
    // A 1 MB file system, then filled to the last byte.
    const result = await startWithMounts(dataDir, 'mount -t tmpfs -o size=1m tmpfs "$DATA_DIR" && { cat /dev/zero > "$DATA_DIR/filler" 2>/dev/null; true; }')
    expect(result.code).toBe(1)
    expect(result.output).toContain(`Cannot write to the data directory ${dataDir} (DATA_DIR): the disk is full`)
    noStackTrace(result.output)
  })

  it('refuses a read-only mount, naming the directory', async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-ro-'))
    const result = await startWithMounts(dataDir, 'mount --bind "$DATA_DIR" "$DATA_DIR" && mount -o remount,bind,ro "$DATA_DIR"')
    expect(result.code).toBe(1)
    expect(result.output).toContain(`Cannot write to the data directory ${dataDir} (DATA_DIR): it is on a read-only file system`)
    noStackTrace(result.output)
  })
})
