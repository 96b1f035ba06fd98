// The plain-language explanation on a metric page, generated from the claims' windows and definitions: what each
// number counts, and whether they can all hold at once. Pure, so each wording is a unit test.
import type { QuantityBound, QuantityKind, WindowKind } from '../db/generated/enums'
import { formatQuantity } from '../format'

export interface ExplainedPoint {
  value: string
  windowKind: WindowKind
  windowStart: Date | null
  windowEnd: Date | null
  definitionName: string | null
  /** Absent reads as COUNT and EXACT, what every quantity was before kinds and bounds. */
  kind?: QuantityKind
  bound?: QuantityBound
}

const iso = (date: Date) => date.toISOString().slice(0, 10)
const calendarYear = (start: Date | null, end: Date | null) =>
  start && end && iso(start).endsWith('-01-01') && iso(end).endsWith('-12-31') && start.getUTCFullYear() === end.getUTCFullYear()
    ? start.getUTCFullYear()
    : null

/** What span one number counts, in both languages: "2023년만" / "counts 2023 only". */
export function spanWords(point: Pick<ExplainedPoint, 'windowKind' | 'windowStart' | 'windowEnd'>): { ko: string; en: string } {
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

const sameSpan = (a: ExplainedPoint, b: ExplainedPoint) =>
  a.windowKind === b.windowKind && a.windowStart?.getTime() === b.windowStart?.getTime() && a.windowEnd?.getTime() === b.windowEnd?.getTime()

export interface Explanation {
  ko: string
  en: string
  /** False when two numbers count the same window by the same definition and differ. */
  compatible: boolean
}

/**
 * "These are three different statements: 0 counts 2023 only, 1 counts 2024 only, 17 counts every year up to
 * 2025-04-10; they can all be true at once." Null with fewer than two numbers: there is nothing to reconcile.
 * Null too where plain numbers cannot be compared: figures of different kinds (a multiple and a percent change),
 * or a bound ("at least 5", "about 5") on the same window and definition as another figure. Saying nothing is
 * better than saying they "can all be true" unchecked; the comparison of issue 14 will explain those pairs.
 */
export function explainMetric(points: ExplainedPoint[], unit: string): Explanation | null {
  if (points.length < 2) return null
  if (new Set(points.map((p) => p.kind ?? 'COUNT')).size > 1) return null
  const bounded = (p: ExplainedPoint) => (p.bound ?? 'EXACT') !== 'EXACT'
  const boundedPair = points.some((a, i) => points.slice(i + 1).some((b) => sameSpan(a, b) && a.definitionName === b.definitionName && (bounded(a) || bounded(b))))
  if (boundedPair) return null
  const clash = points.flatMap((a, i) =>
    points.slice(i + 1).filter((b) => sameSpan(a, b) && a.definitionName === b.definitionName && Number(a.value) !== Number(b.value)).map((b) => [a, b] as const),
  )
  const ko = points.map((p) => `${formatQuantity(p.value)}은(는) ${spanWords(p).ko}`).join(', ')
  const en = points.map((p) => `${formatQuantity(p.value)} ${spanWords(p).en}`).join(', ')
  const definitions = [...new Set(points.map((p) => p.definitionName).filter((name): name is string => Boolean(name)))]
  const definitionNote =
    definitions.length > 1
      ? {
          ko: ` 세는 기준도 서로 다릅니다: ${definitions.join(' / ')}.`,
          en: ` They also count by different definitions: ${definitions.join(' / ')}.`,
        }
      : { ko: '', en: '' }

  if (clash.length) {
    const [a, b] = clash[0]
    return {
      compatible: false,
      ko: `서로 다른 ${points.length}개의 진술입니다: ${ko}. 그러나 ${formatQuantity(a.value)}과(와) ${formatQuantity(b.value)}은(는) 같은 기간을 같은 기준으로 센 값이라 둘 다 참일 수는 없습니다.${definitionNote.ko}`,
      en: `These are ${points.length} different statements (${unit}): ${en}. But ${formatQuantity(a.value)} and ${formatQuantity(b.value)} count the same window by the same definition, so they cannot both be true.${definitionNote.en}`,
    }
  }
  const distinctSpans = points.every((a, i) => points.slice(i + 1).every((b) => !sameSpan(a, b)))
  return {
    compatible: true,
    ko: `서로 다른 ${points.length}개의 진술입니다: ${ko}. ${distinctSpans ? '세는 기간이 다르므로' : '기간이나 기준이 다르므로'} 모두 동시에 참일 수 있습니다.${definitionNote.ko}`,
    en: `These are ${points.length} different statements (${unit}): ${en}; they can all be true at once.${definitionNote.en}`,
  }
}
