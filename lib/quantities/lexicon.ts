// The words the parser reads and the formatter writes, as tables: counters and units, currencies, scale words,
// number words, bound words and change words in Korean and English. Adding a word is adding a row here.
import type { Currency, DurationUnit, QuantityBound, QuantityKind } from './types'

/** What a unit word makes of the number before it. */
export interface UnitSense {
  kind: QuantityKind
  /** Count noun / counter to record as `unit` (null for kinds whose unit is the kind itself). */
  unit?: string
  unitKo?: string
  unitEn?: string
  currency?: Currency
  durationUnit?: DurationUnit
}

const count = (ko: string, en?: string, unit = ko): UnitSense => ({ kind: 'COUNT', unit, unitKo: ko, unitEn: en })
const duration = (durationUnit: DurationUnit): UnitSense => ({ kind: 'DURATION', durationUnit })
const money = (currency: Currency): UnitSense => ({ kind: 'MONEY', currency })
/** A unit of measure (power, energy, distance, mass): kind OTHER, the unit as written in its usual symbol. */
const measure = (unit: string): UnitSense => ({ kind: 'OTHER', unit, unitKo: unit, unitEn: unit })

/** Korean counters and units after a number ("3개", "2만 명", "7위"), matched longest first. */
export const KO_UNITS: Record<string, UnitSense> = {
  '%p': { kind: 'PERCENTAGE_POINTS' },
  '%포인트': { kind: 'PERCENTAGE_POINTS' },
  '％포인트': { kind: 'PERCENTAGE_POINTS' },
  퍼센트포인트: { kind: 'PERCENTAGE_POINTS' },
  '%': { kind: 'PERCENT' },
  '％': { kind: 'PERCENT' },
  퍼센트: { kind: 'PERCENT' },
  배: { kind: 'MULTIPLE' },
  위: { kind: 'RANK' },
  번째: { kind: 'RANK' },
  등: { kind: 'RANK' },
  개국: count('개국', 'countries'),
  개사: count('개사', 'companies'),
  개월: duration('month'),
  개: count('개'),
  건: count('건', 'cases'),
  명: count('명', 'people'),
  가구: count('가구', 'households'),
  곳: count('곳', 'places'),
  군데: count('곳', 'places'),
  가지: count('가지', 'kinds'),
  종: count('종', 'kinds'),
  장: count('장', 'sheets'),
  대: count('대', 'units'),
  편: count('편', 'works'),
  권: count('권', 'volumes'),
  차례: count('번', 'times'),
  번: count('번', 'times'),
  회: count('번', 'times'),
  기: count('기', 'units'),
  사람: count('명', 'people'),
  점: { kind: 'SCORE', unit: '점', unitKo: '점', unitEn: 'points' },
  포인트: { kind: 'SCORE', unit: '포인트', unitKo: '포인트', unitEn: 'points' },
  년: duration('year'),
  해: duration('year'),
  주일: duration('week'),
  주: duration('week'),
  일: duration('day'),
  시간: duration('hour'),
  달: duration('month'),
  원: money('KRW'),
  달러: money('USD'),
  유로: money('EUR'),
  엔: money('JPY'),
  위안: money('CNY'),
  파운드: money('GBP'),
  ...MEASURES(),
}

/** Units of measure written after a number in either language ("4.5GW", "600㎞", "10.2 kW"). */
function MEASURES(): Record<string, UnitSense> {
  const units: Record<string, string> = {
    GWh: 'GWh', MWh: 'MWh', kWh: 'kWh', TWh: 'TWh', GW: 'GW', MW: 'MW', kW: 'kW', TW: 'TW',
    km: 'km', '㎞': 'km', 킬로미터: 'km', '㎢': 'km²', 'km²': 'km²', 톤: 't', 만톤: 't',
  }
  return Object.fromEntries(Object.entries(units).map(([written, unit]) => [written, measure(unit)]))
}

