// One comparison of two quantities that a reader can trust:
//   compareQuantities(a, b, context?) → { relation, reason, conversions, explanation: { ko, en } }
//
// Relations, after converting both to one kind and unit (×k ≡ +(k−1)·100 %, years ↔ months, weeks ↔ days ↔ hours,
// rate bases per 1,000 ↔ per 100,000, currencies only at a rate the caller states):
// - EQUAL: the same statement: same bound and the same value(s) exactly ("2만 명" and "20,000명"; "3.2배" and
//   "220% 증가").
// - AGREE_WITHIN_PRECISION: two exact figures that differ only below the coarser stated precision: the finer one
//   rounds (half up) to the coarser ("4.35" and "4.4"; "19,800명" and "2만 명").
// - CONSISTENT: what the two allow overlaps, so both can be true ("약 2만 명" and "19,800명"; "at least 5" and
//   "at most 10").
// - DIFFERENT: they cannot both be true ("최소 5곳" and "4곳").
// - INCOMPARABLE, with a reason: percent vs percentage points, two currencies without a rate, a rank vs a value,
//   kinds or units that do not convert, another subject, base, window, definition or price year.
//
// What each figure allows (the rule, also said to readers in the explanation):
// - exact: the half-open interval of values that round to it, [v − s/2, v + s/2) for the step s of its last digit
//   ("4.4" → [4.35, 4.45)); a whole count or rank stated to units is that integer only ("5곳" is 5, not 4.5–5.5).
// - approximate (약, about, 여, nearly): ±10 % or ± half a step, whichever is wider, half-open like rounding
//   ("약 2만 명" → [15,000, 25,000), so "약 2만" and "약 3만" do not overlap).
// - bounds: [v, ∞) / (v, ∞) / (−∞, v] / (−∞, v), not widened ("최소 5곳" excludes 4); ranges: [low, high].
// Context: subject/window/definition pairs are compared only when both sides are given (null means "not stated",
// and is a value of its own); any difference refuses the comparison.
import { Rational, stepOf } from './decimal'
import { formatDigits, formatEnglishNumber, formatKoreanNumber, formatQuantity } from './format'
import { withParticle as j } from './josa'
import type { Bilingual, Currency, DurationUnit, Quantity, QuantityKind } from './types'

export const RELATIONS = ['EQUAL', 'AGREE_WITHIN_PRECISION', 'CONSISTENT', 'DIFFERENT', 'INCOMPARABLE'] as const
export type Relation = (typeof RELATIONS)[number]

export const INCOMPARABLE_REASONS = [
  'percent_vs_points',
  'currencies_without_rate',
  'rank_vs_value',
  'kinds_differ',
  'units_differ',
  'other_subject',
  'other_base',
  'other_window',
  'other_definition',
  'other_price_year',
] as const
export type IncomparableReason = (typeof INCOMPARABLE_REASONS)[number]

export type ConversionCode = 'multiple_to_percent_change' | 'duration_units' | 'scale_words' | 'currency' | 'rate_base'
export interface Conversion extends Bilingual {
  code: ConversionCode
}

export interface ExchangeRate {
  /** 1 `from` = `rate` `to` (1 USD = 1350 KRW). */
  from: Currency
  to: Currency
  rate: number
}

export interface CompareContext {
  subjectA?: unknown
  subjectB?: unknown
  windowA?: unknown
  windowB?: unknown
  definitionA?: unknown
  definitionB?: unknown
  /** Rates stated by the sources; without one, two currencies are INCOMPARABLE. */
  exchangeRates?: ExchangeRate[]
}

export interface Comparison {
  relation: Relation
  /** Why not comparable; null unless relation is INCOMPARABLE. */
  reason: IncomparableReason | null
  conversions: Conversion[]
  explanation: Bilingual
}

// ---- intervals -----------------------------------------------------------------------------------------------

/** A set of real numbers [lo, hi], each end possibly open or infinite (null). */
interface Interval {
  lo: Rational | null
  loOpen: boolean
  hi: Rational | null
  hiOpen: boolean
}

