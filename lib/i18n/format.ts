// Locale-aware dates for reader pages. lib/format.ts's formatDate (ISO output) stays as it is for the desk, feeds,
// the API and machine-readable attributes (<time dateTime>).
import type { DatePrecision } from '@/lib/db/generated/enums'
import { INTL_LOCALE, type Locale } from './locale'

// Dates are stored as UTC midnight days: formatting in UTC keeps the day the source gave.
const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  MONTH: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  YEAR: { year: 'numeric', timeZone: 'UTC' },
}

const APPROX: Record<Locale, (text: string) => string> = {
  ko: (text) => `약 ${text}`,
  en: (text) => `c. ${text}`,
}

/**
 * "2024년 4월 15일" (ko) or "15 April 2024" (en), at the precision a source gives ("2024년 4월" / "April 2024",
 * "2024년" / "2024"), marked approximate when the fact sheet says so ("약 …" / "c. …").
 */
export function formatDate(date: Date, locale: Locale, precision: DatePrecision = 'DAY', approx = false): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], FORMATS[precision]).format(date)
  return approx ? APPROX[locale](text) : text
}

type WindowKindName = 'POINT' | 'PERIOD' | 'CUMULATIVE'

const isMonthStart = (d: Date) => d.getUTCDate() === 1
const isMonthEnd = (d: Date) => new Date(d.getTime() + 86_400_000).getUTCDate() === 1
const isYearStart = (d: Date) => isMonthStart(d) && d.getUTCMonth() === 0
const isYearEnd = (d: Date) => isMonthEnd(d) && d.getUTCMonth() === 11

/** The precision a period's two ends have: whole years, whole months, or days. */
function periodPrecision(start: Date, end: Date): DatePrecision {
  if (isYearStart(start) && isYearEnd(end)) return 'YEAR'
  if (isMonthStart(start) && isMonthEnd(end)) return 'MONTH'
  return 'DAY'
}

/**
 * What span a figure counts, in the reader's language and at the precision its dates have: "2024년" / "2024",
 * "2022~2024년" / "2022–2024", "2024년 3월~6월" is written in full ("2024년 3월~2024년 6월") to stay unambiguous,
 * "2025년 4월 10일 기준" / "as of 10 April 2025", "2025년 4월 10일까지 누적" / "cumulative to 10 April 2025".
 * Whole months and years are read from the stored days: a period from 1 January to 31 December is "2024".
 */
export function formatWindow(kind: WindowKindName, start: Date | null, end: Date | null, locale: Locale): string {
  const ko = locale === 'ko'
  const day = (d: Date) => formatDate(d, locale, 'DAY')
  switch (kind) {
    case 'POINT': {
      const at = end ?? start
      if (!at) return ko ? '한 시점' : 'at one point in time'
      return ko ? `${day(at)} 기준` : `as of ${day(at)}`
    }
    case 'CUMULATIVE':
      if (!end) return ko ? '누적' : 'cumulative'
      if (start) return ko ? `${day(start)}부터 ${day(end)}까지 누적` : `cumulative from ${day(start)} to ${day(end)}`
      return ko ? `${day(end)}까지 누적` : `cumulative to ${day(end)}`
    case 'PERIOD': {
      if (!start || !end) return `${start ? day(start) : '…'} – ${end ? day(end) : '…'}`
      const precision = periodPrecision(start, end)
      const [from, to] = [formatDate(start, locale, precision), formatDate(end, locale, precision)]
      if (from === to) return from
      if (precision === 'YEAR') return ko ? `${start.getUTCFullYear()}~${end.getUTCFullYear()}년` : `${start.getUTCFullYear()}–${end.getUTCFullYear()}`
      return ko ? `${from}~${to}` : `${from} – ${to}`
    }
  }
}
