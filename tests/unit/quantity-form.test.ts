// The claim form's quantity rows: the figure as stated read into the row's fields, stored quantities into form
// values, and form values back into the quantities the actions write.
import { describe, expect, it } from 'vitest'
import { parseQuantityFieldName, rawQuantityRows, quantityFieldName, quantityFormValues, quantityRowsOf, rowFromParsed } from '../../lib/claims/quantity-form'
import { claimInput } from '../../lib/claims/schema'
import { parseQuantity } from '../../lib/quantities/parse'

const minimal = { text: '주장', language: 'ko' }
const row = (fields: Record<string, string>, n = 0) => Object.fromEntries(Object.entries(fields).map(([field, value]) => [quantityFieldName(n, field as never), value]))
const filled = (text: string) => rowFromParsed(parseQuantity(text, { lang: 'ko' })!)

describe('a figure as stated fills the row', () => {
  it('"5배 이상": a multiple, at least 5', () => {
    expect(filled('5배 이상')).toMatchObject({ kind: 'MULTIPLE', bound: 'AT_LEAST', strict: '', value: '5', low: '', high: '', unit: '', decimals: '0' })
  })

  it('"US$2.1 billion": money in dollars, its value in dollars, stated to 0.1 billion', () => {
    expect(filled('US$2.1 billion')).toMatchObject({ kind: 'MONEY', bound: 'EXACT', value: '2100000000', currency: 'USD', decimals: '-8' })
  })

  it('"10만 명당 17.27건": a rate per 100,000 people', () => {
    expect(filled('10만 명당 17.27건')).toMatchObject({ kind: 'RATE', value: '17.27', per: '100000', perUnit: '명', unit: '건', unitEn: 'cases', decimals: '2' })
  })

  it('"7위" and "4th of 30": ranks, with "of N" when stated', () => {
    expect(filled('7위')).toMatchObject({ kind: 'RANK', value: '7', rankOf: '' })
    expect(filled('4th of 30')).toMatchObject({ kind: 'RANK', value: '4', rankOf: '30' })
  })

  it('"약 1~2년": a range of years, its two ends and no single value', () => {
    expect(filled('약 1~2년')).toMatchObject({ kind: 'DURATION', bound: 'RANGE', value: '', low: '1', high: '2', durationUnit: 'year' })
  })

  it('"2만 명" keeps its precision to ten thousands', () => {
    expect(filled('2만 명')).toMatchObject({ kind: 'COUNT', value: '20000', unit: '명', decimals: '-4' })
  })

  it('what the parser fills, with a window, saves as the quantity the parser read', () => {
    for (const [text, expected] of [
      ['5배 이상', { kind: 'MULTIPLE', bound: 'AT_LEAST', value: '5', decimals: 0, unit: null }],
      ['US$2.1 billion', { kind: 'MONEY', value: '2100000000', currency: 'USD', decimals: -8 }],
      ['10만 명당 17.27건', { kind: 'RATE', value: '17.27', per: '100000', perUnit: '명', unit: '건' }],
      ['7위', { kind: 'RANK', value: '7' }],
      ['약 1~2년', { kind: 'DURATION', bound: 'RANGE', low: '1', high: '2', durationUnit: 'year' }],
    ] as const) {
      const data = claimInput.parse({ ...minimal, ...row({ statedText: text, ...filled(text), windowKind: 'NOT_STATED' }) }).quantities[0]?.data
      expect(data, text).toMatchObject({ ...expected, statedText: text, windowKind: null })
    }
  })
})

describe('form values and stored quantities', () => {
  const stored = {
    kind: 'COUNT',
    bound: 'EXACT',
    strict: false,
    value: null,
    low: null,
    high: null,
    decimals: null,
    statedText: null,
    subject: null,
    metricLabel: null,
    unit: null,
    unitEn: null,
    currency: null,
    per: null,
    perUnit: null,
    rankOf: null,
    durationUnit: null,
    windowKind: null,
    windowStart: null,
    windowEnd: null,
    definition: null,
    metricId: null,
    metricDefinitionId: null,
  }
  const quantities = [
    { ...stored, position: 1, kind: 'RANK', value: '7', decimals: 0, rankOf: 30, windowKind: 'POINT', windowEnd: new Date('2024-12-31T00:00:00Z'), statedText: '7위' },
    {
      ...stored,
      position: 0,
      kind: 'RATE',
      value: '17.270000',
      decimals: 2,
      unit: '건',
      per: '100000.000000',
      perUnit: '명',
      subject: '한국',
      windowKind: 'PERIOD',
      windowStart: new Date('2023-01-01T00:00:00Z'),
      windowEnd: new Date('2023-12-31T00:00:00Z'),
      definition: 'AI patents',
    },
  ]

  it('name each row by its position, in order', () => {
    const values = quantityFormValues(quantities)
    expect(values).toMatchObject({ 'quantities.0.kind': 'RATE', 'quantities.0.value': '17.27', 'quantities.0.per': '100000', 'quantities.1.rankOf': '30', 'quantities.1.asOf': '2024-12-31' })
    expect(quantityRowsOf(values)).toEqual([0, 1])
    expect(quantityRowsOf({})).toEqual([0])
  })

  it('read back into the same quantities, each from its row', () => {
    const data = claimInput.parse({ ...minimal, ...quantityFormValues(quantities) }).quantities
    expect(data.map(({ row }) => row)).toEqual([0, 1])
    expect(data[0].data).toMatchObject({ kind: 'RATE', value: '17.27', decimals: 2, per: '100000', perUnit: '명', subject: '한국', windowStart: new Date('2023-01-01T00:00:00Z') })
    expect(data[1].data).toMatchObject({ kind: 'RANK', value: '7', rankOf: 30, statedText: '7위', windowKind: 'POINT', windowEnd: new Date('2024-12-31T00:00:00Z') })
  })

  it('field names: quantities.<row>.<field> and nothing else', () => {
    expect(parseQuantityFieldName('quantities.12.value')).toEqual({ row: 12, field: 'value' })
    for (const other of ['quantities.1.nope', 'quantities.100.value', 'quantities..value', 'quantityValue', 'quantities.1.value.x']) expect(parseQuantityFieldName(other), other).toBeNull()
    expect(rawQuantityRows({ text: 'x', 'quantities.2.value': '5', 'quantities.0.unit': '명', 'quantities.10.kind': 'RANK' })).toEqual([
      [0, { unit: '명' }],
      [2, { value: '5' }],
      [10, { kind: 'RANK' }],
    ])
  })
})
