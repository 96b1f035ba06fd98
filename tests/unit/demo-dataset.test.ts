import { describe, it, expect } from 'vitest'
import { demoDataset } from '../../prisma/seed/demo-dataset'

const { ratingScale, claimants, sources, claims, relations } = demoDataset

const FACT_SHEET_CLAIM_KEYS = [
  'K-FM-2023',
  'K-NOTABLE-2023',
  'K-NOTABLE-2024',
  'K-NOTABLE-CUM',
  'K-PATENTS-2022',
  'K-PATENTS-2023',
  'K-INVEST-2024',
  'K-TALENT-2024',
  'K-TALENT-CONC',
  'K-OWN-MODELS',
  'K-GPU-2000',
  'K-GAP-1-2Y',
  'US-CN-ARENA',
]

const FACT_SHEET_SOURCE_KEYS = [
  'S-HAI24',
  'S-HAI25',
  'S-EPOCH',
  'S-CRFM',
  'S-MSIT',
  'S-NEWSIS',
  'S-BYLINE',
  'S-AITIMES',
  'S-YONHAP',
  'S-NEWSDAO',
]

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const v of values) {
    if (seen.has(v)) dup.add(v)
    seen.add(v)
  }
  return [...dup]
}

/** True when s is YYYY-MM-DD and names a real calendar day (no 2023-02-30). */
function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** Every date in the dataset, labelled with where it sits. */
/** Every quantity of every claim, named "<claim key>#<position>". */
const allQuantities = () => claims.flatMap((c) => (c.quantities ?? []).map((q, i) => ({ where: `${c.key}#${i}`, q })))

function allDates(): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = []
  for (const s of sources) {
    if (s.publishedAt) out.push({ where: `${s.key}.publishedAt`, value: s.publishedAt })
    if (s.accessedAt) out.push({ where: `${s.key}.accessedAt`, value: s.accessedAt })
  }
  for (const c of claims) {
    if (c.firstSeenAt) out.push({ where: `${c.key}.firstSeenAt`, value: c.firstSeenAt })
    for (const [i, q] of (c.quantities ?? []).entries()) {
      if (q.windowStart) out.push({ where: `${c.key}#${i}.windowStart`, value: q.windowStart })
      if (q.windowEnd) out.push({ where: `${c.key}#${i}.windowEnd`, value: q.windowEnd })
    }
    for (const a of c.appearances) {
      if (a.appearedAt) out.push({ where: `${c.key}.appearance(${a.sourceKey})`, value: a.appearedAt })
    }
  }
  return out
}

/**
 * A quoted excerpt must be at most one sentence: short, on one line, and with no sentence end
 * (. ! ? or their full-width forms, or 。) followed by more text. "EXAONE 3.5" passes; "첫 문장이다. 둘째 문장" fails.
 */
