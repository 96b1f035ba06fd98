import { describe, expect, it } from 'vitest'
import { extractCandidates } from '../../../lib/intake/extract'

const subjects = (text: string, lang: 'ko' | 'en' = 'ko') =>
  extractCandidates(text, { lang, published: '2025-06-01' }).candidates.map((c) => [text.slice(c.start, c.end), c.subject])

describe('subject guesses', () => {
  it('normalises countries in both languages', () => {
    expect(subjects('우리나라는 5위, 미국은 1위, 중국은 2위, 일본은 7위였다.')).toEqual([
      ['5위', 'Korea'], ['1위', 'US'], ['2위', 'China'], ['7위', 'Japan'],
    ])
    expect(subjects('국내 AI 기업은 2,500곳이다.')).toEqual([['2,500곳', 'Korea']])
    expect(subjects("South Korea's exports rose 5.9%. The United States attracted $109.1 billion, nearly 12 times China's $9.3 billion.", 'en')).toEqual([
      ['rose 5.9%', 'Korea'], ['$109.1 billion', 'US'], ['nearly 12 times', 'US'], ['$9.3 billion', 'China'],
    ])
  })

  it('prefers the subject of the clause over a nearer genitive ("미국은 ... 한국의 2.6배": US)', () => {
    expect(subjects('미국은 10만 명당 약 290명으로 한국의 2.6배 수준이다.')).toEqual([['10만 명당 약 290명', 'US'], ['2.6배 수준', 'US']])
  })

  it('names a company, by its stock code or its name, and never the ministry that publishes the figure', () => {
    expect(subjects('삼성전자[005930]가 1,480건으로 가장 많았고, LG전자[066570]가 960건이었다.')).toEqual([['1,480건', '삼성전자'], ['960건', 'LG전자']])
    expect(subjects('SK Hynix posted a 9.2 trillion won profit.', 'en')).toEqual([['9.2 trillion won', 'SK Hynix']])
    expect(subjects('과학기술정보통신부는 예산을 1조 원으로 늘렸다고 밝혔다.')).toEqual([['1조 원', null]])
  })

  it('carries the subject on within a paragraph, not into the next', () => {
    expect(subjects('중국은 8만 건을 넘었다. 인구 대비로는 11위다.\n점유율은 12%다.')).toEqual([['8만 건을 넘었', 'China'], ['11위', 'China'], ['12%', null]])
  })
})
