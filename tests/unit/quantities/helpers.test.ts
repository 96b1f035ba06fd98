import { describe, expect, it } from 'vitest'
import { Rational } from '../../../lib/quantities/decimal'
import { withParticle } from '../../../lib/quantities/josa'
import { quantity, quantitySchema } from '../../../lib/quantities/types'

describe('Rational', () => {
  it('does decimal arithmetic exactly', () => {
    const r = (n: number) => Rational.fromNumber(n)
    expect(r(0.1).add(r(0.2)).eq(r(0.3))).toBe(true)
    expect(r(3.2).sub(Rational.ONE).mul(Rational.of(100n)).toNumber()).toBe(220)
    expect(r(2.1).mul(Rational.pow10(9)).toNumber()).toBe(2100000000)
    expect(Rational.parse('1e21').toString()).toBe('1000000000000000000000')
  })
  it('rounds half away from zero at any place', () => {
    expect(Rational.parse('2.625').toFixed(2)).toBe('2.63')
    expect(Rational.parse('-2.625').toFixed(2)).toBe('-2.63')
    expect(Rational.parse('19800').toFixed(-4)).toBe('20000')
    expect(Rational.parse('4.35').toFixed(1)).toBe('4.4')
    expect(Rational.parse('0.004').toFixed(2)).toBe('0.00')
  })
})

describe('Korean particles', () => {
  it('pick the form that fits the last sound', () => {
    expect(withParticle('4곳', '은/는')).toBe('4곳은')
    expect(withParticle('220% 증가', '은/는')).toBe('220% 증가는')
    expect(withParticle('4.35', '을/를')).toBe('4.35를')
    expect(withParticle('4.40', '을/를')).toBe('4.40을')
    expect(withParticle('17', '이/가')).toBe('17이')
    expect(withParticle('2.5%', '와/과')).toBe('2.5%와')
    expect(withParticle('Korea', '와/과')).toBe('Korea와(과)')
  })
})

describe('quantitySchema', () => {
  it('fills absent fields with null and accepts a parsed record back', () => {
    const q = quantity({ kind: 'COUNT', value: 3 })
    expect(q).toMatchObject({ bound: 'EXACT', strict: false, low: null, currency: null, decimals: 0 })
    expect(quantitySchema.parse(JSON.parse(JSON.stringify(q)))).toEqual(q)
  })
  it.each([
    [{ kind: 'COUNT', bound: 'RANGE', value: 3 }, 'low'],
    [{ kind: 'COUNT', bound: 'RANGE', low: 5, high: 3 }, 'low'],
    [{ kind: 'COUNT', value: null }, 'value'],
    [{ kind: 'MONEY', value: 3 }, 'currency'],
    [{ kind: 'COUNT', value: 3, currency: 'USD' }, 'currency'],
    [{ kind: 'RATE', value: 3 }, 'per'],
    [{ kind: 'DURATION', value: 3 }, 'durationUnit'],
    [{ kind: 'COUNT', value: 3, strict: true }, 'strict'],
    [{ kind: 'COUNT', value: 3, rankOf: 30 }, 'rankOf'],
    [{ kind: 'COUNT', value: Infinity }, 'value'],
  ])('refuses %j (%s)', (input, path) => {
    const result = quantitySchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path[0])).toContain(path)
  })
})
