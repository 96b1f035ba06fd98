// One parser for Korean and English amounts (pure: no database, no I/O).
//
//   parseQuantity(text, { lang })  → Quantity | null   the whole text is one quantity ("5배 이상", "US$2.1 billion")
//   findQuantities(text, { lang }) → QuantitySpan[]    every quantity in a sentence, with character offsets
//
// How it reads, in layers: the scanning helpers and the number reader (numbers.ts) → the unit/kind reader
// (counters, currencies, %, 배, ordinals, rate bases, "N개국 중") → the bound reader (약, 이상, "more than", "or
// more", ranges) → change words (증가/감소, increase/decrease) that make a percent a change. Every word it knows is a
// row in lexicon.ts.
//
// What is not a quantity: model and version names ("EXAONE 3.5", "GPT-4o", "V2.5", "n3n-10B"), codes ("[005930]"),
// dates ("2024년 12월", "December 2024", "12월 5일"). In a sentence a plain number with no unit, currency, %, scale
// or counter is not reported either; as a whole input ("4.35") it reads as kind OTHER.
// Readings that are choices: a signed percent without a direction word ("−20%") is a PERCENT_CHANGE; 여 ("2만여
// 명") and "nearly"/거의 are APPROX; a negated count ("하나도 없다", "한 곳도 참여하지 않았다", "none", "no models",
// "zero") is COUNT 0 EXACT.
import { Rational } from './decimal'
import {
  CURRENCY_PREFIXES,
  EN_BOUND_PREFIXES,
  EN_BOUND_SUFFIXES,
  EN_CHANGE_PREFIXES,
  EN_CHANGE_SUFFIXES,
  EN_NOT_UNITS,
  EN_NUMBER_WORDS,
  EN_ORDINAL_WORDS,
  EN_RANK_DIRECTIONS,
  EN_UNITS,
  KO_BOUND_PREFIXES,
  KO_BOUND_SUFFIXES,
  KO_CHANGE_WORDS,
  KO_LARGE_SCALES,
  KO_NATIVE_COUNTERS,
  KO_NATIVE_ONES,
  KO_NATIVE_STANDALONE,
  KO_NATIVE_TENS,
  KO_SINO_DIGITS,
  KO_SMALL_SCALES,
  KO_PER_UNITS,
  KO_UNITS,
  type BoundSense,
  type UnitSense,
} from './lexicon'
import {
  isDigit,
  isHangul,
  isLatin,
  isSpace,
  isYearLike,
  matchTable,
  readKoreanNative,
  readNumber,
  skipSpaces,
  type NumberReading,
} from './numbers'
import { quantitySchema, type Currency, type Lang, type Quantity, type QuantityInput } from './types'

export interface ParseOptions {
  /** Default language for ambiguous input; every reading implemented so far is the same in both. */
  lang?: Lang
}

export interface QuantitySpan {
  /** Offsets into the text: text.slice(start, end) is the quantity as written. */
  start: number
  end: number
  text: string
  quantity: Quantity
}

type Mode = 'whole' | 'find'

const RANGE_SEPARATORS = ['~', '∼', '〜', '～', '–', '—', '-']
const KO_PARTICLES = ['으로', '이', '가', '을', '를', '에', '은', '는', '도', '씩', '나']
const RANK_OF_COUNTERS = { 개국: 1, 개: 1, 명: 1, 곳: 1, 개사: 1, 팀: 1, 종: 1 }
const toSet = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, true])) as Record<string, true>
const NATIVE_COUNTERS = toSet(KO_NATIVE_COUNTERS)
const ORDINAL_SUFFIX = /(st|nd|rd|th)(?![A-Za-z])/y
/** Kinds whose unit word is recorded (the others' unit is the kind itself). OTHER: a unit of measure ("GW", "km"). */
const WITH_UNIT = new Set<Quantity['kind']>(['COUNT', 'SCORE', 'RATE', 'OTHER'])

interface Draft {
  bound: BoundSense | null
  change: 1 | -1 | null
  kindHint: 'SCORE' | 'RANK' | null
  currency: Currency | null
  between: boolean
}

// ---- small readers -------------------------------------------------------------------------------------------

const KIND_PREFIX = /(?:a\s+)?(score\s+of|scored|ranked|placed)(?![A-Za-z])/iy
const BETWEEN = /between(?![A-Za-z])/iy

