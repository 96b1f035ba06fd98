// Migration 20261203100000_appearance_quote gives each appearance the quoted sentence of its own. Applied to a
// database whose intake appearances hold that sentence in their note, it moves each such note (found word for word
// in an archived copy of the source, and long enough to be a sentence) into the quote and leaves every other note.
import { cpSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../lib/db/migrate'
import { createDatabase, dropDatabase } from '../support/databases'

const MIGRATION = '20261203100000_appearance_quote'
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

const ARTICLE = '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다. 같은 기간 AI 분야 신규 채용은 1만 2천 명이었다.'

beforeAll(async () => {
  url = await createDatabase(serverUrl, { empty: true })
  expect(await migrate(url, { dir: migrationsBefore(MIGRATION) })).not.toContain(MIGRATION)
  client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(
    `
    INSERT INTO sources (id, kind, publisher, title, updated_at) VALUES ('s1', 'NEWS', '가상통신', '기사', now()), ('s2', 'NEWS', '다른 매체', '보관본 없는 기사', now());
    INSERT INTO archived_copies (id, source_id, method, text, sha256, taken_at) VALUES ('a1', 's1', 'PASTED', $1, repeat('a', 64), now());
    INSERT INTO claims (id, short_id, slug, text, updated_at) VALUES
      ('c1', 'kquote1', 's', '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.', now()),
      ('c2', 'kquote2', 's', '채용 1만 2천 명', now()),
      ('c3', 'kquote3', 's', '메모만 있는 등장', now()),
      ('c4', 'kquote4', 's', '보관본 없는 출처', now()),
      ('c5', 'kquote5', 's', '메모 없는 등장', now());
    INSERT INTO appearances (id, claim_id, source_id, appeared_at, note) VALUES
      ('p1', 'c1', 's1', '2025-04-08', '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.'),
      ('p2', 'c2', 's1', '2025-04-08', '같은 기간 AI 분야 신규 채용은 1만 2천 명이었다.'),
      ('p3', 'c3', 's1', NULL, 'AI 분야'),
      ('p4', 'c4', 's2', NULL, '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.'),
      ('p5', 'c5', 's1', NULL, NULL);
  `.replace('$1', `'${ARTICLE}'`),
  )
  expect(await migrate(url, { dir: migrationsBefore(MIGRATION, { through: true }) })).toEqual([MIGRATION])
}, 120_000)

afterAll(async () => {
  await client?.end()
  if (url) await dropDatabase(serverUrl, url)
})

describe(`migration ${MIGRATION}`, () => {
  it('moves notes that quote the archived article into the quote, and keeps every other note', async () => {
    const { rows } = await client.query<{ id: string; quote: string | null; note: string | null }>('SELECT id, quote, note FROM appearances ORDER BY id')
    expect(rows).toEqual([
      { id: 'p1', quote: '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.', note: null },
      { id: 'p2', quote: '같은 기간 AI 분야 신규 채용은 1만 2천 명이었다.', note: null },
      // A remark that happens to be in the article is too short to be its sentence.
      { id: 'p3', quote: null, note: 'AI 분야' },
      // No archived copy to find it in: an editor's note, kept.
      { id: 'p4', quote: null, note: '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.' },
      { id: 'p5', quote: null, note: null },
    ])
  })
})
