import { describe, expect, it } from 'vitest'
import { change, checkStated, difference, rankCheck, ratio, share, sum } from '../../../lib/quantities/arithmetic'
import { parseQuantity } from '../../../lib/quantities/parse'
import type { Quantity } from '../../../lib/quantities/types'

const q = (text: string): Quantity => {
  const parsed = parseQuantity(text)
  if (!parsed) throw new Error(`test input does not parse: ${text}`)
  return parsed
}
const implied = (d: ReturnType<typeof ratio>) => {
  if (!d.ok) throw new Error(`refused: ${d.reason}`)
  return d
}

describe('derived quantities', () => {
  it('ratio of two amounts, written out in both languages', () => {
    const d = implied(ratio(q('4억 달러'), q('2억 달러')))
    expect(d.implied).toMatchObject({ kind: 'MULTIPLE', value: 2, bound: 'EXACT' })
    expect(d.computation).toEqual({ ko: '4억 달러 ÷ 2억 달러 = 2.0배', en: 'US$400 million ÷ US$200 million = 2.0×' })
  })

  it('ratio keeps the exact value and rounds only what it writes', () => {
    const d = implied(ratio(q('2.1조 원'), q('8,000억 원')))
    expect(d.implied.value).toBe(2.625)
    expect(d.computation.en).toBe('₩2.1 trillion ÷ ₩800 billion = 2.6×')
    expect(implied(ratio(q('1곳'), q('3곳'))).implied.value).toBeCloseTo(1 / 3, 12)
  })

  it('difference of two percents is in percentage points', () => {
    const d = implied(difference(q('35.5%'), q('30%')))
    expect(d.implied).toMatchObject({ kind: 'PERCENTAGE_POINTS', value: 5.5 })
    expect(d.computation).toEqual({ ko: '35.5% − 30% = 5.5%p', en: '35.5% − 30% = 5.5 percentage points' })
  })

  it('difference of two amounts stays an amount, at the inputs’ precision', () => {
    const d = implied(difference(q('US$2.1 billion'), q('US$200 million')))
    expect(d.implied).toMatchObject({ kind: 'MONEY', currency: 'USD', value: 1.9e9 })
    expect(d.computation.en).toBe('US$2.1 billion − US$200 million = US$1.9 billion')
  })

  it('sum of parts, exact with decimals (0.1 + 0.2 = 0.3)', () => {
    const d = implied(sum([q('3곳'), q('4곳'), q('5곳')]))
    expect(d.implied).toMatchObject({ kind: 'COUNT', value: 12, unit: '곳' })
    expect(d.computation.ko).toBe('3곳 + 4곳 + 5곳 = 12곳')
    expect(implied(sum([q('0.1%'), q('0.2%')])).implied.value).toBe(0.3)
  })

  it('share of a total as a percent', () => {
    const d = implied(share(q('3명'), q('12명')))
    expect(d.implied).toMatchObject({ kind: 'PERCENT', value: 25 })
    expect(d.computation.en).toBe('3 people ÷ 12 people = 25.0%')
  })

  it('change between two windows, as a percent change and as a multiple', () => {
    const c = change(q('2,000명'), q('6,400명'))
    expect(implied(c.percentChange).implied).toMatchObject({ kind: 'PERCENT_CHANGE', value: 220 })
    expect(implied(c.multiple).implied).toMatchObject({ kind: 'MULTIPLE', value: 3.2 })
    expect(implied(c.percentChange).computation.ko).toBe('(6,400명 ÷ 2,000명 − 1) × 100 = 220.0% 증가')
  })

  it('an approximate input makes an approximate result', () => {
    const d = implied(ratio(q('약 4억 달러'), q('2억 달러')))
    expect(d.implied.bound).toBe('APPROX')
    expect(d.computation.ko).toContain('≈')
  })

  it.each([
    [() => ratio(q('2억 달러'), q('2,700억원')), 'currencies_differ'],
    [() => ratio(q('3명'), q('3곳')), 'units_differ'],
    [() => ratio(q('3명'), q('30%')), 'kinds_differ'],
    [() => ratio(q('3명'), q('0명')), 'division_by_zero'],
    [() => ratio(q('최소 3명'), q('2명')), 'not_a_single_value'],
    [() => ratio(q('1~2년'), q('1년')), 'not_a_single_value'],
    [() => sum([q('7위'), q('3위')]), 'not_additive'],
    [() => sum([]), 'no_parts'],
    [() => difference(q('1년'), q('3개월')), 'units_differ'],
    [() => ratio(q('1,000명당 3건'), q('10만 명당 3건')), 'other_base'],
    [() => share(q('3배'), q('4배')), 'kinds_differ'],
  ])('refuses with a reason (%#: %s)', (derive, reason) => {
    const d = derive()
    expect(d.ok).toBe(false)
    if (!d.ok) {
      expect(d.reason).toBe(reason)
      expect(d.explanation.ko).not.toBe('')
      expect(d.explanation.en).not.toBe('')
    }
  })
})