/** Bound, change and kind words before the number, in any order ("약", "최소", "more than", "rose", "score of"). */
function readPrefixes(text: string, start: number, draft: Draft): number {
  let i = start
  for (;;) {
    const j = skipSpaces(text, i)
    const ko = matchTable(text, j, KO_BOUND_PREFIXES)
    if (ko && (isSpace(text[ko.end]) || isDigit(text[ko.end]))) {
      draft.bound = ko.value
      i = ko.end
      continue
    }
    const en = matchTable(text, j, EN_BOUND_PREFIXES, { caseless: true, wordEnd: true })
    if (en) {
      draft.bound = en.value
      i = en.end
      continue
    }
    const change = matchTable(text, j, EN_CHANGE_PREFIXES, { caseless: true, wordEnd: true })
    // "up 69%", ", down 3%": a change; "made up about 77%", "sums up 3 points": a phrasal verb, not a direction.
    if (change && (change.key === 'up' || change.key === 'down') && /\b(?:made|make|makes|making|sum|sums|summed|add|adds|added|end|ends|ended|pick|picks|picked|take|takes|took|set|sets|line|lined|back|backed|shut|wrap|wrapped)\s+$/i.test(text.slice(Math.max(0, j - 12), j))) return i
    if (change) {
      draft.change = change.value
      i = change.end
      continue
    }
    const kind = KIND_PREFIX
    kind.lastIndex = j
    const k = isLatin(text[j]) ? kind.exec(text) : null
    if (k) {
      draft.kindHint = /rank|place/i.test(k[1]) ? 'RANK' : 'SCORE'
      i = j + k[0].length
      continue
    }
    const between = BETWEEN
    between.lastIndex = j
    if ((text[j] === 'b' || text[j] === 'B') && between.exec(text)) {
      draft.between = true
      i = between.lastIndex
      continue
    }
    return i
  }
}

function readCurrencyPrefix(text: string, i: number): { currency: Currency; end: number } | null {
  const m = matchTable(text, i, CURRENCY_PREFIXES)
  if (!m) return null
  if (/[A-Z]$/.test(m.key) && !(isSpace(text[m.end]) || isDigit(text[m.end]))) return null
  if (isLatin(text[i - 1])) return null
  const end = skipSpaces(text, m.end)
  return isDigit(text[end]) || isLatin(text[end]) ? { currency: m.value, end } : null
}

/** A number as an identifier's part: "V2.5", "GPT-4o", "n3n-10B", "COVID-19". */
function insideIdentifier(text: string, start: number): boolean {
  const before = text[start - 1]
  if (isLatin(before) || isDigit(before)) return true
  return (before === '-' || before === '_' || before === '.') && /[A-Za-z0-9]/.test(text[start - 2] ?? '')
}

function signAt(text: string, i: number): { sign: 1 | -1; end: number } | null {
  const c = text[i]
  if ((c === '-' || c === '−' || c === '+') && isDigit(text[i + 1]) && !/[A-Za-z0-9]/.test(text[i - 1] ?? '')) {
    return { sign: c === '+' ? 1 : -1, end: i + 1 }
  }
  return null
}

interface UnitReading {
  sense: UnitSense
  end: number
  /** English count noun not in the lexicon ("models"). */
  noun?: string
}

/** The plural-looking English count noun after a number: "models", "universities" (find mode needs an -s). */
const EN_SCALES_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred'])

function readEnglishNoun(text: string, i: number, mode: Mode, allowModifiers = false): { noun: string; end: number } | null {
  const one = /[A-Za-z][A-Za-z-]*/y
  one.lastIndex = i
  const m = one.exec(text)
  if (!m || EN_NOT_UNITS.has(m[0].toLowerCase())) return null
  if (mode === 'whole') {
    const rest = /[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,4}\s*$/y
    rest.lastIndex = i
    const r = rest.exec(text)
    if (r) return { noun: r[0].trim(), end: i + r[0].trimEnd().length }
  }
  if (m[0].length >= 3 && /s$/i.test(m[0])) return { noun: m[0], end: i + m[0].length }
  if (!allowModifiers) return null
  // "40 notable AI models", "5,000 young researchers", "17,000 basic research projects": up to two words before the
  // plural noun, none of them a function word.
  const phrase = /([A-Za-z][A-Za-z-]*)(?:\s+([A-Za-z][A-Za-z-]*))?(?:\s+([A-Za-z][A-Za-z-]*))?/y
  phrase.lastIndex = i
  const p = phrase.exec(text)
  if (!p) return null
  const words = [p[1], p[2], p[3]].filter((w): w is string => Boolean(w))
  for (let n = 2; n <= words.length; n++) {
    const head = words[n - 1]
    if (words.slice(0, n).some((w) => EN_NOT_UNITS.has(w.toLowerCase()) || EN_UNITS[w.toLowerCase()] || EN_SCALES_WORDS.has(w.toLowerCase()))) return null
    if (head.length >= 3 && /[a-z]s$/.test(head)) {
      const end = i + p[0].split(/(?<=\S)(?=\s)/).slice(0, n).join('').length
      return { noun: head, end }
    }
  }
  return null
}

