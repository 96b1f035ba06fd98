import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'

beforeAll(async () => {
  await loadDemoDataset(db())
})

describe('published revisions are immutable in the database itself', () => {
  it('refuses an update, whoever sends it', async () => {
    const revision = await db().verdictRevision.findFirstOrThrow({ where: { verdict: { claim: { seedKey: 'K-FM-2023' } } } })
    await expect(db().verdictRevision.update({ where: { id: revision.id }, data: { summary: 'rewritten history' } })).rejects.toThrow(
      /verdict revisions are immutable/,
    )
    await expect(db().$executeRawUnsafe(`UPDATE verdict_revisions SET change_note = 'x'`)).rejects.toThrow(/immutable/)
    expect((await db().verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).summary).toBe(revision.summary)
  })

  it('refuses a direct delete', async () => {
    await expect(db().$executeRawUnsafe('DELETE FROM verdict_revisions')).rejects.toThrow(/immutable/)
    expect(await db().verdictRevision.count()).toBe(12)
  })

  it('lets revisions go only together with their claim', async () => {
    await db().claim.delete({ where: { seedKey: 'US-CN-ARENA' } })
    expect(await db().verdictRevision.count()).toBe(11)
  })
})