function intersects(a: Interval, b: Interval): boolean {
  const pickLo = !a.lo ? b : !b.lo ? a : a.lo.cmp(b.lo) > 0 ? a : b.lo.cmp(a.lo) > 0 ? b : null
  const lo = pickLo ? pickLo.lo : a.lo
  const loOpen = pickLo ? pickLo.loOpen : a.loOpen || b.loOpen
  const pickHi = !a.hi ? b : !b.hi ? a : a.hi.cmp(b.hi) < 0 ? a : b.hi.cmp(a.hi) < 0 ? b : null
  const hi = pickHi ? pickHi.hi : a.hi
  const hiOpen = pickHi ? pickHi.hiOpen : a.hiOpen || b.hiOpen
  if (!lo || !hi) return true
  const c = lo.cmp(hi)
  return c < 0 || (c === 0 && !loOpen && !hiOpen)
}

const contains = (outer: Interval, x: Rational) => intersects(outer, { lo: x, loOpen: false, hi: x, hiOpen: false })

/** A quantity in the unit it is compared in, with its stated step (not always a power of ten after ×12). */
interface Normal {
  source: Quantity
  /** The quantity as compared (converted kind/unit/values), for writing out. */
  shown: Quantity
  value: Rational | null
  low: Rational | null
  high: Rational | null
  step: Rational
}

const R = (n: number | null) => (n === null ? null : Rational.fromNumber(n))

function normal(q: Quantity): Normal {
  return { source: q, shown: q, value: R(q.value), low: R(q.low), high: R(q.high), step: stepOf(q.decimals) }
}

/** Linear map v → v·factor + offset, applied to values and step (factor > 0). */
function mapNormal(n: Normal, factor: Rational, offset: Rational, shown: Partial<Quantity>, decimalsShift: number): Normal {
  const f = (r: Rational | null) => (r ? r.mul(factor).add(offset) : null)
  const value = f(n.value)
  const low = f(n.low)
  const high = f(n.high)
  return {
    source: n.source,
    shown: { ...n.shown, ...shown, value: value?.toNumber() ?? null, low: low?.toNumber() ?? null, high: high?.toNumber() ?? null, decimals: n.shown.decimals + decimalsShift },
    value,
    low,
    high,
    step: n.step.mul(factor),
  }
}

const wholeCount = (n: Normal) => (n.source.kind === 'COUNT' || n.source.kind === 'RANK') && n.source.decimals >= 0 && n.source.bound === 'EXACT'

/** What a figure allows (see the rule in the header). */
function allows(n: Normal): Interval {
  const q = n.shown
  const half = n.step.div(Rational.of(2n))
  switch (q.bound) {
    case 'EXACT':
      if (wholeCount(n)) return { lo: n.value, loOpen: false, hi: n.value, hiOpen: false }
      return { lo: n.value!.sub(half), loOpen: false, hi: n.value!.add(half), hiOpen: true }
    case 'APPROX': {
      const t = n.value!.abs().div(Rational.of(10n)).max(half)
      return { lo: n.value!.sub(t), loOpen: false, hi: n.value!.add(t), hiOpen: true }
    }
    case 'AT_LEAST':
      return { lo: n.value, loOpen: q.strict, hi: null, hiOpen: true }
    case 'AT_MOST':
      return { lo: null, loOpen: true, hi: n.value, hiOpen: q.strict }
    case 'RANGE':
      return { lo: n.low, loOpen: false, hi: n.high, hiOpen: false }
  }
}

// ---- words ---------------------------------------------------------------------------------------------------