/** What may follow a counter after a native number word: a particle, not a longer word ("한 장을", not "한 장관"). */
const AFTER_NATIVE_COUNTER = /[이가을를은는도의에씩만과와로으나당중째간동이며다였입까]/

function readUnit(text: string, i: number, number: NumberReading, mode: Mode): UnitReading | null {
  // Korean counters: glued to digits ("3개"); after a space only following Hangul ("2만 명", "10여 개", "세 개").
  const ko = matchTable(text, i, KO_UNITS) ?? (isSpace(text[i]) && (isHangul(text[i - 1]) || mode === 'whole') ? matchTable(text, skipSpaces(text, i), KO_UNITS) : null)
  if (ko) {
    if (number.source === 'native') {
      if (!NATIVE_COUNTERS[ko.key]) return null
      // In a sentence a native number is spaced from its counter ("세 곳"); glued it is part of a word ("한편", "세종").
      if (mode === 'find' && !isSpace(text[i])) return null
      const next = text[ko.end]
      if (isHangul(next) && !AFTER_NATIVE_COUNTER.test(next)) return null
    }
    return { sense: ko.value, end: ko.end }
  }
  if (number.source === 'native') return null
  ORDINAL_SUFFIX.lastIndex = i
  if (number.source === 'digits' && ORDINAL_SUFFIX.exec(text)) return { sense: { kind: 'RANK' }, end: ORDINAL_SUFFIX.lastIndex }
  if ((text[i] === 'x' || text[i] === '×') && !isLatin(text[i + 1])) return { sense: { kind: 'MULTIPLE' }, end: i + 1 }
  if (text.startsWith('-fold', i) && !isLatin(text[i + 5])) return { sense: { kind: 'MULTIPLE' }, end: i + 5 }
  const j = skipSpaces(text, i)
  const en = matchTable(text, j, EN_UNITS, { caseless: true, wordEnd: true })
  if (en && en.key !== 'x' && en.key !== '×' && en.key !== '-fold') return { sense: en.value, end: en.end }
  if (j === i) return null
  const noun = readEnglishNoun(text, j, mode, mode === 'find' && number.source === 'digits')
  return noun ? { sense: { kind: 'COUNT', unit: noun.noun }, end: noun.end, noun: noun.noun } : null
}

/** After a Korean counter: an optional glued particle, then a bound word ("명이 넘는", "배 이상", "명가량"). */
function readKoBoundSuffix(text: string, i: number): { sense: BoundSense; end: number } | null {
  const direct = matchTable(text, skipSpaces(text, i), KO_BOUND_SUFFIXES)
  if (direct) return { sense: direct.value, end: direct.end }
  for (const particle of KO_PARTICLES) {
    if (!text.startsWith(particle, i)) continue
    const m = matchTable(text, skipSpaces(text, i + particle.length), KO_BOUND_SUFFIXES)
    if (m) return { sense: m.value, end: m.end }
  }
  return null
}

function readKoChange(text: string, i: number): { sign: 1 | -1; end: number } | null {
  for (const particle of ['', ...KO_PARTICLES]) {
    if (!text.startsWith(particle, i)) continue
    const m = matchTable(text, skipSpaces(text, i + particle.length), KO_CHANGE_WORDS)
    if (m) {
      let end = m.end
      while (isHangul(text[end])) end++
      return { sign: m.value, end }
    }
  }
  return null
}

function readEnChange(text: string, i: number): { sign: 1 | -1; end: number } | null {
  const j = skipSpaces(text, i)
  if (j === i && text[i] !== '-') return null
  const m = matchTable(text, text[j] === '-' ? j + 1 : j, EN_CHANGE_SUFFIXES, { caseless: true, wordEnd: true })
  return m ? { sign: m.value, end: m.end } : null
}

/** The second number of a range: "1~2", "3–5", "3 to 5", "between 3 and 5". */
function readRangeEnd(text: string, i: number, draft: Draft, afterCurrency: boolean): NumberReading | null {
  let j = skipSpaces(text, i)
  const word = draft.between ? /and(?![A-Za-z])/iy : /to(?![A-Za-z])/iy
  word.lastIndex = j
  if (RANGE_SEPARATORS.includes(text[j])) j += 1
  else if (word.exec(text)) j = word.lastIndex
  else return null
  j = skipSpaces(text, j)
  const currency = readCurrencyPrefix(text, j)
  if (currency) j = currency.end
  const sign = signAt(text, j)
  const n = readNumber(text, sign ? sign.end : j, { afterCurrency: afterCurrency || Boolean(currency) })
  if (!n || n.source === 'word' || n.source === 'native') return null
  return sign?.sign === -1 ? { ...n, value: n.value.neg(), start: j } : n
}

