// One quantity of the claim form (a row of its quantity editor) as zod checks it and as the claim actions write it
// (lib/claims/quantities.ts). The form sends each row's fields as `quantities.<row>.<field>` (lib/claims/
// quantity-form.ts gathers them); a row's fields are named after the ClaimQuantity columns they fill. Shared by the
// form (client) and the actions, like lib/claims/schema.ts which composes it.
import { z } from 'zod'
import { checkbox, idField, optionalDate, optionalText } from '../actions/fields'
import type { QuantityBound, QuantityKind, WindowKind } from '../db/generated/enums'
import { EN_UNITS, KO_UNITS } from '../quantities/lexicon'
import { CURRENCIES, DURATION_UNITS, QUANTITY_BOUNDS as LIBRARY_BOUNDS, QUANTITY_KINDS as LIBRARY_KINDS, quantitySchema, type DurationUnit } from '../quantities/types'

export const WINDOW_KINDS = ['POINT', 'PERIOD', 'CUMULATIVE'] as const satisfies readonly WindowKind[]
export const WINDOW_KIND_LABELS: Record<WindowKind, string> = {
  POINT: '시점 Point in time',
  PERIOD: '기간 Period',
  CUMULATIVE: '누적 Cumulative',
}
/** The window-kind choice for a figure whose claim does not say what time it covers: stored as no window kind. */
export const NOT_STATED = 'NOT_STATED'
export const NOT_STATED_LABEL = '밝히지 않음 Not stated'

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

