// The one Prisma client of the web server, created on first use so that importing a module never needs a
// database (next build imports every route).
import { PrismaPg } from '@prisma/adapter-pg'
import { serverEnv } from '../env'
import { PrismaClient } from './generated/client'

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) })
}

// Survives dev-server hot reloads, which would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(serverEnv().DATABASE_URL)
  return globalForPrisma.prisma
}

export type { PrismaClient }