// ---- negated counts ------------------------------------------------------------------------------------------

const KO_NEGATED = /(?:단\s*)?(?:하나|한\s*(개국|개|건|명|곳|종|장|가지|번|사람|군데|대|편))도/y
const EN_NEGATED = /(?:none(?![A-Za-z])|(?:not\s+(?:a\s+single|one|any)|no)\s+([A-Za-z][A-Za-z-]*))/iy

function readNegatedCount(text: string, i: number, mode: Mode): { end: number; input: QuantityInput } | null {
  KO_NEGATED.lastIndex = i
  const ko = KO_NEGATED.exec(text)
  if (ko) {
    // The negation must close the same clause: 없다, 않았다, 못했다.
    const rest = text.slice(KO_NEGATED.lastIndex, KO_NEGATED.lastIndex + 60)
    const clause = /^[^.,;!?。]{0,40}?(없|않|못)/.exec(rest)
    if (!clause) return null
    let end = KO_NEGATED.lastIndex + clause[0].length
    while (isHangul(text[end])) end++
    const sense = ko[1] ? KO_UNITS[ko[1]] : undefined
    return { end, input: { kind: 'COUNT', value: 0, unit: sense?.unit ?? null, unitKo: sense?.unitKo ?? null, unitEn: sense?.unitEn ?? null } }
  }
  EN_NEGATED.lastIndex = i
  const en = EN_NEGATED.exec(text)
  if (en) {
    const noun = en[1]
    if (noun) {
      const known = EN_UNITS[noun.toLowerCase()]
      if (known && known.kind !== 'COUNT') return null
      if (!known && (EN_NOT_UNITS.has(noun.toLowerCase()) || (mode === 'find' && !/s$/i.test(noun)))) return null
      return { end: EN_NEGATED.lastIndex, input: { kind: 'COUNT', value: 0, unit: known?.unit ?? noun, unitKo: known?.unitKo ?? null, unitEn: known?.unitEn ?? null } }
    }
    return { end: EN_NEGATED.lastIndex, input: { kind: 'COUNT', value: 0 } }
  }
  return null
}

// ---- the quantity reader -------------------------------------------------------------------------------------

interface Reading {
  end: number
  input: QuantityInput
}

const num = (r: Rational) => r.toNumber()

