// Time cues in a sentence and the window each quantity gets from them (pure: dates as 'YYYY-MM-DD' strings).
//
// A cue is one of three roles:
// - frame: places the figures around it in time ("2023년", "지난해", "올해", "5월", "3분기", "6월 말 기준", "as of
//   April 10", "in July", "last year", "지금까지", "so far", "2027년까지" as a target, "2019년 이후" as a period since);
// - base: the time of a comparison's other side ("전년보다", "1년 전 조사(41%)보다", "2023년(28.3%)보다", "3분기의
//   1.5배", "the year before"): it gives its window only to the value it introduces (in brackets right after it, or
//   the figure just before "the year before"), and is never a frame for the rest of the sentence;
// - span: a stretch of time that a change covers ("10년 전 대비 5배", "10년 새 7배", "석 달 새 13조 원", "3년간 1,200억
//   원"): it gives its window to the figure right after it, measured back (or on) from the frame's year or month.
// Which frame a figure takes: Korean puts the time first, so the nearest frame before it in the sentence, else the
// nearest after; English puts it after the figure ("$14.2 billion in July"), so the nearest after it in the same
// clause, else the nearest before. The caller (extract.ts) carries the last frame on to sentences that have none.
import type { DecoyRegion } from './decoys'

export type WindowKind = 'POINT' | 'PERIOD' | 'CUMULATIVE'
export interface Window {
  kind: WindowKind
  start: string | null
  end: string | null
}

export type CueRole = 'frame' | 'base' | 'span'
export interface Cue {
  start: number
  end: number
  role: CueRole
  /** The window, given the frame of the figure it applies to (relative cues such as 전년 and spans need it). */
  resolve: (frame: Window | null) => Window | null
  /** For a base: the offsets of the bracketed value it introduces, if any. */
  governs?: { start: number; end: number }
  /** A span of years that runs forward from the frame year ("3년간"), used only when the frame is a year. */
  forward?: boolean
  /** Not carried on to the next sentences (a clock time). */
  local?: boolean
  /** The year in a report's title: a frame only for a sentence that has no other and follows none. */
  weak?: boolean
}

// ---- dates ---------------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
export const yearWindow = (y: number): Window => ({ kind: 'PERIOD', start: ymd(y, 1, 1), end: ymd(y, 12, 31) })
const monthsWindow = (y1: number, m1: number, y2: number, m2: number): Window => ({ kind: 'PERIOD', start: ymd(y1, m1, 1), end: ymd(y2, m2, lastDay(y2, m2)) })
const monthWindow = (y: number, m: number) => monthsWindow(y, m, y, m)
const point = (date: string): Window => ({ kind: 'POINT', start: date, end: date })
const period = (start: string, end: string): Window => ({ kind: 'PERIOD', start, end })

interface Published {
  date: string
  year: number
  month: number
}
const publishedOf = (date: string): Published => ({ date, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) })

/** The year of a frame (the year its end falls in), or the publication year without one. */
const frameYear = (frame: Window | null, published: Published) => (frame?.end ? Number(frame.end.slice(0, 4)) : published.year)
const frameMonth = (frame: Window | null, published: Published): [number, number] =>
  frame?.end ? [Number(frame.end.slice(0, 4)), Number(frame.end.slice(5, 7))] : [published.year, published.month]
const addMonths = (y: number, m: number, delta: number): [number, number] => {
  const index = y * 12 + (m - 1) + delta
  return [Math.floor(index / 12), (index % 12) + 1]
}

// ---- words ---------------------------------------------------------------------------------------------------

const KO_SMALL: Record<string, number> = { 한: 1, 두: 2, 세: 3, 석: 3, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 }
const EN_SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 }
const count = (word: string) => (/^\d+$/.test(word) ? Number(word) : (KO_SMALL[word] ?? EN_SMALL[word.toLowerCase()] ?? 1))
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
const monthNumber = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')]
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 }

// Korean year prefix: "2025년", "2025년도", "올해", "지난해", "내년" (a month or quarter after it is in that year).
const KO_YEAR = '(?:((?:19|20)\\d{2})년도?|(올해|금년|지난해|작년|내년|재작년))\\s*'

interface Rule {
  pattern: RegExp
  role: CueRole
  make: (m: RegExpExecArray, published: Published) => ((frame: Window | null) => Window | null) | null
  forward?: boolean
  /** A clock time: today, for its own sentence only (it is not carried on). */
  local?: boolean
}

