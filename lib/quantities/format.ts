// A Quantity written the way each language writes it, never with more digits than it was stated with:
//   formatQuantity(q, 'ko' | 'en', { compact? }) → "2억 달러" / "US$200 million", "7위" / "7th", "4위(30개 중)" /
//   "4th of 30", "10만 명당 17.27건" / "17.27 per 100,000 people", "5배 이상" / "at least 5-fold" (strict: "5배 초과" /
//   "more than 5-fold"), "약 2만 명" / "about 20,000 people", "1~2년" / "1–2 years", "220% 증가" / "220% increase",
//   "2.5%p" / "2.5 percentage points".
// Digit grouping and rounding come from Intl.NumberFormat (fed exact decimal text); Korean 만/억/조 writing is by
// hand: groups of four digits down to the stated precision ("2조 5,000억", "2,700억", "2만"), plain digits when the
// figure is stated to units ("19,800"). English uses million/billion/trillion for money from a million up, and for
// other figures only when they were stated that roughly ("20 million voters", but "20,000 people").
import { Rational } from './decimal'
import type { Currency, DurationUnit, Lang, Quantity } from './types'

export interface FormatOptions {
  /** Compact multiples for computations written out: "2.0×" instead of "2.0-fold". */
  compact?: boolean
}

const grouping = (lang: Lang, fractionDigits: number, trim = false) =>
  new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
    minimumFractionDigits: trim ? 0 : fractionDigits,
    maximumFractionDigits: fractionDigits,
  })

/** Digits with grouping at `decimals` (negative: rounded to tens, thousands …): 19800 → "19,800", 4.4 (2) → "4.40". */
export function formatDigits(value: number | Rational, decimals: number, lang: Lang): string {
  const r = value instanceof Rational ? value : Rational.fromNumber(value)
  const fd = Math.max(0, decimals)
  return grouping(lang, fd).format(r.toFixed(decimals) as unknown as number)
}

const KO_GROUPS: [number, string][] = [
  [12, '조'],
  [8, '억'],
  [4, '만'],
]

/** Korean amount: "2조 5,000억", "2,700억", "2만", "3억 5,000만"; plain digits below 만 or when stated to units. */
export function formatKoreanNumber(value: number | Rational, decimals: number, largeWhole = false): string {
  const r = value instanceof Rational ? value : Rational.fromNumber(value)
  const p = -decimals
  const abs = r.abs()
  if (decimals > 0 || abs.lt(Rational.pow10(4)) || (p < 4 && !(largeWhole && !abs.lt(Rational.pow10(8))))) return formatDigits(r, decimals, 'ko')
  let n = BigInt(abs.toFixed(decimals))
  const parts: string[] = []
  for (const [power, word] of KO_GROUPS) {
    const unit = 10n ** BigInt(power)
    const group = n / unit
    n %= unit
    if (group > 0n) parts.push(`${grouping('ko', 0).format(group as unknown as number)}${word}`)
  }
  if (n > 0n) parts.push(grouping('ko', 0).format(n as unknown as number))
  return `${r.sign() < 0 ? '-' : ''}${parts.join(' ')}`
}

const EN_SCALES: [number, string][] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
]

/** English amount: "2.1 billion", "270 billion", "20,000"; scale words only when `useScale` and ≥ 1 million. */
export function formatEnglishNumber(value: number | Rational, decimals: number, useScale: boolean): string {
  const r = value instanceof Rational ? value : Rational.fromNumber(value)
  if (useScale) {
    for (const [power, word] of EN_SCALES) {
      if (r.abs().lt(Rational.pow10(power))) continue
      const fd = Math.max(0, power + decimals)
      const mantissa = Rational.parse(r.mul(Rational.pow10(-power)).toFixed(fd))
      // "US$1,234,567,890" stays in digits: a scale word would need more than three decimals to say it.
      if ((mantissa.exactDecimals(fd) ?? fd) > 3) continue
      return `${grouping('en', fd, true).format(mantissa.toFixed(fd) as unknown as number)} ${word}`
    }
  }
  return formatDigits(r, decimals, 'en')
}

// ---- words ---------------------------------------------------------------------------------------------------

