// A Quantity: one figure as a claim states it (kind, bound, value as stated, stated precision, unit words), plain
// JSON so that it can be stored, sent to the browser and validated with `quantitySchema` at every boundary.
//
// Conventions (the parser, the comparison and the formatter all rely on them):
// - `value` is set for EXACT, APPROX, AT_LEAST and AT_MOST (for the bounds it is the bound itself); `low`/`high` are
//   set for RANGE only, and then `value` is null. `strict` is true for 초과/미만/"more than"/"fewer than".
// - Values are in the natural base unit: MONEY in the currency's unit (2억 달러 → 200000000, USD); PERCENT,
//   PERCENT_CHANGE and PERCENTAGE_POINTS in percent (150 for 150 %); MULTIPLE as the factor (2.5 for 2.5배);
//   DURATION in `durationUnit`; RATE as "value per `per` `perUnit`" (17.27 per 100000 명).
// - `decimals` is the stated precision: the power of ten of the last stated digit, negated. "4.4" → 1, "19,800" → 0,
//   "2만 명" → -4, "2억" → -8, "US$2.1 billion" → -8 (stated to 0.1 billion = 10⁸).
// - `unit` is the count noun or counter as stated, normalised ('명', '곳', '개', 'models'); null when the kind
//   already says it (RANK, MONEY, PERCENT, PERCENT_CHANGE, PERCENTAGE_POINTS, MULTIPLE, DURATION) or nothing was
//   stated. `unitKo`/`unitEn` are the words in each language where the lexicon knows them ('명' / 'people').
// - `scale` is the power of ten of the scale word used, if any ("2억" → 8, "$2.1bn" → 9, "2만5천" → 4): the
//   comparison reports it as a conversion it made.
import { z } from 'zod'

export const QUANTITY_KINDS = [
  'COUNT',
  'RATE',
  'RANK',
  'MONEY',
  'PERCENT',
  'PERCENT_CHANGE',
  'MULTIPLE',
  'PERCENTAGE_POINTS',
  'SCORE',
  'DURATION',
  'OTHER',
] as const
export type QuantityKind = (typeof QUANTITY_KINDS)[number]

export const QUANTITY_BOUNDS = ['EXACT', 'APPROX', 'AT_LEAST', 'AT_MOST', 'RANGE'] as const
export type QuantityBound = (typeof QUANTITY_BOUNDS)[number]

export const CURRENCIES = ['KRW', 'USD', 'EUR', 'JPY', 'CNY', 'GBP'] as const
export type Currency = (typeof CURRENCIES)[number]

export const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour'] as const
export type DurationUnit = (typeof DURATION_UNITS)[number]

export type Lang = 'ko' | 'en'
/** A reader-facing text in both languages. */
export interface Bilingual {
  ko: string
  en: string
}

const finite = z.number().finite()
const word = z.string().trim().min(1).max(80)

/** The fields; every optional one defaults to null so that a stored or hand-written partial record validates. */
export const quantityFieldsSchema = z.object({
  kind: z.enum(QUANTITY_KINDS),
  bound: z.enum(QUANTITY_BOUNDS).default('EXACT'),
  strict: z.boolean().default(false),
  value: finite.nullable().default(null),
  low: finite.nullable().default(null),
  high: finite.nullable().default(null),
  unit: word.nullable().default(null),
  unitKo: word.nullable().default(null),
  unitEn: word.nullable().default(null),
  currency: z.enum(CURRENCIES).nullable().default(null),
  per: finite.positive().nullable().default(null),
  perUnit: word.nullable().default(null),
  perUnitKo: word.nullable().default(null),
  perUnitEn: word.nullable().default(null),
  rankOf: z.number().int().positive().nullable().default(null),
  rankHighFirst: z.boolean().nullable().default(null),
  durationUnit: z.enum(DURATION_UNITS).nullable().default(null),
  decimals: z.number().int().min(-20).max(20).default(0),
  scale: z.number().int().min(0).max(20).nullable().default(null),
  priceYear: z.number().int().min(1800).max(2200).nullable().default(null),
})

/** The invariants that make a record mean one thing (see the conventions above). */
export const quantitySchema = quantityFieldsSchema.superRefine((q, ctx) => {
  const problem = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] })
  if (q.bound === 'RANGE') {
    if (q.value !== null) problem('a range has no single value', 'value')
    if (q.low === null || q.high === null) problem('a range needs low and high', q.low === null ? 'low' : 'high')
    else if (q.low > q.high) problem('low is above high', 'low')
  } else {
    if (q.value === null) problem('value is required', 'value')
    if (q.low !== null || q.high !== null) problem('low/high are for ranges only', q.low !== null ? 'low' : 'high')
  }
  if (q.strict && q.bound !== 'AT_LEAST' && q.bound !== 'AT_MOST') problem('only a bound can be strict', 'strict')
  if ((q.kind === 'MONEY') !== (q.currency !== null)) problem('money and only money has a currency', 'currency')
  if ((q.kind === 'RATE') !== (q.per !== null)) problem('a rate and only a rate has a base (per)', 'per')
  if ((q.kind === 'DURATION') !== (q.durationUnit !== null)) problem('a duration and only a duration has a time unit', 'durationUnit')
  if (q.kind !== 'RANK' && (q.rankOf !== null || q.rankHighFirst !== null)) problem('rank fields on a non-rank', 'rankOf')
  if (q.kind !== 'MONEY' && q.priceYear !== null) problem('a price year on a non-money quantity', 'priceYear')
})

export type Quantity = z.output<typeof quantitySchema>
export type QuantityInput = z.input<typeof quantitySchema>

/** A validated Quantity from a partial description; throws a ZodError when the invariants do not hold. */
export function quantity(input: QuantityInput): Quantity {
  return quantitySchema.parse(input)
}