/** The year a Korean year prefix names, or (with none) the year a bare month or quarter is most likely in. */
function koYear(m: RegExpExecArray, published: Published, month: number | null): number {
  if (m[1]) return Number(m[1])
  switch (m[2]) {
    case '올해':
    case '금년':
      return published.year
    case '지난해':
    case '작년':
      return published.year - 1
    case '재작년':
      return published.year - 2
    case '내년':
      return published.year + 1
  }
  // A month after the publication month, with no year, is last year's ("11월" in a February article).
  return month !== null && month > published.month ? published.year - 1 : published.year
}
const fixed = (w: Window | null) => () => w

const KO_RULES: Rule[] = [
  // "3월 4일부터 3월 11일까지", "3월 4∼11일"
  { pattern: new RegExp(`(?:${KO_YEAR})?(\\d{1,2})월\\s*(\\d{1,2})일\\s*(?:부터|~|∼|～|-)\\s*(?:(\\d{1,2})월\\s*)?(\\d{1,2})일(?:까지)?`, 'g'), role: 'frame', make: (m, p) => {
    const y = koYear(m, p, Number(m[3]))
    return fixed(period(ymd(y, Number(m[3]), Number(m[4])), ymd(y, Number(m[5] ?? m[3]), Number(m[6]))))
  } },
  // "1∼5월", "올해 1~5월"
  { pattern: new RegExp(`(?:${KO_YEAR})?(\\d{1,2})\\s*[~∼～-]\\s*(\\d{1,2})월`, 'g'), role: 'frame', make: (m, p) => {
    const y = koYear(m, p, Number(m[4]))
    return fixed(monthsWindow(y, Number(m[3]), y, Number(m[4])))
  } },
  // "4월 10일 기준", "2024년 12월 31일 현재"
  { pattern: new RegExp(`(?:${KO_YEAR})?(\\d{1,2})월\\s*(\\d{1,2})일\\s*(?:기준|현재)`, 'g'), role: 'frame', make: (m, p) => fixed(point(ymd(koYear(m, p, Number(m[3])), Number(m[3]), Number(m[4])))) },
  // "4월 10일" alone is an event's date (an announcement), not a window: matched so that "4월" is not read as one.
  { pattern: new RegExp(`(?:${KO_YEAR})?(\\d{1,2})월\\s*(\\d{1,2})일`, 'g'), role: 'frame', make: () => null },
  // "6월 말 기준", "올해 3월 말"
  { pattern: new RegExp(`(?:${KO_YEAR})?(\\d{1,2})월\\s*말`, 'g'), role: 'frame', make: (m, p) => {
    const y = koYear(m, p, Number(m[3]))
    return fixed(point(ymd(y, Number(m[3]), lastDay(y, Number(m[3])))))
  } },
  // "5월", "2025년 5월"
  { pattern: new RegExp(`(?:${KO_YEAR})?(\\d{1,2})월(?!\\s*\\d{1,2}\\s*일)`, 'g'), role: 'frame', make: (m, p) => {
    const month = Number(m[3])
    return month >= 1 && month <= 12 ? fixed(monthWindow(koYear(m, p, month), month)) : null
  } },
  // "3분기", "지난해 4분기"
  { pattern: new RegExp(`(?:${KO_YEAR})?([1-4])\\s*분기`, 'g'), role: 'frame', make: (m, p) => {
    const q = Number(m[3])
    const y = koYear(m, p, q * 3 - 2)
    return fixed(monthsWindow(y, q * 3 - 2, y, q * 3))
  } },
  // "상반기", "올해 하반기"
  { pattern: new RegExp(`(?:${KO_YEAR})?(상|하)반기`, 'g'), role: 'frame', make: (m, p) => {
    const h = m[3] === '상' ? 1 : 2
    const y = koYear(m, p, h * 6 - 5)
    return fixed(monthsWindow(y, h * 6 - 5, y, h * 6))
  } },
  // "2023~2024년"
  { pattern: /((?:19|20)\d{2})년?\s*[~∼～-]\s*((?:19|20)\d{2})년/g, role: 'frame', make: (m) => fixed(period(ymd(Number(m[1]), 1, 1), ymd(Number(m[2]), 12, 31))) },
  // "2024년 말", "지난해 말 기준"
  { pattern: /(?:((?:19|20)\d{2})년|(지난해|작년|올해|금년))\s*말/g, role: 'frame', make: (m, p) => {
    const y = m[1] ? Number(m[1]) : m[2] === '올해' || m[2] === '금년' ? p.year : p.year - 1
    return fixed(point(ymd(y, 12, 31)))
  } },
  // "2027년까지" (a target): from publication to the end of that year.
  { pattern: /((?:19|20)\d{2})년(?:도)?\s*까지/g, role: 'frame', make: (m, p) => fixed(period(p.date, ymd(Number(m[1]), 12, 31))) },
  // "2019년 첫 평가 이후", "2020년 이래": from that year to publication.
  { pattern: /((?:19|20)\d{2})년(?:도)?\s*(?:[가-힣]+\s+){0,2}(?:이후|이래|부터)/g, role: 'frame', make: (m, p) => fixed(period(ymd(Number(m[1]), 1, 1), p.date)) },
  { pattern: /((?:19|20)\d{2})년(?:도)?/g, role: 'frame', make: (m) => fixed(yearWindow(Number(m[1]))) },
  { pattern: /올해\s*들어|올\s*들어|연초\s*(?:이후|부터)/g, role: 'frame', make: (_m, p) => fixed(period(ymd(p.year, 1, 1), p.date)) },
  { pattern: /올해|금년/g, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year)) },
  { pattern: /지난해|작년/g, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year - 1)) },
  { pattern: /재작년/g, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year - 2)) },
  { pattern: /내년(?:도)?/g, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year + 1)) },
  { pattern: /지난달|지난 달/g, role: 'frame', make: (_m, p) => {
    const [y, mo] = addMonths(p.year, p.month, -1)
    return fixed(monthWindow(y, mo))
  } },
  { pattern: /이번\s*달|이달/g, role: 'frame', make: (_m, p) => fixed(monthWindow(p.year, p.month)) },
  { pattern: /이날|오늘|당일/g, role: 'frame', make: (_m, p) => fixed(point(p.date)) },
  { pattern: /지금까지|현재까지|이번까지|누적|그간|그동안/g, role: 'frame', make: (_m, p) => fixed({ kind: 'CUMULATIVE', start: null, end: p.date }) },
  // Spans: "10년 전 대비", "10년 새", "5년 전보다", "석 달 새", "3년간".
  // One year back ("1년 전보다") is a year-on-year base, not a span: spans start at two years.
  { pattern: /([2-9]|\d{2,}|두|세|다섯|열)\s*(?:년|해)\s*(?:전\s*(?:대비|보다|에\s*비해|과\s*비교해)|새|사이)|(\d+|한)\s*(?:년|해)\s*(?:새|사이)/g, role: 'span', make: (m, p) => (frame) => {
    const fy = frameYear(frame, p)
    return period(ymd(fy - count(m[1] ?? m[2]), 1, 1), ymd(fy, 12, 31))
  } },
  { pattern: /(\d+|한|두|세|석|넉|여섯)\s*(?:개월|달)\s*(?:새|사이|간|동안)/g, role: 'span', make: (m, p) => (frame) => {
    const [fy, fm] = frameMonth(frame, p)
    const [sy, sm] = addMonths(fy, fm, -(count(m[1]) - 1))
    return monthsWindow(sy, sm, fy, fm)
  } },
  { pattern: /지난\s*(\d+|두|세|다섯|열)\s*년\s*(?:간|동안)/g, role: 'span', make: (m, p) => () => period(ymd(p.year - count(m[1]), 1, 1), ymd(p.year - 1, 12, 31)) },
  { pattern: /(\d+|두|세|다섯|열)\s*년\s*(?:간|동안)/g, role: 'span', forward: true, make: (m, p) => (frame) => {
    const fy = frameYear(frame, p)
    return period(ymd(fy, 1, 1), ymd(fy + count(m[1]) - 1, 12, 31))
  } },
  // Bases that are always relative: "전년", "전년 같은 달", "전 분기", "1년 전", "한 달 전".
  { pattern: /전년(?:도)?(?:\s*같은\s*(?:기간|달|분기))?|작년\s*같은\s*(?:기간|달)|전월|(?:직)?전\s*분기|(\d+|한|두|세)\s*(년|개월|달)\s*전/g, role: 'base', make: (m, p) => (frame) => {
    if (m[2] === '년' || /^전년|^작년/.test(m[0])) return yearWindow(frameYear(frame, p) - (m[1] ? count(m[1]) : 1))
    if (m[2] === '개월' || m[2] === '달' || m[0] === '전월') {
      const [fy, fm] = frameMonth(frame, p)
      const [y, mo] = addMonths(fy, fm, -(m[1] ? count(m[1]) : 1))
      return monthWindow(y, mo)
    }
    return null // a quarter before: not placed (rare as a bracketed value)
  } },
]

