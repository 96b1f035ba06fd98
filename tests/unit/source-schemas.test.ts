// The source library's input rules without a database: URL normalisation at the boundary, dates at the
// precision a source gives, and the archiver's test-only host allowance.
import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../lib/env'
import { addEvidenceInput, MAX_EXCERPT } from '../../lib/evidence/schema'
import { addRelationInput } from '../../lib/relations/schema'
import { optionalDate } from '../../lib/actions/fields'
import { createSourceInput, publishedDate, sourceListQuery } from '../../lib/sources/schema'

const base = { kind: 'NEWS', title: '기사', publisher: '연합뉴스' }

describe('source input', () => {
  it('stores every URL in its canonical form, or leaves it out when blank', () => {
    const parsed = createSourceInput.parse({ ...base, url: ' https://WWW.Yna.co.kr/view/A1/?utm_source=kakao#x ', archivedUrl: '' })
    expect(parsed.url).toBe('https://www.yna.co.kr/view/A1')
    expect(parsed.archivedUrl).toBeUndefined()
    expect(createSourceInput.parse({ ...base, url: '   ' }).url).toBeUndefined()
  })

  it('refuses what is not a web address, in Korean and English', () => {
    const result = createSourceInput.safeParse({ ...base, url: 'javascript:alert(1)' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['url'], message: expect.stringMatching(/^웹 주소를 확인하세요\. Only http/) })
  })

  it('keeps a published date at the precision given', () => {
    expect(publishedDate.parse('2024')).toEqual({ date: new Date('2024-01-01T00:00:00Z'), precision: 'YEAR' })
    expect(publishedDate.parse('2024-12')).toEqual({ date: new Date('2024-12-01T00:00:00Z'), precision: 'MONTH' })
    expect(publishedDate.parse(' 2024-02-29 ')).toEqual({ date: new Date('2024-02-29T00:00:00Z'), precision: 'DAY' })
    expect(publishedDate.parse('')).toBeUndefined()
    for (const bad of ['2023-02-29', '2024-00', '24-12', 'December 2024']) expect(publishedDate.safeParse(bad).success).toBe(false)
  })

  it('turns malformed days into field errors, never exceptions', () => {
    for (const bad of ['02/05/2025', '2025-02-30', '2025-02', 'yesterday']) expect(optionalDate.safeParse(bad).success).toBe(false)
    expect(optionalDate.parse('2025-02-05')).toEqual(new Date('2025-02-05T00:00:00Z'))
  })

  it('lower-cases the primary language subtag only', () => {
    expect(createSourceInput.parse({ ...base, language: 'ZH-Hant' }).language).toBe('zh-Hant')
  })

  it('lets bad search parameters fall back to the defaults', () => {
    expect(sourceListQuery.parse({ q: 'HAI', kind: 'MAGAZINE', page: '-3' })).toEqual({ q: 'HAI', kind: undefined, page: 1 })
    expect(sourceListQuery.parse({ page: '2', kind: 'DATASET' })).toEqual({ q: undefined, kind: 'DATASET', page: 2 })
  })
})

describe('evidence and relation input', () => {
  it('caps the quoted passage at a quotation’s length', () => {
    const input = { claimId: 'c', sourceId: 's', stance: 'SUPPORTS' }
    expect(addEvidenceInput.safeParse({ ...input, excerpt: '가'.repeat(MAX_EXCERPT) }).success).toBe(true)
    expect(addEvidenceInput.safeParse({ ...input, excerpt: '가'.repeat(MAX_EXCERPT + 1) }).success).toBe(false)
  })

  it('reads a relation as outgoing unless told otherwise', () => {
    expect(addRelationInput.parse({ claimId: 'c', otherClaim: 'knt2024', kind: 'SUPERSEDES' }).direction).toBe('outgoing')
  })
})

describe('ARCHIVE_ALLOW_HOSTS', () => {
  it('is empty unless set, and a trimmed, lower-cased list when set', () => {
    expect(parseEnv({}).ARCHIVE_ALLOW_HOSTS).toEqual([])
    expect(parseEnv({ ARCHIVE_ALLOW_HOSTS: '' }).ARCHIVE_ALLOW_HOSTS).toEqual([])
    expect(parseEnv({ ARCHIVE_ALLOW_HOSTS: ' 127.0.0.1, Fixtures.Test ,' }).ARCHIVE_ALLOW_HOSTS).toEqual(['127.0.0.1', 'fixtures.test'])
  })
})
