// Prisma's schema engine compiled to WebAssembly, the one part of `prisma migrate` we can run here (the native
// engine cannot be downloaded). We use it to turn schema.prisma into the SQL Prisma would write: to draft
// migrations (`npm run db:sql`) and, in the drift test, as the reference the migrated database is compared with.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'

export const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../prisma/schema.prisma')

interface SchemaFile {
  path: string
  content: string
}
interface WasmSchemaEngine {
  diff(params: {
    from: { tag: 'empty' } | { tag: 'schemaDatamodel'; files: SchemaFile[] }
    to: { tag: 'schemaDatamodel'; files: SchemaFile[] }
    script: boolean
    exitCode: boolean | null
    filters: { externalTables: string[]; externalEnums: string[] }
  }): Promise<{ exitCode: number; stdout: string | null }>
  free(): void
}

// The package is built for bundlers (it imports its .wasm file as a module), so Node loads it by hand.
async function loadEngineModule(): Promise<{
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: object) => Promise<WasmSchemaEngine> }
}> {
  const require = createRequire(import.meta.url)
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'))
  const bindings = await import(path.join(dir, 'schema_engine_bg.js'))
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bindings,
  })
  bindings.__wbg_set_wasm(instance.exports)
  ;(instance.exports.__wbindgen_start as () => void)()
  return bindings
}

/**
 * The SQL that turns the database of `fromSchema` (or an empty one) into that of `schema`, exactly as
 * `prisma migrate diff --from-schema/--from-empty --to-schema --script` prints it. The engine insists on a
 * database connection (any PostgreSQL).
 */
export async function sqlForSchema(
  databaseUrl: string,
  schema = readFileSync(SCHEMA_PATH, 'utf8'),
  fromSchema?: string,
): Promise<string> {
  const { SchemaEngine } = await loadEngineModule()
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }))
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, adapter)
  try {
    const result = await engine.diff({
      from: fromSchema ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromSchema }] } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    })
    // The engine opens with CREATE SCHEMA "public", which every database already has.
    return (result.stdout ?? '').replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, '')
  } finally {
    engine.free()
  }
}