export const DURATION_UNIT_LABELS: Record<(typeof DURATION_UNITS)[number], string> = {
  year: '년 years',
  month: '개월 months',
  week: '주 weeks',
  day: '일 days',
  hour: '시간 hours',
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

const integerField = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${min}에서 ${max} 사이의 정수를 입력하세요. Enter a whole number from ${min} to ${max}.` })
      .int(`${min}에서 ${max} 사이의 정수를 입력하세요. Enter a whole number from ${min} to ${max}.`)
      .min(min, `${min}에서 ${max} 사이의 정수를 입력하세요. Enter a whole number from ${min} to ${max}.`)
      .max(max, `${min}에서 ${max} 사이의 정수를 입력하세요. Enter a whole number from ${min} to ${max}.`)
      .optional(),
  )

/** One quantity's fields, each checked on its own; `quantityRules` checks them together. */
export const quantityRowFields = {
  /** The figure as the claim writes it ("5배 이상"): the editor's input to the parser, kept as written. */
  statedText: optionalText(200),
  subject: optionalText(200),
  /** The editor's free-text name of what is measured. */
  metricLabel: optionalText(200),
  kind: optionalEnum(QUANTITY_KINDS, '수치 종류를 고르세요. Choose a kind of quantity.'),
  bound: optionalEnum(QUANTITY_BOUNDS, '정확도를 고르세요. Choose how the figure is bounded.'),
  /** 초과/미만, "more than": the bound itself is excluded. Only for AT_LEAST and AT_MOST. */
  strict: checkbox,
  value: decimalField,
  /** The two ends of a RANGE, which has no single value. */
  low: decimalField,
  high: decimalField,
  /** Stated precision as decimals (-4 for "2만"); blank: the digits after the point as typed. */
  decimals: integerField(-20, 20),
  unit: optionalText(50),
  unitEn: optionalText(50),
  currency: optionalEnum(CURRENCIES, '통화를 고르세요. Choose a currency.'),
  per: decimalField,
  perUnit: optionalText(50),
  rankOf: integerField(1, 1_000_000),
  durationUnit: optionalEnum(DURATION_UNITS, '시간 단위를 고르세요. Choose a time unit.'),
  windowKind: optionalEnum([...WINDOW_KINDS, NOT_STATED], '기간 종류를 고르세요. Choose a window kind.'),
  windowStart: optionalDate,
  windowEnd: optionalDate,
  /** For POINT and CUMULATIVE: the date the value holds at; stored as the window's end. */
  asOf: optionalDate,
  definition: optionalText(2000),
  /** The metric this quantity belongs to and which of its definitions it counts by (lib/metrics). */
  metricId: z.preprocess(blankToUndefined, idField.optional()),
  metricDefinitionId: z.preprocess(blankToUndefined, idField.optional()),
}
export type QuantityRowField = keyof typeof quantityRowFields
type Row = z.output<z.ZodObject<typeof quantityRowFields>>

/**
 * The fields that state a figure. Kind, bound and strict are not among them: their controls always send a value,
 * and choosing "count" states nothing. Any of these given makes the quantity all or nothing (see quantityRules).
 */
const FIGURE_FIELDS = [
  'statedText',
  'subject',
  'metricLabel',
  'value',
  'low',
  'high',
  'unit',
  'unitEn',
  'currency',
  'per',
  'perUnit',
  'rankOf',
  'durationUnit',
  'windowKind',
  'windowStart',
  'windowEnd',
  'asOf',
  'definition',
] as const satisfies readonly QuantityRowField[]

export const statesFigure = (q: Row) => FIGURE_FIELDS.some((field) => q[field] !== undefined)

/** Only real numbers are compared: a field that failed its own check holds its raw input in the rules. */
const asNumber = (text: string | undefined) => (text !== undefined && DECIMAL_PATTERN.test(text) ? Number(text) : undefined)

/**
 * The kind a figure gets when none is chosen: PERCENT for a unit that is a percent sign, else COUNT. The same rule
 * migration 20261202130000_claim_quantities used for the figures it moved.
 */
export const defaultKind = (unit: unknown): QuantityKind => (typeof unit === 'string' && ['%', '％'].includes(unit.trim()) ? 'PERCENT' : 'COUNT')

/** A duration's time unit: the one chosen, else the one its unit word names ("년", "months"), else none. */
function durationUnitOf(q: Row): DurationUnit | undefined {
  if (q.durationUnit !== undefined) return q.durationUnit
  // The rules also run when a field failed its own check, and then read raw input: only text is a word.
  const word = typeof q.unit === 'string' ? q.unit.trim() : ''
  const sense = KO_UNITS[word] ?? EN_UNITS[word.toLowerCase()]
  return sense?.kind === 'DURATION' ? sense.durationUnit : undefined
}

/**
 * A quantity is all or nothing: once any part of it is given, it needs a figure and a window kind ("not stated" is
 * one, chosen on purpose), because a number without its window is exactly the ambiguity ("0" in 2023 vs "17" so
 * far) this tracker exists to remove. A count needs its unit; money its currency, a rate its base, a duration its
 * time unit (the invariants of lib/quantities/types.ts quantitySchema, which is checked last). A metric alone (no
 * figure) is allowed: it says which metric the claim is about.
 */
export function quantityRules(q: Row, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (q.metricDefinitionId !== undefined && q.metricId === undefined) {
    issue('metricId', '정의를 고르려면 먼저 지표를 고르세요. Choose the metric the definition belongs to.')
  }
  if (!statesFigure(q)) return

  if (q.bound === 'RANGE') {
    if (q.low === undefined) issue('low', '범위의 하한을 입력하세요. Enter the low end of the range.')
    if (q.high === undefined) issue('high', '범위의 상한을 입력하세요. Enter the high end of the range.')
    if (q.value !== undefined) issue('value', '범위에는 값 대신 하한과 상한을 씁니다. A range has a low and a high end instead of one value.')
    const [low, high] = [asNumber(q.low), asNumber(q.high)]
    if (low !== undefined && high !== undefined && low > high) issue('high', '상한이 하한보다 작습니다. The high end is below the low end.')
  } else {
    if (q.value === undefined) issue('value', '수치를 입력하세요. Enter the value.')
    const message = '하한과 상한은 범위에만 씁니다. Low and high ends are for a range only.'
    if (q.low !== undefined) issue('low', message)
    if (q.high !== undefined) issue('high', message)
  }
  const kind = q.kind ?? defaultKind(q.unit)
  if (kind === 'COUNT' && q.unit === undefined) issue('unit', '단위를 입력하세요. Enter the unit.')
  if (kind === 'MONEY' && q.currency === undefined) issue('currency', '금액의 통화를 고르세요. Choose the currency of the amount.')
  if (kind === 'RATE' && q.per === undefined) issue('per', '비율의 기준 수를 입력하세요 (예: 10만 명당이면 100000). Enter the base of the rate, e.g. 100000 for per 100,000.')
  if (kind === 'RATE' && asNumber(q.per) !== undefined && asNumber(q.per)! <= 0) issue('per', '기준 수는 0보다 커야 합니다. The base must be above zero.')
  if (kind === 'DURATION' && durationUnitOf(q) === undefined) issue('durationUnit', '기간의 시간 단위를 고르세요. Choose the time unit of the duration.')

  if (q.windowKind === undefined) issue('windowKind', '기간 종류를 고르세요 (모르면 "밝히지 않음"). Choose a window kind ("not stated" if the claim does not say).')
  if (q.windowKind === 'PERIOD') {
    const start = q.windowStart instanceof Date ? q.windowStart : undefined
    const end = q.windowEnd instanceof Date ? q.windowEnd : undefined
    if (q.windowStart === undefined) issue('windowStart', '기간의 시작일을 입력하세요. Enter the start of the period.')
    if (q.windowEnd === undefined) issue('windowEnd', '기간의 끝날을 입력하세요. Enter the end of the period.')
    if (start && end && start > end) issue('windowEnd', '끝날이 시작일보다 앞섭니다. The end is before the start.')
  } else if ((q.windowKind === 'POINT' || q.windowKind === 'CUMULATIVE') && q.asOf === undefined) {
    issue('asOf', '기준일을 입력하세요. Enter the as-of date.')
  }

  // The record's own invariants, as the comparison and the reader pages rely on them. The rules above already say
  // everything a form can get wrong in words an editor reads; this is the guard that no rule was forgotten.
  if (ctx.issues?.length) return
  const data = toQuantityData(q)
  const checked = quantitySchema.safeParse({
    ...data,
    value: data.value === null ? null : Number(data.value),
    low: data.low === null ? null : Number(data.low),
    high: data.high === null ? null : Number(data.high),
    per: data.per === null ? null : Number(data.per),
    decimals: data.decimals ?? 0,
  })
  if (!checked.success) {
    for (const problem of checked.error.issues) {
      issue(String(problem.path[0] ?? 'value'), `이 수치는 서로 맞지 않습니다 (${problem.message}). The figure's fields do not fit together (${problem.message}).`)
    }
  }
}