/** One quantity starting at `start`, or null. */
function readQuantityAt(text: string, start: number, mode: Mode): Reading | null {
  const draft: Draft = { bound: null, change: null, kindHint: null, currency: null, between: false }
  let i = readPrefixes(text, start, draft)
  i = skipSpaces(text, i)

  const negated = readNegatedCount(text, i, mode)
  if (negated) return negated

  // Korean rate base first: "(인구) 10만 명당 17.27건", "1인당 3.2개".
  const rate = readKoreanPerBase(text, i)
  if (rate) {
    const inner = readRateValue(text, rate.end, mode)
    if (!inner) return null
    return { end: inner.end, input: { ...inner.input, kind: 'RATE', per: rate.per, perUnit: rate.perUnit, perUnitKo: rate.perUnitKo, perUnitEn: rate.perUnitEn } }
  }

  const currency = readCurrencyPrefix(text, i)
  if (currency) {
    draft.currency = currency.currency
    i = currency.end
  }
  const sign = signAt(text, i)
  const numberStart = sign ? sign.end : i
  let first = readNumber(text, numberStart, { afterCurrency: Boolean(draft.currency) }) ?? (isHangul(text[numberStart]) ? readKoreanNative(text, numberStart) : null)
  if (!first) return readWordMultiple(text, i, draft) ?? readOrdinalWord(text, i, mode, draft)
  if (first.source === 'digits' && insideIdentifier(text, numberStart)) return null
  if ((first.source === 'sino' || first.source === 'native') && isHangul(text[numberStart - 1])) return null
  if (sign?.sign === -1) first = { ...first, value: first.value.neg() }
  let j = first.end
  let bound = draft.bound
  if (text[j] === '여' && first.source !== 'word') {
    bound = bound ?? { bound: 'APPROX' }
    j++
  }
  if (text[j] === '+' && !isDigit(text[j + 1])) {
    bound = { bound: 'AT_LEAST' }
    j++
  }

  // Range: "1~2년", "3–5%", "2~3억 원" (the scale of the second number applies to the first).
  let second: NumberReading | null = null
  if (first.source === 'digits' || first.source === 'sino') {
    second = readRangeEnd(text, j, draft, Boolean(draft.currency))
    if (second) {
      if (first.scale === null && second.scale !== null && first.value.lt(Rational.pow10(4))) {
        first = { ...first, value: first.value.mul(Rational.pow10(second.scale)), exp: first.exp + second.scale, scale: second.scale }
      }
      j = second.end
      if (text[j] === '여') j++
    } else if (draft.between) return null
  }

  // Rank out of N in Korean: "30개국 중 4위".
  const rankOf = !second && readKoreanRankOf(text, j, first)
  if (rankOf) {
    const rank = readQuantityAt(text, rankOf.end, mode)
    if (rank && rank.input.kind === 'RANK' && rank.input.bound !== 'RANGE') return { end: rank.end, input: { ...rank.input, rankOf: num(first.value) } }
  }

  const unit = readUnit(text, j, first, mode)
  // Word numbers stand alone only as the whole input ("하나", "three") or as zero; in a sentence they need a unit.
  if (!unit && first.source === 'native' && !(mode === 'whole' && KO_NATIVE_STANDALONE.some((w) => text.startsWith(w, numberStart)))) return null
  if (!unit && first.source === 'word' && mode === 'find' && first.value.sign() !== 0) return null
  if (unit) j = unit.end
  let sense: UnitSense | null = unit?.sense ?? null

  // Dates are not quantities: "2024년", "2023~2024년", "12월 5일"; nor "the 2024 elections".
  const yearLike = isYearLike(first, text) || (second !== null && isYearLike(second, text))
  if (sense?.kind === 'DURATION' && sense.durationUnit === 'year' && yearLike && unit && !unit.noun && isHangul(text[unit.end - 1])) return null
  if (sense?.kind === 'DURATION' && sense.durationUnit === 'day' && /\d{1,2}\s*월\s*$/.test(text.slice(Math.max(0, numberStart - 8), numberStart))) return null
  if (unit?.noun && mode === 'find' && isYearLike(first, text)) return null

  if (draft.currency) {
    if (sense && (sense.kind !== 'MONEY' || (sense.currency && sense.currency !== draft.currency))) {
      if (sense.kind !== 'COUNT') return null
      sense = null
    }
    sense = { kind: 'MONEY', currency: draft.currency }
  }

  let highFirst: boolean | null = null
  let rankOfN: number | null = null
  let per: { per: number; perUnit: string | null; perUnitKo: string | null; perUnitEn: string | null } | null = null
  if (sense?.kind === 'RANK') {
    const direction = /[- ]?(largest|biggest|highest|most|top|smallest|lowest|fewest|least)(?![A-Za-z])/iy
    direction.lastIndex = j
    const d = direction.exec(text)
    if (d) {
      highFirst = EN_RANK_DIRECTIONS[d[1].toLowerCase()]
      j = direction.lastIndex
    }
    const of = /\s+(?:of|out\s+of|among)\s+(\d[\d,]*)/iy
    of.lastIndex = j
    const o = of.exec(text)
    if (o) {
      rankOfN = Number(o[1].replace(/,/g, ''))
      j = of.lastIndex
      const noun = /\s+([A-Za-z][A-Za-z-]*)/y
      noun.lastIndex = j
      const n = noun.exec(text)
      if (n && !EN_NOT_UNITS.has(n[1].toLowerCase())) j = noun.lastIndex
    }
  }
  // English rate: "12.5 per 1,000 people", "17.27 cases per 100,000 people".
  if (!sense || sense.kind === 'COUNT' || sense.kind === 'OTHER' || sense.kind === 'SCORE') {
    const perMatch = /\s*(?:per|for\s+every)\s+/iy
    perMatch.lastIndex = j
    if (perMatch.exec(text)) {
      const base = readNumber(text, perMatch.lastIndex)
      if (base && base.source !== 'native' && base.value.sign() > 0) {
        let k = base.end
        const nounAt = skipSpaces(text, k)
        const known = matchTable(text, nounAt, EN_UNITS, { caseless: true, wordEnd: true })
        const noun = known ? null : readEnglishNoun(text, nounAt, 'find')
        const word = /[A-Za-z]+/y
        word.lastIndex = nounAt
        const any = known || noun ? null : word.exec(text)
        const perUnitEnd = known?.end ?? noun?.end ?? (any && !EN_NOT_UNITS.has(any[0].toLowerCase()) ? nounAt + any[0].length : null)
        const perWord = known ? known.key : noun ? noun.noun : perUnitEnd ? text.slice(nounAt, perUnitEnd) : null
        if (perUnitEnd) k = perUnitEnd
        per = { per: num(base.value), perUnit: perWord, perUnitKo: known?.value.unitKo ?? null, perUnitEn: known?.value.unitEn ?? perWord }
        j = k
      }
    }
  }

  // "3조 원대", "4%대", "20만 명대": from the figure up to the next step of its last non-zero digit.
  let decade: [number, number] | null = null
  const decadeNext = text[j + 1] ?? ''
  if (sense && ['MONEY', 'PERCENT', 'COUNT'].includes(sense.kind) && !second && text[j] === '대' && (!isHangul(decadeNext) || /[를을이가의에로는은도]/.test(decadeNext))) {
    const v = num(first.value)
    if (Number.isInteger(v) && v > 0) {
      let step = 1
      while (v % (step * 10) === 0) step *= 10
      decade = [v, v + step]
      j++
    }
  }

  // Bounds after the number: "5배 이상", "2만 명이 넘는", "20 or more".
  const koSuffix = sense || first.source !== 'word' ? readKoBoundSuffix(text, j) : null
  if (koSuffix && (isHangul(text[j]) || isSpace(text[j]) || text[j] === undefined)) {
    if (!(bound && bound.bound !== 'APPROX' && koSuffix.sense.bound === 'APPROX')) bound = koSuffix.sense
    j = koSuffix.end
  } else {
    const en = matchTable(text, skipSpaces(text, j), EN_BOUND_SUFFIXES, { caseless: true, wordEnd: true })
    if (en && skipSpaces(text, j) > j) {
      bound = en.value
      j = en.end
    }
  }

  // Direction: "150% 증가", "20% 감소했다", "150% increase", "rose 20%".
  let change: 1 | -1 | null = draft.change
  if (sense && ['PERCENT', 'PERCENTAGE_POINTS', 'MULTIPLE'].includes(sense.kind)) {
    const after = readKoChange(text, j) ?? readEnChange(text, j)
    if (after) {
      change = after.sign
      j = after.end
    }
  }

  // Kind.
  let kind: Quantity['kind']
  if (sense) kind = sense.kind
  else if (per) kind = 'RATE'
  else if (draft.kindHint) kind = draft.kindHint
  else if (first.source === 'word' || first.source === 'native') kind = 'COUNT'
  else if (mode === 'whole') kind = 'OTHER'
  else return null
  if (per && (kind === 'COUNT' || kind === 'OTHER' || kind === 'SCORE')) kind = 'RATE'
  if (draft.kindHint === 'SCORE' && kind === 'OTHER') kind = 'SCORE'
  if (draft.kindHint === 'RANK' && kind === 'OTHER') kind = 'RANK'
  if (kind === 'PERCENT' && (change !== null || sign !== null)) kind = 'PERCENT_CHANGE'
  if (kind === 'MULTIPLE' || kind === 'RANK' || kind === 'COUNT' || kind === 'DURATION') change = null
  if (kind === 'RANK' && (first.value.sign() <= 0 || !first.value.isInteger())) return null

  // Whole input: nothing may follow but punctuation or a glued Korean particle/ending.
  if (mode === 'whole') {
    let k = j
    if (isHangul(text[j - 1]) || text[j - 1] === '%') while (isHangul(text[k])) k++
    k = skipSpaces(text, k)
    while (/[.。!)\]"'”’]/.test(text[k] ?? '')) k = skipSpaces(text, k + 1)
    if (k < text.length) return null
    j = k
  }

  // Values, with the direction applied (a decrease of at least 20% is a change of at most −20%).
  let low = second ? first.value : decade ? Rational.parse(String(decade[0])) : null
  let high = second ? second.value : decade ? Rational.parse(String(decade[1])) : null
  let value = second || decade ? null : first.value
  let boundOut: Quantity['bound'] = second || decade ? 'RANGE' : bound?.bound ?? 'EXACT'
  const strict = !second && !decade && Boolean(bound?.strict)
  if (change === -1) {
    if (value) value = value.neg()
    if (low && high) [low, high] = [high.neg(), low.neg()]
    if (boundOut === 'AT_LEAST') boundOut = 'AT_MOST'
    else if (boundOut === 'AT_MOST') boundOut = 'AT_LEAST'
  }
  if (low && high && high.lt(low)) return null
  const exp = second ? Math.min(first.exp, second.exp) : first.exp
  const scale = second ? (second.scale ?? first.scale) : first.scale

  const input: QuantityInput = {
    kind,
    bound: boundOut,
    strict,
    value: value ? num(value) : null,
    low: low ? num(low) : null,
    high: high ? num(high) : null,
    unit: WITH_UNIT.has(kind) ? (unit?.noun ?? sense?.unit ?? null) : null,
    unitKo: WITH_UNIT.has(kind) ? (sense?.unitKo ?? null) : null,
    unitEn: WITH_UNIT.has(kind) ? (sense?.unitEn ?? unit?.noun ?? null) : null,
    currency: kind === 'MONEY' ? (sense?.currency ?? draft.currency) : null,
    durationUnit: kind === 'DURATION' ? (sense?.durationUnit ?? null) : null,
    rankOf: kind === 'RANK' ? rankOfN : null,
    rankHighFirst: kind === 'RANK' ? highFirst : null,
    decimals: exp === 0 ? 0 : -exp,
    scale,
    ...(per && kind === 'RATE' ? per : {}),
  }
  return { end: j, input }
}

