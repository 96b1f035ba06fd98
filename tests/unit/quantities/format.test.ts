import { describe, expect, it } from 'vitest'
import { formatKoreanNumber, formatQuantity, ordinal } from '../../../lib/quantities/format'
import { parseQuantity } from '../../../lib/quantities/parse'
import { quantity } from '../../../lib/quantities/types'

const both = (text: string) => {
  const q = parseQuantity(text)
  if (!q) throw new Error(`test input does not parse: ${text}`)
  return [formatQuantity(q, 'ko'), formatQuantity(q, 'en')]
}

describe('formatQuantity', () => {
  it.each([
    ['2억 달러', '2억 달러', 'US$200 million'],
    ['2,700억원', '2,700억 원', '₩270 billion'],
    ['7위', '7위', '7th'],
    ['30개국 중 4위', '4위(30개 중)', '4th of 30'],
    ['인구 10만 명당 17.27건', '10만 명당 17.27건', '17.27 per 100,000 people'],
    ['5배 이상', '5배 이상', 'at least 5-fold'],
    ['5배 초과', '5배 초과', 'more than 5-fold'],
    ['약 2만 명', '약 2만 명', 'about 20,000 people'],
    ['1~2년', '1~2년', '1–2 years'],
    ['220% 증가', '220% 증가', '220% increase'],
    ['20% 감소', '20% 감소', '20% decrease'],
    ['10% 이상 감소', '10% 이상 감소', 'at least 10% decrease'],
    ['2.5%p', '2.5%p', '2.5 percentage points'],
    ['2.5%p 하락', '2.5%p 하락', 'down 2.5 percentage points'],
    ['US$2.1 billion', '21억 달러', 'US$2.1 billion'],
    ['2조5000억원', '2조 5,000억 원', '₩2.5 trillion'],
    ['3억 5천만 달러', '3억 5,000만 달러', 'US$350 million'],
    ['19,800명', '19,800명', '19,800 people'],
    ['1명', '1명', '1 person'],
    ['3.2점', '3.2점', '3.2 points'],
    ['1 year', '1년', '1 year'],
    ['18개월', '18개월', '18 months'],
    ['fewer than 5 people', '5명 미만', 'fewer than 5 people'],
    ['up to 10%', '10% 이하', 'up to 10%'],
    ['4.40', '4.40', '4.40'],
    ['€5m', '500만 유로', '€5 million'],
    ['$1,234,567,890', '12억 3,456만 7,890달러', 'US$1,234,567,890'],
    ['2~3억 원', '2억~3억 원', '₩200 million–₩300 million'],
    ['3–5% increase', '3~5% 증가', '3–5% increase'],
    ['12.5 per 1,000 people', '1,000명당 12.5', '12.5 per 1,000 people'],
    ['2.5배', '2.5배', '2.5-fold'],
    ['more than 20 million voters', '2,000만 voters 초과', 'more than 20 million voters'],
  ])('%s → %s / %s', (text, ko, en) => {
    expect(both(text)).toEqual([ko, en])
  })

  it('never writes more digits than the stated precision', () => {
    const q = quantity({ kind: 'COUNT', value: 19837, unit: '명', unitKo: '명', unitEn: 'people', decimals: -3 })
    expect(formatQuantity(q, 'ko')).toBe('20,000명')
    expect(formatQuantity(q, 'en')).toBe('20,000 people')
    const p = quantity({ kind: 'PERCENT', value: 4.3567, decimals: 1 })
    expect(formatQuantity(p, 'ko')).toBe('4.4%')
  })

  it('writes multiples compactly for computations', () => {
    const q = quantity({ kind: 'MULTIPLE', value: 2, decimals: 1 })
    expect(formatQuantity(q, 'en', { compact: true })).toBe('2.0×')
    expect(formatQuantity(q, 'ko', { compact: true })).toBe('2.0배')
  })

  it('writes Korean amounts in groups of four digits down to the precision', () => {
    expect(formatKoreanNumber(2.5e12, -8)).toBe('2조 5,000억')
    expect(formatKoreanNumber(20000, -4)).toBe('2만')
    expect(formatKoreanNumber(19800, 0)).toBe('19,800')
    expect(formatKoreanNumber(9999, -3)).toBe('10,000')
    expect(formatKoreanNumber(1.9e12, -11)).toBe('1조 9,000억')
  })

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th'])
  })
})
