// Which kinds of figure a metric's unit can hold: the rule table behind the "unit or kind does not fit the
// metric" check. Pure, so every row is a unit test. A metric's unit is free text ("notable AI models",
// "granted AI patents per 100,000 people", "%", "달러"); the first row whose pattern matches it decides.
//
// | metric unit (examples)                         | family            | kinds that fit                 |
// |------------------------------------------------|-------------------|--------------------------------|
// | %p, %포인트, percentage points                  | PERCENTAGE_POINTS | PERCENTAGE_POINTS              |
// | %, ％, 퍼센트, percent                          | PERCENT           | PERCENT, PERCENT_CHANGE        |
// | 배, times, -fold, ×                             | MULTIPLE          | MULTIPLE                       |
// | 달러, 원, 억원, USD, KRW, $, ₩, dollars, won …    | MONEY             | MONEY (in that currency)       |
// | … per 100,000 people, 10만 명당 …, … 당          | RATE              | RATE                           |
// | 위, 순위, rank, place                            | RANK              | RANK                           |
// | 년, 개월, 일, years, months, days …              | DURATION          | DURATION                       |
// | 점, 점수, points, score                          | SCORE             | SCORE                          |
// | anything else: a count noun (models, 명, 개, 장) | COUNT             | COUNT                          |
//
// On every metric, RANK (a position by the metric's own values, which the rank check reads) and OTHER (the
// editor left the kind open) fit as well. A multiple on a percent metric does not fit even though × k converts to
// +(k − 1)·100 %: the metric page would plot k on the percent axis, which is the error issue 14 reports.
import type { QuantityKind } from '../db/generated/enums'
import { currencyNamedBy } from '../quantities/record'
import type { Bilingual } from '../quantities/types'

export type MetricFamily = 'PERCENTAGE_POINTS' | 'PERCENT' | 'MULTIPLE' | 'MONEY' | 'RATE' | 'RANK' | 'DURATION' | 'SCORE' | 'COUNT'

interface Rule {
  family: MetricFamily
  pattern: RegExp
  kinds: QuantityKind[]
  words: Bilingual
}

const RULES: Rule[] = [
  { family: 'PERCENTAGE_POINTS', pattern: /%\s*p\b|%\s*포인트|％\s*p|퍼센트\s*포인트|percentage[-\s]points?|\bpp\b/i, kinds: ['PERCENTAGE_POINTS'], words: { ko: '퍼센트포인트', en: 'percentage points' } },
  { family: 'PERCENT', pattern: /%|％|퍼센트|percent/i, kinds: ['PERCENT', 'PERCENT_CHANGE'], words: { ko: '퍼센트', en: 'percent' } },
  { family: 'MULTIPLE', pattern: /^\s*배\s*$|\btimes\b|fold\b|×/i, kinds: ['MULTIPLE'], words: { ko: '배수', en: 'a multiple' } },
  { family: 'MONEY', pattern: /달러|^\s*[만억조천백]*\s*원\s*$|유로|엔화|위안|\b(usd|krw|eur|jpy|cny|gbp|dollars?|won|euros?|yen|yuan)\b|[$₩€¥£]/i, kinds: ['MONEY'], words: { ko: '금액', en: 'an amount of money' } },
  { family: 'RATE', pattern: /\bper\b|당(\s|$)/i, kinds: ['RATE'], words: { ko: '비율(기준당 값)', en: 'a rate per base' } },
  { family: 'RANK', pattern: /^\s*(위|순위|등)\s*$|\brank\b|\bplace\b/i, kinds: ['RANK'], words: { ko: '순위', en: 'a rank' } },
  { family: 'DURATION', pattern: /^\s*(년|개월|달|주|일|시간|years?|months?|weeks?|days?|hours?)\s*$/i, kinds: ['DURATION'], words: { ko: '기간', en: 'a duration' } },
  { family: 'SCORE', pattern: /^\s*(점|점수)\s*$|\bpoints?\b|\bscore\b/i, kinds: ['SCORE'], words: { ko: '점수', en: 'a score' } },
]
const COUNT: Rule = { family: 'COUNT', pattern: /.*/, kinds: ['COUNT'], words: { ko: '개수', en: 'a count' } }

/** Kinds that fit every metric. */
const ALWAYS_FIT: QuantityKind[] = ['RANK', 'OTHER']


export function metricFamily(unit: string): Rule {
  return RULES.find((rule) => rule.pattern.test(unit)) ?? COUNT
}


const KIND_WORDS: Record<QuantityKind, Bilingual> = {
  COUNT: { ko: '개수', en: 'a count' },
  RATE: { ko: '비율(기준당 값)', en: 'a rate' },
  RANK: { ko: '순위', en: 'a rank' },
  MONEY: { ko: '금액', en: 'an amount of money' },
  PERCENT: { ko: '비중(%)', en: 'a percentage' },
  PERCENT_CHANGE: { ko: '증감률(%)', en: 'a percent change' },
  MULTIPLE: { ko: '배수(×)', en: 'a multiple (×)' },
  PERCENTAGE_POINTS: { ko: '퍼센트포인트', en: 'percentage points' },
  SCORE: { ko: '점수', en: 'a score' },
  DURATION: { ko: '기간', en: 'a duration' },
  OTHER: { ko: '기타', en: 'other' },
}

/** Why a figure of `kind` (and `currency`) does not fit a metric measured in `unit`, or null when it fits. */
export function misfit(unit: string, kind: QuantityKind, currency: string | null): Bilingual | null {
  if (ALWAYS_FIT.includes(kind)) return null
  const rule = metricFamily(unit)
  if (!rule.kinds.includes(kind)) {
    return {
      ko: `지표의 단위는 “${unit}”(${rule.words.ko})인데 이 수치는 ${KIND_WORDS[kind].ko}입니다.`,
      en: `The metric is measured in “${unit}” (${rule.words.en}), but this figure is ${KIND_WORDS[kind].en}.`,
    }
  }
  const expected = rule.family === 'MONEY' ? currencyNamedBy(unit) : null
  if (expected && currency && expected !== currency) {
    return {
      ko: `지표는 ${expected} 금액인데 이 수치는 ${currency} 금액입니다.`,
      en: `The metric is an amount in ${expected}, but this figure is in ${currency}.`,
    }
  }
  return null
}