const EN_RULES: Rule[] = [
  { pattern: new RegExp(`(?:between|from)\\s+${MONTH}\\s+((?:19|20)\\d{2})\\s+(?:and|to)\\s+${MONTH}\\s+((?:19|20)\\d{2})`, 'gi'), role: 'frame', make: (m) =>
    fixed(monthsWindow(Number(m[2]), monthNumber(m[1]), Number(m[4]), monthNumber(m[3]))) },
  { pattern: new RegExp(`as\\s+of\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}\\s+(\\d{1,2})(?:,?\\s+((?:19|20)\\d{2}))?`, 'gi'), role: 'frame', make: (m, p) => {
    const mo = monthNumber(m[1])
    const y = m[3] ? Number(m[3]) : mo > p.month ? p.year - 1 : p.year
    return fixed(point(ymd(y, mo, Number(m[2]))))
  } },
  { pattern: new RegExp(`(?:as\\s+of|at\\s+the\\s+end\\s+of)\\s+${MONTH}(?:\\s+((?:19|20)\\d{2}))?`, 'gi'), role: 'frame', make: (m, p) => {
    const mo = monthNumber(m[1])
    const y = m[2] ? Number(m[2]) : mo > p.month ? p.year - 1 : p.year
    return fixed(point(ymd(y, mo, lastDay(y, mo))))
  } },
  { pattern: /(?:at\s+the\s+)?end\s+of\s+((?:19|20)\d{2})|(?:at\s+the\s+)?end-((?:19|20)\d{2})/gi, role: 'frame', make: (m) => fixed(point(ymd(Number(m[1] ?? m[2]), 12, 31))) },
  { pattern: /so\s+far\s+this\s+year|year\s+to\s+date|year-to-date|this\s+year\s+so\s+far/gi, role: 'frame', make: (_m, p) => fixed(period(ymd(p.year, 1, 1), p.date)) },
  { pattern: /so\s+far|to\s+date|cumulative(?:ly)?|in\s+total/gi, role: 'frame', make: (_m, p) => fixed({ kind: 'CUMULATIVE', start: null, end: p.date }) },
  { pattern: /\b(first|second|third|fourth)[- ]quarter(?:\s+of\s+((?:19|20)\d{2}))?|\bQ([1-4])\s+((?:19|20)\d{2})/gi, role: 'frame', make: (m, p) => {
    const q = m[1] ? ORDINAL[m[1].toLowerCase()] : Number(m[3])
    const y = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : q * 3 - 2 > p.month ? p.year - 1 : p.year
    return fixed(monthsWindow(y, q * 3 - 2, y, q * 3))
  } },
  { pattern: /\b(first|second)\s+half(?:\s+of\s+((?:19|20)\d{2}))?/gi, role: 'frame', make: (m, p) => {
    const h = m[1].toLowerCase() === 'first' ? 1 : 2
    const y = m[2] ? Number(m[2]) : p.year
    return fixed(monthsWindow(y, h * 6 - 5, y, h * 6))
  } },
  // "April 7", "July 24": an event's date, not a window (matched so that the month alone is not read as one).
  { pattern: new RegExp(`${MONTH}\\s+\\d{1,2}(?!\\d)(?:,\\s*(?:19|20)\\d{2})?`, 'g'), role: 'frame', make: () => null },
  { pattern: new RegExp(`(?:(?:in|for|during|of|since|through)\\s+)?${MONTH}(?:\\s+((?:19|20)\\d{2}))?(?![A-Za-z])`, 'g'), role: 'frame', make: (m, p) => {
    const mo = monthNumber(m[1])
    const y = m[2] ? Number(m[2]) : mo > p.month ? p.year - 1 : p.year
    return fixed(monthWindow(y, mo))
  } },
  { pattern: /the\s+same\s+period\s+(?:of|in|last)\s+((?:19|20)\d{2}|year)/gi, role: 'base', make: (m, p) => (frame) => yearWindow(/^\d/.test(m[1]) ? Number(m[1]) : frameYear(frame, p) - 1) },
  { pattern: /\bsince\s+((?:19|20)\d{2})/gi, role: 'frame', make: (m, p) => fixed(period(ymd(Number(m[1]), 1, 1), p.date)) },
  { pattern: /\b(?:in|for|during|of|by)\s+((?:19|20)\d{2})(?![\d-])/gi, role: 'frame', make: (m) => fixed(yearWindow(Number(m[1]))) },
  { pattern: /\b(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:year|month)\s+before|the\s+previous\s+(?:year|month)|the\s+prior\s+year/gi, role: 'base', make: (m, p) => (frame) => {
    if (/month/i.test(m[0])) {
      const [fy, fm] = frameMonth(frame, p)
      const [y, mo] = addMonths(fy, fm, -1)
      return monthWindow(y, mo)
    }
    return yearWindow(frameYear(frame, p) - 1)
  } },
  // "this year's 29.6 trillion won": the year of the figure right after it.
  { pattern: /\b(this|last|next)\s+year's/gi, role: 'base', make: (m, p) => () => yearWindow(p.year + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[1].toLowerCase()]) },
  { pattern: /\blast\s+year\b/gi, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year - 1)) },
  { pattern: /\bthis\s+year\b/gi, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year)) },
  { pattern: /\bnext\s+year\b/gi, role: 'frame', make: (_m, p) => fixed(yearWindow(p.year + 1)) },
  { pattern: /\blast\s+month\b/gi, role: 'frame', make: (_m, p) => {
    const [y, mo] = addMonths(p.year, p.month, -1)
    return fixed(monthWindow(y, mo))
  } },
  { pattern: /\bthis\s+month\b/gi, role: 'frame', make: (_m, p) => fixed(monthWindow(p.year, p.month)) },
  { pattern: /\b(?:now|currently|today)\b/gi, role: 'frame', make: (_m, p) => fixed(point(p.date)) },
  { pattern: /(?:(\d+|two|three|four|five|ten)\s+years|a\s+decade)\s+(?:ago|earlier)|over\s+(?:the\s+)?(?:past|last)\s+(\d+|two|three|four|five|ten)\s+years/gi, role: 'span', make: (m, p) => (frame) => {
    const n = /decade/i.test(m[0]) ? 10 : count(m[1] ?? m[2])
    const fy = frameYear(frame, p)
    return period(ymd(fy - n, 1, 1), ymd(fy, 12, 31))
  } },
]

