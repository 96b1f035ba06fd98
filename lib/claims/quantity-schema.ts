// The claim form's one quantity editor: the claim's main figure (position 0 of its quantities). Its fields keep the
// names they had when the quantity lived in columns of the claim (quantityValue, windowKind, metricId, ...), so
// saved forms, conflict views and tests read as before; kind, bound, strict, low and high are new. Shared by the
// form (client) and the claim actions, like lib/claims/schema.ts which composes it.
import { z } from 'zod'
import { checkbox, idField, optionalDate, optionalText } from '../actions/fields'
import type { QuantityBound, QuantityKind, WindowKind } from '../db/generated/enums'
import { formatQuantity } from '../format'
import { QUANTITY_BOUNDS as LIBRARY_BOUNDS, QUANTITY_KINDS as LIBRARY_KINDS } from '../quantities/types'

export const WINDOW_KINDS = ['POINT', 'PERIOD', 'CUMULATIVE'] as const satisfies readonly WindowKind[]
export const WINDOW_KIND_LABELS: Record<WindowKind, string> = {
  POINT: '시점 Point in time',
  PERIOD: '기간 Period',
  CUMULATIVE: '누적 Cumulative',
}

/** The kinds the form offers: the quantities library's own list (the database enum has the same values). */
export const QUANTITY_KINDS = LIBRARY_KINDS satisfies readonly QuantityKind[]
export const QUANTITY_KIND_LABELS: Record<QuantityKind, string> = {
  COUNT: '개수 Count',
  RATE: '비율 (N당) Rate (per N)',
  RANK: '순위 Rank',
  MONEY: '금액 Money',
  PERCENT: '백분율 Percent (a share)',
  PERCENT_CHANGE: '증감률 Percent change',
  MULTIPLE: '배수 Multiple (× k)',
  PERCENTAGE_POINTS: '퍼센트포인트 Percentage points',
  SCORE: '점수 Score',
  DURATION: '기간 길이 Duration',
  OTHER: '기타 Other',
}

export const QUANTITY_BOUNDS = LIBRARY_BOUNDS satisfies readonly QuantityBound[]
export const QUANTITY_BOUND_LABELS: Record<QuantityBound, string> = {
  EXACT: '정확히 Exactly',
  APPROX: '약 About',
  AT_LEAST: '이상 At least',
  AT_MOST: '이하 At most',
  RANGE: '범위 Range (low–high)',
}

/** Fits NUMERIC(24, 6): up to 18 digits before the point and 6 after. */
export const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,6})?$/

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: message }).optional())

const decimalField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(DECIMAL_PATTERN, '숫자로 입력하세요 (예: 17.27, 소수점 아래 6자리까지). Enter a number such as 17.27 (up to 6 decimals).')
    .optional(),
)

/** The main quantity's fields of the claim form, each checked on its own; `quantityRules` checks them together. */
export const quantityFields = {
  quantitySubject: optionalText(200),
  quantityMetric: optionalText(200),
  quantityKind: optionalEnum(QUANTITY_KINDS, '수치 종류를 고르세요. Choose a kind of quantity.'),
  quantityBound: optionalEnum(QUANTITY_BOUNDS, '정확도를 고르세요. Choose how the figure is bounded.'),
  /** 초과/미만, "more than": the bound itself is excluded. Only for AT_LEAST and AT_MOST. */
  quantityStrict: checkbox,
  quantityValue: decimalField,
  /** The two ends of a RANGE, which has no single value. */
  quantityLow: decimalField,
  quantityHigh: decimalField,
  quantityUnit: optionalText(50),
  windowKind: optionalEnum(WINDOW_KINDS, '기간 종류를 고르세요. Choose a window kind.'),
  windowStart: optionalDate,
  windowEnd: optionalDate,
  /** For POINT and CUMULATIVE: the date the value holds at; stored as the window's end. */
  asOf: optionalDate,
  definition: optionalText(2000),
  /** The metric this quantity belongs to and which of its definitions it counts by (lib/metrics). */
  metricId: z.preprocess(blankToUndefined, idField.optional()),
  metricDefinitionId: z.preprocess(blankToUndefined, idField.optional()),
}

/**
 * The fields that state a figure. Kind and bound are not among them: their selects always send a value, and
 * choosing "count" states nothing. Any of these given makes the quantity all or nothing (see quantityRules).
 */
const FIGURE_FIELDS = [
  'quantitySubject',
  'quantityMetric',
  'quantityValue',
  'quantityLow',
  'quantityHigh',
  'quantityUnit',
  'windowKind',
  'windowStart',
  'windowEnd',
  'asOf',
  'definition',
] as const

