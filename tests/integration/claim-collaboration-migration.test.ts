// Migration 20261204100000_claim_collaboration gives claims an assigned editor and reviewer, adds the desk
// discussion and notifications, and moves the verdict's desk notes (verdict_comments of kind NOTE) into the claim's
// discussion. Applied to a database with verdict notes and send-back comments, it keeps every claim as it was,
// moves each note with its author and time, and leaves the send-back comments with their verdict.
import { cpSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../lib/db/migrate'
import { createDatabase, dropDatabase } from '../support/databases'

const MIGRATION = '20261204100000_claim_collaboration'
const serverUrl = inject('serverUrl')
let url: string
let client: pg.Client

/** A copy of the migrations folder holding those before `name` (and `name` itself when `through`). */
function migrationsBefore(name: string, { through = false } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-before-'))
  for (const migration of readMigrations().filter((m) => m.name < name || (through && m.name === name))) {
    cpSync(path.join(MIGRATIONS_DIR, migration.name), path.join(dir, migration.name), { recursive: true })
  }
  return dir
}

beforeAll(async () => {
  url = await createDatabase(serverUrl, { empty: true })
  expect(await migrate(url, { dir: migrationsBefore(MIGRATION) })).not.toContain(MIGRATION)
  client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`
    INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES
      ('u1', 'editor@example.org', '김편집', 'x', 'EDITOR', now()),
      ('u2', 'reviewer@example.org', '이검토', 'x', 'REVIEWER', now());
    INSERT INTO rating_scales (id, name, is_default) VALUES ('rs', 'Scale', true);
    INSERT INTO ratings (id, scale_id, position, label_ko, label_en, colour) VALUES ('r1', 'rs', 1, '사실', 'True', '#1a7f37');
    INSERT INTO claims (id, short_id, slug, text, status, version, updated_at) VALUES
      ('c1', 'kmig001', 's', '첫 주장', 'RESEARCHING', 3, now()),
      ('c2', 'kmig002', 's', '둘째 주장', 'NEW', 1, now());
    INSERT INTO verdicts (id, claim_id, rating_id, summary, author_id, updated_at) VALUES ('v1', 'c1', 'r1', '요약', 'u1', now());
    INSERT INTO verdict_comments (id, verdict_id, author_id, kind, body, created_at) VALUES
      ('n1', 'v1', 'u1', 'NOTE', '표 3을 확인할 것', '2026-11-01T09:00:00Z'),
      ('n2', 'v1', NULL, 'NOTE', '작성자가 지워진 메모', '2026-11-02T09:00:00Z'),
      ('b1', 'v1', 'u2', 'SENT_BACK', '2025년 보고서를 인용하세요', '2026-11-03T09:00:00Z');
  `)
  expect(await migrate(url, { dir: migrationsBefore(MIGRATION, { through: true }) })).toEqual([MIGRATION])
}, 120_000)

afterAll(async () => {
  await client?.end()
  if (url) await dropDatabase(serverUrl, url)
})

describe(`migration ${MIGRATION}`, () => {
  it('keeps every claim, unassigned, at its version', async () => {
    const { rows } = await client.query('SELECT id, text, status, version, assigned_editor_id, assigned_reviewer_id FROM claims ORDER BY id')
    expect(rows).toEqual([
      { id: 'c1', text: '첫 주장', status: 'RESEARCHING', version: 3, assigned_editor_id: null, assigned_reviewer_id: null },
      { id: 'c2', text: '둘째 주장', status: 'NEW', version: 1, assigned_editor_id: null, assigned_reviewer_id: null },
    ])
  })

  it("moves the verdict's notes into its claim's discussion, with author and time, and keeps the send-back comment", async () => {
    const comments = await client.query('SELECT id, claim_id, author_id, parent_id, body, created_at, edited_at FROM claim_comments ORDER BY id')
    expect(comments.rows).toEqual([
      { id: 'n1', claim_id: 'c1', author_id: 'u1', parent_id: null, body: '표 3을 확인할 것', created_at: new Date('2026-11-01T09:00:00Z'), edited_at: null },
      { id: 'n2', claim_id: 'c1', author_id: null, parent_id: null, body: '작성자가 지워진 메모', created_at: new Date('2026-11-02T09:00:00Z'), edited_at: null },
    ])
    const left = await client.query('SELECT id, kind, body FROM verdict_comments ORDER BY id')
    expect(left.rows).toEqual([{ id: 'b1', kind: 'SENT_BACK', body: '2025년 보고서를 인용하세요' }])
    expect((await client.query('SELECT count(*)::int AS n FROM notifications')).rows).toEqual([{ n: 0 }])
  })

  it('refuses an empty comment in the database too', async () => {
    await expect(client.query(`INSERT INTO claim_comments (id, claim_id, body) VALUES ('e1', 'c2', '   ')`)).rejects.toThrow(/claim_comments_body_check/)
  })
})
