// A stored quantity (a claim_quantities row, Prisma's Decimals and all) as the pure library's Quantity, so that the
// desk, checks and reader pages compare and write stored figures with the same code as typed ones.
import { DURATION_UNITS, quantitySchema, type DurationUnit, type Quantity } from './types'

type Decimalish = { toString(): string } | number | null

export interface QuantityRecord {
  kind: Quantity['kind']
  bound: Quantity['bound']
  strict: boolean
  value: Decimalish
  low: Decimalish
  high: Decimalish
  decimals: number | null
  unit: string | null
  unitEn?: string | null
  currency: string | null
  per: Decimalish
  perUnit: string | null
  rankOf: number | null
  rankHighFirst: boolean | null
  durationUnit: string | null
  priceYear?: number | null
}

const num = (value: Decimalish) => (value === null ? null : Number(value.toString()))
const hangul = (text: string | null | undefined) => Boolean(text && /[\uac00-\ud7a3]/.test(text))
/** The desk types unit words in either language into one field: Hangul is the Korean word, anything else English. */
const words = (text: string | null | undefined, en?: string | null) => ({
  ko: hangul(text) ? text! : null,
  en: en ?? (text && !hangul(text) ? text : null),
})

/** Decimals of a stored value as written ("17.270000" → 2), for records that did not store their precision. */
function decimalsOf(value: Decimalish): number {
  if (value === null) return 0
  const text = value.toString()
  return text.includes('.') ? text.replace(/0+$/, '').split('.')[1].length : 0
}

/** The Quantity a record states, or null when it states none (a metric-only row) or breaks a kind's rules. */
export function quantityOfRecord(record: QuantityRecord): Quantity | null {
  const unit = words(record.unit, record.unitEn)
  const perUnit = words(record.perUnit)
  const parsed = quantitySchema.safeParse({
    kind: record.kind,
    bound: record.bound,
    strict: record.strict,
    value: num(record.value),
    low: num(record.low),
    high: num(record.high),
    unit: record.unit,
    unitKo: unit.ko,
    unitEn: unit.en,
    currency: record.currency,
    per: num(record.per),
    perUnit: record.perUnit,
    perUnitKo: perUnit.ko,
    perUnitEn: perUnit.en,
    rankOf: record.rankOf,
    rankHighFirst: record.rankHighFirst,
    durationUnit: DURATION_UNITS.includes(record.durationUnit as DurationUnit) ? record.durationUnit : null,
    decimals: record.decimals ?? decimalsOf(record.bound === 'RANGE' ? record.low : record.value),
    priceYear: record.priceYear ?? null,
  })
  return parsed.success ? parsed.data : null
}