/** Every time cue in `text[from, to)`, outside decoy regions; where two overlap the earlier rule (more specific) wins. */
export function findCues(text: string, from: number, to: number, lang: 'ko' | 'en', publishedDate: string, regions: DecoyRegion[] = []): Cue[] {
  const published = publishedOf(publishedDate)
  const sentence = text.slice(from, to)
  const taken: [number, number][] = regions.filter((r) => r.end > from && r.start < to).map((r) => [r.start - from, r.end - from])
  const cues: Cue[] = []
  const rules = lang === 'ko' ? [...KO_RULES, ...EN_RULES] : [...EN_RULES, ...KO_RULES]
  for (const rule of rules) {
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([s, e]) => start < e && end > s)) continue
      taken.push([start, end])
      const resolve = rule.make(m, published)
      if (!resolve) continue // a matched non-window (an event's date)
      cues.push({ start: from + start, end: from + end, role: rule.role, resolve, forward: rule.forward, local: rule.local })
    }
  }
  // The year of a report title in the sentence ("「Global AI Index 2024」에서"), as a weak frame.
  for (const region of regions) {
    if (region.kind !== 'title' || region.start < from || region.end > to) continue
    const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text.slice(region.start, region.end))
    if (year) cues.push({ start: region.start, end: region.end, role: 'frame', weak: true, resolve: fixed(yearWindow(Number(year[1]))) })
  }
  cues.sort((a, b) => a.start - b.start)
  markBases(text, cues, to)
  return cues
}