function isSingleSentence(excerpt: string): boolean {
  if (excerpt.length > 300) return false
  if (/[\r\n]/.test(excerpt)) return false
  return !/[.!?。！？]["'’”」』)]*\s+\S/.test(excerpt.trim())
}

const sourceKeys = new Set(sources.map((s) => s.key))
const claimantKeys = new Set(claimants.map((c) => c.key))
const claimKeys = new Set(claims.map((c) => c.key))

describe('demo dataset: keys and references', () => {
  it('has unique keys for claimants, sources and claims', () => {
    expect(duplicates(claimants.map((c) => c.key))).toEqual([])
    expect(duplicates(sources.map((s) => s.key))).toEqual([])
    expect(duplicates(claims.map((c) => c.key))).toEqual([])
  })

  it('contains all 13 fact-sheet claims and nothing else', () => {
    expect([...claimKeys].sort()).toEqual([...FACT_SHEET_CLAIM_KEYS].sort())
  })

  it('contains all 10 fact-sheet sources and nothing else', () => {
    expect([...sourceKeys].sort()).toEqual([...FACT_SHEET_SOURCE_KEYS].sort())
  })

  it('refers only to existing claimants', () => {
    const missing = claims
      .filter((c) => c.claimantKey !== undefined && !claimantKeys.has(c.claimantKey))
      .map((c) => `${c.key} -> ${c.claimantKey}`)
    expect(missing).toEqual([])
  })

  it('refers only to existing sources in appearances and evidence', () => {
    const missing: string[] = []
    for (const c of claims) {
      for (const a of c.appearances) if (!sourceKeys.has(a.sourceKey)) missing.push(`${c.key} appearance ${a.sourceKey}`)
      for (const e of c.evidence) if (!sourceKeys.has(e.sourceKey)) missing.push(`${c.key} evidence ${e.sourceKey}`)
    }
    expect(missing).toEqual([])
  })

  it('has at most one appearance and one evidence item per claim and source', () => {
    for (const c of claims) {
      expect(duplicates(c.appearances.map((a) => a.sourceKey)), c.key).toEqual([])
      expect(duplicates(c.evidence.map((e) => e.sourceKey)), c.key).toEqual([])
    }
  })

  it('has relations whose ends are existing, distinct claims, without duplicates', () => {
    const bad = relations
      .filter((r) => !claimKeys.has(r.from) || !claimKeys.has(r.to) || r.from === r.to)
      .map((r) => `${r.from} -${r.kind}-> ${r.to}`)
    expect(bad).toEqual([])
    expect(duplicates(relations.map((r) => `${r.from}|${r.to}|${r.kind}`))).toEqual([])
  })

  it('shows the relations the fact sheet asks for', () => {
    const has = (from: string, to: string, kind: string) =>
      relations.some((r) => r.from === from && r.to === to && r.kind === kind)
    expect(has('K-OWN-MODELS', 'K-FM-2023', 'OTHER_DEFINITION')).toBe(true)
    expect(has('K-NOTABLE-2023', 'K-NOTABLE-2024', 'SAME_METRIC_OTHER_WINDOW')).toBe(true)
    expect(has('K-NOTABLE-2024', 'K-NOTABLE-CUM', 'SAME_METRIC_OTHER_WINDOW')).toBe(true)
    expect(has('K-PATENTS-2023', 'K-PATENTS-2022', 'SUPERSEDES')).toBe(true)
    for (const r of relations) expect(r.note.trim(), `${r.from} -> ${r.to}`).not.toBe('')
  })
})

describe('demo dataset: permalinks', () => {
  it('has unique shortIds of 7 characters [a-z0-9]', () => {
    const ids = claims.map((c) => c.shortId)
    expect(duplicates(ids)).toEqual([])
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{7}$/)
  })

  it('has unique, well-formed slugs of at most 60 characters', () => {
    const slugs = claims.map((c) => c.slug)
    expect(duplicates(slugs)).toEqual([])
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(slug.length, slug).toBeLessThanOrEqual(60)
    }
  })
})

describe('demo dataset: rating scale and verdicts', () => {
  it('has the six ratings in the fact sheet order with the agreed values', () => {
    expect(ratingScale.name).toBe('기본 척도 (Default scale)')
    expect(ratingScale.ratings.map((r) => [r.labelKo, r.labelEn, r.value])).toEqual([
      ['사실', 'True', 5],
      ['대체로 사실', 'Mostly true', 4],
      ['절반의 사실', 'Half true', 3],
      ['대체로 사실 아님', 'Mostly not true', 2],
      ['전혀 사실 아님', 'Not true', 1],
      ['판단 유보', 'Undecidable', null],
    ])
  })

  it('gives every rating a distinct #rrggbb colour and a meaning', () => {
    const colours = ratingScale.ratings.map((r) => r.colour.toLowerCase())
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/)
    expect(duplicates(colours)).toEqual([])
    for (const r of ratingScale.ratings) expect(r.meaning.trim(), r.labelEn).not.toBe('')
  })

  it("uses only ratings that exist in the scale", () => {
    const labels = new Set(ratingScale.ratings.map((r) => r.labelEn))
    const unknown = claims
      .filter((c) => c.verdict && !labels.has(c.verdict.rating))
      .map((c) => `${c.key}: ${c.verdict?.rating}`)
    expect(unknown).toEqual([])
  })

  it('publishes every claim with a verdict, and only those', () => {
    for (const c of claims) {
      if (c.verdict) expect(c.status, c.key).toBe('PUBLISHED')
      else expect(c.status, c.key).not.toBe('PUBLISHED')
    }
  })

  it('keeps K-GPU-2000 under research without a verdict', () => {
    const gpu = claims.find((c) => c.key === 'K-GPU-2000')
    expect(gpu).toBeDefined()
    expect(gpu?.status).toBe('RESEARCHING')
    expect(gpu?.verdict).toBeUndefined()
  })

  it('gives every verdict a summary and an analysis of 2 to 5 paragraphs', () => {
    for (const c of claims) {
      if (!c.verdict) continue
      expect(c.verdict.summary.trim(), c.key).not.toBe('')
      const paragraphs = c.verdict.analysis.split(/\n\s*\n/).filter((p) => p.trim() !== '')
      expect(paragraphs.length, c.key).toBeGreaterThanOrEqual(2)
      expect(paragraphs.length, c.key).toBeLessThanOrEqual(5)
    }
  })

  it('gives every verdict its English translation, Korean text without English in it, paragraph for paragraph', () => {
    for (const c of claims) {
      if (!c.verdict) continue
      expect(c.verdict.summaryEn?.trim(), c.key).toBeTruthy()
      expect(c.verdict.summary, c.key).not.toMatch(/\([A-Z][a-z]+[^)]*\)$/)
      const paragraphs = (text: string | undefined) => (text ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '').length
      expect(paragraphs(c.verdict.analysisEn), c.key).toBe(paragraphs(c.verdict.analysis))
      expect(c.verdict.analysisEn, c.key).not.toMatch(/[\uAC00-\uD7A3]/)
    }
  })

  it('shows the official rebuttal on claim K-FM-2023', () => {
    const fm = claims.find((c) => c.key === 'K-FM-2023')
    const rebuttal = fm?.evidence.find((e) => e.sourceKey === 'S-MSIT')
    expect(rebuttal?.stance).toBe('REBUTS')
    expect(rebuttal?.note ?? '').toMatch(/HyperCLOVA X/)
  })
})

