// Migration 20261202130000_claim_quantities moves each claim's one quantity out of columns of "claims" into a row
// of its own. Applied to a database holding claims as the previous migrations left them, it must keep every value
// and every relation, and then the old columns must be gone.
import { cpSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../lib/db/migrate'
import { createDatabase, dropDatabase } from '../support/databases'

const MIGRATION = '20261202130000_claim_quantities'
const serverUrl = inject('serverUrl')
let url: string
let client: pg.Client

/** The project's migrations before this one, in a directory of their own (same files, same checksums). */
/** A copy of the migrations folder holding those before `name` (and `name` itself when `through`). */
function migrationsBefore(name: string, { through = false } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-before-'))
  for (const migration of readMigrations().filter((m) => m.name < name || (through && m.name === name))) {
    cpSync(path.join(MIGRATIONS_DIR, migration.name), path.join(dir, migration.name), { recursive: true })
  }
  return dir
}

interface QuantityRow {
  claim_id: string
  position: number
  kind: string
  bound: string
  strict: boolean
  value: string | null
  low: string | null
  high: string | null
  decimals: number | null
  unit: string | null
  subject: string | null
  metric_label: string | null
  metric_id: string | null
  metric_definition_id: string | null
  window_kind: string | null
  window_start: string | null
  window_end: string | null
  definition: string | null
  created_at: Date
  updated_at: Date
}

beforeAll(async () => {
  url = await createDatabase(serverUrl, { empty: true })
  const before = migrationsBefore(MIGRATION)
  const applied = await migrate(url, { dir: before })
  expect(applied.length).toBeGreaterThan(0)
  expect(applied).not.toContain(MIGRATION)
  // Dates (type 1082) as text, so the comparison below is of what is stored, not of a time zone's reading of it.
  const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 1082 ? (text: string) => text : pg.types.getTypeParser(oid, format)) }
  client = new pg.Client({ connectionString: url, types: types as pg.CustomTypesConfig })
  await client.connect()

  await client.query(`
    INSERT INTO metrics (id, slug, name_ko, name_en, unit, updated_at) VALUES ('m1', 'notable', '주목할 모델', 'Notable models', 'models', now());
    INSERT INTO metric_definitions (id, metric_id, name) VALUES ('d1', 'm1', 'Epoch notable');
    INSERT INTO claims (id, short_id, slug, text, status, quantity_subject, quantity_metric, quantity_value, quantity_unit,
                        window_kind, window_start, window_end, definition, metric_id, metric_definition_id, version,
                        created_at, updated_at) VALUES
      ('c-period', 'kperiod', 's', '2023년 0개', 'PUBLISHED', '한국', 'notable models', 0, 'models',
       'PERIOD', '2023-01-01', '2023-12-31', 'Epoch AI notable', 'm1', 'd1', 3, '2024-01-02T03:04:05Z', '2024-02-03T04:05:06Z'),
      ('c-rate', 'kratexx', 's', '10만 명당 17.27건', 'NEW', 'South Korea', 'patents', 17.27, 'patents per 100,000 people',
       'PERIOD', '2023-01-01', '2023-12-31', 'granted patents', NULL, NULL, 1, now(), now()),
      ('c-cumul', 'kcumulx', 's', '지금까지 17개', 'IN_REVIEW', NULL, NULL, 17, 'models',
       'CUMULATIVE', NULL, '2025-04-10', NULL, 'm1', NULL, 1, now(), now()),
      ('c-share', 'kshare1', 's', '점유율 12.5%', 'NEW', NULL, NULL, 12.5, '%',
       'POINT', NULL, '2024-06-30', NULL, NULL, NULL, 1, now(), now()),
      ('c-big', 'kbigone', 's', '아주 큰 수', 'NEW', NULL, NULL, 12345678901234.123456, 'won',
       'POINT', NULL, '2024-06-30', NULL, NULL, NULL, 1, now(), now()),
      ('c-metric', 'kmetric', 's', '지표만 고른 주장', 'NEW', NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, 'm1', 'd1', 1, now(), now()),
      ('c-none', 'knonexx', 's', '수치 없는 주장', 'NEW', NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, 1, now(), now());
    INSERT INTO claim_relations (id, from_claim_id, to_claim_id, kind, note) VALUES ('r1', 'c-period', 'c-cumul', 'SAME_METRIC_OTHER_WINDOW', 'two windows');
    INSERT INTO sources (id, kind, publisher, title, updated_at) VALUES ('s1', 'PRIMARY_REPORT', 'Stanford HAI', 'AI Index', now());
    INSERT INTO evidence (id, claim_id, source_id, stance, updated_at) VALUES ('e1', 'c-rate', 's1', 'SUPPORTS', now());
  `)
  // This migration alone, whatever later ones exist.
  expect(await migrate(url, { dir: migrationsBefore(MIGRATION, { through: true }) })).toEqual([MIGRATION])
}, 120_000)

afterAll(async () => {
  await client?.end()
  if (url) await dropDatabase(serverUrl, url)
})

const quantities = async () =>
  (await client.query<QuantityRow>('SELECT * FROM claim_quantities ORDER BY claim_id, position')).rows