// A frame cue that introduces the other side of a comparison is a base: "2023년(28.3%)보다", "지난해 예산(4,800억
// 원)의 3배", "2022년 조사(8,600명)보다", "3분기의 1.5배", "지난해보다".
// The words between a cue and its bracket are a noun or two ("예산", "2차 발사", "같은 시험의 최고점"), never a figure.
const BRACKETED_AFTER = /^(?:\s*(?![^\s()]*\d[\d,.]*\s*(?:[%만억조원명건개곳배위점]|달러))[^\s()]{1,10}){0,4}?\s*(\([^()]*\))\s*(?:보다|대비|에\s*비해|의|와|과|에서|에\s*견줘)/
const COMPARED_AFTER = /^\s*(?:보다|대비|에\s*비해|와\s*비교해|의\s*\d)/
function markBases(text: string, cues: Cue[], to: number) {
  for (const cue of cues) {
    const after = text.slice(cue.end, Math.min(to, cue.end + 60))
    const bracketed = BRACKETED_AFTER.exec(after)
    if (bracketed && cue.role !== 'span') {
      const open = cue.end + bracketed[0].indexOf(bracketed[1])
      cue.role = 'base'
      cue.governs = { start: open, end: open + bracketed[1].length }
    } else if (cue.role === 'frame' && COMPARED_AFTER.test(after)) cue.role = 'base'
  }
}

