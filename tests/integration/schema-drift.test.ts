// schema.prisma and the migrations must describe the same database. We build one database from the migrations
// and one from the SQL Prisma's own schema engine derives from schema.prisma, and compare their catalogs:
// tables, columns, types, nullability, defaults, keys, foreign keys, indexes and enums. What only SQL can say
// (extensions, CHECK constraints) is left out of the comparison.
import { afterAll, describe, expect, inject, it } from 'vitest'
import pg from 'pg'
import { sqlForSchema } from '../../lib/db/schema-engine'
import { createDatabase, dropDatabase } from '../support/databases'

const serverUrl = inject('serverUrl')
const migratedUrl = process.env.DATABASE_URL!
let fromSchemaUrl: string | undefined

afterAll(async () => {
  if (fromSchemaUrl) await dropDatabase(serverUrl, fromSchemaUrl)
})

const CATALOG_QUERIES = {
  columns: `
    SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable, c.column_default
    FROM information_schema.columns c
    JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
    WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'
    ORDER BY 1, 2`,
  indexes: `
    SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `
    SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
    FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f') AND conrelid::regclass::text <> '_prisma_migrations'
    ORDER BY 1, 2`,
  enums: `
    SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE t.typnamespace = 'public'::regnamespace GROUP BY 1 ORDER BY 1`,
}

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const snapshot: Record<string, unknown[]> = {}
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) snapshot[name] = (await client.query(sql)).rows
    return snapshot
  } finally {
    await client.end()
  }
}

describe('schema drift', () => {
  it('the migrated database matches schema.prisma', async () => {
    fromSchemaUrl = await createDatabase(serverUrl, { empty: true })
    const client = new pg.Client({ connectionString: fromSchemaUrl })
    await client.connect()
    try {
      // The trigram operator class that schema.prisma's GIN indexes name lives in this extension.
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      await client.query(await sqlForSchema(fromSchemaUrl))
    } finally {
      await client.end()
    }
    const [migrated, expected] = await Promise.all([catalog(migratedUrl), catalog(fromSchemaUrl)])
    expect(migrated.columns.length).toBeGreaterThan(50)
    for (const part of Object.keys(CATALOG_QUERIES)) expect(migrated[part], part).toEqual(expected[part])
  })
})
