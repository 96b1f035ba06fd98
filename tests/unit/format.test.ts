import { describe, expect, it } from 'vitest'
import { describeWindow, formatDate, formatQuantity } from '../../lib/format'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('quantity windows', () => {
  it('names a whole calendar year', () => {
    expect(describeWindow('PERIOD', d('2023-01-01'), d('2023-12-31'))).toBe('calendar 2023')
  })
  it('spells out any other period', () => {
    expect(describeWindow('PERIOD', d('2023-07-01'), d('2024-06-30'))).toBe('2023-07-01 – 2024-06-30')
  })
  it('says up to when a cumulative count runs', () => {
    expect(describeWindow('CUMULATIVE', null, d('2025-04-10'))).toBe('cumulative to 2025-04-10')
  })
  it('dates a point value', () => {
    expect(describeWindow('POINT', null, d('2025-02-28'))).toBe('as of 2025-02-28')
  })
})

describe('values and dates', () => {
  it('drops trailing zeros of decimals but keeps whole numbers', () => {
    expect(formatQuantity('17.270000')).toBe('17.27')
    expect(formatQuantity('0.000000')).toBe('0')
    expect(formatQuantity('10')).toBe('10')
    expect(formatQuantity('1300000000.000000')).toBe('1300000000')
  })
  it('shows a date only as precisely as the source gives it', () => {
    expect(formatDate(d('2024-12-01'), 'MONTH')).toBe('2024-12')
    expect(formatDate(d('2024-04-15'))).toBe('2024-04-15')
    expect(formatDate(d('2025-04-08'), 'DAY', true)).toBe('c. 2025-04-08')
    expect(formatDate(d('2024-01-01'), 'YEAR')).toBe('2024')
  })
})
