// What looks like a number but is not a checkable quantity, in two steps.
//
// 1. Regions masked before the quantities parser reads a sentence: URLs, e-mail addresses, phone numbers, stock
//    codes ("[005930]", "(KRX: 005930)", "005930.KS"), markup left over from a page ("<br>", "&nbsp;", "&lt;표 1&gt;"),
//    titles in 「」『』 or in single quotes (reports, events, programmes: "「AI Index 2025」", "'K-LLM 2.0'"),
//    English report and event names ending in a year ("AI Index 2025", "CES 2025"), model names with a version or
//    a size ("EXAONE 3.5", "Llama 3.1 405B", "3B급"), and list or figure numbering ("(4)", "1.", "①", "표 3-2").
//    Masking replaces each character with U+E000 (a private-use character: not a digit, letter or space), so every
//    offset stays the same and nothing on either side can be read across the gap. Time cues inside masked regions
//    are ignored too (a report title's year is not the figure's window).
// 2. Readings the parser makes that are not quantities in a sentence (`isDecoyReading`): a day of the month read as
//    a duration ("12일 발표했다"), an attributive counter ("12대 국가전략기술", "3기 신도시"), an event's ordinal
//    ("제5회"), the scale of a score ("100점 만점"), survey boilerplate ("95% 신뢰수준", "±2.5%p"), and a duration
//    that is the window of another figure ("석 달 새 13조 원", "3년간 1,200억 원").
// Dates, times and bare years need no rule of their own: the parser never reads a year, a month or a clock time
// as a quantity, and the window reader (window.ts) uses them.
import type { QuantitySpan } from '../quantities/parse'

export type DecoyKind = 'url' | 'email' | 'phone' | 'stock' | 'markup' | 'title' | 'model' | 'numbering'
export interface DecoyRegion {
  start: number
  end: number
  kind: DecoyKind
}

export const MASK = '\ue000'

const NOT_NAME_WORDS = new Set([
  'in', 'since', 'by', 'for', 'of', 'from', 'until', 'at', 'on', 'through', 'between', 'and', 'during', 'as', 'before',
  'after', 'the', 'end', 'early', 'late', 'mid', 'fiscal', 'year', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

const PATTERNS: [DecoyKind, RegExp][] = [
  ['markup', /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*>|&lt;[^&\n]{0,40}?&gt;|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g],
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"'「」『』]+[^\s<>"'「」『』.,;:!?)\]]/g],
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['phone', /\+\d{1,3}(?:[ -]\d{1,4}){2,4}(?!\d)|(?<![\d.,])0\d{1,2}-\d{3,4}-\d{4}(?!\d)|(?<![\d.,])1[5-9]\d{2}-\d{4}(?!\d)/g],
  ['stock', /\[\d{6}\]|\((?:(?:KRX|KOSPI|KOSDAQ|KS|KQ)\s*:\s*)?\d{6}(?:\.K[SQ])?\)|\b\d{6}\.K[SQ]\b/g],
  // An apostrophe inside a word ("Korea's") opens no quote.
  ['title', /「[^」\n]*」|『[^』\n]*』|(?<![A-Za-z])'[^'\n]{1,40}'(?![A-Za-z])|‘[^’\n]{1,40}’/g],
  // Capitalised names that end in a year: "AI Index 2025", "Semicon Taiwan 2025", "Q3 2025" (not "In 2024").
  ['title', /\b(?:[A-Z][\w&-]*\s+){1,5}(?:19|20)\d{2}\b(?!\s*년)/g],
  // Model and software names with a version or size: "EXAONE 3.5 32B", "Llama 3.1 405B", "lm-eval 0.4.2", "v2.5",
  // "3B급"; never a figure with its unit ("GDP 2.1%", "$10B").
  ['model', /\b(?!(?:KRW|USD|EUR|JPY|CNY|GBP|RMB|US)\b)[A-Za-z][\w.-]*[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*\s+\d+\.\d+(?:\s+\d+(?:\.\d+)?[BKMT])?(?![\d.]|\s*(?:[%％]|percent|per\b|points?\b|times\b|(?:b|m|tr)illion|bn\b|mn\b|tn\b))|\b[\w-]*\s?v?\d+\.\d+\.\d+\b|\b[vV]\d+(?:\.\d+)+\b|(?<![$€£¥₩\d.,])\d+(?:\.\d+)?[BKMT](?![A-Za-z0-9])/g],
  // Numbering at the start of a line or before a heading word: "(4)", "1.", "1)", "①", "표 3-2", "Chapter 4.2".
  ['numbering', /^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)|[①-⑳])|\((?:주\s*)?\d{1,2}\)|[①-⑳]|(?:표|그림|붙임|부록|Chapter|Figure|Table|Fig\.)\s*\d+(?:[.-]\d+)*/gm],
]

/** Every decoy region in the text, earliest first; overlapping regions are merged into the first. */
export function findDecoyRegions(text: string): DecoyRegion[] {
  const found: DecoyRegion[] = []
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++
        continue
      }
      // A quoted title holds a claim when it has a unit the parser reads; keep only quotes with no Korean sentence end.
      if (kind === 'title' && /^['‘]/.test(m[0]) && /다[.'’]?$|[다요][.。]/.test(m[0])) continue
      // "In 2024", "Since 2019", "March 2025": a date, which the window reader needs, not a name.
      if (kind === 'title' && /^[A-Z]/.test(m[0]) && m[0].split(/\s+/).slice(0, -1).every((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.,]$/, '')))) continue
      found.push({ start: m.index, end: m.index + m[0].length, kind })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: DecoyRegion[] = []
  for (const region of found) {
    const last = merged[merged.length - 1]
    if (last && region.start < last.end) last.end = Math.max(last.end, region.end)
    else merged.push({ ...region })
  }
  return merged
}