/** Digits after the point as typed: "4.40" is stated to 2 decimals, "2000" to 0. */
export const decimalsOf = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0)

/** One row as lib/claims/quantities.ts writes it (a ClaimQuantity without claim and position). */
export function toQuantityData(q: Row) {
  const figure = statesFigure(q)
  const period = q.windowKind === 'PERIOD'
  const dated = q.windowKind !== undefined && q.windowKind !== NOT_STATED
  const bound = q.bound ?? 'EXACT'
  const range = figure && bound === 'RANGE'
  const kind = q.kind ?? defaultKind(q.unit)
  // Text, not a float: 10.26 must stay exactly 10.26 on its way into NUMERIC.
  const value = figure && !range ? (q.value ?? null) : null
  const low = range ? (q.low ?? null) : null
  const high = range ? (q.high ?? null) : null
  const stated = [value, low, high].filter((text): text is string => text !== null)
  const only = <T>(wanted: QuantityKind, given: T | undefined) => (figure && kind === wanted ? (given ?? null) : null)
  return {
    kind,
    bound,
    strict: (bound === 'AT_LEAST' || bound === 'AT_MOST') && q.strict,
    value,
    low,
    high,
    decimals: stated.length ? (q.decimals ?? Math.max(...stated.map(decimalsOf))) : null,
    statedText: figure ? (q.statedText ?? null) : null,
    subject: figure ? (q.subject ?? null) : null,
    metricLabel: figure ? (q.metricLabel ?? null) : null,
    unit: figure ? (q.unit ?? null) : null,
    unitEn: figure ? (q.unitEn ?? null) : null,
    // Fields of one kind only: a figure re-kinded from MONEY to COUNT has no currency any more.
    currency: only('MONEY', q.currency),
    per: only('RATE', q.per),
    perUnit: only('RATE', q.perUnit),
    rankOf: only('RANK', q.rankOf),
    durationUnit: only('DURATION', durationUnitOf(q)),
    windowKind: figure && dated ? (q.windowKind as WindowKind) : null,
    windowStart: figure && period ? (q.windowStart ?? null) : null,
    windowEnd: figure && dated ? ((period ? q.windowEnd : q.asOf) ?? null) : null,
    definition: figure ? (q.definition ?? null) : null,
    metricId: q.metricId ?? null,
    metricDefinitionId: q.metricDefinitionId ?? null,
  }
}
export type QuantityData = ReturnType<typeof toQuantityData>

/** A row states nothing at all (no figure, no metric): the quantity at its position is removed, or never made. */
export const isBlankRow = (q: Row) => !statesFigure(q) && q.metricId === undefined

// Also when a field failed, so that one refusal lists everything to fix; the rules read only what parsed.
export const quantityRowInput = z
  .object(quantityRowFields)
  .superRefine(quantityRules, { when: (payload) => typeof payload.value === 'object' && payload.value !== null })
