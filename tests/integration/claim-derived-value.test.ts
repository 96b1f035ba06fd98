// "The Epoch AI snapshot of 2025-04-10 gives 1 for Korea in 2024": a claim's dataset-derived value.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { importDataset } from '../../lib/datasets/import'
import { derivedSentenceForClaim } from '../../lib/metrics/derived'
import { loadDemoDataset } from '../../lib/seed/demo'
import { makeUser } from '../support/users'

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../../prisma/seed/epoch-notable-models-sample.csv'))
const claimId = async (seedKey: string) => (await db().claim.findUniqueOrThrow({ where: { seedKey } })).id

beforeAll(async () => {
  await loadDemoDataset(db())
})

describe('a claim’s dataset-derived value', () => {
  it('is absent before any snapshot of its source is imported', async () => {
    expect(await derivedSentenceForClaim(db(), await claimId('K-NOTABLE-2024'))).toBeNull()
  })

  it('counts the claim’s window in a snapshot of the metric’s dataset, naming the snapshot', async () => {
    const epoch = await db().source.findUniqueOrThrow({ where: { seedKey: 'S-EPOCH' } })
    const editor = await makeUser('EDITOR')
    const result = await importDataset.execute(
      editor,
      { sourceId: epoch.id, asOf: '2025-04-10', fileName: 'sample.csv' },
      Readable.from([SAMPLE]),
    )
    expect(result.status).toBe('ok')

    // The sample has Korea at 0 models in 2023, 1 in 2024 and 4 in total up to 2025-04-10 (see its header comment).
    const year2024 = await derivedSentenceForClaim(db(), await claimId('K-NOTABLE-2024'))
    const cumulative = await derivedSentenceForClaim(db(), await claimId('K-NOTABLE-CUM'))
    expect(year2024?.value).toBe(1)
    expect(year2024?.en).toMatch(/snapshot of 2025-04-10 gives 1 for Korea \(Republic of\) in calendar 2024/)
    expect(cumulative?.value).toBe(4)
    expect(cumulative?.en).toMatch(/gives 4 for Korea \(Republic of\) in cumulative to 2025-04-10/)
  })

  it('is absent for a claim whose metric has no dataset country', async () => {
    expect(await derivedSentenceForClaim(db(), await claimId('K-PATENTS-2023'))).toBeNull()
  })
})
