import { describe, expect, it } from 'vitest'
import { compareQuantities, type CompareContext } from '../../../lib/quantities/compare'
import { parseQuantity } from '../../../lib/quantities/parse'
import { quantity, type Quantity } from '../../../lib/quantities/types'

const q = (text: string): Quantity => {
  const parsed = parseQuantity(text)
  if (!parsed) throw new Error(`test input does not parse: ${text}`)
  return parsed
}
const compare = (a: string, b: string, context?: CompareContext) => compareQuantities(q(a), q(b), context)

describe('the issue examples', () => {
  it('3.2배 and 220% 증가 are EQUAL through ×k ≡ +(k−1)·100%', () => {
    const c = compare('3.2배', '220% 증가')
    expect(c.relation).toBe('EQUAL')
    expect(c.conversions.map((x) => x.code)).toEqual(['multiple_to_percent_change'])
    expect(c.explanation.ko).toContain('3.2배는 220% 증가와 같습니다')
    expect(c.explanation.en).toContain('3.2× is the same as a 220% increase')
  })
  it('약 2만 명 and 19,800명 are CONSISTENT, and the reader is told the range', () => {
    const c = compare('약 2만 명', '19,800명')
    expect(c.relation).toBe('CONSISTENT')
    expect(c.explanation.ko).toContain('15,000~25,000명')
    expect(c.explanation.en).toContain('15,000–25,000 people')
    expect(c.explanation.en).toContain('both can be true')
  })
  it('최소 5곳 and 4곳 are DIFFERENT', () => {
    const c = compare('최소 5곳', '4곳')
    expect(c.relation).toBe('DIFFERENT')
    expect(c.explanation.ko).toContain('함께 참일 수 없습니다')
    expect(c.explanation.en).toContain('cannot both be true')
  })
  it('2.5%p and 2.5% are INCOMPARABLE: percent vs percentage points', () => {
    const c = compare('2.5%p', '2.5%')
    expect(c).toMatchObject({ relation: 'INCOMPARABLE', reason: 'percent_vs_points' })
    expect(c.explanation.ko).toContain('퍼센트포인트')
    expect(c.explanation.en).toContain('percentage point')
  })
  it('4.35 and 4.4 AGREE_WITHIN_PRECISION (4.35 rounds half up to 4.4)', () => {
    const c = compare('4.35', '4.4')
    expect(c.relation).toBe('AGREE_WITHIN_PRECISION')
    expect(c.explanation.en).toBe('4.35 rounds to 4.4 at one decimal: the two figures agree within the precision stated.')
    expect(c.explanation.ko).toBe('4.35를 소수 첫째 자리까지 반올림하면 4.4입니다: 두 수치는 표기된 정밀도 안에서 일치합니다.')
  })
})

