import { describe, expect, it } from 'vitest'
import { explainMetric, spanWords } from '../../lib/metrics/explain'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const y2023 = { value: '0', windowKind: 'PERIOD' as const, windowStart: day('2023-01-01'), windowEnd: day('2023-12-31'), definitionName: 'A' }
const y2024 = { ...y2023, value: '1', windowStart: day('2024-01-01'), windowEnd: day('2024-12-31') }
const cumulative = { value: '17', windowKind: 'CUMULATIVE' as const, windowStart: null, windowEnd: day('2025-04-10'), definitionName: 'A' }

describe('explainMetric', () => {
  it('says what each number counts and that they can all be true at once', () => {
    const text = explainMetric([y2023, y2024, cumulative], 'models')
    expect(text?.compatible).toBe(true)
    expect(text?.en).toBe(
      'These are 3 different statements (models): 0 counts 2023 only, 1 counts 2024 only, 17 counts every year up to 2025-04-10; they can all be true at once.',
    )
    expect(text?.ko).toContain('17은(는) 2025-04-10까지의 모든 해를 셉니다')
  })

  it('says when two numbers count the same window by the same definition and differ', () => {
    const text = explainMetric([y2023, { ...y2023, value: '3' }], 'models')
    expect(text?.compatible).toBe(false)
    expect(text?.en).toContain('cannot both be true')
  })

  it('says nothing rather than "can all be true" across kinds, or across a bound on one window and definition', () => {
    expect(explainMetric([{ ...y2023, kind: 'MULTIPLE' }, { ...y2024, kind: 'PERCENT_CHANGE' }], '%')).toBeNull()
    expect(explainMetric([{ ...y2023, value: '5', bound: 'AT_LEAST' }, { ...y2023, value: '7' }], 'models')).toBeNull()
    // A bound on another window is still a statement about another span.
    expect(explainMetric([{ ...y2023, bound: 'APPROX' }, y2024], 'models')?.compatible).toBe(true)
  })

  it('names different definitions, and has nothing to say about a single number', () => {
    expect(explainMetric([y2023, { ...y2024, definitionName: 'B' }], 'models')?.en).toContain('different definitions: A / B')
    expect(explainMetric([y2023], 'models')).toBeNull()
  })

  it('words other windows', () => {
    expect(spanWords({ windowKind: 'POINT', windowStart: null, windowEnd: day('2024-06-30') }).en).toBe('is the level as of 2024-06-30')
    expect(spanWords({ windowKind: 'PERIOD', windowStart: day('2024-01-01'), windowEnd: day('2024-06-30') }).en).toBe('counts 2024-01-01 – 2024-06-30 only')
  })
})