const CURRENCY_KO: Record<Currency, string> = { KRW: '원', USD: '달러', EUR: '유로', JPY: '엔', CNY: '위안', GBP: '파운드' }
const CURRENCY_EN: Record<Currency, string> = { KRW: '₩', USD: 'US$', EUR: '€', JPY: '¥', CNY: 'CN¥', GBP: '£' }
const DURATION_KO: Record<DurationUnit, string> = { year: '년', month: '개월', week: '주', day: '일', hour: '시간' }
const DURATION_EN: Record<DurationUnit, string> = { year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour' }

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const mod100 = n % 100
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

/** A round base is written with 만 in Korean: 100000 → "10만", 1000 → "1,000". */
const trailingZeros = (n: number) => (Number.isInteger(n) && n !== 0 ? /0*$/.exec(String(n))![0].length : 0)
const singular = (noun: string) => (noun === 'people' ? 'person' : noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, ''))
const endsInHangul = (text: string) => /[\uac00-\ud7a3]$/.test(text)
const isLatinWord = (word: string) => /^[A-Za-z]/.test(word)

/** "2만" + "명" → "2만 명", "19,800" + "명" → "19,800명", "12" + "models" → "12 models". */
function attachKo(number: string, unit: string | null): string {
  if (!unit) return number
  return endsInHangul(number) || isLatinWord(unit) ? `${number} ${unit}` : `${number}${unit}`
}

interface Frame {
  /** The phrase around a number text; `one` says the number is exactly 1 (English singular). */
  (number: string, one: boolean): string
}

function numberText(q: Quantity, value: number, lang: Lang): string {
  const large = q.kind === 'MONEY'
  if (lang === 'ko') return formatKoreanNumber(value, q.decimals, large)
  return formatEnglishNumber(value, q.decimals, large || (q.decimals <= -5 && Math.abs(value) >= 1e6))
}

function frame(q: Quantity, lang: Lang, options: FormatOptions): Frame {
  const ko = lang === 'ko'
  switch (q.kind) {
    case 'COUNT':
    case 'OTHER': {
      const unit = ko ? (q.unitKo ?? q.unit) : (q.unitEn ?? (q.unit && isLatinWord(q.unit) ? q.unit : null))
      if (ko) return (n) => attachKo(n, unit)
      return (n, one) => (unit ? `${n} ${one ? singular(unit) : unit}` : n)
    }
    case 'SCORE': {
      const unit = ko ? (q.unitKo ?? '점') : (q.unitEn ?? 'points')
      return ko ? (n) => attachKo(n, unit) : (n, one) => `${n} ${one ? singular(unit) : unit}`
    }
    case 'RATE': {
      const per = q.per ?? 1
      if (ko) {
        const base = attachKo(formatKoreanNumber(per, -trailingZeros(per)), q.perUnitKo ?? q.perUnit)
        return (n) => `${base}당 ${attachKo(n, q.unitKo ?? q.unit)}`
      }
      const perUnit = q.perUnitEn ?? (q.perUnit && isLatinWord(q.perUnit) ? q.perUnit : null)
      const base = per === 1 && perUnit ? singular(perUnit) : `${formatDigits(per, 0, 'en')}${perUnit ? ` ${perUnit}` : ''}`
      return (n) => `${n} per ${base}`
    }
    case 'RANK':
      if (ko) return (n) => `${n}위${q.rankOf ? `(${q.rankOf}개 중)` : ''}`
      return (n) => `${/^\d+$/.test(n) ? ordinal(Number(n)) : n}${q.rankOf ? ` of ${q.rankOf}` : ''}`
    case 'MONEY': {
      const currency = q.currency ?? 'USD'
      return ko ? (n) => attachKo(n, CURRENCY_KO[currency]) : (n) => (n.startsWith('-') ? `-${CURRENCY_EN[currency]}${n.slice(1)}` : `${CURRENCY_EN[currency]}${n}`)
    }
    case 'PERCENT':
      return ko ? (n) => `${n}%` : (n) => `${n}%`
    case 'PERCENTAGE_POINTS':
      return ko ? (n) => `${n}%p` : (n, one) => `${n} percentage ${one ? 'point' : 'points'}`
    case 'MULTIPLE':
      if (ko) return (n) => `${n}배`
      return options.compact ? (n) => `${n}×` : (n) => `${n}-fold`
    case 'PERCENT_CHANGE':
      return (n) => `${n}%`
    case 'DURATION': {
      const unit = q.durationUnit ?? 'year'
      return ko ? (n) => `${n}${DURATION_KO[unit]}` : (n, one) => `${n} ${DURATION_EN[unit]}${one ? '' : 's'}`
    }
  }
}