/** "doubled", "more than tripled": a multiple stated as a verb (MULTIPLE 2, 3, 4). */
function readWordMultiple(text: string, i: number, draft: Draft): Reading | null {
  const m = /(doubled|tripled|trebled|quadrupled)(?![A-Za-z])/iy
  m.lastIndex = i
  const word = m.exec(text)
  if (!word) return null
  const value = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 }[word[1].toLowerCase() as 'doubled']
  const bound = draft.bound
  return { end: m.lastIndex, input: { kind: 'MULTIPLE', value, bound: bound?.bound ?? 'EXACT', strict: Boolean(bound?.strict) } }
}

/** "seventh" as the whole input, or after "ranked" in a sentence ("ranked first"): RANK. */
function readOrdinalWord(text: string, i: number, mode: Mode, draft: Draft): Reading | null {
  const m = /([A-Za-z]+)(?![A-Za-z])/y
  m.lastIndex = i
  const word = m.exec(text)
  const rank = word ? EN_ORDINAL_WORDS[word[1].toLowerCase()] : undefined
  if (rank === undefined) return null
  // In a sentence an ordinal word is a rank after "ranked" or before a direction: "the second highest", "third-largest".
  const direction = /[- ](largest|biggest|highest|most|top|smallest|lowest|fewest|least)(?![A-Za-z])/iy
  direction.lastIndex = m.lastIndex
  const d = mode === 'find' ? direction.exec(text) : null
  if (mode === 'find' && draft.kindHint !== 'RANK' && !d) return null
  if (mode === 'whole' && !/^[\s.!]*$/.test(text.slice(m.lastIndex))) return null
  if (d) return { end: direction.lastIndex, input: { kind: 'RANK', value: rank, rankHighFirst: EN_RANK_DIRECTIONS[d[1].toLowerCase()] } }
  return { end: m.lastIndex, input: { kind: 'RANK', value: rank } }
}

