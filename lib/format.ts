// Display formatting shared by reader pages: dates at the precision a source gives, quantity windows, labels.
import type { DatePrecision, SourceKind, Stance, WindowKind } from './db/generated/enums'

const iso = (date: Date) => date.toISOString().slice(0, 10)

/** "2024-04-15", "2024-12" or "2024", with "c." when the fact sheet marks the date approximate. */
export function formatDate(date: Date, precision: DatePrecision = 'DAY', approx = false): string {
  const text = precision === 'YEAR' ? iso(date).slice(0, 4) : precision === 'MONTH' ? iso(date).slice(0, 7) : iso(date)
  return approx ? `c. ${text}` : text
}

const isYearStart = (date: Date) => iso(date).endsWith('-01-01')
const isYearEnd = (date: Date) => iso(date).endsWith('-12-31')

/** What span a numeric claim's value covers, in words: "calendar 2023", "cumulative to 2025-04-10". */
export function describeWindow(kind: WindowKind, start: Date | null, end: Date | null): string {
  switch (kind) {
    case 'POINT':
      return end ? `as of ${iso(end)}` : start ? `as of ${iso(start)}` : 'at one point in time'
    case 'CUMULATIVE':
      return end ? `cumulative to ${iso(end)}` : 'cumulative'
    case 'PERIOD':
      if (start && end && isYearStart(start) && isYearEnd(end) && start.getUTCFullYear() === end.getUTCFullYear()) {
        return `calendar ${start.getUTCFullYear()}`
      }
      return `${start ? iso(start) : '…'} – ${end ? iso(end) : '…'}`
  }
}

/** Decimal values without trailing zeros: 17.270000 -> "17.27", 0 -> "0". */
export function formatQuantity(value: { toString(): string }): string {
  const text = value.toString()
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text
}

export const STANCE_LABELS: Record<Stance, { ko: string; en: string }> = {
  SUPPORTS: { ko: '주장을 뒷받침', en: 'Supports the claim' },
  CONTRADICTS: { ko: '주장과 어긋나는 자료', en: 'Contradicting evidence' },
  REBUTS: { ko: '당사자 공식 반론', en: 'Official rebuttal' },
  CONTEXT: { ko: '맥락', en: 'Context' },
}

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  PRIMARY_REPORT: 'Primary report',
  DATASET: 'Dataset',
  NEWS: 'News',
  OFFICIAL_STATEMENT: 'Official statement',
  SOCIAL: 'Social media',
  BLOG: 'Blog',
  OTHER: 'Other',
}
