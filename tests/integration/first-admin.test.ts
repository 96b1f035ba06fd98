import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureFirstAdmin } from '../../lib/auth/first-admin'
import { verifyPassword } from '../../lib/auth/password'
import { db } from '../../lib/db/client'

describe('first admin', () => {
  it('is created once, with a random argon2-hashed password kept in an owner-only file', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'admin-'))
    const first = await ensureFirstAdmin(db(), { email: 'desk@example.com', dataDir })
    if (!first.created) throw new Error('expected a new admin')
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{20}$/)

    const user = await db().user.findUniqueOrThrow({ where: { email: 'desk@example.com' } })
    expect(user.role).toBe('ADMIN')
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(user.passwordHash, first.password)).toBe(true)
    expect(await verifyPassword(user.passwordHash, 'admin')).toBe(false)

    expect(statSync(first.file).mode & 0o777).toBe(0o600)
    expect(readFileSync(first.file, 'utf8')).toContain(`password: ${first.password}`)

    const again = await ensureFirstAdmin(db(), { email: 'other@example.com', dataDir })
    expect(again).toEqual({ email: 'desk@example.com', created: false, file: first.file })
    expect(await db().user.count()).toBe(1)
  })

  it('gets a different password every time one is made', async () => {
    await db().user.deleteMany()
    const a = await ensureFirstAdmin(db(), { email: 'a@example.com', dataDir: mkdtempSync(path.join(os.tmpdir(), 'admin-')) })
    await db().user.deleteMany()
    const b = await ensureFirstAdmin(db(), { email: 'a@example.com', dataDir: mkdtempSync(path.join(os.tmpdir(), 'admin-')) })
    expect(a.created && b.created && a.password !== b.password).toBe(true)
  })
})
