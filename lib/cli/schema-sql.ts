// `npm run db:sql`: prints the SQL that creates schema.prisma from nothing, to draft a migration from;
// `npm run db:sql -- --from <old schema file>` prints the SQL from that schema to the current one, e.g.
// `git show HEAD:prisma/schema.prisma > /tmp/old.prisma && npm run db:sql -- --from /tmp/old.prisma`.
// Needs a running PostgreSQL (DATABASE_URL, or the embedded one of `npm start`'s data directory).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '../db/embedded'
import { parseEnv } from '../env'
import { sqlForSchema } from '../db/schema-engine'
import { ROOT } from './build-state'

const env = parseEnv()
const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.resolve(ROOT, env.DATA_DIR), log: console.error })
try {
  const fromIndex = process.argv.indexOf('--from')
  const fromSchema = fromIndex === -1 ? undefined : readFileSync(process.argv[fromIndex + 1], 'utf8')
  process.stdout.write(await sqlForSchema(env.DATABASE_URL ?? embedded!.url, undefined, fromSchema))
} finally {
  await embedded?.stop()
}