describe('demo dataset: dates and quantities', () => {
  it('uses only real calendar dates', () => {
    const bad = allDates().filter((d) => !isRealDate(d.value))
    expect(bad).toEqual([])
  })

  it('dates month-precision sources on the first of the month, and approximate dates exist', () => {
    for (const s of sources) {
      if (s.publishedPrecision === 'MONTH') expect(s.publishedAt, s.key).toMatch(/^\d{4}-\d{2}-01$/)
      if (s.publishedPrecision === 'YEAR') expect(s.publishedAt, s.key).toMatch(/^\d{4}-01-01$/)
      if (s.publishedApprox || s.publishedPrecision) expect(s.publishedAt, s.key).toBeDefined()
      if (s.publishedAt) expect(s.publishedPrecision, s.key).toBeDefined()
    }
  })

  it('has windows that start on or before they end', () => {
    const bad = allQuantities().filter(({ q }) => q.windowStart && q.windowEnd && q.windowStart > q.windowEnd).map(({ where }) => where)
    expect(bad).toEqual([])
  })

  it('has windows that fit their kind', () => {
    for (const { where, q } of allQuantities()) {
      if (q.windowKind === 'PERIOD') {
        expect(q.windowStart, where).toBeDefined()
        expect(q.windowEnd, where).toBeDefined()
      } else if (q.windowKind) {
        expect(q.windowStart, where).toBeUndefined()
        expect(q.windowEnd, where).toBeDefined()
      } else {
        // A window the claim does not state has no dates either.
        expect([q.windowStart, q.windowEnd], where).toEqual([undefined, undefined])
      }
    }
  })

  it('writes quantity values as plain decimals: one value, or a range of two ends in order', () => {
    for (const { where, q } of allQuantities()) {
      for (const text of [q.value, q.low, q.high, q.per]) if (text !== undefined) expect(text, where).toMatch(/^-?\d+(\.\d+)?$/)
      if (q.bound === 'RANGE') {
        expect(q.value, where).toBeUndefined()
        expect(Number(q.low) <= Number(q.high), where).toBe(true)
      } else {
        expect(q.value, where).toBeDefined()
      }
    }
  })

  it('carries the second quantities the fact sheet gives: rates with their ranks, the investment with its ranks', () => {
    const figures = (key: string) => claims.find((c) => c.key === key)?.quantities?.map((q) => [q.kind, q.value ?? `${q.low}~${q.high}`])
    expect(figures('K-PATENTS-2022')).toEqual([['RATE', '10.26'], ['RANK', '1']])
    expect(figures('K-PATENTS-2023')).toEqual([['RATE', '17.27'], ['RANK', '1']])
    expect(figures('K-INVEST-2024')).toEqual([['MONEY', '1300000000'], ['RANK', '11'], ['RANK', '6'], ['RANK', '9']])
    expect(figures('K-TALENT-2024')).toEqual([['RATE', '-0.36'], ['RANK', '5']])
    expect(figures('K-TALENT-CONC')).toEqual([['RANK', '3']])
    expect(figures('K-GAP-1-2Y')).toEqual([['DURATION', '1~2']])
    const invest = claims.find((c) => c.key === 'K-INVEST-2024')!.quantities!
    expect(invest[0]).toMatchObject({ currency: 'USD', statedText: '13억 달러', decimals: -8 })
    expect(invest.slice(1).map((q) => q.windowStart?.slice(0, 4))).toEqual(['2024', '2022', '2023'])
    expect(claims.find((c) => c.key === 'K-TALENT-2024')!.quantities![1]).toMatchObject({ rankOf: 48, rankHighFirst: true })
    expect(claims.find((c) => c.key === 'K-PATENTS-2023')!.quantities![0]).toMatchObject({ per: '100000', perUnit: 'people' })
    // Kinds that need their own fields have them.
    for (const { where, q } of allQuantities()) {
      if (q.kind === 'MONEY') expect(q.currency, where).toMatch(/^[A-Z]{3}$/)
      if (q.kind === 'RATE') expect(q.per, where).toBeDefined()
      if (q.kind === 'DURATION') expect(q.durationUnit, where).toBeDefined()
    }
  })

  it('keeps the fact-sheet quantities exact', () => {
    const q = (key: string) => claims.find((c) => c.key === key)?.quantities?.[0]
    expect(q('K-PATENTS-2022')?.value).toBe('10.26')
    expect(q('K-PATENTS-2023')?.value).toBe('17.27')
    expect(q('K-NOTABLE-CUM')).toMatchObject({ value: '17', windowKind: 'CUMULATIVE', windowEnd: '2025-04-10' })
    expect(q('K-NOTABLE-CUM')?.windowStart).toBeUndefined()
    for (const key of ['K-NOTABLE-2023', 'K-NOTABLE-2024', 'K-NOTABLE-CUM']) {
      expect(q(key)?.metric, key).toBe('korean-notable-ai-models')
    }
    expect(q('K-PATENTS-2022')?.metric).toBe(q('K-PATENTS-2023')?.metric)
    expect(q('K-PATENTS-2022')?.unit).toBe(q('K-PATENTS-2023')?.unit)
  })

  it('never dates a claim as first seen after one of its dated appearances', () => {
    for (const c of claims) {
      if (!c.firstSeenAt) continue
      for (const a of c.appearances) {
        if (a.appearedAt) expect(c.firstSeenAt <= a.appearedAt, `${c.key} / ${a.sourceKey}`).toBe(true)
      }
    }
  })
})