describe(`migration ${MIGRATION}`, () => {
  it('moves every claim quantity, column for column, into position 0', async () => {
    const rows = await quantities()
    const byClaim = Object.fromEntries(rows.map((row) => [row.claim_id, row]))
    expect(Object.keys(byClaim).sort()).toEqual(['c-big', 'c-cumul', 'c-metric', 'c-period', 'c-rate', 'c-share'])
    expect(rows.every((row) => row.position === 0 && row.bound === 'EXACT' && !row.strict && row.low === null && row.high === null)).toBe(true)

    expect(byClaim['c-period']).toMatchObject({
      kind: 'COUNT',
      value: '0.000000',
      decimals: 0,
      unit: 'models',
      subject: '한국',
      metric_label: 'notable models',
      metric_id: 'm1',
      metric_definition_id: 'd1',
      window_kind: 'PERIOD',
      window_start: '2023-01-01',
      window_end: '2023-12-31',
      definition: 'Epoch AI notable',
      created_at: new Date('2024-01-02T03:04:05Z'),
      updated_at: new Date('2024-02-03T04:05:06Z'),
    })
    expect(byClaim['c-rate']).toMatchObject({
      kind: 'COUNT',
      value: '17.270000',
      decimals: 2,
      unit: 'patents per 100,000 people',
      subject: 'South Korea',
      metric_label: 'patents',
      metric_id: null,
      definition: 'granted patents',
    })
    expect(byClaim['c-cumul']).toMatchObject({ value: '17.000000', decimals: 0, window_kind: 'CUMULATIVE', window_start: null, window_end: '2025-04-10', metric_id: 'm1', metric_definition_id: null })
    // The one rule for kinds: a percent sign as the unit is PERCENT.
    expect(byClaim['c-share']).toMatchObject({ kind: 'PERCENT', value: '12.500000', decimals: 1, unit: '%', window_kind: 'POINT', window_end: '2024-06-30' })
    expect(byClaim['c-big']).toMatchObject({ value: '12345678901234.123456', decimals: 6 })
    // A claim on a metric without a figure keeps its metric and definition.
    expect(byClaim['c-metric']).toMatchObject({ value: null, decimals: null, unit: null, window_kind: null, metric_id: 'm1', metric_definition_id: 'd1' })
  })

  it('keeps the claims, their relations and material, and drops the old columns', async () => {
    const claims = await client.query<{ id: string; version: number }>('SELECT id, version FROM claims ORDER BY id')
    expect(claims.rows.map((row) => row.id)).toEqual(['c-big', 'c-cumul', 'c-metric', 'c-none', 'c-period', 'c-rate', 'c-share'])
    expect(claims.rows.find((row) => row.id === 'c-period')?.version).toBe(3)
    expect((await client.query('SELECT from_claim_id, to_claim_id, kind, note FROM claim_relations')).rows).toEqual([
      { from_claim_id: 'c-period', to_claim_id: 'c-cumul', kind: 'SAME_METRIC_OTHER_WINDOW', note: 'two windows' },
    ])
    expect((await client.query("SELECT claim_id FROM evidence WHERE id = 'e1'")).rows).toEqual([{ claim_id: 'c-rate' }])
    const columns = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'claims' AND column_name = ANY($1)`,
      [['metric_id', 'metric_definition_id', 'quantity_subject', 'quantity_metric', 'quantity_value', 'quantity_unit', 'window_kind', 'window_start', 'window_end', 'definition']],
    )
    expect(columns.rows).toEqual([])
  })

  it('ties the moved quantities to their claim, metric and definition as the old columns were', async () => {
    // Deleting the metric's definition clears it from the quantity (as it did from the claim) ...
    await client.query("DELETE FROM metric_definitions WHERE id = 'd1'")
    expect((await client.query("SELECT metric_definition_id FROM claim_quantities WHERE claim_id = 'c-period'")).rows).toEqual([{ metric_definition_id: null }])
    // ... and deleting a claim deletes its quantities.
    await client.query("DELETE FROM claims WHERE id = 'c-rate'")
    expect((await client.query("SELECT count(*)::int AS n FROM claim_quantities WHERE claim_id = 'c-rate'")).rows).toEqual([{ n: 0 }])
  })

  it('refuses a range without ordered ends, and a bounded figure without a value', async () => {
    const add = (sql: string) =>
      client.query(`INSERT INTO claim_quantities (id, claim_id, position, updated_at, bound, value, low, high, unit)
                    VALUES (gen_random_uuid()::text, 'c-none', (SELECT coalesce(max(position) + 1, 0) FROM claim_quantities WHERE claim_id = 'c-none'), now(), ${sql})`)
    await expect(add(`'RANGE', NULL, 2, 1, '년'`)).rejects.toThrow(/claim_quantities_figure_check/)
    await expect(add(`'RANGE', NULL, 1, NULL, '년'`)).rejects.toThrow(/claim_quantities_figure_check/)
    await expect(add(`'RANGE', 1.5, 1, 2, '년'`)).rejects.toThrow(/claim_quantities_figure_check/)
    await expect(add(`'AT_LEAST', NULL, NULL, NULL, '곳'`)).rejects.toThrow(/claim_quantities_figure_check/)
    await add(`'RANGE', NULL, 1, 2, '년'`)
    await add(`'AT_LEAST', 5, NULL, NULL, '곳'`)
    expect((await client.query("SELECT bound, value, low, high FROM claim_quantities WHERE claim_id = 'c-none' ORDER BY position")).rows).toEqual([
      { bound: 'RANGE', value: null, low: '1.000000', high: '2.000000' },
      { bound: 'AT_LEAST', value: '5.000000', low: null, high: null },
    ])
  })
})
