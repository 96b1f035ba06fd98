// Once per `vitest run`: a PostgreSQL server (DATABASE_URL's, or an embedded one in a temporary directory) and a
// template database with every migration applied. Each test file then gets its own copy of the template.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../lib/db/embedded'
import { migrate } from '../../lib/db/migrate'
import { parseEnv } from '../../lib/env'
import { adminQuery, databaseUrl, TEMPLATE_DATABASE } from './databases'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
  }
}

export default async function setup(project: TestProject) {
  const configured = parseEnv().DATABASE_URL
  const dataDir = configured ? undefined : mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-test-'))
  const embedded = dataDir ? await startEmbeddedPostgres({ dataDir, log: () => {} }) : undefined
  // The server URL with its maintenance database; tests create and drop their own databases beside it.
  const serverUrl = databaseUrl(configured ?? embedded!.url, 'postgres')

  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`)
  await adminQuery(serverUrl, `CREATE DATABASE "${TEMPLATE_DATABASE}"`)
  await migrate(databaseUrl(serverUrl, TEMPLATE_DATABASE))
  project.provide('serverUrl', serverUrl)

  return async () => {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`)
    await embedded?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
}