/** Counters that may follow a native Korean number word ("세 개", "두 달"): never %, 배, 위 or money. */
export const KO_NATIVE_COUNTERS = ['번째', '개국', '개', '곳', '군데', '명', '사람', '건', '가지', '종', '장', '대', '편', '권', '번', '차례', '달', '해', '주', '시간']

/** English units after a number, matched longest first, case-insensitive, as whole words. */
export const EN_UNITS: Record<string, UnitSense> = {
  'percentage points': { kind: 'PERCENTAGE_POINTS' },
  'percentage point': { kind: 'PERCENTAGE_POINTS' },
  'percent points': { kind: 'PERCENTAGE_POINTS' },
  'p.p.': { kind: 'PERCENTAGE_POINTS' },
  pp: { kind: 'PERCENTAGE_POINTS' },
  percent: { kind: 'PERCENT' },
  'per cent': { kind: 'PERCENT' },
  '%': { kind: 'PERCENT' },
  '-fold': { kind: 'MULTIPLE' },
  fold: { kind: 'MULTIPLE' },
  times: { kind: 'MULTIPLE' },
  x: { kind: 'MULTIPLE' },
  '×': { kind: 'MULTIPLE' },
  points: { kind: 'SCORE', unit: 'points', unitKo: '점', unitEn: 'points' },
  point: { kind: 'SCORE', unit: 'points', unitKo: '점', unitEn: 'points' },
  pts: { kind: 'SCORE', unit: 'points', unitKo: '점', unitEn: 'points' },
  years: duration('year'),
  year: duration('year'),
  yrs: duration('year'),
  months: duration('month'),
  month: duration('month'),
  weeks: duration('week'),
  week: duration('week'),
  days: duration('day'),
  day: duration('day'),
  hours: duration('hour'),
  hour: duration('hour'),
  'us dollars': money('USD'),
  dollars: money('USD'),
  dollar: money('USD'),
  usd: money('USD'),
  won: money('KRW'),
  krw: money('KRW'),
  euros: money('EUR'),
  euro: money('EUR'),
  eur: money('EUR'),
  yen: money('JPY'),
  jpy: money('JPY'),
  yuan: money('CNY'),
  renminbi: money('CNY'),
  cny: money('CNY'),
  'pounds sterling': money('GBP'),
  pounds: money('GBP'),
  gbp: money('GBP'),
  people: count('명', 'people', 'people'),
  persons: count('명', 'people', 'people'),
  person: count('명', 'people', 'people'),
  countries: count('개국', 'countries', 'countries'),
  country: count('개국', 'countries', 'countries'),
  companies: count('개사', 'companies', 'companies'),
  cases: count('건', 'cases', 'cases'),
  places: count('곳', 'places', 'places'),
  sites: count('곳', 'places', 'places'),
  kinds: count('종', 'kinds', 'kinds'),
  types: count('종', 'kinds', 'kinds'),
  GWh: measure('GWh'), MWh: measure('MWh'), kWh: measure('kWh'), TWh: measure('TWh'),
  GW: measure('GW'), MW: measure('MW'), kW: measure('kW'), km: measure('km'), kilometres: measure('km'), kilometers: measure('km'),
  tonnes: measure('t'), tons: measure('t'),
}

/** Currency signs and codes written before the amount ("US$2.1bn", "₩1.9 trillion", "EUR 5m"). */
export const CURRENCY_PREFIXES: Record<string, Currency> = {
  'US$': 'USD',
  'U.S.$': 'USD',
  USD: 'USD',
  $: 'USD',
  '₩': 'KRW',
  '￦': 'KRW',
  KRW: 'KRW',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  'JP¥': 'JPY',
  JPY: 'JPY',
  'CN¥': 'CNY',
  CNY: 'CNY',
  RMB: 'CNY',
  '¥': 'JPY',
}

/** English scale words: spelled out or abbreviated, after the number ("2.1 billion", "$2.1bn"). */
export const EN_SCALES: Record<string, number> = {
  trillion: 12,
  tn: 12,
  trn: 12,
  billion: 9,
  bn: 9,
  million: 6,
  mn: 6,
  mln: 6,
  thousand: 3,
}
/** One-letter scales, read only after a currency sign ("$10B", "€5m"): alone, "5m" may be five metres. */
export const EN_LETTER_SCALES: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, b: 9, B: 9, t: 12, T: 12 }

