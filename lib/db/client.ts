// The one Prisma client of the web server, created on first use so that importing a module never needs a
// database (next build imports every route).
import { PrismaPg } from '@prisma/adapter-pg'
import { serverEnv } from '../env'
import { PrismaClient } from './generated/client'

// pg waits forever for a connection by default: while the database is unreachable without refusing (a host that
// drops packets, a server that accepts but does not answer), every request would hang instead of failing fast to
// the error page. 3 s is ample for a healthy server, local or across a network, and keeps a failing page within
// seconds although Next asks the database twice for it (the page, then its metadata again for the error page).
const CONNECTION_TIMEOUT_MS = 3_000

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS }) })
}

// Survives dev-server hot reloads, which would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(serverEnv().DATABASE_URL)
  return globalForPrisma.prisma
}

export type { PrismaClient }