export interface Placed {
  start: number
  end: number
  kind: string
}

/**
 * The window of one figure in its sentence: the base that introduces it, else a span just before it, else the
 * frame (nearest before it in Korean, nearest after it in its clause in English), else `carried`.
 * Returns the frame it used too, so the caller can carry it on.
 */
export function windowFor(text: string, figure: Placed, cues: Cue[], lang: 'ko' | 'en', carried: Window | null): Window | null {
  const frames = cues.filter((c) => c.role === 'frame')
  const before = frames.filter((c) => c.end <= figure.start)
  const clauseEnd = clauseEndAfter(text, figure.end)
  const after = frames.filter((c) => c.start >= figure.end && c.start < clauseEnd)
  const anyAfter = frames.filter((c) => c.start >= figure.end)
  const strong = (list: Cue[]) => list.filter((c) => !c.weak)
  // A report title's year ("「Digital Government Index 2025」에서") places a figure only when nothing else does.
  const weakCue = frames.find((c) => c.weak)
  const chosenCue =
    lang === 'en'
      ? (strong(after)[0] ?? strong(before).pop() ?? strong(anyAfter)[0])
      : (strong(before).pop() ?? strong(after)[0])
  const frameCue = chosenCue ?? (carried ? undefined : weakCue)
  // A cumulative word right after a more exact frame only qualifies it: "1∼5월 누적".
  let frame = frameCue ? frameCue.resolve(null) : carried
  if (frameCue && frame?.kind === 'CUMULATIVE') {
    const previous = frames[frames.indexOf(frameCue) - 1]
    if (previous && frameCue.start - previous.end <= 2) frame = previous.resolve(null)
  }

  for (const base of cues.filter((c) => c.role === 'base')) {
    if (base.governs && figure.start >= base.governs.start && figure.end <= base.governs.end) return base.resolve(frame)
    // English: "55% the year before" (the figure just before the base), "this year's 29.6 trillion won" (just after).
    if (!base.governs && lang === 'en') {
      const words = text.slice(base.start, base.end)
      const possessive = /'s$/.test(words)
      if (!possessive && figure.end <= base.start && /^\s{0,2}$/.test(text.slice(figure.end, base.start)) && /year|month/i.test(words)) return base.resolve(frame)
      if (possessive && base.end <= figure.start && /^\s{0,2}$/.test(text.slice(base.end, figure.start))) return base.resolve(frame)
    }
  }
  const span = cues.filter((c) => c.role === 'span' && c.end <= figure.start && figure.start - c.end <= 12).pop()
  if (span) {
    if (!span.forward) return span.resolve(frame)
    if (frame && frame.kind === 'PERIOD' && frame.start?.endsWith('-01-01') && frame.end?.endsWith('-12-31') && frame.start.slice(0, 4) === frame.end.slice(0, 4)) return span.resolve(frame)
  }
  return frame
}

/** Where the clause after `i` ends (a comma, semicolon, dash or the sentence end), for English "after" cues. */
function clauseEndAfter(text: string, i: number): number {
  const m = /[,;:]\s|\s[-–—]\s|[.!?](?:\s|$)|\n/g
  m.lastIndex = i
  const found = m.exec(text)
  return found ? found.index : text.length
}

/**
 * The frame an article sets in its lead: the first frame of a sentence that places figures in time (not a target such
 * as "2027년까지", not "지금까지"; a report title's year counts). Sentences with no time cue of their own take it.
 */
export function leadFrame(cues: Cue[], published: string): Window | null {
  const ordered = [...cues.filter((c) => !c.weak), ...cues.filter((c) => c.weak)]
  for (const cue of ordered) {
    if (cue.role !== 'frame' || cue.local) continue
    const w = cue.resolve(null)
    const target = w?.kind === 'PERIOD' && w.start === published && w.end !== published
    if (w && w.kind !== 'CUMULATIVE' && !target) return w
  }
  return null
}

/** The frame a sentence sets for the ones after it: its last frame cue, if any. */
export function lastFrame(cues: Cue[]): Window | null {
  const frames = cues.filter((c) => c.role === 'frame' && !c.local && !c.weak)
  return frames.length ? frames[frames.length - 1].resolve(null) : null
}