describe('demo dataset: text', () => {
  it('keeps every claim in Korean with an English translation', () => {
    for (const c of claims) {
      expect(c.text, c.key).toMatch(/[\uac00-\ud7a3]/)
      expect(c.translation.trim(), c.key).not.toBe('')
      expect(c.translation, c.key).not.toMatch(/[\uac00-\ud7a3]/)
    }
  })

  it('quotes at most one sentence per excerpt', () => {
    const bad: string[] = []
    for (const c of claims) {
      for (const e of c.evidence) {
        if (e.excerpt !== undefined && !isSingleSentence(e.excerpt)) bad.push(`${c.key} / ${e.sourceKey}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('has a one-sentence check that rejects a multi-sentence paragraph', () => {
    expect(isSingleSentence('첫 문장이다. 둘째 문장이다.')).toBe(false)
    expect(isSingleSentence('It is one. It is two.')).toBe(false)
    expect(isSingleSentence('x'.repeat(301))).toBe(false)
    expect(isSingleSentence('EXAONE 3.5 32B가 올랐다.')).toBe(true)
  })
})

describe('demo dataset: metrics', () => {
  const metrics = demoDataset.metrics ?? []

  it('has the metrics the fact sheet implies, each claim on an existing metric and definition', () => {
    const onMetric = (key: string) => claims.filter((claim) => claim.quantities?.some((q) => q.metricKey === key)).map((claim) => claim.key)
    expect(onMetric('korean-notable-ai-models')).toEqual(['K-NOTABLE-2023', 'K-NOTABLE-2024', 'K-NOTABLE-CUM'])
    expect(onMetric('korean-foundation-models')).toEqual(['K-FM-2023', 'K-OWN-MODELS'])
    expect(onMetric('ai-patents-per-100k')).toEqual(['K-PATENTS-2022', 'K-PATENTS-2023'])
    for (const { where, q } of allQuantities().filter(({ q }) => q.metricKey)) {
      const metric = metrics.find((m) => m.key === q.metricKey)
      expect(metric?.definitions.map((d) => d.name), where).toContain(q.definitionName)
    }
  })

  it('has unique metric keys and definition names, real snapshot dates and existing sources', () => {
    expect(duplicates(metrics.map((m) => m.key))).toEqual([])
    const sourceKeys = new Set(sources.map((s) => s.key))
    for (const metric of metrics) {
      expect(duplicates(metric.definitions.map((d) => d.name)), metric.key).toEqual([])
      for (const definition of metric.definitions) {
        if (definition.sourceKey) expect(sourceKeys.has(definition.sourceKey), definition.name).toBe(true)
        if (definition.snapshotDate) expect(isRealDate(definition.snapshotDate), definition.name).toBe(true)
      }
    }
    expect(metrics.find((m) => m.key === 'korean-notable-ai-models')?.datasetCountry).toBe('Korea (Republic of)')
  })
})
