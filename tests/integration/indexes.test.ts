import { describe, expect, it } from 'vitest'
import { db } from '../../lib/db/client'

describe('indexes', () => {
  it('every foreign key is the leading part of some index', async () => {
    const unindexed = await db().$queryRaw<{ constraint: string }[]>`
      SELECT c.conname AS constraint
      FROM pg_constraint c
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
        )`
    expect(unindexed).toEqual([])
    const [{ count }] = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`
    expect(Number(count)).toBeGreaterThan(10)
  })

  it('claim text has a trigram GIN index', async () => {
    const indexes = await db().$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'claims' AND indexname = 'claims_text_trgm_idx'`
    expect(indexes[0]?.indexdef).toMatch(/USING gin \(text gin_trgm_ops\)/)
  })

  it('trigram search matches Korean text, and the planner can use the index for it', async () => {
    const claimant = await db().claimant.create({ data: { name: '과학기술정보통신부' } })
    await db().claim.createMany({
      data: [
        { shortId: 'trgm001', slug: 'a', text: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.', claimantId: claimant.id },
        { shortId: 'trgm002', slug: 'b', text: '국내 GPU 보유량은 2000장에 불과하다.' },
      ],
    })
    const found = await db().$queryRaw<{ short_id: string }[]>`
      SELECT short_id FROM claims WHERE text % ${'파운데이션 모델 개발'} OR text ILIKE ${'%파운데이션%'} ORDER BY short_id`
    expect(found.map((row) => row.short_id)).toEqual(['trgm001'])
    const [{ similarity }] = await db().$queryRaw<{ similarity: number }[]>`SELECT similarity('파운데이션 모델', '파운데이션') AS similarity`
    expect(similarity).toBeGreaterThan(0.3)

    await db().$executeRawUnsafe('SET enable_seqscan = off')
    const plan = await db().$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN SELECT id FROM claims WHERE text ILIKE ${'%파운데이션%'}`
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('claims_text_trgm_idx')
  })
})
