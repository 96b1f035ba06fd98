// What span one figure counts, in words in both languages ("2023년 한 해만 셉니다" / "counts 2023 only"): the metric
// page's explanations (lib/metrics/pairs.ts) say it of each figure. Pure.
import type { WindowKind } from '../db/generated/enums'

const iso = (date: Date) => date.toISOString().slice(0, 10)
const calendarYear = (start: Date | null, end: Date | null) =>
  start && end && iso(start).endsWith('-01-01') && iso(end).endsWith('-12-31') && start.getUTCFullYear() === end.getUTCFullYear()
    ? start.getUTCFullYear()
    : null

/** What span one number counts, in both languages: "2023년만" / "counts 2023 only". */
export function spanWords(point: { windowKind: WindowKind; windowStart: Date | null; windowEnd: Date | null }): { ko: string; en: string } {
  const { windowKind: kind, windowStart: start, windowEnd: end } = point
  if (kind === 'PERIOD') {
    const year = calendarYear(start, end)
    if (year !== null) return { ko: `${year}년 한 해만 셉니다`, en: `counts ${year} only` }
    const span = `${start ? iso(start) : '…'} – ${end ? iso(end) : '…'}`
    return { ko: `${span} 기간만 셉니다`, en: `counts ${span} only` }
  }
  if (kind === 'CUMULATIVE') {
    const to = end ? iso(end) : '…'
    return start
      ? { ko: `${iso(start)}부터 ${to}까지를 모두 셉니다`, en: `counts everything from ${iso(start)} up to ${to}` }
      : { ko: `${to}까지의 모든 해를 셉니다`, en: `counts every year up to ${to}` }
  }
  const at = end ?? start
  return { ko: `${at ? iso(at) : '한'} 시점의 값입니다`, en: `is the level as of ${at ? iso(at) : 'one point in time'}` }
}
