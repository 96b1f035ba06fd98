// The parser's number reader and its scanning helpers: Arabic numerals (1,250 / 4.35), Korean amounts with
// 십 백 천 만 억 조 and their mixes ("2조5000억", "3억 5천만", "2만5천", "천만"), native Korean number words ("세", "열두",
// "스물다섯") and English ones ("three", "twenty-five"), with English scale words ("2.1 billion", "$2.1bn").
// Each reading carries its exact value and its precision exponent (the power of ten of the last stated digit):
// "2,700억" = 2700 × 10⁸ is stated to 10⁸, "1.9조" to 10¹¹, "19,800" to 10⁰.
import { Rational } from './decimal'
import {
  EN_LETTER_SCALES,
  EN_NUMBER_WORDS,
  EN_SCALES,
  KO_LARGE_SCALES,
  KO_NATIVE_ONES,
  KO_NATIVE_TENS,
  KO_SINO_DIGITS,
  KO_SMALL_SCALES,
} from './lexicon'

export interface NumberReading {
  value: Rational
  /** Power of ten of the last stated digit (= −decimals). */
  exp: number
  /** Highest scale word used ("억" → 8, "billion" → 9), or null. */
  scale: number | null
  start: number
  end: number
  /** digits: Arabic numerals (possibly with scale words); native/word: a Korean or English number word. */
  source: 'digits' | 'sino' | 'native' | 'word'
}

// ---- scanning helpers ----------------------------------------------------------------------------------------

