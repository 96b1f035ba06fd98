import { describe, expect, it } from 'vitest'
import {
  assignCitationKeys,
  citationKeyBase,
  citationsFor,
  citedKeys,
  parseCitations,
  unknownCitations,
  usedCitations,
} from '../../lib/verdicts/citations'

const source = (title: string, publishedAt: string | null = null, publisher = 'Stanford HAI') => ({ title, publisher, publishedAt })

describe('citation keys', () => {
  it('takes the first words of the title and adds the year when the title lacks it', () => {
    expect(citationKeyBase(source('AI Index Report 2024', '2024-04-15'))).toBe('AI-Index-Report-2024')
    expect(citationKeyBase(source('Notable AI Models (database)', '2025-01-01'))).toBe('Notable-AI-Models-2025')
    expect(citationKeyBase(source('Ecosystem Graphs'))).toBe('Ecosystem-Graphs')
  })

  it('keeps Hangul and drops punctuation', () => {
    expect(citationKeyBase(source("'한국기업 파운데이션 모델 개발 0건' 보도, 사실과 달라", '2024-04-17'))).toBe('한국기업-파운데이션-모델-2024')
  })

  it('falls back to the publisher, then to "source"', () => {
    expect(citationKeyBase(source('—', null, 'Epoch AI'))).toBe('Epoch-AI')
    expect(citationKeyBase(source('«»', null, '—'))).toBe('source')
  })

  it('keeps keys short', () => {
    expect(citationKeyBase(source('Supercalifragilisticexpialidocious Extraordinarily Lengthy Words'))).toBe('Supercalifragilisticexpialidocious')
  })

  it('numbers repeats -2, -3 in the order given, ignoring case', () => {
    const items = ['AI Index', 'AI Index', 'ai index', 'Other'].map((title) => ({ source: source(title) }))
    const keys = assignCitationKeys(items).map((item) => item.key)
    expect(keys).toEqual(['AI-Index', 'AI-Index-2', 'ai-index-3', 'Other'])
  })
})

describe('finding citations in an analysis', () => {
  const citations = citationsFor([
    {
      id: 'e1',
      stance: 'CONTRADICTS',
      excerpt: 'Korea: 1',
      locator: 'p. 3',
      source: {
        kind: 'PRIMARY_REPORT',
        publisher: 'Stanford HAI',
        author: null,
        title: 'AI Index Report 2025',
        url: 'https://example.org/r',
        publishedAt: new Date('2025-04-07T00:00:00Z'),
        publishedPrecision: 'DAY',
        publishedApprox: false,
        accessedAt: null,
      },
    },
  ])

  it('turns evidence rows into JSON-safe citations', () => {
    expect(citations).toEqual([
      expect.objectContaining({ key: 'AI-Index-Report-2025', evidenceId: 'e1', source: expect.objectContaining({ publishedAt: '2025-04-07T00:00:00.000Z' }) }),
    ])
    expect(parseCitations(JSON.parse(JSON.stringify(citations)))).toEqual(citations)
  })

  it('lists cited keys once, in order of first mention, ignoring code', () => {
    const text = 'A [^B] then [^A] and [^B] again. `[^InCode]`\n\n```\n[^Fenced]\n```\n'
    expect(citedKeys(text)).toEqual(['B', 'A'])
  })

  it('reports keys that name no evidence item', () => {
    expect(unknownCitations('See [^AI-Index-Report-2025] and [^Nope].', citations)).toEqual(['Nope'])
    expect(unknownCitations('No citations at all, [not one] or [^ ].', citations)).toEqual([])
  })

  it('numbers the citations used', () => {
    expect(usedCitations('[^Nope] [^AI-Index-Report-2025]', citations).map((c) => [c.key, c.number])).toEqual([['AI-Index-Report-2025', 1]])
  })

  it('drops malformed stored citations rather than failing', () => {
    expect(parseCitations([{ key: 1 }, null, 'x'])).toEqual([])
    expect(parseCitations({})).toEqual([])
  })
})
