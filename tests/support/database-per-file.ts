// Before each integration test file: a fresh database copied from the migrated template, made the app's
// DATABASE_URL, so every file starts clean and files can run in parallel. Dropped when the file is done.
import { afterAll, inject } from 'vitest'
import { createDatabase, dropDatabase } from './databases'

const serverUrl = inject('serverUrl')
const url = await createDatabase(serverUrl)
process.env.DATABASE_URL = url
// The web server's modules require a session secret; tests never sign tokens with this one.
process.env.NEXTAUTH_SECRET ??= 'test-secret-used-only-by-the-integration-tests'

afterAll(async () => {
  const { prisma } = globalThis as { prisma?: { $disconnect(): Promise<void> } }
  await prisma?.$disconnect()
  await dropDatabase(serverUrl, url)
})
