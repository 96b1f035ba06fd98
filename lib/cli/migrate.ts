// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
// `npm run db:migrate -- --rolled-back NAME` marks a failed migration resolved, like `prisma migrate resolve`.
import path from 'node:path'
import { startEmbeddedPostgres } from '../db/embedded'
import { markRolledBack, migrate } from '../db/migrate'
import { parseEnv } from '../env'
import { UserError } from '../errors'
import { ROOT } from './build-state'

const env = parseEnv()
const rolledBackIndex = process.argv.indexOf('--rolled-back')
const embedded = env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.resolve(ROOT, env.DATA_DIR), log: console.log })
const url = env.DATABASE_URL ?? embedded!.url
try {
  if (rolledBackIndex !== -1) {
    const name = process.argv[rolledBackIndex + 1]
    if (!name) throw new UserError('Name the migration: npm run db:migrate -- --rolled-back <migration name>')
    await markRolledBack(url, name)
    console.log(`Marked ${name} as rolled back.`)
  }
  const applied = await migrate(url, { log: console.log })
  if (!applied.length) console.log('No pending migrations.')
} catch (error) {
  console.error(error instanceof UserError ? error.message : error)
  process.exitCode = 1
} finally {
  await embedded?.stop()
}