// Character classes by code (these run for every character of a text, so no regular expressions here).
export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
export const isLatin = (c: string | undefined) => {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
export const isHangul = (c: string | undefined) => {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return code >= 0xac00 && code <= 0xd7a3
}
export const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\u2009'

/** A Korean syllable at i, or after one space (a counter: "6,000장", "9,000 원"). */
const isHangulAt = (text: string, i: number) => isHangul(text[i]) || (isSpace(text[i]) && isHangul(text[i + 1]))

export function skipSpaces(text: string, i: number): number {
  while (isSpace(text[i])) i++
  return i
}

// Keys by first character (lower-cased for caseless matching), longest first: a lookup tries only the keys that can
// match at that character, which keeps scanning a long article fast.
const NO_KEYS: string[] = []
const keyCache = new WeakMap<object, { exact: Map<string, string[]>; caseless: Map<string, string[]> }>()
const keysAt = (table: object, first: string | undefined, caseless: boolean): string[] => {
  let index = keyCache.get(table)
  if (!index) {
    const keys = Object.keys(table).sort((a, b) => b.length - a.length)
    const group = (by: (k: string) => string) => {
      const map = new Map<string, string[]>()
      for (const key of keys) {
        const c = by(key)
        map.set(c, [...(map.get(c) ?? []), key])
      }
      return map
    }
    index = { exact: group((k) => k[0]), caseless: group((k) => k[0].toLowerCase()) }
    keyCache.set(table, index)
  }
  if (first === undefined) return NO_KEYS
  if (!caseless) return index.exact.get(first) ?? NO_KEYS
  const code = first.charCodeAt(0)
  return index.caseless.get(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code < 128 ? first : first.toLowerCase()) ?? NO_KEYS
}

export interface TableMatch<T> {
  key: string
  value: T
  end: number
}

/**
 * The longest key of `table` written at `i`. `caseless` compares case-insensitively; `wordEnd` refuses a key that
 * ends in a letter or digit when the text goes on with one ("over" is not read in "overall").
 */
export function matchTable<T>(text: string, i: number, table: Record<string, T>, options: { caseless?: boolean; wordEnd?: boolean } = {}): TableMatch<T> | null {
  for (const key of keysAt(table, text[i], options.caseless ?? false)) {
    const slice = text.slice(i, i + key.length)
    if (options.caseless ? slice.toLowerCase() !== key.toLowerCase() : slice !== key) continue
    const end = i + key.length
    if (options.wordEnd && /[A-Za-z0-9]$/.test(key) && /[A-Za-z0-9]/.test(text[end] ?? '')) continue
    return { key, value: table[key], end }
  }
  return null
}

// ---- Arabic numerals -----------------------------------------------------------------------------------------

const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y

/** "1,250.5" at `i`; null for identifiers such as "005930" or versions such as "2.5.1". */
export function readArabic(text: string, i: number): { value: Rational; exp: number; end: number; plain: boolean } | null {
  ARABIC.lastIndex = i
  const match = ARABIC.exec(text)
  if (!match) return null
  const raw = match[0]
  const end = i + raw.length
  if (/^0\d/.test(raw) && !raw.includes('.')) return null
  if (text[end] === '.' && isDigit(text[end + 1])) return null
  const digits = raw.replace(/,/g, '')
  const fraction = digits.split('.')[1] ?? ''
  return { value: Rational.parse(digits), exp: -fraction.length, end, plain: !raw.includes(',') && !raw.includes('.') }
}

// ---- Korean amounts ------------------------------------------------------------------------------------------

interface Part {
  value: Rational
  exp: number
  scale: number | null
  end: number
}

/** One group below 만: terms such as "3천5백", "5000", "이십", "천" (an implied 1). */
function readSmallGroup(text: string, i: number): (Part & { sino: boolean }) | null {
  let value = Rational.ZERO
  let exp = Infinity
  let scale: number | null = null
  let lastUnit = Infinity
  let j = i
  let sino = false
  let terms = 0
  for (;;) {
    let coef: { value: Rational; exp: number; end: number } | null = readArabic(text, j)
    if (!coef && KO_SINO_DIGITS[text[j]] !== undefined && (KO_SMALL_SCALES[text[j + 1]] !== undefined || KO_LARGE_SCALES[text[j + 1]] !== undefined)) {
      coef = { value: Rational.of(BigInt(KO_SINO_DIGITS[text[j]])), exp: 0, end: j + 1 }
      if (terms === 0) sino = true
    }
    const at = coef ? coef.end : j
    const unit = KO_SMALL_SCALES[text[at]]
    if (unit !== undefined && unit < lastUnit) {
      if (!coef && terms === 0) sino = true
      const c = coef ?? { value: Rational.ONE, exp: 0, end: j }
      value = value.add(c.value.mul(Rational.pow10(unit)))
      exp = Math.min(exp, c.exp + unit)
      scale = Math.max(scale ?? 0, unit)
      lastUnit = unit
      j = at + 1
      terms++
      continue
    }
    if (coef && terms >= 0 && !(terms > 0 && !isDigit(text[j]))) {
      value = value.add(coef.value)
      exp = Math.min(exp, coef.exp)
      j = coef.end
      terms++
    }
    break
  }
  return terms === 0 ? null : { value, exp, scale, end: j, sino }
}

/**
 * A Korean amount at `i`: groups with decreasing 조 > 억 > 만, each group a small number ("2조5000억", "3억 5천만",
 * "2만5천", "1.9조", "천만"). A space may separate groups ("3억 5천만"), not a group from a bare trailing number.
 */
export function readKoreanAmount(text: string, i: number): NumberReading | null {
  let value = Rational.ZERO
  let exp = Infinity
  let scale: number | null = null
  let lastLarge = Infinity
  let j = i
  let end = i
  let sino = false
  let groups = 0
  for (;;) {
    const small = readSmallGroup(text, j)
    if (!small) break
    if (groups === 0) sino = small.sino
    const large = KO_LARGE_SCALES[text[small.end]]
    if (large !== undefined && large < lastLarge) {
      value = value.add(small.value.mul(Rational.pow10(large)))
      exp = Math.min(exp, small.exp + large)
      scale = Math.max(scale ?? 0, large, small.scale ?? 0)
      lastLarge = large
      end = small.end + 1
      groups++
      // Another group may follow, glued or after one space ("3억 5천만"), if it is a number itself.
      const next = isSpace(text[end]) ? end + 1 : end
      if (isDigit(text[next]) || KO_SINO_DIGITS[text[next]] !== undefined || KO_SMALL_SCALES[text[next]] !== undefined) {
        const probe = readSmallGroup(text, next)
        const glued = next === end
        // "2만 6,000장", "68만 5,000대": a written-out remainder below the group, three or four digits, then its unit.
        const remainder = probe !== null && probe.scale === null && /^\d(?:,\d{3}|\d{2,3})(?![\d,.])/.test(text.slice(next, probe.end + 1)) && probe.value.lt(Rational.pow10(4)) && isHangulAt(text, probe.end)
        if (probe && (glued || probe.scale !== null || KO_LARGE_SCALES[text[probe.end]] !== undefined || remainder)) {
          j = next
          continue
        }
      }
      break
    }
    // A last group without 만/억/조: only right after a larger group, or as the whole number.
    if (groups > 0 && lastLarge === Infinity) break
    value = value.add(small.value)
    exp = Math.min(exp, small.exp)
    if (small.scale !== null) scale = Math.max(scale ?? 0, small.scale)
    end = small.end
    groups++
    break
  }
  if (groups === 0) return null
  // Sino-Korean words count as a number only with a scale character in them ("이십", "천만"), never "이" alone.
  if (sino && scale === null) return null
  return { value, exp, scale, start: i, end, source: sino ? 'sino' : 'digits' }
}

/** Native Korean number words: "세", "열두", "스물다섯", "하나". */
export function readKoreanNative(text: string, i: number): NumberReading | null {
  let j = i
  let value = 0
  const tens = matchTable(text, j, KO_NATIVE_TENS)
  if (tens) {
    value += tens.value
    j = tens.end
  }
  const ones = matchTable(text, j, KO_NATIVE_ONES)
  if (ones) {
    value += ones.value
    j = ones.end
  }
  if (j === i) return null
  return { value: Rational.of(BigInt(value)), exp: 0, scale: null, start: i, end: j, source: 'native' }
}

// ---- English -------------------------------------------------------------------------------------------------

/** An English scale word after a number: "2.1 billion", "2.1bn"; one-letter scales only after a currency sign. */
function readEnglishScale(text: string, i: number, afterCurrency: boolean): { power: number; end: number } | null {
  const spaced = skipSpaces(text, i)
  const word = matchTable(text, spaced, EN_SCALES, { caseless: true, wordEnd: true })
  if (word) return { power: word.value, end: word.end }
  if (afterCurrency && EN_LETTER_SCALES[text[i]] !== undefined && !/[A-Za-z0-9]/.test(text[i + 1] ?? '')) {
    return { power: EN_LETTER_SCALES[text[i]], end: i + 1 }
  }
  return null
}

/** "three", "twenty-five", "a dozen" (without the article), optionally with a scale ("two million"). */
function readEnglishWords(text: string, i: number): NumberReading | null {
  const match = /([A-Za-z]+)(?:-([A-Za-z]+))?/y
  match.lastIndex = i
  const m = match.exec(text)
  if (!m) return null
  const first = EN_NUMBER_WORDS[m[1].toLowerCase()]
  if (first === undefined) return null
  let value = first
  let end = i + m[1].length
  const second = m[2] ? EN_NUMBER_WORDS[m[2].toLowerCase()] : undefined
  if (second !== undefined && first >= 20 && first % 10 === 0 && second < 10) {
    value += second
    end = i + m[0].length
  }
  let number: NumberReading = { value: Rational.of(BigInt(value)), exp: 0, scale: null, start: i, end, source: 'word' }
  const scale = readEnglishScale(text, end, false)
  if (scale) number = { ...number, value: number.value.mul(Rational.pow10(scale.power)), exp: scale.power, scale: scale.power, end: scale.end }
  return number
}

/** Any number at `i`: a Korean amount (digits or Sino-Korean), digits with an English scale, or an English word. */
export function readNumber(text: string, i: number, options: { afterCurrency?: boolean } = {}): NumberReading | null {
  if (isDigit(text[i])) {
    const korean = readKoreanAmount(text, i)
    if (korean && korean.scale !== null) return korean
    const arabic = readArabic(text, i)
    if (!arabic) return null
    const scale = readEnglishScale(text, arabic.end, options.afterCurrency ?? false)
    if (scale) {
      return { value: arabic.value.mul(Rational.pow10(scale.power)), exp: arabic.exp + scale.power, scale: scale.power, start: i, end: scale.end, source: 'digits' }
    }
    return { value: arabic.value, exp: arabic.exp, scale: null, start: i, end: arabic.end, source: 'digits' }
  }
  if (isHangul(text[i])) return readKoreanAmount(text, i)
  if (isLatin(text[i])) return readEnglishWords(text, i)
  return null
}

/** A year written as a plain four-digit integer (1000–2999): "2024년" is a date, not 2024 years. */
export function isYearLike(n: NumberReading, text: string): boolean {
  const raw = text.slice(n.start, n.end)
  return /^[12]\d{3}$/.test(raw)
}
