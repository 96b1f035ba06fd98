import { describe, expect, it } from 'vitest'
import { explainPair, explainPoints, type MetricPoint } from '../../lib/metrics/pairs'
import { parseQuantity } from '../../lib/quantities/parse'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const year = (y: number) => ({ kind: 'PERIOD' as const, start: day(`${y}-01-01`), end: day(`${y}-12-31`) })
const q = (text: string) => {
  const parsed = parseQuantity(text, { lang: 'ko' })
  if (!parsed) throw new Error(`not a quantity: ${text}`)
  return parsed
}
const point = (claimId: string, text: string, rest: Partial<MetricPoint> = {}): MetricPoint => ({
  claimId,
  quantity: q(text),
  subject: 'Korea',
  window: year(2024),
  definition: 'A',
  ...rest,
})

describe('explainPair', () => {
  it('reads a multiple against a percent change through the conversion, and finds them apart', () => {
    const pair = explainPair(point('a', '5배 이상'), point('b', '300% 증가'))
    expect(pair.outcome).toBe('CONFLICT')
    expect(pair.comparison?.conversions.map((c) => c.code)).toContain('multiple_to_percent_change')
    expect(pair.en).toContain('cannot both be true')
    expect(pair.ko).toContain('함께 참일 수 없습니다')
  })

  it('finds a multiple and the percent change it equals to agree', () => {
    const pair = explainPair(point('a', '3.2배'), point('b', '220% 증가'))
    expect(pair.outcome).toBe('AGREE')
    expect(pair.en).toContain('220%')
  })

  it('never calls a percent and percentage points compatible, whatever the windows', () => {
    for (const window of [year(2023), year(2024)]) {
      const pair = explainPair(point('a', '2.5%p'), point('b', '2.5%', { window }))
      expect(pair.outcome).toBe('NOT_COMPARED')
      expect(pair.en).not.toContain('can be true')
      expect(pair.en).toContain('percentage point')
    }
  })

  it('does not compare figures about different subjects', () => {
    const pair = explainPair(point('a', '40개'), point('b', '1개', { subject: 'US' }))
    expect(pair.outcome).toBe('NOT_COMPARED')
    expect(pair.en).toContain('different subjects (Korea / US)')
  })

  it('cannot tell without a stated window', () => {
    const pair = explainPair(point('a', '1개'), point('b', '17개', { window: null }))
    expect(pair.outcome).toBe('NOT_COMPARED')
    expect(pair.ko).toContain('판단할 수 없습니다')
  })

  it('lets figures of other spans, or other definitions, hold together after kind and unit are checked', () => {
    expect(explainPair(point('a', '0개', { window: year(2023) }), point('b', '1개')).outcome).toBe('HOLD_TOGETHER')
    const definitions = explainPair(point('a', '0개'), point('b', '3개', { definition: 'B' }))
    expect(definitions.outcome).toBe('HOLD_TOGETHER')
    expect(definitions.en).toContain('different definitions (A / B)')
  })

  it('agrees within precision and within an approximation', () => {
    expect(explainPair(point('a', '4.35점'), point('b', '4.4점')).outcome).toBe('AGREE')
    expect(explainPair(point('a', '약 2만 명'), point('b', '19,800명')).outcome).toBe('AGREE')
    expect(explainPair(point('a', '최소 5곳'), point('b', '4곳')).outcome).toBe('CONFLICT')
  })

  it("follows the desk's recorded relation over anything computed", () => {
    // Other windows would hold together; the desk says they contradict: the page says so.
    const contradicting = explainPair(point('a', '0개', { window: year(2023) }), point('b', '1개'), [{ fromId: 'b', toId: 'a', kind: 'CONTRADICTS' }])
    expect(contradicting.outcome).toBe('CONFLICT')
    expect(contradicting.recorded).toBe('CONTRADICTS')
    expect(contradicting.en).not.toContain('can be true')
    const superseded = explainPair(point('old', '10.26건'), point('new', '17.27건'), [{ fromId: 'new', toId: 'old', kind: 'SUPERSEDES' }])
    expect(superseded.outcome).toBe('SUPERSEDED')
    expect(superseded.en).toBe('17.27 is a newer figure that replaces 10.26; the current value is 17.27.')
  })

  it("writes out the conversion the comparison used after the desk's recorded relation", () => {
    const pair = explainPair(point('a', '5배 이상'), point('b', '300% 증가'), [{ fromId: 'b', toId: 'a', kind: 'CONTRADICTS' }])
    expect(pair).toMatchObject({ outcome: 'CONFLICT', recorded: 'CONTRADICTS' })
    expect(pair.ko).toBe(
      '5배 이상과 300% 증가: 편집부는 두 주장이 서로 모순된다고 판단했습니다. 둘 다 참일 수는 없습니다. 환산: 5배는 400% 증가와 같습니다: k배는 (k − 1) × 100% 증가입니다.',
    )
    expect(pair.en).toBe(
      'at least 5-fold and 300% increase: the desk found that these two claims contradict each other; they cannot both be true. Conversion: 5× is the same as a 400% increase: k-fold is an increase of (k − 1) × 100%.',
    )
    // Without a conversion the desk's sentence stands alone.
    const plain = explainPair(point('a', '3개'), point('b', '4개'), [{ fromId: 'a', toId: 'b', kind: 'CONTRADICTS' }])
    expect(plain.en).not.toContain('Conversion')
  })
})

