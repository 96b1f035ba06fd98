// The claim form's quantities as form values: each row's fields are named `quantities.<row>.<field>` (the row is
// the position the quantity had when the form was loaded; new rows count on from there), so that a refused save's
// values (lib/actions/form.ts, keyed by field name) and the field errors ("quantities.1.value", lib/claims/schema.ts) use
// one name.
// Pure: the browser fills a row from parseQuantity's output with `rowFromParsed`.
import { formatQuantity as plainDecimal } from '../format'
import type { Quantity } from '../quantities/types'
import { NOT_STATED, QUANTITY_BOUNDS, type QuantityRowField, quantityRowFields } from './quantity-schema'

export const QUANTITY_FIELD_LABELS: Record<QuantityRowField, string> = {
  statedText: '있는 그대로 Figure as stated',
  subject: '대상 Subject',
  metricLabel: '지표 Metric',
  kind: '수치 종류 Kind',
  bound: '정확도 Bound',
  strict: '경계 제외 (초과·미만) Strict (more/less than)',
  value: '값 Value',
  low: '하한 Low',
  high: '상한 High',
  decimals: '자릿수 Stated precision',
  unit: '단위 Unit',
  unitEn: '영어 단위 English unit',
  currency: '통화 Currency',
  per: '기준 수 Per (base of a rate)',
  perUnit: '기준 대상 Per what',
  rankOf: '전체 수 Rank out of',
  durationUnit: '시간 단위 Time unit',
  windowKind: '기간 종류 Window kind',
  windowStart: '시작일 Start',
  windowEnd: '끝날 End',
  asOf: '기준일 As of',
  definition: '정의 Definition',
  metricId: '지표 묶음 Metric page',
  metricDefinitionId: '지표 정의 Metric definition',
}
export const QUANTITY_ROW_FIELD_NAMES = Object.keys(quantityRowFields) as QuantityRowField[]

/** At most this many quantities per claim (a claim sentence states a few; a form of hundreds is not a claim). */
export const MAX_QUANTITIES = 20

export const quantityFieldName = (row: number, field: QuantityRowField) => `quantities.${row}.${field}`

const FIELD_NAME = /^quantities\.(\d{1,2})\.([A-Za-z]+)$/

/** `quantities.3.value` → { row: 3, field: 'value' }; null for any other name. */
export function parseQuantityFieldName(name: string): { row: number; field: QuantityRowField } | null {
  const match = FIELD_NAME.exec(name)
  if (!match || !(match[2] in quantityRowFields)) return null
  return { row: Number(match[1]), field: match[2] as QuantityRowField }
}

/** A raw claim input's quantity rows (its `quantities.N.field` values), by row number in order. */
export function rawQuantityRows(raw: Record<string, unknown>): [number, Record<string, unknown>][] {
  const rows = new Map<number, Record<string, unknown>>()
  for (const [key, value] of Object.entries(raw)) {
    const name = parseQuantityFieldName(key)
    if (!name) continue
    const fields = rows.get(name.row) ?? {}
    fields[name.field] = value
    rows.set(name.row, fields)
  }
  return [...rows].sort(([a], [b]) => a - b)
}

/** The rows a set of form values holds, in order; at least row 0, so the form always shows one. */
export function quantityRowsOf(values: Record<string, string> | undefined): number[] {
  const rows = new Set<number>()
  for (const key of Object.keys(values ?? {})) {
    const name = parseQuantityFieldName(key)
    if (name) rows.add(name.row)
  }
  return rows.size ? [...rows].sort((a, b) => a - b) : [0]
}