/** The value of a Korean rate, right after its base or a few words on ("10만 명당 AI 특허 수 17.27건"). */
function readRateValue(text: string, i: number, mode: Mode): Reading | null {
  const fits = (r: Reading | null) => r !== null && ['COUNT', 'OTHER', 'SCORE'].includes(r.input.kind) && r.input.per == null
  const direct = readQuantityAt(text, i, mode)
  if (fits(direct)) return direct
  for (let k = i + 1; k < Math.min(text.length, i + 24) && !/[.,;!?。]/.test(text[k]); k++) {
    if (!isDigit(text[k]) || isDigit(text[k - 1])) continue
    const later = readQuantityAt(text, k, mode)
    if (fits(later)) return later
  }
  return null
}

/** "(인구) 10만 명당", "1인당", "1,000가구당": the base of a Korean rate. */
function readKoreanPerBase(text: string, i: number) {
  // Most numbers are no rate base: look for 당 nearby before reading anything.
  const dang = text.indexOf('당', i)
  if (dang < 0 || dang - i > 16) return null
  let j = i
  if (text.startsWith('인구', j)) j = skipSpaces(text, j + 2)
  const base = readNumber(text, j)
  if (!base || base.source === 'word' || base.source === 'native' || base.value.sign() <= 0) return null
  let k = base.end
  const spaced = skipSpaces(text, k)
  const unit = matchTable(text, spaced, KO_PER_UNITS)
  if (!unit || (spaced > k && !isHangul(text[k - 1]))) return null
  k = unit.end
  if (text[k] !== '당') return null
  return { end: skipSpaces(text, k + 1), per: num(base.value), perUnit: unit.key === '인' ? '명' : unit.key, perUnitKo: unit.value.ko, perUnitEn: unit.value.en }
}

/** "30개국 중 ", "30개 중": the N of a Korean rank, when a rank follows. */
function readKoreanRankOf(text: string, i: number, n: NumberReading): { end: number } | null {
  if (n.source !== 'digits' || !n.value.isInteger()) return null
  const counter = matchTable(text, i, RANK_OF_COUNTERS) ?? matchTable(text, skipSpaces(text, i), RANK_OF_COUNTERS)
  const k = counter ? counter.end : i
  const m = /\s*(?:중|가운데)(?:에서)?\s*/y
  m.lastIndex = k
  if (!m.exec(text)) return null
  return { end: m.lastIndex }
}