const KIND_WORDS: Record<QuantityKind, Bilingual> = {
  COUNT: { ko: '개수', en: 'a count' },
  RATE: { ko: '비율(기준당 값)', en: 'a rate' },
  RANK: { ko: '순위', en: 'a rank' },
  MONEY: { ko: '금액', en: 'an amount of money' },
  PERCENT: { ko: '비중(%)', en: 'a share (%)' },
  PERCENT_CHANGE: { ko: '증감률(%)', en: 'a percent change' },
  MULTIPLE: { ko: '배수', en: 'a multiple' },
  PERCENTAGE_POINTS: { ko: '퍼센트포인트(%p)', en: 'percentage points' },
  SCORE: { ko: '점수', en: 'a score' },
  DURATION: { ko: '기간', en: 'a duration' },
  OTHER: { ko: '수치', en: 'a figure' },
}

const both = (a: Quantity, b: Quantity): Bilingual => ({
  ko: `${formatQuantity(a, 'ko')}, ${formatQuantity(b, 'ko')}`,
  en: `${formatQuantity(a, 'en')} and ${formatQuantity(b, 'en')}`,
})

const PLACE_KO: Record<number, string> = { 1: '소수 첫째 자리', 2: '소수 둘째 자리', 3: '소수 셋째 자리', 0: '일의 자리', [-1]: '십의 자리', [-2]: '백의 자리', [-3]: '천의 자리', [-4]: '만의 자리', [-5]: '십만의 자리', [-6]: '백만의 자리', [-7]: '천만의 자리', [-8]: '억의 자리', [-12]: '조의 자리' }
const PLACE_EN: Record<number, string> = { 1: 'one decimal', 2: 'two decimals', 3: 'three decimals', 0: 'whole units', [-1]: 'the nearest ten', [-2]: 'the nearest hundred', [-3]: 'the nearest thousand', [-4]: 'the nearest ten thousand', [-5]: 'the nearest hundred thousand', [-6]: 'the nearest million', [-7]: 'the nearest ten million', [-8]: 'the nearest hundred million', [-9]: 'the nearest billion' }

function precisionWords(step: Rational): Bilingual {
  for (let d = -12; d <= 6; d++) {
    if (step.eq(stepOf(d))) return { ko: PLACE_KO[d] ?? `10^${-d}의 자리`, en: PLACE_EN[d] ?? `steps of ${formatDigits(step, Math.max(0, d), 'en')}` }
  }
  const d = step.exactDecimals(6) ?? 6
  return { ko: `${formatDigits(step, d, 'ko')} 단위`, en: `steps of ${formatDigits(step, d, 'en')}` }
}

/** The interval a figure allows, written as a quantity of its own kind ("15,000~25,000명", "5곳 이상"). */
function intervalText(n: Normal, i: Interval): Bilingual {
  const decimals = (r: Rational) => Math.max(r.exactDecimals(6) ?? 6, Math.min(n.shown.decimals, 0))
  const base: Quantity = { ...n.shown, strict: false, value: null, low: null, high: null }
  let q: Quantity
  if (i.lo && i.hi) {
    q = i.lo.eq(i.hi) ? { ...base, bound: 'EXACT', value: i.lo.toNumber(), decimals: decimals(i.lo) } : { ...base, bound: 'RANGE', low: i.lo.toNumber(), high: i.hi.toNumber(), decimals: Math.max(decimals(i.lo), decimals(i.hi)) }
  } else if (i.lo) q = { ...base, bound: 'AT_LEAST', strict: i.loOpen, value: i.lo.toNumber(), decimals: decimals(i.lo) }
  else q = { ...base, bound: 'AT_MOST', strict: i.hiOpen, value: i.hi!.toNumber(), decimals: decimals(i.hi!) }
  return { ko: formatQuantity(q, 'ko'), en: formatQuantity(q, 'en') }
}

const APPROX_RULE: Bilingual = {
  ko: "('약'은 ±10%와 마지막 자릿수 절반 중 넓은 쪽으로 읽습니다.)",
  en: '("About" is read as ±10% or half the last stated digit, whichever is wider.)',
}

function label(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>
    for (const key of ['label', 'name', 'en', 'ko', 'id']) if (typeof o[key] === 'string') return o[key] as string
  }
  return JSON.stringify(value)
}

