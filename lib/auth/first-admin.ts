// The first admin: created on the first start with a random password that is printed once and kept in a file
// only its owner can read. There is no default password anywhere.
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { PrismaClient } from '../db/generated/client'
import { hashPassword } from './password'

export const FIRST_ADMIN_FILE = 'first-admin.txt'

export type FirstAdmin = { email: string; created: true; password: string; file: string } | { email: string; created: false; file: string }

export async function ensureFirstAdmin(prisma: PrismaClient, options: { email: string; dataDir: string }): Promise<FirstAdmin> {
  const file = path.join(options.dataDir, FIRST_ADMIN_FILE)
  const existing = await prisma.user.findFirst({ where: { role: 'ADMIN' }, orderBy: { createdAt: 'asc' } })
  if (existing) return { email: existing.email, created: false, file }

  const password = randomBytes(15).toString('base64url')
  await prisma.user.create({
    data: { email: options.email, name: 'Admin', role: 'ADMIN', passwordHash: await hashPassword(password) },
  })
  writeFileSync(file, `email: ${options.email}\npassword: ${password}\n`, { mode: 0o600 })
  return { email: options.email, created: true, password, file }
}
