// The one adapter from a stored quantity (a claim_quantities row, model ClaimQuantity) to a Quantity of this
// folder, so that the comparison, the arithmetic and the formatter read what the desk stored. Pure: it takes the
// row's fields (decimals as Prisma's Decimal or text) and never reads the database.
//
// Stored unit words are whatever the claim form was given: a Korean counter ("곳", "건"), an English word
// ("models"), or a whole description ("granted AI patents per 100,000 people"). A Quantity needs the counter in
// each language, so the adapter keeps a Hangul unit for Korean and a Latin one for English, and takes the counter
// the figure was written with from its stated text ("17.27건") when the unit column does not give one.
import { KO_PER_UNITS } from './lexicon'
import { parseQuantity } from './parse'
import { CURRENCIES, DURATION_UNITS, quantitySchema, type Currency, type DurationUnit, type Quantity, type QuantityBound, type QuantityKind } from './types'

type Decimalish = { toString(): string } | string | number | null

/** The fields of a ClaimQuantity row the adapter reads; the rest of the row may come along. */
export interface QuantityRecord {
  kind: QuantityKind
  bound: QuantityBound
  strict: boolean
  value: Decimalish
  low: Decimalish
  high: Decimalish
  decimals: number | null
  statedText?: string | null
  unit: string | null
  unitEn?: string | null
  currency?: string | null
  per?: Decimalish
  perUnit?: string | null
  rankOf?: number | null
  rankHighFirst?: boolean | null
  durationUnit?: string | null
  priceYear?: number | null
}

/** Kinds whose own name says their unit: a stored unit word ('위', '달러') is the kind's, not a count noun. */
const KIND_SAYS_UNIT: QuantityKind[] = ['RANK', 'MONEY', 'PERCENT', 'PERCENT_CHANGE', 'PERCENTAGE_POINTS', 'MULTIPLE', 'DURATION']

/** Currency words, for money stored without its ISO code (the older claim form had only a unit field: "달러"). */
const CURRENCY_WORDS: [RegExp, Currency][] = [
  [/달러|\$|\bdollars?\b|\busd\b/i, 'USD'],
  [/^\s*[만억조천백]*\s*원\s*$|₩|\bwon\b|\bkrw\b/i, 'KRW'],
  [/유로|€|\beuros?\b|\beur\b/i, 'EUR'],
  [/엔화|^\s*엔\s*$|¥|\byen\b|\bjpy\b/i, 'JPY'],
  [/위안|\byuan\b|\bcny\b/i, 'CNY'],
  [/£|\bgbp\b|\bpounds?\b/i, 'GBP'],
]

/** The currency a unit text names ("달러", "억원", "US dollars"), if it names exactly one. */
export function currencyNamedBy(text: string | null | undefined): Currency | null {
  if (!text) return null
  const named = CURRENCY_WORDS.filter(([pattern]) => pattern.test(text)).map(([, code]) => code)
  return named.length === 1 ? named[0] : null
}

const hasHangul = (text: string) => /[\uac00-\ud7a3]/.test(text)
const num = (v: Decimalish) => (v === null || v === undefined ? null : Number(v.toString()))
/** Decimals of a number as text: "17.27" → 2, "10" → 0 (Prisma's Decimal drops the column's padding). */
const decimalsOf = (v: Decimalish) => {
  if (v === null || v === undefined) return 0
  const fraction = /\.(\d*?)0*$/.exec(v.toString())
  return fraction ? fraction[1].length : 0
}

/** "people" or "명" as the base of a rate, in both languages (lexicon KO_PER_UNITS). */
function perUnits(perUnit: string | null | undefined): { perUnitKo: string | null; perUnitEn: string | null } {
  if (!perUnit) return { perUnitKo: null, perUnitEn: null }
  const known = KO_PER_UNITS[perUnit] ?? Object.values(KO_PER_UNITS).find((words) => words.en === perUnit)
  if (known) return { perUnitKo: known.ko, perUnitEn: known.en }
  return hasHangul(perUnit) ? { perUnitKo: perUnit, perUnitEn: null } : { perUnitKo: null, perUnitEn: perUnit }
}

/** The counter the figure was written with ("17.27건" → 건), when its stated text reads as a count of the same value. */
function statedCounter(row: QuantityRecord, value: number | null): { ko: string | null; en: string | null } {
  if (!row.statedText) return { ko: null, en: null }
  const parsed = parseQuantity(row.statedText, { lang: hasHangul(row.statedText) ? 'ko' : 'en' })
  if (!parsed || parsed.value !== value || (parsed.kind !== row.kind && parsed.kind !== 'COUNT')) return { ko: null, en: null }
  return { ko: parsed.unitKo ?? (parsed.unit && hasHangul(parsed.unit) ? parsed.unit : null), en: parsed.unitEn }
}

/**
 * The row as a Quantity, or null when the row states no figure or breaks the Quantity's rules (money without a
 * currency the unit words do not name either, a rate without a base): such a row cannot be compared or computed
 * with, and saying so is the caller's.
 * A row without stated precision (older rows) is taken at the precision of the digits it has.
 */
export function quantityFromRecord(row: QuantityRecord): Quantity | null {
  if (row.value === null && (row.low === null || row.high === null)) return null
  const ownUnit = !KIND_SAYS_UNIT.includes(row.kind)
  const typed = ownUnit ? row.unit?.trim() || null : null
  const counter = ownUnit ? statedCounter(row, num(row.value)) : { ko: null, en: null }
  const unitKo = typed && hasHangul(typed) ? typed : counter.ko
  // An English unit only when it is the editor's English word for the count, not a description of the metric.
  const unitEn = ownUnit ? row.unitEn?.trim() || (typed && !hasHangul(typed) && !/\bper\b/.test(typed) ? typed : null) : null
  const unit = (unitKo ?? typed)?.slice(0, 80) ?? null
  const stored = row.currency && (CURRENCIES as readonly string[]).includes(row.currency) ? (row.currency as Currency) : null
  const currency = row.kind !== 'MONEY' ? stored : (stored ?? currencyNamedBy(row.unit) ?? currencyNamedBy(row.unitEn))
  const durationUnit = row.durationUnit && (DURATION_UNITS as readonly string[]).includes(row.durationUnit) ? (row.durationUnit as DurationUnit) : null
  const parsed = quantitySchema.safeParse({
    kind: row.kind,
    bound: row.bound,
    strict: row.strict,
    value: num(row.value),
    low: num(row.low),
    high: num(row.high),
    unit,
    unitKo,
    unitEn: unitEn?.slice(0, 80) ?? null,
    currency,
    per: num(row.per ?? null),
    perUnit: row.perUnit ?? null,
    ...perUnits(row.perUnit),
    rankOf: row.rankOf ?? null,
    rankHighFirst: row.kind === 'RANK' ? (row.rankHighFirst ?? null) : null,
    durationUnit,
    priceYear: row.priceYear ?? null,
    decimals: row.decimals ?? Math.max(decimalsOf(row.value), decimalsOf(row.low), decimalsOf(row.high)),
  })
  return parsed.success ? parsed.data : null
}

/** The columns quantityFromRecord reads, for a Prisma select. */
export const quantityRecordSelect = {
  kind: true,
  bound: true,
  strict: true,
  value: true,
  low: true,
  high: true,
  decimals: true,
  statedText: true,
  unit: true,
  unitEn: true,
  currency: true,
  per: true,
  perUnit: true,
  rankOf: true,
  rankHighFirst: true,
  durationUnit: true,
  priceYear: true,
} as const
