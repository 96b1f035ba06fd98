// Runs `prisma generate` (npm postinstall). Prisma's CLI insists on a schema engine binary before any command,
// and its download host is unreachable on our machines; generate itself never runs the engine. So where no
// engine is installed we point PRISMA_SCHEMA_ENGINE_BINARY at an existing placeholder file; where one is
// installed (or the variable is set), Prisma runs as usual.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const enginesDir = path.join(root, 'node_modules/@prisma/engines')
const hasEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'))

const env = { ...process.env }
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasEngine) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url)
}
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js')
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', 'prisma/schema.prisma'], {
  cwd: root,
  env,
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
