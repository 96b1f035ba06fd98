// The adapter from a stored quantity to a Quantity, the reader's window words, and the misattribution sentence.
import { describe, expect, it } from 'vitest'
import { formatWindow } from '../../../lib/i18n/format'
import { formatQuantity } from '../../../lib/quantities/format'
import { quantityFromRecord, type QuantityRecord } from '../../../lib/quantities/record'
import { misattributionSentence } from '../../../lib/relations/misattribution'

const record = (fields: Partial<QuantityRecord>): QuantityRecord => ({
  kind: 'COUNT',
  bound: 'EXACT',
  strict: false,
  value: null,
  low: null,
  high: null,
  decimals: null,
  statedText: null,
  unit: null,
  unitEn: null,
  currency: null,
  per: null,
  perUnit: null,
  rankOf: null,
  rankHighFirst: null,
  durationUnit: null,
  ...fields,
})

const both = (r: QuantityRecord) => {
  const q = quantityFromRecord(r)
  if (!q) throw new Error('not a quantity')
  return [formatQuantity(q, 'ko'), formatQuantity(q, 'en')]
}

describe('quantityFromRecord', () => {
  it('money stated to hundred millions, from a Decimal text', () => {
    expect(both(record({ kind: 'MONEY', value: '1300000000.000000', decimals: -8, currency: 'USD', unit: '달러', unitEn: 'US dollars' }))).toEqual([
      '13억 달러',
      'US$1.3 billion',
    ])
  })

  it('a rate whose unit column describes the metric takes its counter from the stated text, and its base in both languages', () => {
    const rate = record({ kind: 'RATE', value: '17.27', decimals: 2, statedText: '17.27건', unit: 'granted AI patents per 100,000 people', per: '100000', perUnit: 'people' })
    expect(both(rate)).toEqual(['10만 명당 17.27건', '17.27 per 100,000 people'])
    expect(both({ ...rate, perUnit: '명' })).toEqual(['10만 명당 17.27건', '17.27 per 100,000 people'])
  })

  it('ranks, bounds and counts with a Korean counter', () => {
    expect(both(record({ kind: 'RANK', value: '1', unit: '위', unitEn: 'place', rankHighFirst: true }))).toEqual(['1위', '1st'])
    expect(both(record({ kind: 'MULTIPLE', bound: 'AT_LEAST', value: '5' }))).toEqual(['5배 이상', 'at least 5-fold'])
    expect(both(record({ value: '47', unit: '곳', statedText: '47곳' }))).toEqual(['47곳', '47'])
    expect(both(record({ value: '12', unit: 'models' }))).toEqual(['12 models', '12 models'])
  })

  it('keeps the precision a stored Decimal has when none was recorded', () => {
    expect(both(record({ kind: 'PERCENT', value: '4.350000' }))).toEqual(['4.35%', '4.35%'])
  })

  it('gives null for a record that is not a whole quantity, rather than a guess', () => {
    expect(quantityFromRecord(record({ kind: 'MONEY', value: '5' }))).toBeNull()
    expect(quantityFromRecord(record({ bound: 'RANGE', low: '1' }))).toBeNull()
  })
})

describe('formatWindow', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
  it('writes a window at the precision its dates have, in each language', () => {
    expect(formatWindow('PERIOD', day('2024-01-01'), day('2024-12-31'), 'ko')).toBe('2024년')
    expect(formatWindow('PERIOD', day('2024-01-01'), day('2024-12-31'), 'en')).toBe('2024')
    expect(formatWindow('PERIOD', day('2022-01-01'), day('2024-12-31'), 'ko')).toBe('2022~2024년')
    expect(formatWindow('PERIOD', day('2024-03-01'), day('2024-06-30'), 'en')).toBe('March 2024 – June 2024')
    expect(formatWindow('PERIOD', day('2024-03-05'), day('2024-06-30'), 'ko')).toBe('2024년 3월 5일~2024년 6월 30일')
    expect(formatWindow('POINT', null, day('2025-04-10'), 'ko')).toBe('2025년 4월 10일 기준')
    expect(formatWindow('POINT', null, day('2025-04-10'), 'en')).toBe('as of 10 April 2025')
    expect(formatWindow('CUMULATIVE', null, day('2025-04-10'), 'en')).toBe('cumulative to 10 April 2025')
  })
})

describe('misattributionSentence', () => {
  it('says what the figure is not and what it is, with the Korean particles that fit', () => {
    const figure = { ko: '47곳', en: '47' }
    const actual = { ko: '○○도 한 곳의 참여 대학 수', en: 'the number of participating universities in one province' }
    expect(misattributionSentence(figure, actual, { ko: '전국 대학 수', en: 'the number of universities nationwide' })).toEqual({
      ko: '47곳은 전국 대학 수가 아니라 ○○도 한 곳의 참여 대학 수입니다.',
      en: '47 is not the number of universities nationwide but the number of participating universities in one province.',
    })
    expect(misattributionSentence({ ko: '12개', en: '12' }, { ko: '국내 기업 모델 수.', en: 'the number of models by Korean firms.' }, { ko: '세계 모델', en: 'models worldwide' })).toEqual({
      ko: '12개는 세계 모델이 아니라 국내 기업 모델 수입니다.',
      en: '12 is not models worldwide but the number of models by Korean firms.',
    })
    expect(misattributionSentence(figure, actual, null)).toEqual({
      ko: '47곳은 실제로는 ○○도 한 곳의 참여 대학 수입니다.',
      en: '47 is actually the number of participating universities in one province.',
    })
  })
})
