// The one adapter from a stored quantity (a ClaimQuantity row: Prisma Decimals, nullable columns, units as the
// editor typed them) to a lib/quantities Quantity, so that every reader of records writes and compares figures the
// same way. Pure: it takes anything shaped like the row, Decimals or their text.
//
// Stored unit words are whatever the claim form was given: a Korean counter ("곳", "건"), an English word
// ("models"), or a whole description ("granted AI patents per 100,000 people"). A Quantity needs the counter in
// each language, so the adapter keeps a Hangul unit for Korean and a Latin one for English, and takes the counter
// the figure was written with from its stated text ("17.27건") when the unit column does not give one.
import { KO_PER_UNITS } from './lexicon'
import { parseQuantity } from './parse'
import { quantitySchema, type Quantity } from './types'

type Decimalish = { toString(): string } | string | number | null

export interface QuantityRecord {
  kind: string
  bound: string
  strict: boolean
  value: Decimalish
  low: Decimalish
  high: Decimalish
  decimals: number | null
  statedText: string | null
  unit: string | null
  unitEn: string | null
  currency: string | null
  per: Decimalish
  perUnit: string | null
  rankOf: number | null
  rankHighFirst: boolean | null
  durationUnit: string | null
  priceYear?: number | null
}

const num = (d: Decimalish) => (d === null ? null : Number(d.toString()))
const hasHangul = (text: string) => /[\uac00-\ud7a3]/.test(text)
const isLatin = (text: string) => /^[A-Za-z]/.test(text)
/** Digits after the point of a stored Decimal's text ("17.270000" → 2): the precision when none was recorded. */
const decimalsOfText = (d: Decimalish) => {
  if (d === null) return 0
  const text = d.toString()
  return text.includes('.') ? text.replace(/0+$/, '').length - text.indexOf('.') - 1 : 0
}

/** "people" or "명" as the base of a rate, in both languages (lexicon KO_PER_UNITS). */
function perUnits(perUnit: string | null): { perUnitKo: string | null; perUnitEn: string | null } {
  if (!perUnit) return { perUnitKo: null, perUnitEn: null }
  const known = KO_PER_UNITS[perUnit] ?? Object.values(KO_PER_UNITS).find((words) => words.en === perUnit)
  if (known) return { perUnitKo: known.ko, perUnitEn: known.en }
  return hasHangul(perUnit) ? { perUnitKo: perUnit, perUnitEn: null } : { perUnitKo: null, perUnitEn: perUnit }
}

/** The counter the figure was written with ("17.27건" → 건), when its stated text reads as a count of the same value. */
function statedCounter(record: QuantityRecord, value: number | null): { ko: string | null; en: string | null } {
  if (!record.statedText) return { ko: null, en: null }
  const parsed = parseQuantity(record.statedText, { lang: hasHangul(record.statedText) ? 'ko' : 'en' })
  if (!parsed || parsed.value !== value || (parsed.kind !== record.kind && parsed.kind !== 'COUNT')) return { ko: null, en: null }
  return { ko: parsed.unitKo ?? (parsed.unit && hasHangul(parsed.unit) ? parsed.unit : null), en: parsed.unitEn }
}

/**
 * The record as a Quantity, or null when it breaks a Quantity's invariants (a range without its ends, money
 * without a currency): callers then show the figure as stored, never a guess.
 */
export function quantityFromRecord(record: QuantityRecord): Quantity | null {
  const [value, low, high] = [num(record.value), num(record.low), num(record.high)]
  const unit = record.unit?.trim() || null
  const counter = statedCounter(record, value)
  const unitKo = unit && hasHangul(unit) ? unit : counter.ko
  // An English unit only when it is the editor's English word for the count, not a description of the metric.
  const unitEn = record.unitEn?.trim() || (unit && isLatin(unit) && !/\bper\b/.test(unit) ? unit : null)
  const parsed = quantitySchema.safeParse({
    kind: record.kind,
    bound: record.bound,
    strict: record.strict,
    value,
    low,
    high,
    unit: (unitKo ?? unit)?.slice(0, 80) ?? null,
    unitKo,
    unitEn: unitEn?.slice(0, 80) ?? null,
    currency: record.currency,
    per: num(record.per),
    perUnit: record.perUnit,
    ...perUnits(record.perUnit),
    rankOf: record.rankOf,
    rankHighFirst: record.rankHighFirst,
    durationUnit: record.durationUnit,
    decimals: record.decimals ?? Math.max(...[record.value, record.low, record.high].map(decimalsOfText)),
    priceYear: record.priceYear ?? null,
  })
  return parsed.success ? parsed.data : null
}