type QuantityFieldsOutput = z.output<z.ZodObject<typeof quantityFields>>

const statesFigure = (q: QuantityFieldsOutput) => FIGURE_FIELDS.some((field) => q[field] !== undefined)

/** Only real numbers are compared: a field that failed its own check holds its raw input in the rules. */
const asNumber = (text: string | undefined) => (text !== undefined && DECIMAL_PATTERN.test(text) ? Number(text) : undefined)

/**
 * A quantity is all or nothing: once any part of it is given, it needs a figure, a unit and a window, because a
 * number without its window is exactly the ambiguity ("0" in 2023 vs "17" so far) this tracker exists to remove.
 * The figure is one value, or for a range its two ends in order. A metric alone (no figure) is allowed: it says
 * which metric the claim is about.
 */
export function quantityRules(q: QuantityFieldsOutput, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (q.metricDefinitionId !== undefined && q.metricId === undefined) {
    issue('metricId', '정의를 고르려면 먼저 지표를 고르세요. Choose the metric the definition belongs to.')
  }
  if (!statesFigure(q)) return

  if (q.quantityBound === 'RANGE') {
    if (q.quantityLow === undefined) issue('quantityLow', '범위의 하한을 입력하세요. Enter the low end of the range.')
    if (q.quantityHigh === undefined) issue('quantityHigh', '범위의 상한을 입력하세요. Enter the high end of the range.')
    if (q.quantityValue !== undefined) issue('quantityValue', '범위에는 값 대신 하한과 상한을 씁니다. A range has a low and a high end instead of one value.')
    const [low, high] = [asNumber(q.quantityLow), asNumber(q.quantityHigh)]
    if (low !== undefined && high !== undefined && low > high) issue('quantityHigh', '상한이 하한보다 작습니다. The high end is below the low end.')
  } else {
    if (q.quantityValue === undefined) issue('quantityValue', '수치를 입력하세요. Enter the value.')
    const message = '하한과 상한은 범위에만 씁니다. Low and high ends are for a range only.'
    if (q.quantityLow !== undefined) issue('quantityLow', message)
    if (q.quantityHigh !== undefined) issue('quantityHigh', message)
  }
  if (q.quantityUnit === undefined) issue('quantityUnit', '단위를 입력하세요. Enter the unit.')
  if (q.windowKind === undefined) issue('windowKind', '기간 종류를 고르세요. Choose a window kind.')
  if (q.windowKind === 'PERIOD') {
    const start = q.windowStart instanceof Date ? q.windowStart : undefined
    const end = q.windowEnd instanceof Date ? q.windowEnd : undefined
    if (q.windowStart === undefined) issue('windowStart', '기간의 시작일을 입력하세요. Enter the start of the period.')
    if (q.windowEnd === undefined) issue('windowEnd', '기간의 끝날을 입력하세요. Enter the end of the period.')
    if (start && end && start > end) issue('windowEnd', '끝날이 시작일보다 앞섭니다. The end is before the start.')
  } else if ((q.windowKind === 'POINT' || q.windowKind === 'CUMULATIVE') && q.asOf === undefined) {
    issue('asOf', '기준일을 입력하세요. Enter the as-of date.')
  }
}

/** Digits after the point as typed: "4.40" is stated to 2 decimals, "2000" to 0. */
export const decimalsOf = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0)

/**
 * The kind a figure gets when none is chosen: PERCENT for a unit that is a percent sign, else COUNT. The same rule
 * migration 20261202130000_claim_quantities used for the figures it moved.
 */
export const defaultKind = (unit: string | null | undefined): QuantityKind => (unit?.trim() === '%' || unit?.trim() === '％' ? 'PERCENT' : 'COUNT')

