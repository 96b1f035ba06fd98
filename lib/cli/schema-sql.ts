// `npm run db:sql`: prints the SQL that creates schema.prisma from nothing, to draft a migration from.
// Needs a running PostgreSQL (DATABASE_URL, or the embedded one of `npm start`'s data directory).
import path from 'node:path'
import { startEmbeddedPostgres } from '../db/embedded'
import { parseEnv } from '../env'
import { sqlForSchema } from '../db/schema-engine'
import { ROOT } from './build-state'

const env = parseEnv()
const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.resolve(ROOT, env.DATA_DIR), log: console.error })
try {
  process.stdout.write(await sqlForSchema(env.DATABASE_URL ?? embedded!.url))
} finally {
  await embedded?.stop()
}