describe('checkStated', () => {
  const r = () => implied(ratio(q('2.1조 원'), q('8,000억 원'))).implied // 2.625

  it.each([
    ['2.6배', true],
    ['2.63배', true],
    ['2.625배', true],
    ['3배', true],
    ['2.7배', false],
    ['2.62배', false],
    ['2.6배 이상', true],
    ['3배 이상', false],
    ['약 2.5배', true],
  ])('2.625× against stated %s: holds %s', (stated, holds) => {
    const check = checkStated(r(), q(stated))
    expect(check.holds).toBe(holds)
  })

  it('a computed whole number is not coarse: 2 does not hold as 2.4', () => {
    const two = implied(ratio(q('4억 달러'), q('2억 달러'))).implied
    expect(checkStated(two, q('2.4배')).holds).toBe(false)
    expect(checkStated(two, q('2.0배')).holds).toBe(true)
  })

  it('writes the computed value at the stated precision and says whether it holds', () => {
    const check = checkStated(r(), q('2.7배'))
    expect(check.explanation.ko).toMatch(/^계산한 값은 2\.6배, 밝힌 값은 2\.7배입니다: 성립하지 않습니다\./)
    expect(check.explanation.en).toMatch(/^The computed value is 2\.6-fold, the stated one 2\.7-fold: it does not hold\./)
  })

  it('checks a stated growth in percent against a computed multiple', () => {
    const k = implied(change(q('2,000명'), q('6,400명')).multiple).implied
    expect(checkStated(k, q('220% 증가')).holds).toBe(true)
    expect(checkStated(k, q('200% 증가')).holds).toBe(false)
  })

  it('cannot check across kinds', () => {
    expect(checkStated(r(), q('2.6%')).holds).toBeNull()
  })
})

describe('rankCheck', () => {
  const entries = [
    { subject: '미국', value: 40 },
    { subject: '한국', value: 17 },
    { subject: '영국', value: 17 },
    { subject: '일본', value: 3 },
  ]

  it('gives ties a joint rank and skips the next (1, 2, 2, 4)', () => {
    expect(rankCheck(2, '한국', entries)).toMatchObject({ holds: true, computedRank: 2, tiedWith: ['영국'] })
    expect(rankCheck(3, '영국', entries)).toMatchObject({ holds: false, computedRank: 2, tiedWith: ['한국'] })
    expect(rankCheck(4, '일본', entries)).toMatchObject({ holds: true, computedRank: 4, tiedWith: [] })
  })

  it('writes the computed rank out in both languages', () => {
    const check = rankCheck(q('2위'), '한국', entries)
    expect(check.explanation.ko).toBe('4개 대상의 값(큰 값부터: 미국 40, 한국 17, 영국 17, 일본 3)으로 매기면 한국은 공동 2위입니다 (영국과 같은 값). 밝힌 순위 2위는 맞습니다.')
    expect(check.explanation.en).toBe('Ranking the 4 values (highest first: 미국 40, 한국 17, 영국 17, 일본 3) puts 한국 joint 2nd (tied with 영국). The stated rank, 2, holds.')
  })

  it('ranks lowest first when asked, or when the stated rank says so', () => {
    expect(rankCheck(1, '일본', entries, false)).toMatchObject({ holds: true, computedRank: 1 })
    expect(rankCheck(q('1st lowest'), '일본', entries)).toMatchObject({ holds: true, computedRank: 1 })
  })

  it('compares quantity values exactly', () => {
    const values = [
      { subject: 'A', value: q('0.3%') },
      { subject: 'B', value: q('0.30%') },
      { subject: 'C', value: q('0.1%') },
    ]
    expect(rankCheck(1, 'B', values)).toMatchObject({ holds: true, tiedWith: ['A'] })
  })

  it('says so when the subject has no value', () => {
    expect(rankCheck(1, '독일', entries)).toMatchObject({ holds: null, computedRank: null })
  })
})