/** The main quantity as the actions write it (lib/claims/quantities.ts); null when the form gives none. */
export function toMainQuantity(q: QuantityFieldsOutput) {
  const figure = statesFigure(q)
  if (!figure && q.metricId === undefined) return null
  const period = q.windowKind === 'PERIOD'
  const bound = q.quantityBound ?? 'EXACT'
  const range = figure && bound === 'RANGE'
  // Text, not a float: 10.26 must stay exactly 10.26 on its way into NUMERIC.
  const value = figure && !range ? (q.quantityValue ?? null) : null
  const low = range ? (q.quantityLow ?? null) : null
  const high = range ? (q.quantityHigh ?? null) : null
  const stated = [value, low, high].filter((text): text is string => text !== null)
  return {
    kind: q.quantityKind ?? defaultKind(q.quantityUnit),
    bound,
    strict: (bound === 'AT_LEAST' || bound === 'AT_MOST') && q.quantityStrict,
    value,
    low,
    high,
    decimals: stated.length ? Math.max(...stated.map(decimalsOf)) : null,
    subject: figure ? (q.quantitySubject ?? null) : null,
    metricLabel: figure ? (q.quantityMetric ?? null) : null,
    unit: figure ? (q.quantityUnit ?? null) : null,
    windowKind: figure ? (q.windowKind ?? null) : null,
    windowStart: figure && period ? (q.windowStart ?? null) : null,
    windowEnd: figure ? ((period ? q.windowEnd : q.asOf) ?? null) : null,
    definition: figure ? (q.definition ?? null) : null,
    metricId: q.metricId ?? null,
    metricDefinitionId: q.metricDefinitionId ?? null,
  }
}
export type MainQuantityData = NonNullable<ReturnType<typeof toMainQuantity>>

export const QUANTITY_FORM_FIELDS = {
  quantitySubject: '대상 Subject',
  quantityMetric: '지표 Metric',
  quantityKind: '수치 종류 Kind',
  quantityBound: '정확도 Bound',
  quantityStrict: '경계 제외 (초과·미만) Strict (more/less than)',
  quantityValue: '값 Value',
  quantityLow: '하한 Low',
  quantityHigh: '상한 High',
  quantityUnit: '단위 Unit',
  windowKind: '기간 종류 Window kind',
  windowStart: '시작일 Start',
  windowEnd: '끝날 End',
  asOf: '기준일 As of',
  definition: '정의 Definition',
  metricId: '지표 묶음 Metric page',
  metricDefinitionId: '지표 정의 Metric definition',
} as const
export type QuantityFormField = keyof typeof QUANTITY_FORM_FIELDS

/** A stored quantity as the form reads it (a ClaimQuantity row, or part of one). */
export interface StoredQuantity {
  position: number
  kind: string
  bound: string
  strict: boolean
  value: { toString(): string } | null
  low: { toString(): string } | null
  high: { toString(): string } | null
  decimals: number | null
  subject: string | null
  metricLabel: string | null
  unit: string | null
  windowKind: string | null
  windowStart: Date | null
  windowEnd: Date | null
  definition: string | null
  metricId: string | null
  metricDefinitionId: string | null
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

/** A stored decimal at its stated precision: 4.40 stated to 2 decimals stays "4.40"; without one, no trailing zeros. */
function decimalText(value: { toString(): string } | null, decimals: number | null): string {
  if (value === null) return ''
  const plain = formatQuantity(value)
  if (decimals === null || decimals <= 0) return plain
  const [whole, fraction = ''] = plain.split('.')
  return fraction.length >= decimals ? plain : `${whole}.${fraction.padEnd(decimals, '0')}`
}

/** The main quantity (position 0) as the form shows it; every field empty when the claim has none. */
export function quantityFormValues(quantities: readonly StoredQuantity[] | undefined): Record<QuantityFormField, string> {
  const q = quantities?.find((quantity) => quantity.position === 0)
  const period = q?.windowKind === 'PERIOD'
  return {
    quantitySubject: q?.subject ?? '',
    quantityMetric: q?.metricLabel ?? '',
    // A figure-less quantity (a metric only) shows no kind or bound, as a claim without a quantity.
    quantityKind: q && (q.value !== null || q.low !== null) ? q.kind : '',
    quantityBound: q && (q.value !== null || q.low !== null) ? q.bound : '',
    quantityStrict: q?.strict ? 'on' : '',
    quantityValue: decimalText(q?.value ?? null, q?.decimals ?? null),
    quantityLow: decimalText(q?.low ?? null, q?.decimals ?? null),
    quantityHigh: decimalText(q?.high ?? null, q?.decimals ?? null),
    quantityUnit: q?.unit ?? '',
    windowKind: q?.windowKind ?? '',
    windowStart: period ? isoDate(q.windowStart) : '',
    windowEnd: period ? isoDate(q.windowEnd) : '',
    asOf: q && !period ? isoDate(q.windowEnd) : '',
    definition: q?.definition ?? '',
    metricId: q?.metricId ?? '',
    metricDefinitionId: q?.metricDefinitionId ?? '',
  }
}

/** Quantity form fields whose values compare as numbers ("17.270" and "17.27" are one value to the conflict view). */
export const NUMBER_FIELDS: readonly string[] = ['quantityValue', 'quantityLow', 'quantityHigh']