/** Korean scale characters: 십 백 천 multiply within a group of four digits, 만 억 조 경 start a new group. */
export const KO_SMALL_SCALES: Record<string, number> = { 십: 1, 백: 2, 천: 3 }
export const KO_LARGE_SCALES: Record<string, number> = { 만: 4, 억: 8, 조: 12, 경: 16 }
export const KO_SINO_DIGITS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 }

/** Native Korean numbers: the tens, then the ones (attributive form before a counter, and the standalone form). */
export const KO_NATIVE_TENS: Record<string, number> = { 열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 }
export const KO_NATIVE_ONES: Record<string, number> = {
  하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 석: 3, 넷: 4, 네: 4, 넉: 4,
  다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
}
/** Standalone forms that stand for a count on their own ("하나", "셋"). */
export const KO_NATIVE_STANDALONE = ['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉', '열']

export const EN_NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
}
export const EN_ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
}

export interface BoundSense {
  bound: Exclude<QuantityBound, 'EXACT' | 'RANGE'>
  strict?: boolean
}
const APPROX: BoundSense = { bound: 'APPROX' }
const AT_LEAST: BoundSense = { bound: 'AT_LEAST' }
const MORE_THAN: BoundSense = { bound: 'AT_LEAST', strict: true }
const AT_MOST: BoundSense = { bound: 'AT_MOST' }
const FEWER_THAN: BoundSense = { bound: 'AT_MOST', strict: true }

/**
 * Words before the number. "nearly"/"almost"/거의 read as APPROX: they say the figure is close, and which side it
 * falls on is not something a reader's comparison should hang on.
 */
export const KO_BOUND_PREFIXES: Record<string, BoundSense> = {
  약: APPROX, 대략: APPROX, 거의: APPROX, 얼추: APPROX,
  최소: AT_LEAST, 적어도: AT_LEAST, 최소한: AT_LEAST,
  최대: AT_MOST, 많아야: AT_MOST,
}
export const EN_BOUND_PREFIXES: Record<string, BoundSense> = {
  about: APPROX, around: APPROX, roughly: APPROX, approximately: APPROX, 'approx.': APPROX, some: APPROX,
  nearly: APPROX, almost: APPROX, 'close to': APPROX, circa: APPROX, 'c.': APPROX, '~': APPROX, '≈': APPROX,
  'more than': MORE_THAN, over: MORE_THAN, above: MORE_THAN, 'in excess of': MORE_THAN, exceeding: MORE_THAN,
  'just over': MORE_THAN, 'greater than': MORE_THAN, '>': MORE_THAN,
  'at least': AT_LEAST, 'no fewer than': AT_LEAST, 'no less than': AT_LEAST, 'a minimum of': AT_LEAST,
  '≥': AT_LEAST, '>=': AT_LEAST,
  'up to': AT_MOST, 'at most': AT_MOST, 'no more than': AT_MOST, 'a maximum of': AT_MOST, 'as many as': AT_MOST,
  '≤': AT_MOST, '<=': AT_MOST,
  'fewer than': FEWER_THAN, 'less than': FEWER_THAN, under: FEWER_THAN, below: FEWER_THAN, 'just under': FEWER_THAN,
  '<': FEWER_THAN,
}