/** Bound words around a phrase. */
function bounded(phrase: string, q: Quantity, lang: Lang): string {
  if (lang === 'ko') {
    switch (q.bound) {
      case 'APPROX':
        return `약 ${phrase}`
      case 'AT_LEAST':
        return `${phrase} ${q.strict ? '초과' : '이상'}`
      case 'AT_MOST':
        return `${phrase} ${q.strict ? '미만' : '이하'}`
      default:
        return phrase
    }
  }
  switch (q.bound) {
    case 'APPROX':
      return `about ${phrase}`
    case 'AT_LEAST':
      return `${q.strict ? 'more than' : 'at least'} ${phrase}`
    case 'AT_MOST':
      return `${q.strict ? (q.kind === 'COUNT' ? 'fewer than' : 'less than') : 'up to'} ${phrase}`
    default:
      return phrase
  }
}

/** A change: the size with its direction word ("220% 증가", "20% decrease"); a decrease's bound reads on its size. */
function formatChange(q: Quantity, lang: Lang, options: FormatOptions): string {
  const values = q.bound === 'RANGE' ? [q.low!, q.high!] : [q.value!]
  const f = frame(q, lang, options)
  const sizeText = (v: number) => numberText(q, Math.abs(v), lang)
  const mixed = values.some((v) => v < 0) && values.some((v) => v > 0)
  if (mixed) {
    const signed = (v: number) => `${v > 0 ? '+' : ''}${numberText(q, v, lang)}`
    return lang === 'ko' ? `${signed(values[0])}~${signed(values[1])}% 변화` : `${signed(values[0])}% to ${signed(values[1])}% change`
  }
  const down = values.every((v) => v <= 0) && values.some((v) => v < 0)
  const flipped: Quantity = down && (q.bound === 'AT_LEAST' || q.bound === 'AT_MOST') ? { ...q, bound: q.bound === 'AT_LEAST' ? 'AT_MOST' : 'AT_LEAST' } : q
  const sizes = down ? values.map(Math.abs).reverse() : values
  const core = sizes.length === 2 ? f(`${sizeText(sizes[0])}${lang === 'ko' ? '~' : '–'}${sizeText(sizes[1])}`, false) : f(sizeText(sizes[0]), false)
  if (q.kind === 'PERCENTAGE_POINTS') {
    if (!down) return bounded(core, flipped, lang)
    return lang === 'ko' ? `${bounded(core, flipped, lang)} 하락` : `down ${bounded(core, flipped, lang)}`
  }
  if (values.every((v) => v === 0)) return lang === 'ko' ? '변화 없음(0%)' : 'no change (0%)'
  const word = lang === 'ko' ? (down ? '감소' : '증가') : down ? 'decrease' : 'increase'
  return `${bounded(core, flipped, lang)} ${word}`
}

/** The quantity in the reader's language, at its stated precision. */
export function formatQuantity(q: Quantity, lang: Lang, options: FormatOptions = {}): string {
  if (q.kind === 'PERCENT_CHANGE' || (q.kind === 'PERCENTAGE_POINTS' && [q.value, q.low].some((v) => v !== null && v < 0))) return formatChange(q, lang, options)
  const f = frame(q, lang, options)
  if (q.bound === 'RANGE') {
    const [low, high] = [numberText(q, q.low!, lang), numberText(q, q.high!, lang)]
    if (q.kind === 'MONEY' && lang === 'en') return `${f(low, false)}–${f(high, false)}`
    return f(`${low}${lang === 'ko' ? '~' : '–'}${high}`, false)
  }
  const value = q.value!
  return bounded(f(numberText(q, value, lang), value === 1 && q.bound === 'EXACT'), q, lang)
}