describe('explainPoints', () => {
  it('explains the demo: 0 in 2023, 1 in 2024 and 17 so far can all be true', () => {
    const text = explainPoints([
      point('k2023', '0개', { window: year(2023) }),
      point('k2024', '1개'),
      point('kcum', '17개', { window: { kind: 'CUMULATIVE', start: null, end: day('2025-04-10') } }),
    ])
    expect(text?.tone).toBe('compatible')
    expect(text?.pairs).toHaveLength(3)
    expect(text?.pairs.every((p) => p.outcome === 'HOLD_TOGETHER')).toBe(true)
    expect(text?.pairs[1].en).toContain('counts every year up to 2025-04-10')
    expect(text?.en).toBe(
      'These are 3 different statements: 0 counts 2023 only, 1 counts 2024 only, 17 counts every year up to 2025-04-10; kind, unit, subject, window and definition were checked, and they can all be true at once.',
    )
    expect(text?.ko).toContain('0은 2023년 한 해만 셉니다, 1은 2024년 한 해만 셉니다, 17은 2025-04-10까지의 모든 해를 셉니다')
  })

  it('is a conflict when any pair conflicts, open when one was not compared, and silent on one figure', () => {
    expect(explainPoints([point('a', '3개'), point('b', '4개')])?.tone).toBe('conflict')
    expect(explainPoints([point('a', '3개'), point('b', '4위')])?.tone).toBe('open')
    expect(explainPoints([point('a', '3개')])).toBeNull()
  })

  it('lists the pairs when the summary is not the whole story: a conflict, an open pair, or a conversion', () => {
    const demo = [point('k2023', '0개', { window: year(2023) }), point('k2024', '1개')]
    expect(explainPoints(demo)?.showPairs).toBe(false)
    expect(explainPoints([point('a', '3개'), point('b', '4개')])?.showPairs).toBe(true)
    expect(explainPoints([point('a', '3개'), point('b', '4위')])?.showPairs).toBe(true)
    // They agree, and only the pair's own sentence says that 3.2-fold is a 220 % increase.
    const converted = explainPoints([point('a', '3.2배'), point('b', '220% 증가')])
    expect(converted?.tone).toBe('compatible')
    expect(converted?.showPairs).toBe(true)
    expect(converted?.pairs[0].en).toContain('k-fold is an increase of (k − 1) × 100%')
  })
})
