// What every start does to the database before serving: migrate, load the demo dataset once, make sure there
// is an admin. Separate from start.ts so that a restart can be tested without a web server.
import { ensureFirstAdmin, type FirstAdmin } from '../auth/first-admin'
import { createPrismaClient } from '../db/client'
import { migrate } from '../db/migrate'
import { loadDemoDataset } from '../seed/demo'

export async function prepareDatabase(
  databaseUrl: string,
  options: { demo: boolean; adminEmail: string; dataDir: string; log: (line: string) => void },
): Promise<FirstAdmin> {
  const { log } = options
  const applied = await migrate(databaseUrl, { log })
  if (!applied.length) log('Database schema is up to date.')

  const prisma = createPrismaClient(databaseUrl)
  try {
    if (options.demo) {
      const demo = await loadDemoDataset(prisma)
      log(demo === 'loaded' ? 'Loaded the demo dataset.' : 'Demo dataset already loaded.')
    }
    return await ensureFirstAdmin(prisma, { email: options.adminEmail, dataDir: options.dataDir })
  } finally {
    await prisma.$disconnect()
  }
}