describe('relations', () => {
  it.each([
    ['2만 명', '20,000명', 'EQUAL'],
    ['US$200 million', '2억 달러', 'EQUAL'],
    ['최소 5곳', '5곳 이상', 'EQUAL'],
    ['1~2년', '1–2 years', 'EQUAL'],
    ['30 people', '30명', 'EQUAL'],
    ['3.2점', '3.2 points', 'EQUAL'],
    ['2만 명', '19,800명', 'AGREE_WITHIN_PRECISION'],
    ['4.4%', '4.44%', 'AGREE_WITHIN_PRECISION'],
    ['4.349', '4.4', 'DIFFERENT'],
    ['4.45', '4.4', 'DIFFERENT'],
    ['4.3', '4.4', 'DIFFERENT'],
    ['17곳', '18곳', 'DIFFERENT'],
    ['약 2만 명', '25,000명', 'DIFFERENT'],
    ['약 2만 명', '15,000명', 'CONSISTENT'],
    ['약 3만 명', '약 2만 명', 'DIFFERENT'],
    ['약 100명', '약 110명', 'CONSISTENT'],
    ['최소 5곳', '최대 10곳', 'CONSISTENT'],
    ['최소 11곳', '최대 10곳', 'DIFFERENT'],
    ['10곳 이상', '10곳 이하', 'CONSISTENT'],
    ['10곳 초과', '10곳 이하', 'DIFFERENT'],
    ['5곳', '5곳 초과', 'DIFFERENT'],
    ['6곳', '5곳 초과', 'CONSISTENT'],
    ['5곳', '최소 5곳', 'CONSISTENT'],
    ['4곳', '5곳 미만', 'CONSISTENT'],
    ['4.4%', '4.4% 초과', 'CONSISTENT'],
    ['1~2년', '18개월', 'CONSISTENT'],
    ['1~2년', '3년', 'DIFFERENT'],
    ['3–5%', '4%', 'CONSISTENT'],
    ['3–5%', '4–6%', 'CONSISTENT'],
    ['3–5%', '6–8%', 'DIFFERENT'],
    ['5배 이상', '220% 증가', 'DIFFERENT'],
    ['5배 이상', '450% 증가', 'CONSISTENT'],
    ['2.5배', '150% increase', 'EQUAL'],
    ['0.5배', '50% 감소', 'EQUAL'],
    ['3.2배', '225% 증가', 'DIFFERENT'],
    ['3.2배', '218% 증가', 'AGREE_WITHIN_PRECISION'],
    ['하나도 없다', '3곳', 'DIFFERENT'],
    ['none', '0 models', 'EQUAL'],
    ['7위', '7th', 'EQUAL'],
    ['7위', '8위', 'DIFFERENT'],
    ['10위 이내', '7위', 'CONSISTENT'],
    ['−20%', '20% 감소', 'EQUAL'],
    ['2.5%p', '2.5 percentage points', 'EQUAL'],
    ['20% 감소', '10% 이상 감소', 'CONSISTENT'],
    ['5% 감소', '10% 이상 감소', 'DIFFERENT'],
  ])('%s vs %s: %s', (a, b, relation) => {
    const c = compare(a, b)
    expect(c.relation).toBe(relation)
    expect(c.reason).toBeNull()
    expect(c.explanation.ko.length).toBeGreaterThan(0)
    expect(c.explanation.en.length).toBeGreaterThan(0)
  })

  it('is symmetric in its relation', () => {
    for (const [a, b] of [['약 2만 명', '19,800명'], ['4.35', '4.4'], ['최소 5곳', '4곳'], ['3.2배', '220% 증가'], ['1~2년', '18개월']]) {
      expect(compare(a, b).relation).toBe(compare(b, a).relation)
    }
  })

  it('does not let float arithmetic decide: 0.1 + 0.2 style values compare exactly', () => {
    expect(compare('0.3%', '0.30%').relation).toBe('EQUAL')
    expect(compare('1.1배', '10% 증가').relation).toBe('EQUAL')
    expect(compare('2.15', '2.2').relation).toBe('AGREE_WITHIN_PRECISION')
    expect(compare('1.005', '1.01').relation).toBe('AGREE_WITHIN_PRECISION')
  })
})

describe('conversions', () => {
  it('durations: years to months, weeks to days', () => {
    const c = compare('2년', '24개월')
    expect(c.relation).toBe('EQUAL')
    expect(c.conversions).toEqual([{ code: 'duration_units', ko: '1년 = 12개월', en: '1 year = 12 months' }])
    expect(compare('2주', '14일').conversions[0]).toMatchObject({ code: 'duration_units', en: '1 week = 7 days' })
    expect(compare('1일', '24시간').relation).toBe('EQUAL')
  })
  it('scale words, said in each language', () => {
    const c = compare('2억 달러', '$200,000,000')
    expect(c.relation).toBe('EQUAL')
    expect(c.conversions).toContainEqual({ code: 'scale_words', ko: '2억 = 200,000,000', en: '200 million = 200,000,000' })
  })
  it('rate bases of one population', () => {
    const c = compare('12.5 per 1,000 people', '인구 10만 명당 1,250명')
    expect(c.relation).toBe('EQUAL')
    expect(c.conversions.map((x) => x.code)).toEqual(['rate_base'])
  })
  it('currencies at a rate the caller states', () => {
    const rates = { exchangeRates: [{ from: 'USD' as const, to: 'KRW' as const, rate: 1350 }] }
    const c = compare('2,700억원', '2억 달러', rates)
    expect(c.relation).toBe('EQUAL')
    expect(c.conversions.map((x) => x.code)).toContain('currency')
    expect(compare('약 2,700억원', '2억 달러', { exchangeRates: [{ from: 'USD', to: 'KRW', rate: 1300 }] }).relation).toBe('CONSISTENT')
  })
})

