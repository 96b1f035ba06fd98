// Desk times in the desk's time zone (DESK_TIME_ZONE, default Asia/Seoul): an instant to the minute with its UTC
// offset, and the day it falls on there, which is not always the UTC day.
import { describe, expect, it } from 'vitest'
import { formatDeskDate, formatDeskTime } from '@/lib/desk-time'
import { EnvError, parseEnv } from '@/lib/env'

const lateUtc = new Date('2026-12-02T16:51:30Z')

describe('desk time zone', () => {
  it('defaults to Asia/Seoul and takes any IANA zone', () => {
    expect(parseEnv({}).DESK_TIME_ZONE).toBe('Asia/Seoul')
    expect(parseEnv({ DESK_TIME_ZONE: 'UTC' }).DESK_TIME_ZONE).toBe('UTC')
    expect(parseEnv({ DESK_TIME_ZONE: ' Europe/Berlin ' }).DESK_TIME_ZONE).toBe('Europe/Berlin')
  })

  it('refuses a zone the runtime does not know, naming the variable', () => {
    expect(() => parseEnv({ DESK_TIME_ZONE: 'Asia/Nowhere' })).toThrow(EnvError)
    expect(() => parseEnv({ DESK_TIME_ZONE: 'KST' })).toThrow(/DESK_TIME_ZONE: must be an IANA time zone/)
  })

  it('shows an instant in Seoul with its offset, on the Seoul day', () => {
    expect(formatDeskTime(lateUtc, 'Asia/Seoul')).toBe('2026-12-03 01:51 UTC+9')
    expect(formatDeskDate(lateUtc, 'Asia/Seoul')).toBe('2026-12-03')
  })

  it('shows the same instant in UTC, or a half-hour zone, when configured so', () => {
    expect(formatDeskTime(lateUtc, 'UTC')).toBe('2026-12-02 16:51 UTC')
    expect(formatDeskDate(lateUtc, 'UTC')).toBe('2026-12-02')
    expect(formatDeskTime(lateUtc, 'Asia/Kolkata')).toBe('2026-12-02 22:21 UTC+5:30')
    expect(formatDeskTime('2026-12-02T00:05:00.000Z', 'America/New_York')).toBe('2026-12-01 19:05 UTC-5')
  })

  it('writes midnight as 00, not 24', () => {
    expect(formatDeskTime(new Date('2026-12-02T15:00:00Z'), 'Asia/Seoul')).toBe('2026-12-03 00:00 UTC+9')
  })
})
