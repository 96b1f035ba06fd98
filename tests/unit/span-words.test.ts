import { describe, expect, it } from 'vitest'
import { spanWords } from '../../lib/metrics/span-words'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('spanWords', () => {
  it('words each kind of window', () => {
    expect(spanWords({ windowKind: 'PERIOD', windowStart: day('2023-01-01'), windowEnd: day('2023-12-31') })).toEqual({ ko: '2023년 한 해만 셉니다', en: 'counts 2023 only' })
    expect(spanWords({ windowKind: 'CUMULATIVE', windowStart: null, windowEnd: day('2025-04-10') }).en).toBe('counts every year up to 2025-04-10')
    expect(spanWords({ windowKind: 'POINT', windowStart: null, windowEnd: day('2024-06-30') }).en).toBe('is the level as of 2024-06-30')
    expect(spanWords({ windowKind: 'PERIOD', windowStart: day('2024-01-01'), windowEnd: day('2024-06-30') }).en).toBe('counts 2024-01-01 – 2024-06-30 only')
  })
})