/** Words after the number and its counter, optionally after a particle ("2만 명이 넘는", "5배 이상"). */
export const KO_BOUND_SUFFIXES: Record<string, BoundSense> = {
  이상: AT_LEAST, 이하: AT_MOST, 초과: MORE_THAN, 미만: FEWER_THAN, 이내: AT_MOST,
  넘게: MORE_THAN, 넘는: MORE_THAN, 넘은: MORE_THAN, 넘어: MORE_THAN, 넘었: MORE_THAN, 넘: MORE_THAN,
  가량: APPROX, 정도: APPROX, 쯤: APPROX, 내외: APPROX, 안팎: APPROX, 남짓: APPROX,
  가까이: APPROX, 가까운: APPROX, 육박: APPROX, 수준: APPROX,
  돌파: MORE_THAN, 웃돌: MORE_THAN, 밑돌: FEWER_THAN,
}
export const EN_BOUND_SUFFIXES: Record<string, BoundSense> = {
  'or more': AT_LEAST, 'or above': AT_LEAST, 'or higher': AT_LEAST, 'or greater': AT_LEAST,
  'or fewer': AT_MOST, 'or less': AT_MOST, 'or lower': AT_MOST, 'or so': APPROX,
}

/** Direction words that make a percent a change (+1 up, −1 down). */
export const KO_CHANGE_WORDS: Record<string, 1 | -1> = {
  증가: 1, 상승: 1, 성장: 1, 늘: 1, 급증: 1, 확대: 1, 인상: 1, 올랐: 1, 올라: 1, 오른: 1, 뛰었: 1, 뛴: 1, 신장: 1,
  높: 1, 많다: 1, 많은: 1, 많았: 1,
  감소: -1, 하락: -1, 줄: -1, 감축: -1, 축소: -1, 인하: -1, 급감: -1, 떨어: -1, 내려: -1, 내렸: -1, 내린: -1, 하향: -1,
  낮: -1, 적다: -1, 적은: -1, 적었: -1,
}
export const EN_CHANGE_SUFFIXES: Record<string, 1 | -1> = {
  increase: 1, rise: 1, growth: 1, gain: 1, jump: 1, hike: 1, higher: 1, more: 1, up: 1,
  decrease: -1, decline: -1, drop: -1, fall: -1, cut: -1, reduction: -1, loss: -1, lower: -1, less: -1, fewer: -1, down: -1,
}
export const EN_CHANGE_PREFIXES: Record<string, 1 | -1> = {
  up: 1, rose: 1, grew: 1, 'increased by': 1, increased: 1, jumped: 1, gained: 1, 'rose by': 1, 'grew by': 1, climbed: 1,
  down: -1, fell: -1, dropped: -1, 'declined by': -1, declined: -1, 'decreased by': -1, decreased: -1, shrank: -1, 'fell by': -1,
}

/** Rank direction after an ordinal ("7th-largest" → 1 is the highest). */
export const EN_RANK_DIRECTIONS: Record<string, boolean> = {
  largest: true, biggest: true, highest: true, most: true, top: true,
  smallest: false, lowest: false, fewest: false, least: false,
}

/** Words that never are a count noun after a number ("3 of", "5 December", "2 and"). */
export const EN_NOT_UNITS = new Set([
  'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'the', 'than', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'per', 'that', 'this', 'these', 'those', 'it', 'its', 'their',
  'which', 'who', 'while', 'when', 'after', 'before', 'since', 'until', 'versus', 'vs', 'out', 'among', 'between',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ago', 'later', 'earlier',
  'less', 'more', 'fewer', 'so', 'not', 'no', 'also', 'only', 'each', 'every', 'all', 'both', 'either', 'plus', 'minus',
  'increase', 'decrease', 'rise', 'fall', 'growth', 'decline', 'drop', 'gain', 'jump', 'up', 'down', 'higher', 'lower',
  'longer', 'doubt', 'one', 'other', 'others', 'such',
  // Listicle nouns: "five takeaways" counts the article's own parts, not the world.
  'takeaways', 'things', 'reasons', 'ways', 'tips', 'lessons', 'questions', 'facts',
])

/** Korean words for "per base" before 당 ("10만 명당", "1인당", "1,000가구당"). */
export const KO_PER_UNITS: Record<string, { ko: string; en: string }> = {
  명: { ko: '명', en: 'people' },
  인: { ko: '명', en: 'people' },
  가구: { ko: '가구', en: 'households' },
  개: { ko: '개', en: 'units' },
  곳: { ko: '곳', en: 'places' },
  기: { ko: '기', en: 'units' },
  대: { ko: '대', en: 'units' },
}