// ---- public API ----------------------------------------------------------------------------------------------

function validated(input: QuantityInput): Quantity | null {
  const result = quantitySchema.safeParse(input)
  return result.success ? result.data : null
}

/** The whole text as one quantity; null when it is not one (or holds more than one). */
// `options.lang` is accepted for ambiguous input; no reading implemented so far depends on it.
export function parseQuantity(text: string, _options: ParseOptions = {}): Quantity | null {
  const trimmed = text.normalize('NFC').trim()
  if (!trimmed) return null
  const reading = readQuantityAt(trimmed, 0, 'whole')
  return reading ? validated(reading.input) : null
}

/**
 * The Hangul syllables a Korean reading can start with: bound words (약, 최소), native and Sino-Korean numbers (세,
 * 이십, 천만), "하나도"/"단 한" and "인구 10만 명당". Every other syllable is skipped at once, which keeps long
 * Korean texts fast.
 */
const KO_STARTERS = new Set(
  [KO_BOUND_PREFIXES, KO_NATIVE_TENS, KO_NATIVE_ONES, KO_SINO_DIGITS, KO_SMALL_SCALES, KO_LARGE_SCALES]
    .flatMap((table) => Object.keys(table).map((key) => key[0]))
    .concat(['단', '인']),
)

/** Likewise the English words a reading can start with: bound and change words, number words, currency codes. */
const LATIN_STARTERS = new Set(
  [EN_BOUND_PREFIXES, EN_CHANGE_PREFIXES, EN_NUMBER_WORDS, EN_ORDINAL_WORDS, CURRENCY_PREFIXES]
    .flatMap((table) => Object.keys(table).map((key) => /^[A-Za-z]+/.exec(key)?.[0].toLowerCase() ?? ''))
    .concat(['a', 'score', 'scored', 'ranked', 'placed', 'between', 'none', 'no', 'not', 'doubled', 'tripled', 'trebled', 'quadrupled'])
    .filter(Boolean),
)
const LATIN_WORD = /[A-Za-z]+/y

/**
 * A closer look at a starter syllable: a bound word ("약 3곳"), a native number spaced from its counter or before 도
 * ("세 곳", "하나도"), a Sino-Korean number with its scale ("이십", "천만"), "단 한", "인구 10만 명당". 한 in
 * "한국" or 이 in "이는" starts nothing, and the whole reader is not run for them.
 */
function koreanStartHere(text: string, i: number): boolean {
  if (matchTable(text, i, KO_BOUND_PREFIXES)) return true
  const native = readKoreanNative(text, i)
  if (native && (isSpace(text[native.end]) || text[native.end] === '도')) return true
  const next = text[i + 1]
  if ((KO_SINO_DIGITS[text[i]] !== undefined || KO_SMALL_SCALES[text[i]] !== undefined || KO_LARGE_SCALES[text[i]] !== undefined) &&
    (KO_SMALL_SCALES[next] !== undefined || KO_LARGE_SCALES[next] !== undefined || isDigit(next))) return true
  return text.startsWith('단', i) || text.startsWith('인구', i)
}

/** Could a quantity start here? Only at the start of a word (so 3 in "V2.5" or 세 in "우세" never starts one). */
function canStart(text: string, i: number): boolean {
  const c = text[i]
  const before = text[i - 1]
  if (isSpace(c)) return false
  if (isHangul(c)) return !isHangul(before) && KO_STARTERS.has(c) && koreanStartHere(text, i)
  if (isLatin(c) && !isLatin(before) && !isDigit(before)) {
    LATIN_WORD.lastIndex = i
    if (!LATIN_STARTERS.has(LATIN_WORD.exec(text)![0].toLowerCase())) return false
  }
  if (isLatin(c)) return !isLatin(before) && !isDigit(before)
  if (isHangul(c)) return !isHangul(before)
  if (isDigit(c)) return !isDigit(before) && before !== '.' && before !== ','
  return true
}

/** Every quantity in a sentence, left to right, with offsets ("2억 달러(약 2,700억원)로 7위" → three). */
export function findQuantities(text: string, _options: ParseOptions = {}): QuantitySpan[] {
  const spans: QuantitySpan[] = []
  const source = text.normalize('NFC')
  let i = 0
  while (i < source.length) {
    if (canStart(source, i)) {
      const reading = readQuantityAt(source, i, 'find')
      const q = reading && reading.end > i ? validated(reading.input) : null
      if (reading && q) {
        const start = skipSpaces(source, i)
        spans.push({ start, end: reading.end, text: source.slice(start, reading.end), quantity: q })
        i = reading.end
        continue
      }
    }
    i++
  }
  return spans
}
