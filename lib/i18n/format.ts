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