/** A stored quantity (a ClaimQuantity row, or part of one) as the form reads it. */
export interface StoredQuantity {
  position: number
  kind: string
  bound: string
  strict: boolean
  value: { toString(): string } | null
  low: { toString(): string } | null
  high: { toString(): string } | null
  decimals: number | null
  statedText?: string | null
  subject: string | null
  metricLabel: string | null
  unit: string | null
  unitEn?: string | null
  currency?: string | null
  per?: { toString(): string } | null
  perUnit?: string | null
  rankOf?: number | null
  durationUnit?: string | null
  windowKind: string | null
  windowStart: Date | null
  windowEnd: Date | null
  definition: string | null
  metricId: string | null
  metricDefinitionId: string | null
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

/** A stored decimal at its stated precision: 4.40 stated to 2 decimals stays "4.40"; without one, no trailing zeros. */
function decimalText(value: { toString(): string } | null | undefined, decimals: number | null): string {
  if (value === null || value === undefined) return ''
  const plain = plainDecimal(value)
  if (decimals === null || decimals <= 0) return plain
  const [whole, fraction = ''] = plain.split('.')
  return fraction.length >= decimals ? plain : `${whole}.${fraction.padEnd(decimals, '0')}`
}

/** One stored quantity as the values of row `row`. */
export function rowFromStored(q: StoredQuantity): Record<QuantityRowField, string> {
  const period = q.windowKind === 'PERIOD'
  // A figure-less quantity (a metric only) shows no kind, bound or window, as a claim without a quantity.
  const figure = q.value !== null || q.low !== null
  return {
    statedText: q.statedText ?? '',
    subject: q.subject ?? '',
    metricLabel: q.metricLabel ?? '',
    kind: figure ? q.kind : '',
    bound: figure ? q.bound : '',
    strict: q.strict ? 'on' : '',
    value: decimalText(q.value, q.decimals),
    low: decimalText(q.low, q.decimals),
    high: decimalText(q.high, q.decimals),
    decimals: figure && q.decimals !== null ? String(q.decimals) : '',
    unit: q.unit ?? '',
    unitEn: q.unitEn ?? '',
    currency: q.currency ?? '',
    per: decimalText(q.per, null),
    perUnit: q.perUnit ?? '',
    rankOf: q.rankOf ? String(q.rankOf) : '',
    durationUnit: q.durationUnit ?? '',
    windowKind: q.windowKind ?? (figure ? NOT_STATED : ''),
    windowStart: period ? isoDate(q.windowStart) : '',
    windowEnd: period ? isoDate(q.windowEnd) : '',
    asOf: q.windowKind && !period ? isoDate(q.windowEnd) : '',
    definition: q.definition ?? '',
    metricId: q.metricId ?? '',
    metricDefinitionId: q.metricDefinitionId ?? '',
  }
}

/** A claim's quantities as form values, row = position; a claim without quantities has none (the form adds row 0). */
export function quantityFormValues(quantities: readonly StoredQuantity[] | undefined): Record<string, string> {
  const values: Record<string, string> = {}
  for (const q of [...(quantities ?? [])].sort((a, b) => a.position - b.position)) {
    for (const [field, value] of Object.entries(rowFromStored(q))) values[quantityFieldName(q.position, field as QuantityRowField)] = value
  }
  return values
}

/** A number from the parser as the decimal fields take it: plain digits, never an exponent. */
const numberText = (n: number | null) => (n === null ? '' : Number.isInteger(n) ? BigInt(n).toString() : String(n))

/**
 * The fields the parser fills from a figure as stated ("5배 이상" → kind MULTIPLE, bound AT_LEAST, value 5). The
 * rest of the row (subject, metric, window, definition) is the editor's; the form leaves it as it is.
 */
export function rowFromParsed(q: Quantity): Partial<Record<QuantityRowField, string>> {
  return {
    kind: q.kind,
    bound: QUANTITY_BOUNDS.includes(q.bound) ? q.bound : 'EXACT',
    strict: q.strict ? 'on' : '',
    value: numberText(q.value),
    low: numberText(q.low),
    high: numberText(q.high),
    decimals: String(q.decimals),
    unit: q.unit ?? '',
    unitEn: q.unitEn ?? '',
    currency: q.currency ?? '',
    per: numberText(q.per),
    perUnit: q.perUnit ?? '',
    rankOf: q.rankOf === null ? '' : String(q.rankOf),
    durationUnit: q.durationUnit ?? '',
  }
}

/** Quantity fields whose values compare as numbers ("17.270" and "17.27" are one value to the conflict view). */
export const NUMBER_FIELDS: readonly QuantityRowField[] = ['value', 'low', 'high', 'per']