const canonical = (value: unknown): string => {
  if (typeof value === 'string') return value.normalize('NFC').trim().toLowerCase()
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

// ---- refusals and conversions --------------------------------------------------------------------------------

function incomparable(reason: IncomparableReason, explanation: Bilingual, conversions: Conversion[] = []): Comparison {
  return { relation: 'INCOMPARABLE', reason, conversions, explanation }
}

function contextRefusal(a: Quantity, b: Quantity, context: CompareContext): Comparison | null {
  const pairs: [IncomparableReason, unknown, unknown, Bilingual][] = [
    ['other_subject', context.subjectA, context.subjectB, { ko: '서로 다른 대상', en: 'different subjects' }],
    ['other_window', context.windowA, context.windowB, { ko: '서로 다른 기간', en: 'different windows (periods or dates)' }],
    ['other_definition', context.definitionA, context.definitionB, { ko: '서로 다른 정의', en: 'different definitions' }],
  ]
  for (const [reason, x, y, words] of pairs) {
    if (x === undefined || y === undefined || canonical(x) === canonical(y)) continue
    const figures = both(a, b)
    return incomparable(reason, {
      ko: `${j(figures.ko, '은/는')} ${words.ko}(${label(x)} / ${label(y)})에 관한 수치라 서로 비교하지 않습니다.`,
      en: `${figures.en} are about ${words.en} (${label(x)} / ${label(y)}), so they are not compared.`,
    })
  }
  return null
}

const unitKey = (q: Quantity): string | null => {
  const word = q.unitKo ?? q.unit
  if (!word || word === '개') return null // unstated, or the generic counter: fits any count noun
  return word.toLowerCase().replace(/s$/, '')
}

const DURATION_FACTORS: Record<DurationUnit, { group: 'calendar' | 'clock'; inSmallest: number }> = {
  year: { group: 'calendar', inSmallest: 12 },
  month: { group: 'calendar', inSmallest: 1 },
  week: { group: 'clock', inSmallest: 168 },
  day: { group: 'clock', inSmallest: 24 },
  hour: { group: 'clock', inSmallest: 1 },
}
const DURATION_NAMES: Record<DurationUnit, Bilingual> = {
  year: { ko: '년', en: 'year' },
  month: { ko: '개월', en: 'months' },
  week: { ko: '주', en: 'week' },
  day: { ko: '일', en: 'day' },
  hour: { ko: '시간', en: 'hours' },
}

const asExact = (q: Quantity): Quantity => ({ ...q, bound: 'EXACT', strict: false })

function toPercentChange(n: Normal): { normal: Normal; conversion: Conversion } {
  const converted = mapNormal(n, Rational.of(100n), Rational.of(-100n), { kind: 'PERCENT_CHANGE', unit: null, unitKo: null, unitEn: null }, -2)
  const single = n.source.bound !== 'RANGE'
  const [k, change] = [asExact(n.source), asExact(converted.shown)]
  return {
    normal: converted,
    conversion: {
      code: 'multiple_to_percent_change',
      ko: `${single ? `${formatQuantity(k, 'ko')}는 ${formatQuantity(change, 'ko')}와 같습니다: ` : ''}k배는 (k − 1) × 100% 증가입니다`,
      en: `${single ? `${formatQuantity(k, 'en', { compact: true })} is the same as a ${formatQuantity(change, 'en')}: ` : ''}k-fold is an increase of (k − 1) × 100%`,
    },
  }
}

/** k when r = 10^k, else null. */
function powerOfTen(r: Rational): number | null {
  for (let k = -12; k <= 12; k++) if (r.eq(Rational.pow10(k))) return k
  return null
}

function scaleConversion(q: Quantity): Conversion | null {
  if (q.scale === null || q.bound === 'RANGE' || q.value === null) return null
  const digits = (lang: 'ko' | 'en') => formatDigits(q.value!, Math.max(0, q.decimals), lang)
  // "2억 = 200,000,000", "200 million = 200,000,000"; where a language has no word for the scale, "2 × 10,000".
  const written = (lang: 'ko' | 'en') => {
    const words = lang === 'ko' ? formatKoreanNumber(q.value!, q.decimals, true) : formatEnglishNumber(q.value!, q.decimals, true)
    if (words !== digits(lang)) return words
    const unit = Rational.pow10(q.scale!)
    const mantissa = Rational.fromNumber(q.value!).div(unit)
    return `${formatDigits(mantissa, mantissa.exactDecimals(6) ?? 6, lang)} × ${formatDigits(unit, 0, lang)}`
  }
  return { code: 'scale_words', ko: `${written('ko')} = ${digits('ko')}`, en: `${written('en')} = ${digits('en')}` }
}

/** Both quantities in one kind and unit, or the reason they cannot be. */
function align(a: Quantity, b: Quantity, context: CompareContext): { a: Normal; b: Normal; conversions: Conversion[] } | Comparison {
  let na = normal(a)
  let nb = normal(b)
  const conversions: Conversion[] = []
  const figures = both(a, b)

  // Kinds.
  const kinds = new Set([a.kind, b.kind])
  if (a.kind !== b.kind) {
    if (kinds.has('MULTIPLE') && kinds.has('PERCENT_CHANGE')) {
      const converted = toPercentChange(a.kind === 'MULTIPLE' ? na : nb)
      if (a.kind === 'MULTIPLE') na = converted.normal
      else nb = converted.normal
      conversions.push(converted.conversion)
    } else if (kinds.has('PERCENTAGE_POINTS') && (kinds.has('PERCENT') || kinds.has('PERCENT_CHANGE'))) {
      return incomparable('percent_vs_points', {
        ko: `${figures.ko}: 퍼센트(%)와 퍼센트포인트(%p)는 다른 단위입니다. %는 비중이나 증감률이고, %p는 두 비율의 차이입니다. 둘을 맞대려면 기준이 되는 비율이 필요합니다.`,
        en: `${figures.en}: a percent and a percentage point are different things. A percent is a share or a relative change; percentage points are the difference between two percentages. Comparing them needs the base percentage.`,
      })
    } else if (kinds.has('RANK')) {
      return incomparable('rank_vs_value', {
        ko: `${figures.ko}: 순위와 값은 비교할 수 없습니다. 순위는 다른 대상과 견준 자리이고 값의 크기를 말하지 않습니다.`,
        en: `${figures.en}: a rank and a value cannot be compared; a rank is a position among others, not an amount.`,
      })
    } else {
      return incomparable('kinds_differ', {
        ko: `${figures.ko}: ${j(KIND_WORDS[a.kind].ko, '와/과')} ${j(KIND_WORDS[b.kind].ko, '은/는')} 서로 다른 종류의 수치라 비교할 수 없습니다.`,
        en: `${figures.en}: ${KIND_WORDS[a.kind].en} and ${KIND_WORDS[b.kind].en} are different kinds of figure and cannot be compared.`,
      })
    }
  }

  const kind = na.shown.kind
  if (kind === 'COUNT' || kind === 'SCORE' || kind === 'OTHER' || kind === 'RATE') {
    const [ka, kb] = [unitKey(a), unitKey(b)]
    if (ka && kb && ka !== kb) {
      return incomparable('units_differ', {
        ko: `${figures.ko}: 세는 단위가 다릅니다(${a.unitKo ?? a.unit} / ${b.unitKo ?? b.unit}).`,
        en: `${figures.en}: they count different things (${a.unitEn ?? a.unit} / ${b.unitEn ?? b.unit}).`,
      })
    }
  }
  if (kind === 'RATE') {
    const [pa, pb] = [a.perUnitKo ?? a.perUnit, b.perUnitKo ?? b.perUnit]
    if (pa && pb && pa.toLowerCase() !== pb.toLowerCase()) {
      return incomparable('other_base', {
        ko: `${figures.ko}: 비율의 기준이 다릅니다(${pa}당 / ${pb}당).`,
        en: `${figures.en}: the rates are per different bases (per ${a.perUnitEn ?? pa} / per ${b.perUnitEn ?? pb}).`,
      })
    }
    if (a.per !== b.per) {
      // Same base, other size: per 1,000 → per 100,000 multiplies by 100.
      const factor = Rational.fromNumber(a.per!).div(Rational.fromNumber(b.per!))
      nb = mapNormal(nb, factor, Rational.ZERO, { per: a.per }, -(powerOfTen(factor) ?? 0))
      conversions.push({ code: 'rate_base', ko: `${formatQuantity(b, 'ko')} = ${formatQuantity(nb.shown, 'ko')}`, en: `${formatQuantity(b, 'en')} = ${formatQuantity(nb.shown, 'en')}` })
    }
  }
  if (kind === 'MONEY' && a.currency !== b.currency) {
    const rate = (context.exchangeRates ?? []).find((r) => (r.from === b.currency && r.to === a.currency) || (r.from === a.currency && r.to === b.currency))
    if (!rate) {
      return incomparable('currencies_without_rate', {
        ko: `${figures.ko}: 통화가 다릅니다(${a.currency} / ${b.currency}). 출처가 밝힌 환율이 없어 비교하지 않습니다.`,
        en: `${figures.en}: they are in different currencies (${a.currency} / ${b.currency}); no exchange rate is stated, so they are not compared.`,
      })
    }
    const factor = rate.from === b.currency ? Rational.fromNumber(rate.rate) : Rational.ONE.div(Rational.fromNumber(rate.rate))
    nb = mapNormal(nb, factor, Rational.ZERO, { currency: a.currency }, 0)
    conversions.push({
      code: 'currency',
      ko: `1 ${rate.from} = ${formatDigits(rate.rate, Rational.fromNumber(rate.rate).exactDecimals(6) ?? 6, 'ko')} ${rate.to} (주어진 환율)`,
      en: `1 ${rate.from} = ${formatDigits(rate.rate, Rational.fromNumber(rate.rate).exactDecimals(6) ?? 6, 'en')} ${rate.to} (the stated rate)`,
    })
  }
  if (kind === 'MONEY' && a.priceYear !== null && b.priceYear !== null && a.priceYear !== b.priceYear) {
    return incomparable('other_price_year', {
      ko: `${figures.ko}: 서로 다른 해의 가격 기준(${a.priceYear}년 / ${b.priceYear}년)이라 물가 보정 없이 비교하지 않습니다.`,
      en: `${figures.en}: they are in prices of different years (${a.priceYear} / ${b.priceYear}) and are not compared without adjusting for inflation.`,
    })
  }
  if (kind === 'DURATION' && a.durationUnit !== b.durationUnit) {
    const [fa, fb] = [DURATION_FACTORS[a.durationUnit!], DURATION_FACTORS[b.durationUnit!]]
    if (fa.group !== fb.group) {
      return incomparable('units_differ', {
        ko: `${figures.ko}: 달·해와 주·일·시간 사이에는 정확한 환산이 없습니다(달마다 날수가 다릅니다).`,
        en: `${figures.en}: months and years do not convert exactly into weeks, days or hours (months differ in length).`,
      })
    }
    // Convert the coarser unit into the finer one.
    const coarserIsA = fa.inSmallest > fb.inSmallest
    const [from, to] = coarserIsA ? [a.durationUnit!, b.durationUnit!] : [b.durationUnit!, a.durationUnit!]
    const factor = Rational.of(BigInt(DURATION_FACTORS[from].inSmallest / DURATION_FACTORS[to].inSmallest))
    if (coarserIsA) na = mapNormal(na, factor, Rational.ZERO, { durationUnit: to }, 0)
    else nb = mapNormal(nb, factor, Rational.ZERO, { durationUnit: to }, 0)
    conversions.push({
      code: 'duration_units',
      ko: `1${DURATION_NAMES[from].ko} = ${factor}${DURATION_NAMES[to].ko}`,
      en: `1 ${DURATION_NAMES[from].en} = ${factor} ${to}s`,
    })
  }
  if (kind === 'RANK') {
    if (a.rankOf !== null && b.rankOf !== null && a.rankOf !== b.rankOf) {
      return incomparable('other_base', {
        ko: `${figures.ko}: 순위를 매긴 대상의 수가 다릅니다(${a.rankOf}개 중 / ${b.rankOf}개 중).`,
        en: `${figures.en}: the ranks are out of different numbers (${a.rankOf} / ${b.rankOf}).`,
      })
    }
    if (a.rankHighFirst !== null && b.rankHighFirst !== null && a.rankHighFirst !== b.rankHighFirst) {
      return incomparable('other_definition', {
        ko: `${figures.ko}: 한쪽은 큰 값부터, 다른 쪽은 작은 값부터 매긴 순위입니다.`,
        en: `${figures.en}: one ranks from the highest, the other from the lowest.`,
      })
    }
  }
  for (const q of [a, b]) {
    const c = scaleConversion(q)
    if (c && !conversions.some((x) => x.code === 'scale_words' && x.en === c.en)) conversions.push(c)
  }
  return { a: na, b: nb, conversions }
}

// ---- the comparison ------------------------------------------------------------------------------------------

const same = (x: Rational | null, y: Rational | null) => (x === null ? y === null : y !== null && x.eq(y))

export function compareQuantities(a: Quantity, b: Quantity, context: CompareContext = {}): Comparison {
  const refused = contextRefusal(a, b, context)
  if (refused) return refused
  const aligned = align(a, b, context)
  if ('relation' in aligned) return aligned
  const { a: na, b: nb, conversions } = aligned
  const figures = both(a, b)
  const converted = conversions.length ? { ko: ` (${conversions.map((c) => c.ko).join('; ')})`, en: ` (${conversions.map((c) => c.en).join('; ')})` } : { ko: '', en: '' }
  const result = (relation: Relation, explanation: Bilingual): Comparison => ({ relation, reason: null, conversions, explanation })

  if (na.shown.bound === nb.shown.bound && na.shown.strict === nb.shown.strict && same(na.value, nb.value) && same(na.low, nb.low) && same(na.high, nb.high)) {
    return result('EQUAL', { ko: `두 수치는 같은 값입니다: ${figures.ko}${converted.ko}.`, en: `The two figures say the same: ${figures.en}${converted.en}.` })
  }

  if (na.shown.bound === 'EXACT' && nb.shown.bound === 'EXACT') {
    const stepCmp = na.step.cmp(nb.step)
    if (stepCmp !== 0) {
      const [coarse, fine] = stepCmp > 0 ? [na, nb] : [nb, na]
      const half = coarse.step.div(Rational.of(2n))
      const rounds = !fine.value!.lt(coarse.value!.sub(half)) && fine.value!.lt(coarse.value!.add(half))
      const place = precisionWords(coarse.step)
      const [c, f] = [coarse.shown, fine.shown]
      if (rounds) {
        return result('AGREE_WITHIN_PRECISION', {
          ko: `${j(formatQuantity(f, 'ko'), '을/를')} ${place.ko}까지 반올림하면 ${formatQuantity(c, 'ko')}입니다: 두 수치는 표기된 정밀도 안에서 일치합니다${converted.ko}.`,
          en: `${formatQuantity(f, 'en')} rounds to ${formatQuantity(c, 'en')} at ${place.en}: the two figures agree within the precision stated${converted.en}.`,
        })
      }
      return result('DIFFERENT', {
        ko: `${j(formatQuantity(f, 'ko'), '을/를')} ${place.ko}까지 반올림해도 ${j(formatQuantity(c, 'ko'), '이/가')} 되지 않습니다: 두 수치는 함께 참일 수 없습니다${converted.ko}.`,
        en: `Even rounded to ${place.en}, ${formatQuantity(f, 'en')} is not ${formatQuantity(c, 'en')}: the two figures cannot both be true${converted.en}.`,
      })
    }
    return result('DIFFERENT', {
      ko: `같은 정밀도로 적힌 두 값이 다릅니다: ${figures.ko}. 두 수치는 함께 참일 수 없습니다${converted.ko}.`,
      en: `Two values stated at the same precision differ: ${figures.en}. They cannot both be true${converted.en}.`,
    })
  }

  const [ia, ib] = [allows(na), allows(nb)]
  const approxRule = [na, nb].some((n) => n.shown.bound === 'APPROX') ? APPROX_RULE : { ko: '', en: '' }
  const [ta, tb] = [intervalText(na, ia), intervalText(nb, ib)]
  const [sa, sb] = [{ ko: formatQuantity(na.shown, 'ko'), en: formatQuantity(na.shown, 'en') }, { ko: formatQuantity(nb.shown, 'ko'), en: formatQuantity(nb.shown, 'en') }]
  // "(5곳 이상)" after "5곳 이상" says nothing: the range is written out only when it adds to the figure.
  const range = (t: string, s: string, lang: 'ko' | 'en') => (t === s ? '' : lang === 'ko' ? `(${t})` : ` (${t})`)
  // A point-like figure (an exact one) inside the other's interval is said as "lies within".
  const point = nb.shown.bound === 'EXACT' ? { p: nb, s: sb, outer: na, so: sa, to: ta } : na.shown.bound === 'EXACT' ? { p: na, s: sa, outer: nb, so: sb, to: tb } : null
  const space = (t: string) => (t ? ` ${t}` : '')
  if (intersects(ia, ib)) {
    if (point && (wholeCount(point.p) ? contains(allows(point.outer), point.p.value!) : true)) {
      return result('CONSISTENT', {
        ko: `${j(point.s.ko, '은/는')} ${j(point.so.ko, '이/가')} 허용하는 범위${range(point.to.ko, point.so.ko, 'ko')} 안에 있어, 두 수치는 함께 참일 수 있습니다${converted.ko}.${space(approxRule.ko)}`,
        en: `${point.s.en} lies within what ${point.so.en} allows${range(point.to.en, point.so.en, 'en')}, so both can be true${converted.en}.${space(approxRule.en)}`,
      })
    }
    return result('CONSISTENT', {
      ko: `${sa.ko}의 범위${range(ta.ko, sa.ko, 'ko')}와 ${sb.ko}의 범위${range(tb.ko, sb.ko, 'ko')}가 겹쳐, 두 수치는 함께 참일 수 있습니다${converted.ko}.${space(approxRule.ko)}`,
      en: `What ${sa.en} allows${range(ta.en, sa.en, 'en')} overlaps with what ${sb.en} allows${range(tb.en, sb.en, 'en')}, so both can be true${converted.en}.${space(approxRule.en)}`,
    })
  }
  if (point) {
    return result('DIFFERENT', {
      ko: `${j(point.s.ko, '은/는')} ${j(point.so.ko, '이/가')} 허용하는 범위${range(point.to.ko, point.so.ko, 'ko')} 밖에 있어, 두 수치는 함께 참일 수 없습니다${converted.ko}.${space(approxRule.ko)}`,
      en: `${point.s.en} is outside what ${point.so.en} allows${range(point.to.en, point.so.en, 'en')}, so the two cannot both be true${converted.en}.${space(approxRule.en)}`,
    })
  }
  return result('DIFFERENT', {
    ko: `${sa.ko}의 범위${range(ta.ko, sa.ko, 'ko')}와 ${sb.ko}의 범위${range(tb.ko, sb.ko, 'ko')}가 겹치지 않아, 두 수치는 함께 참일 수 없습니다${converted.ko}.${space(approxRule.ko)}`,
    en: `What ${sa.en} allows${range(ta.en, sa.en, 'en')} does not overlap with what ${sb.en} allows${range(tb.en, sb.en, 'en')}, so the two cannot both be true${converted.en}.${space(approxRule.en)}`,
  })
}