/** The text with every decoy region replaced by MASK characters (same length, same offsets). */
export function maskDecoys(text: string, regions: DecoyRegion[]): string {
  let out = ''
  let at = 0
  for (const { start, end } of regions) {
    out += text.slice(at, start) + MASK.repeat(end - start)
    at = end
  }
  return out + text.slice(at)
}

const ATTRIBUTIVE_NOUN = /^\s+(?:국가|기업|그룹|전략|과제|기술|분야|강국|은행|도시|신도시|품목|산업|업종|정부|내각|지도부|핵심|주요|중점|금융지주|명문|국정|메가|거점|권역|광역시|경제권)/

/** Is a reading of the parser not a quantity here? `text` is the whole (masked) text the span's offsets refer to. */
export function isDecoyReading(text: string, span: QuantitySpan): boolean {
  const q = span.quantity
  const before = text.slice(Math.max(0, span.start - 12), span.start)
  const after = text.slice(span.end, span.end + 12)
  const expression = span.text
  // "제5회", "제2차": the name of an event.
  if (/제\s*$/.test(before)) return true
  if (q.kind === 'DURATION') {
    // "12일 발표", "1일(현지시간)": a day of the month. A duration of days says so: "5일간", "3일 만에", "10일 연속".
    if (q.durationUnit === 'day' && /^\d{1,2}일$/.test(expression) && !/^\s*(?:간|동안|만에|만|째|연속|이내|넘게|이상|가량|정도|새)/.test(after)) return true
    // "1년 전보다", "10년 전 대비", "한 달 전": the time of a comparison's other side.
    if (/^\s*전(?![가-힣])|^\s*전(?:보다|대비|에|과|의|만)/.test(after)) return true
    // "석 달 새 13조 원", "3년간 1,200억 원": the duration is the other figure's window, not a claim.
    if (/^(?:\s*(?:새|사이|간|동안)|간|동안)/.test(after) || /(?:간|동안|새)$/.test(expression)) return true
  }
  // "12대 국가전략기술", "3기 신도시", "4대 그룹": a counter glued to a number, then the kind of thing it ranks among.
  if (q.kind === 'COUNT' && /^\d{1,3}[대기]$/.test(expression) && ATTRIBUTIVE_NOUN.test(after)) return true
  // "데이터센터 한 곳의 연간 전력", "서버 한 대의": one of a kind, the unit a figure is stated per.
  if (q.kind === 'COUNT' && q.value === 1 && /^한\s/.test(expression) && /^의/.test(after)) return true
  // "100점 만점에 88.4점": the scale, not the score.
  if (q.kind === 'SCORE' && /^\s*만점/.test(after)) return true
  // Survey boilerplate: "95% 신뢰수준", "±2.5%p", "margin of error of 3 points".
  if (/^\s*(?:신뢰\s*수준|confidence)/i.test(after) || /[±]\s*$/.test(before) || /표본\s*오차[는은]?\s*$|margin of error(?: of)?\s*$/i.test(before)) return true
  return false
}
