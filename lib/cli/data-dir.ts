// DATA_DIR must take writes before anything starts: the embedded database, the session secret and the first
// admin's password live there. A full disk or a read-only mount would otherwise surface as a stack trace from
// deep inside the start (or as a database that dies after a while), so it is checked up front.
import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors'

export class DataDirError extends UserError {}

const PROBE_BYTES = 64 * 1024

function problem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full (no space left on the device). Free some space there, or set DATA_DIR to a directory on another disk.'
    case 'EROFS':
      return 'it is on a read-only file system. Mount it read-write, or set DATA_DIR to a writable directory.'
    case 'EACCES':
    case 'EPERM':
      return `this user (uid ${process.getuid?.() ?? '?'}) may not write there. Fix its owner or permissions, or set DATA_DIR to a directory of your own.`
    case 'ENOTDIR':
    case 'EEXIST':
      return 'it or one of its parents is a file, not a directory. Set DATA_DIR to a directory.'
    default:
      return `${error.code ?? 'error'}: ${error.message}`
  }
}

/** Creates `dir` if missing and proves it writable: a probe file written, flushed to disk and removed. */
export function prepareDataDir(dir: string): void {
  const probe = path.join(dir, `.write-probe-${process.pid}`)
  let fd: number | undefined
  try {
    mkdirSync(dir, { recursive: true, mode: 0o711 })
    fd = openSync(probe, 'w', 0o600)
    writeSync(fd, Buffer.alloc(PROBE_BYTES))
    // Only the flush makes some file systems (and quotas) report that the space is not there.
    fsyncSync(fd)
  } catch (error) {
    throw new DataDirError(`Cannot write to the data directory ${dir} (DATA_DIR): ${problem(error as NodeJS.ErrnoException)}`)
  } finally {
    if (fd !== undefined) closeSync(fd)
    rmSync(probe, { force: true })
  }
}