describe('refusals', () => {
  it.each([
    ['2.5%p', '2.5%', 'percent_vs_points'],
    ['2.5%p', '2.5% 증가', 'percent_vs_points'],
    ['2억 달러', '2,700억원', 'currencies_without_rate'],
    ['7위', '7곳', 'rank_vs_value'],
    ['30%', '20% 증가', 'kinds_differ'],
    ['3배', '30%', 'kinds_differ'],
    ['5곳', '5억 원', 'kinds_differ'],
    ['30명', '30곳', 'units_differ'],
    ['1년', '365일', 'units_differ'],
    ['1,000명당 3건', '1,000가구당 3건', 'other_base'],
    ['30개국 중 4위', '4th of 35', 'other_base'],
    ['7th largest', '7th lowest', 'other_definition'],
  ])('%s vs %s: %s', (a, b, reason) => {
    const c = compare(a, b)
    expect(c).toMatchObject({ relation: 'INCOMPARABLE', reason })
    expect(c.explanation.ko).not.toBe('')
    expect(c.explanation.en).not.toBe('')
  })

  it('refuses a price year other than the other amount’s', () => {
    const a = quantity({ kind: 'MONEY', value: 1e9, currency: 'USD', decimals: -8, priceYear: 2020 })
    const b = quantity({ kind: 'MONEY', value: 1e9, currency: 'USD', decimals: -8, priceYear: 2023 })
    expect(compareQuantities(a, b).reason).toBe('other_price_year')
  })

  it('refuses other subjects, windows and definitions, and names them', () => {
    const subject = compare('17곳', '17곳', { subjectA: '미국', subjectB: '한국' })
    expect(subject).toMatchObject({ relation: 'INCOMPARABLE', reason: 'other_subject' })
    expect(subject.explanation.ko).toContain('미국 / 한국')
    expect(subject.explanation.en).toContain('different subjects')
    expect(compare('0곳', '1곳', { windowA: { kind: 'PERIOD', start: '2023-01-01' }, windowB: { kind: 'PERIOD', start: '2024-01-01' } }).reason).toBe('other_window')
    expect(compare('17곳', '18곳', { definitionA: 'notable', definitionB: 'all' }).reason).toBe('other_definition')
    expect(compare('17곳', '17곳', { windowA: null, windowB: '2024' }).reason).toBe('other_window')
  })

  it('compares when the context agrees (case and spacing aside) or is not given for one side', () => {
    expect(compare('17곳', '18곳', { subjectA: 'Korea', subjectB: ' korea ', windowA: { y: 2024 }, windowB: { y: 2024 } }).relation).toBe('DIFFERENT')
    expect(compare('17곳', '17곳', { subjectA: 'Korea' }).relation).toBe('EQUAL')
  })

  it('never says EQUAL or CONSISTENT across kinds that do not convert', () => {
    const texts = ['30%', '30% 증가', '30%p', '30배', '30위', '30곳', '30점', '30년', '30억 원', '30']
    for (const a of texts) {
      for (const b of texts) {
        if (a === b) continue
        const c = compare(a, b)
        const convertible = new Set([a, b]).has('30배') && new Set([a, b]).has('30% 증가')
        if (!convertible) expect(c.relation, `${a} vs ${b}`).toBe('INCOMPARABLE')
      }
    }
  })
})
