// Whether `npm start` must build first: when there is no production build yet, or any input of the build is
// newer than it (a pull, an edit). Cheap enough to check on every start.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')

const INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.js', 'package.json', 'tsconfig.json']

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

export function buildIsStale(root = ROOT): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  return INPUTS.some((input) => newestMtime(path.join(root, input)) > built)
}
