import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checksumOf, readMigrations } from '../../lib/db/migrate'

describe('migration files', () => {
  it('checksums a script as the hex SHA-256 of its bytes, as Prisma does', () => {
    expect(checksumOf('SELECT 1;\n')).toBe('b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd')
  })

  it('reads migrations in name order and skips folders without migration.sql', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
    for (const name of ['20260102000000_second', '20260101000000_first', 'not_a_migration']) mkdirSync(path.join(dir, name))
    writeFileSync(path.join(dir, '20260102000000_second', 'migration.sql'), 'SELECT 2;')
    writeFileSync(path.join(dir, '20260101000000_first', 'migration.sql'), 'SELECT 1;')
    writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"')
    expect(readMigrations(dir).map((m) => m.name)).toEqual(['20260101000000_first', '20260102000000_second'])
  })

  it("finds the project's own migrations", () => {
    expect(readMigrations().map((m) => m.name)).toContain('20261122000000_init')
  })
})
