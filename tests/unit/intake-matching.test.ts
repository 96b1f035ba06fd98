// The intake page's figure matching (lib/claim-intake/matching.ts): same subject (through its aliases), windows that
// overlap, and a comparison that finds the figures equal, within precision or consistent.
import { describe, expect, it } from 'vitest'
import { canonicalSubject, detectLanguage, figureMatches, looksLikeHtml, windowsOverlap, type StoredFigure } from '../../lib/claim-intake/matching'
import { quantity } from '../../lib/quantities/types'

const y2024 = { start: '2024-01-01', end: '2024-12-31' }
const usd = (value: number, decimals: number, bound: 'EXACT' | 'APPROX' | 'AT_LEAST' = 'EXACT') => quantity({ kind: 'MONEY', currency: 'USD', value, decimals, bound })
const stored = (claimId: string, q: ReturnType<typeof quantity>, overrides: Partial<StoredFigure> = {}): StoredFigure => ({
  claimId,
  shortId: claimId,
  text: `claim ${claimId}`,
  subject: 'South Korea',
  window: y2024,
  metricId: null,
  quantity: q,
  ...overrides,
})

describe('canonicalSubject', () => {
  it('spells a country one way whatever the language', () => {
    expect(['한국', '국내', 'South Korea', 'Korea', ' korea '].map(canonicalSubject)).toEqual(Array(5).fill('korea'))
    expect(canonicalSubject('미국')).toBe(canonicalSubject('US'))
    expect(canonicalSubject('Samsung Electronics')).toBe('samsung electronics')
    expect(canonicalSubject('  ')).toBeNull()
  })
})

describe('windowsOverlap', () => {
  it('needs both windows and a shared day', () => {
    expect(windowsOverlap(y2024, { start: '2024-12-31', end: '2025-12-31' })).toBe(true)
    expect(windowsOverlap(y2024, { start: '2025-01-01', end: '2025-12-31' })).toBe(false)
    expect(windowsOverlap(y2024, { start: null, end: '2024-06-30' })).toBe(true)
    expect(windowsOverlap(y2024, null)).toBe(false)
    expect(windowsOverlap({ start: null, end: null }, y2024)).toBe(false)
  })
})

describe('figureMatches', () => {
  const figure = { quantity: usd(1_300_000_000, -8), subject: 'Korea', window: y2024 }

  it('finds an equal figure of the same subject and window', () => {
    expect(figureMatches(figure, [stored('a', usd(1_300_000_000, -8))])).toEqual([expect.objectContaining({ claimId: 'a', relation: 'EQUAL' })])
  })

  it('orders equal before within-precision before consistent, one match per claim', () => {
    const matches = figureMatches(figure, [
      stored('consistent', usd(1_000_000_000, 0, 'AT_LEAST')),
      stored('precise', usd(1_320_000_000, -7)),
      stored('equal', usd(1_300_000_000, -8)),
      stored('equal', usd(1_000_000_000, 0, 'AT_LEAST')),
    ])
    expect(matches.map((m) => [m.claimId, m.relation])).toEqual([
      ['equal', 'EQUAL'],
      ['precise', 'AGREE_WITHIN_PRECISION'],
      ['consistent', 'CONSISTENT'],
    ])
  })

  it('leaves out a different figure, another subject, another window and a figure without subject or window', () => {
    const others = [
      stored('different', usd(2_100_000_000, -8)),
      stored('us', usd(1_300_000_000, -8), { subject: 'US' }),
      stored('2023', usd(1_300_000_000, -8), { window: { start: '2023-01-01', end: '2023-12-31' } }),
      stored('count', quantity({ kind: 'COUNT', value: 1_300_000_000, decimals: -8 })),
    ]
    expect(figureMatches(figure, others)).toEqual([])
    expect(figureMatches({ ...figure, subject: null }, [stored('a', usd(1_300_000_000, -8))])).toEqual([])
    expect(figureMatches({ ...figure, window: null }, [stored('a', usd(1_300_000_000, -8))])).toEqual([])
  })

  it('matches on the same metric, never across two different metrics, and by subject and window when one has none', () => {
    const onMetric = { ...figure, metricId: 'investment' }
    const matches = figureMatches(onMetric, [
      stored('same', usd(1_300_000_000, -8), { metricId: 'investment' }),
      stored('other', usd(1_300_000_000, -8), { metricId: 'exports' }),
      stored('none', usd(1_300_000_000, -8)),
    ])
    expect(matches.map((m) => [m.claimId, m.sameMetric])).toEqual([
      ['same', true],
      ['none', false],
    ])
    expect(figureMatches(figure, [stored('other', usd(1_300_000_000, -8), { metricId: 'exports' })])).toEqual([expect.objectContaining({ claimId: 'other', sameMetric: false })])
  })
})

describe('detectLanguage and looksLikeHtml', () => {
  it('reads the share of Hangul', () => {
    expect(detectLanguage('한국의 민간 AI 투자액은 13억 달러로 집계됐다.')).toBe('ko')
    expect(detectLanguage('Korea’s private AI investment was $1.3 billion, per the 한국 desk.')).toBe('en')
  })
  it('tells markup from text', () => {
    expect(looksLikeHtml('<div class="a"><p>본문</p></div>')).toBe(true)
    expect(looksLikeHtml('3 < 5 and 7 > 2')).toBe(false)
  })
})
