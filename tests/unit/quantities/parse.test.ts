import { describe, expect, it } from 'vitest'
import { findQuantities, parseQuantity } from '../../../lib/quantities/parse'
import { quantitySchema, type QuantityInput } from '../../../lib/quantities/types'

type Row = [text: string, expected: Partial<QuantityInput>]

const count = (value: number, unit: string | null, more: Partial<QuantityInput> = {}): Partial<QuantityInput> => ({ kind: 'COUNT', value, unit, bound: 'EXACT', ...more })
const money = (value: number, currency: QuantityInput['currency'], decimals: number, more: Partial<QuantityInput> = {}): Partial<QuantityInput> => ({ kind: 'MONEY', value, currency, decimals, bound: 'EXACT', ...more })

const COUNTS: Row[] = [
  ['3개', count(3, '개')],
  ['17건', count(17, '건', { unitEn: 'cases' })],
  ['47곳', count(47, '곳')],
  ['5명', count(5, '명', { unitEn: 'people' })],
  ['12종', count(12, '종')],
  ['3장', count(3, '장')],
  ['30개국', count(30, '개국', { unitEn: 'countries' })],
  ['1,250명', count(1250, '명', { decimals: 0 })],
  ['19,800명', count(19800, '명', { decimals: 0 })],
  ['0곳', count(0, '곳')],
  ['2만 명', count(20000, '명', { decimals: -4, scale: 4 })],
  ['2만명', count(20000, '명', { decimals: -4 })],
  ['2만5천 명', count(25000, '명', { decimals: -3 })],
  ['2만 5천 명', count(25000, '명', { decimals: -3 })],
  ['1만9800명', count(19800, '명', { decimals: 0 })],
  ['천만 명', count(10_000_000, '명', { decimals: -7 })],
  ['백만 명', count(1_000_000, '명', { decimals: -6 })],
  ['5천 명', count(5000, '명', { decimals: -3 })],
  ['3천5백 명', count(3500, '명', { decimals: -2 })],
  ['1.2만 명', count(12000, '명', { decimals: -3 })],
  ['세 개', count(3, '개')],
  ['세개', count(3, '개')],
  ['하나', count(1, null)],
  ['둘', count(2, null)],
  ['셋', count(3, null)],
  ['두 가지', count(2, '가지')],
  ['한 곳', count(1, '곳')],
  ['열 곳', count(10, '곳')],
  ['열두 명', count(12, '명')],
  ['스물다섯 곳', count(25, '곳')],
  ['스무 명', count(20, '명')],
  ['다섯 가지', count(5, '가지')],
  ['네 곳', count(4, '곳')],
  ['한 명', count(1, '명')],
  ['세 사람', count(3, '명')],
  ['두 군데', count(2, '곳')],
  ['이십 명', count(20, '명', { decimals: -1 })],
  ['삼백 개', count(300, '개', { decimals: -2 })],
  ['십여 곳', count(10, '곳', { bound: 'APPROX' })],
  ['3 models', count(3, 'models')],
  ['12 notable AI models', count(12, 'notable AI models')],
  ['1 model', count(1, 'model')],
  ['20 people', count(20, 'people', { unitKo: '명' })],
  ['30 countries', count(30, 'countries', { unitKo: '개국' })],
  ['three models', count(3, 'models')],
  ['twenty-five companies', count(25, 'companies')],
  ['a dozen'.replace('a ', ''), count(12, null)],
  ['two million people', count(2_000_000, 'people', { decimals: -6 })],
  ['20 thousand people', count(20000, 'people', { decimals: -3 })],
  ['1,000 universities', count(1000, 'universities')],
  ['seven', count(7, null)],
]

const NEGATED: Row[] = [
  ['하나도 없다', count(0, null)],
  ['하나도 참여하지 않았다', count(0, null)],
  ['한 곳도 없다', count(0, '곳')],
  ['한 곳도 참여하지 않았다', count(0, '곳')],
  ['한 명도 없었다', count(0, '명')],
  ['단 한 건도 없었다', count(0, '건')],
  ['한 개도 못 만들었다', count(0, '개')],
  ['none', count(0, null)],
  ['None', count(0, null)],
  ['no models', count(0, 'models')],
  ['no countries', count(0, 'countries', { unitKo: '개국' })],
  ['not a single model', count(0, 'model')],
  ['zero', count(0, null)],
  ['zero models', count(0, 'models')],
]

const MONEY: Row[] = [
  ['2억 달러', money(2e8, 'USD', -8, { scale: 8 })],
  ['2억달러', money(2e8, 'USD', -8)],
  ['2,700억원', money(2.7e11, 'KRW', -8)],
  ['2,700억 원', money(2.7e11, 'KRW', -8)],
  ['1.9조 원', money(1.9e12, 'KRW', -11, { scale: 12 })],
  ['1.9조원', money(1.9e12, 'KRW', -11)],
  ['2조5000억원', money(2.5e12, 'KRW', -8)],
  ['2조 5,000억 원', money(2.5e12, 'KRW', -8)],
  ['3억 5천만 달러', money(3.5e8, 'USD', -7)],
  ['3억5천만달러', money(3.5e8, 'USD', -7)],
  ['5,000원', money(5000, 'KRW', 0)],
  ['100만 원', money(1e6, 'KRW', -4)],
  ['10억 엔', money(1e9, 'JPY', -8)],
  ['50억 위안', money(5e9, 'CNY', -8)],
  ['3억 유로', money(3e8, 'EUR', -8)],
  ['2천만 파운드', money(2e7, 'GBP', -7)],
  ['$2.1bn', money(2.1e9, 'USD', -8, { scale: 9 })],
  ['$2.1 bn', money(2.1e9, 'USD', -8)],
  ['US$2.1 billion', money(2.1e9, 'USD', -8)],
  ['US$ 2.1 billion', money(2.1e9, 'USD', -8)],
  ['USD 200 million', money(2e8, 'USD', -6)],
  ['200 million USD', money(2e8, 'USD', -6)],
  ['1.3 billion dollars', money(1.3e9, 'USD', -8)],
  ['1.3 billion US dollars', money(1.3e9, 'USD', -8)],
  ['₩1.9 trillion', money(1.9e12, 'KRW', -11)],
  ['KRW 1.9 trillion', money(1.9e12, 'KRW', -11)],
  ['1.9 trillion won', money(1.9e12, 'KRW', -11)],
  ['€5m', money(5e6, 'EUR', -6)],
  ['€5 million', money(5e6, 'EUR', -6)],
  ['5 million euros', money(5e6, 'EUR', -6)],
  ['£3.5m', money(3.5e6, 'GBP', -5)],
  ['¥100 billion', money(1e11, 'JPY', -9)],
  ['CN¥2bn', money(2e9, 'CNY', -9)],
  ['RMB 2 billion', money(2e9, 'CNY', -9)],
  ['$10B', money(1e10, 'USD', -9)],
  ['$500k', money(5e5, 'USD', -3)],
  ['$1,234,567', money(1234567, 'USD', 0)],
  ['$12.50', money(12.5, 'USD', 2)],
  ['300 yen', money(300, 'JPY', 0)],
  ['약 2,700억원', money(2.7e11, 'KRW', -8, { bound: 'APPROX' })],
  ['최대 5억 달러', money(5e8, 'USD', -8, { bound: 'AT_MOST' })],
  ['more than $1 billion', money(1e9, 'USD', -9, { bound: 'AT_LEAST', strict: true })],
  ['2~3억 원', { kind: 'MONEY', bound: 'RANGE', value: null, low: 2e8, high: 3e8, currency: 'KRW', decimals: -8 }],
  ['US$2–3 billion', { kind: 'MONEY', bound: 'RANGE', low: 2e9, high: 3e9, currency: 'USD' }],
]

const RATES_RANKS: Row[] = [
  ['12.5 per 1,000 people', { kind: 'RATE', value: 12.5, per: 1000, perUnit: 'people', perUnitKo: '명', decimals: 1 }],
  ['17.27 per 100,000 people', { kind: 'RATE', value: 17.27, per: 100000, decimals: 2 }],
  ['3.1 cases per 1,000 people', { kind: 'RATE', value: 3.1, per: 1000, unit: 'cases', unitKo: '건' }],
  ['12.5 per 1,000', { kind: 'RATE', value: 12.5, per: 1000, perUnit: null }],
  ['인구 10만 명당 17.27건', { kind: 'RATE', value: 17.27, per: 100000, perUnit: '명', perUnitEn: 'people', unit: '건' }],
  ['10만 명당 17.27건', { kind: 'RATE', value: 17.27, per: 100000 }],
  ['1,000명당 3.2명', { kind: 'RATE', value: 3.2, per: 1000, unit: '명' }],
  ['1인당 3.2개', { kind: 'RATE', value: 3.2, per: 1, perUnit: '명' }],
  ['1,000가구당 12가구', { kind: 'RATE', value: 12, per: 1000, perUnit: '가구' }],
  ['7위', { kind: 'RANK', value: 7, rankOf: null, unit: null }],
  ['1위', { kind: 'RANK', value: 1 }],
  ['2번째', { kind: 'RANK', value: 2 }],
  ['두 번째', { kind: 'RANK', value: 2 }],
  ['1등', { kind: 'RANK', value: 1 }],
  ['30개국 중 4위', { kind: 'RANK', value: 4, rankOf: 30 }],
  ['30개 중 4위', { kind: 'RANK', value: 4, rankOf: 30 }],
  ['4th of 30', { kind: 'RANK', value: 4, rankOf: 30 }],
  ['4th out of 30 countries', { kind: 'RANK', value: 4, rankOf: 30 }],
  ['4th among 30', { kind: 'RANK', value: 4, rankOf: 30 }],
  ['1st', { kind: 'RANK', value: 1 }],
  ['2nd', { kind: 'RANK', value: 2 }],
  ['3rd', { kind: 'RANK', value: 3 }],
  ['21st', { kind: 'RANK', value: 21 }],
  ['7th largest', { kind: 'RANK', value: 7, rankHighFirst: true }],
  ['7th-largest', { kind: 'RANK', value: 7, rankHighFirst: true }],
  ['3rd lowest', { kind: 'RANK', value: 3, rankHighFirst: false }],
  ['ranked 7th', { kind: 'RANK', value: 7 }],
  ['seventh', { kind: 'RANK', value: 7 }],
  ['ranked first', { kind: 'RANK', value: 1 }],
  ['10위 이내', { kind: 'RANK', value: 10, bound: 'AT_MOST' }],
]

const RELATIVE: Row[] = [
  ['30%', { kind: 'PERCENT', value: 30, decimals: 0, unit: null }],
  ['30 %', { kind: 'PERCENT', value: 30 }],
  ['4.35%', { kind: 'PERCENT', value: 4.35, decimals: 2 }],
  ['30％', { kind: 'PERCENT', value: 30 }],
  ['30퍼센트', { kind: 'PERCENT', value: 30 }],
  ['30 percent', { kind: 'PERCENT', value: 30 }],
  ['30 per cent', { kind: 'PERCENT', value: 30 }],
  ['1,250%', { kind: 'PERCENT', value: 1250 }],
  ['150% increase', { kind: 'PERCENT_CHANGE', value: 150 }],
  ['150% 증가', { kind: 'PERCENT_CHANGE', value: 150 }],
  ['150% 증가했다', { kind: 'PERCENT_CHANGE', value: 150 }],
  ['150%가 늘었다', { kind: 'PERCENT_CHANGE', value: 150 }],
  ['20% 감소', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['20% 줄었다', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['20% 하락', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['20% 상승', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['20% 올랐다', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['20% 성장', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['20% decrease', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['20% decline', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['a 20% drop'.slice(2), { kind: 'PERCENT_CHANGE', value: -20 }],
  ['20% rise', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['20% higher', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['20% lower', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['up 20%', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['down 20%', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['rose 20%', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['fell 20%', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['increased by 20%', { kind: 'PERCENT_CHANGE', value: 20 }],
  ['+5%', { kind: 'PERCENT_CHANGE', value: 5 }],
  ['-20%', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['−20%', { kind: 'PERCENT_CHANGE', value: -20 }],
  ['10% 이상 감소', { kind: 'PERCENT_CHANGE', bound: 'AT_MOST', value: -10 }],
  ['10% 이상 증가', { kind: 'PERCENT_CHANGE', bound: 'AT_LEAST', value: 10 }],
  ['2.5%p', { kind: 'PERCENTAGE_POINTS', value: 2.5, decimals: 1 }],
  ['2.5%포인트', { kind: 'PERCENTAGE_POINTS', value: 2.5 }],
  ['2.5퍼센트포인트', { kind: 'PERCENTAGE_POINTS', value: 2.5 }],
  ['2.5 percentage points', { kind: 'PERCENTAGE_POINTS', value: 2.5 }],
  ['1 percentage point', { kind: 'PERCENTAGE_POINTS', value: 1 }],
  ['2.5pp', { kind: 'PERCENTAGE_POINTS', value: 2.5 }],
  ['2.5 pp', { kind: 'PERCENTAGE_POINTS', value: 2.5 }],
  ['2.5%p 하락', { kind: 'PERCENTAGE_POINTS', value: -2.5 }],
  ['2.5%p 상승', { kind: 'PERCENTAGE_POINTS', value: 2.5 }],
  ['2.5배', { kind: 'MULTIPLE', value: 2.5, decimals: 1 }],
  ['3.2배', { kind: 'MULTIPLE', value: 3.2 }],
  ['3.2배 증가', { kind: 'MULTIPLE', value: 3.2 }],
  ['2.5-fold', { kind: 'MULTIPLE', value: 2.5 }],
  ['2.5 fold', { kind: 'MULTIPLE', value: 2.5 }],
  ['2.5 times', { kind: 'MULTIPLE', value: 2.5 }],
  ['2.5x', { kind: 'MULTIPLE', value: 2.5 }],
  ['3×', { kind: 'MULTIPLE', value: 3 }],
  ['0.5배', { kind: 'MULTIPLE', value: 0.5 }],
  ['5배 이상', { kind: 'MULTIPLE', bound: 'AT_LEAST', strict: false, value: 5, unit: null }],
  ['5배 초과', { kind: 'MULTIPLE', bound: 'AT_LEAST', strict: true, value: 5 }],
  ['more than 5-fold', { kind: 'MULTIPLE', bound: 'AT_LEAST', strict: true, value: 5 }],
  ['3.2점', { kind: 'SCORE', value: 3.2, unit: '점', unitEn: 'points' }],
  ['71.3 points', { kind: 'SCORE', value: 71.3, unitKo: '점' }],
  ['score of 71.3', { kind: 'SCORE', value: 71.3, decimals: 1 }],
  ['a score of 71.3', { kind: 'SCORE', value: 71.3 }],
  ['scored 71.3', { kind: 'SCORE', value: 71.3 }],
  ['30포인트', { kind: 'SCORE', value: 30, unit: '포인트' }],
]

const DURATIONS: Row[] = [
  ['3년', { kind: 'DURATION', value: 3, durationUnit: 'year' }],
  ['3개월', { kind: 'DURATION', value: 3, durationUnit: 'month' }],
  ['2주', { kind: 'DURATION', value: 2, durationUnit: 'week' }],
  ['2주일', { kind: 'DURATION', value: 2, durationUnit: 'week' }],
  ['5일', { kind: 'DURATION', value: 5, durationUnit: 'day' }],
  ['3시간', { kind: 'DURATION', value: 3, durationUnit: 'hour' }],
  ['두 달', { kind: 'DURATION', value: 2, durationUnit: 'month' }],
  ['한 해', { kind: 'DURATION', value: 1, durationUnit: 'year' }],
  ['3 years', { kind: 'DURATION', value: 3, durationUnit: 'year' }],
  ['1 year', { kind: 'DURATION', value: 1, durationUnit: 'year' }],
  ['18 months', { kind: 'DURATION', value: 18, durationUnit: 'month' }],
  ['6 weeks', { kind: 'DURATION', value: 6, durationUnit: 'week' }],
  ['10 days', { kind: 'DURATION', value: 10, durationUnit: 'day' }],
  ['48 hours', { kind: 'DURATION', value: 48, durationUnit: 'hour' }],
  ['1.5년', { kind: 'DURATION', value: 1.5, durationUnit: 'year', decimals: 1 }],
]

const BOUNDS: Row[] = [
  ['약 2만 명', count(20000, '명', { bound: 'APPROX', decimals: -4 })],
  ['약 20개', count(20, '개', { bound: 'APPROX' })],
  ['대략 300명', count(300, '명', { bound: 'APPROX' })],
  ['2만여 명', count(20000, '명', { bound: 'APPROX' })],
  ['10여 개', count(10, '개', { bound: 'APPROX' })],
  ['2만 명 가량', count(20000, '명', { bound: 'APPROX' })],
  ['2만 명가량', count(20000, '명', { bound: 'APPROX' })],
  ['300명 정도', count(300, '명', { bound: 'APPROX' })],
  ['300명쯤', count(300, '명', { bound: 'APPROX' })],
  ['300명 안팎', count(300, '명', { bound: 'APPROX' })],
  ['300명 남짓', count(300, '명', { bound: 'APPROX' })],
  ['거의 2만 명', count(20000, '명', { bound: 'APPROX' })],
  ['2만 명 가까이', count(20000, '명', { bound: 'APPROX' })],
  ['2만 명에 가까운', count(20000, '명', { bound: 'APPROX' })],
  ['최소 5곳', count(5, '곳', { bound: 'AT_LEAST', strict: false })],
  ['적어도 5곳', count(5, '곳', { bound: 'AT_LEAST' })],
  ['5곳 이상', count(5, '곳', { bound: 'AT_LEAST', strict: false })],
  ['최소 5곳 이상', count(5, '곳', { bound: 'AT_LEAST' })],
  ['5곳 초과', count(5, '곳', { bound: 'AT_LEAST', strict: true })],
  ['1만 명이 넘는', count(10000, '명', { bound: 'AT_LEAST', strict: true })],
  ['1만 명 넘게', count(10000, '명', { bound: 'AT_LEAST', strict: true })],
  ['최대 10곳', count(10, '곳', { bound: 'AT_MOST', strict: false })],
  ['10곳 이하', count(10, '곳', { bound: 'AT_MOST', strict: false })],
  ['3명 미만', count(3, '명', { bound: 'AT_MOST', strict: true })],
  ['3년 이내', { kind: 'DURATION', value: 3, bound: 'AT_MOST' }],
  ['about 20,000 people', count(20000, 'people', { bound: 'APPROX', decimals: 0 })],
  ['around 300 people', count(300, 'people', { bound: 'APPROX' })],
  ['roughly 300 people', count(300, 'people', { bound: 'APPROX' })],
  ['approximately 300 people', count(300, 'people', { bound: 'APPROX' })],
  ['some 300 people', count(300, 'people', { bound: 'APPROX' })],
  ['nearly 20,000 people', count(20000, 'people', { bound: 'APPROX' })],
  ['almost 20,000 people', count(20000, 'people', { bound: 'APPROX' })],
  ['~300 people', count(300, 'people', { bound: 'APPROX' })],
  ['more than 20 models', count(20, 'models', { bound: 'AT_LEAST', strict: true })],
  ['over 20 models', count(20, 'models', { bound: 'AT_LEAST', strict: true })],
  ['at least 20 models', count(20, 'models', { bound: 'AT_LEAST', strict: false })],
  ['20 or more models'.replace(' models', ''), { kind: 'OTHER', value: 20, bound: 'AT_LEAST' }],
  ['20+ models', count(20, 'models', { bound: 'AT_LEAST' })],
  ['up to 10%', { kind: 'PERCENT', value: 10, bound: 'AT_MOST', strict: false }],
  ['at most 10 people', count(10, 'people', { bound: 'AT_MOST', strict: false })],
  ['fewer than 5 people', count(5, 'people', { bound: 'AT_MOST', strict: true })],
  ['less than 5%', { kind: 'PERCENT', value: 5, bound: 'AT_MOST', strict: true }],
  ['under 5%', { kind: 'PERCENT', value: 5, bound: 'AT_MOST', strict: true }],
  ['≥ 5%', { kind: 'PERCENT', value: 5, bound: 'AT_LEAST', strict: false }],
  ['< 5%', { kind: 'PERCENT', value: 5, bound: 'AT_MOST', strict: true }],
]

const RANGES: Row[] = [
  ['1~2년', { kind: 'DURATION', bound: 'RANGE', value: null, low: 1, high: 2, durationUnit: 'year' }],
  ['1∼2년', { kind: 'DURATION', bound: 'RANGE', low: 1, high: 2 }],
  ['1〜2년', { kind: 'DURATION', bound: 'RANGE', low: 1, high: 2 }],
  ['1～2년', { kind: 'DURATION', bound: 'RANGE', low: 1, high: 2 }],
  ['3–5 %', { kind: 'PERCENT', bound: 'RANGE', low: 3, high: 5 }],
  ['3-5%', { kind: 'PERCENT', bound: 'RANGE', low: 3, high: 5 }],
  ['3 - 5%', { kind: 'PERCENT', bound: 'RANGE', low: 3, high: 5 }],
  ['3 to 5%', { kind: 'PERCENT', bound: 'RANGE', low: 3, high: 5 }],
  ['between 3 and 5%', { kind: 'PERCENT', bound: 'RANGE', low: 3, high: 5 }],
  ['between 3 and 5', { kind: 'OTHER', bound: 'RANGE', low: 3, high: 5 }],
  ['2만~3만 명', { kind: 'COUNT', bound: 'RANGE', low: 20000, high: 30000, unit: '명' }],
  ['10~20곳', { kind: 'COUNT', bound: 'RANGE', low: 10, high: 20 }],
  ['1.5~2.5배', { kind: 'MULTIPLE', bound: 'RANGE', low: 1.5, high: 2.5, decimals: 1 }],
  ['1–2 years', { kind: 'DURATION', bound: 'RANGE', low: 1, high: 2 }],
  ['3–5% increase', { kind: 'PERCENT_CHANGE', bound: 'RANGE', low: 3, high: 5 }],
  ['3~5% 감소', { kind: 'PERCENT_CHANGE', bound: 'RANGE', low: -5, high: -3 }],
  ['−5~−3%', { kind: 'PERCENT_CHANGE', bound: 'RANGE', low: -5, high: -3 }],
]

const PLAIN: Row[] = [
  ['4.35', { kind: 'OTHER', value: 4.35, decimals: 2, unit: null }],
  ['4.4', { kind: 'OTHER', value: 4.4, decimals: 1 }],
  ['4.40', { kind: 'OTHER', value: 4.4, decimals: 2 }],
  ['1,250', { kind: 'OTHER', value: 1250, decimals: 0 }],
  ['1250', { kind: 'OTHER', value: 1250 }],
  ['0', { kind: 'OTHER', value: 0 }],
  ['−3.5', { kind: 'OTHER', value: -3.5 }],
  ['-3.5', { kind: 'OTHER', value: -3.5 }],
  ['2억', { kind: 'OTHER', value: 2e8, decimals: -8, scale: 8 }],
  ['2만', { kind: 'OTHER', value: 20000, decimals: -4 }],
  ['2.1 billion', { kind: 'OTHER', value: 2.1e9, decimals: -8 }],
  ['약 20', { kind: 'OTHER', value: 20, bound: 'APPROX' }],
  ['≥5', { kind: 'OTHER', value: 5, bound: 'AT_LEAST' }],
  [' 17 ', { kind: 'OTHER', value: 17 }],
  ['17.', { kind: 'OTHER', value: 17 }],
]

const NOT_QUANTITIES: string[] = [
  'EXAONE 3.5',
  'GPT-4o',
  'GPT-4',
  'V2.5',
  'v2.5.1',
  '2.5.1',
  'n3n-10B',
  'Llama-3.1-70B',
  'COVID-19',
  '[005930]',
  '005930',
  '2024년 12월',
  '2024년',
  '2023~2024년',
  'December 2024',
  '5 December',
  'Dec 2024',
  '12월 5일',
  '',
  '   ',
  'abc',
  '약속',
  '한국',
  '세계',
  '세 번 웃었다고',
  'one of them',
  '수천 명',
  '2억 달러(약 2,700억원)',
  '$',
  '%',
  '3 of 5',
  '7B',
]

const ALL: [string, Row[]][] = [
  ['counts', COUNTS],
  ['negated counts', NEGATED],
  ['money', MONEY],
  ['rates and ranks', RATES_RANKS],
  ['percent, percent change, percentage points, multiples and scores', RELATIVE],
  ['durations', DURATIONS],
  ['bounds and approximations', BOUNDS],
  ['ranges', RANGES],
  ['plain numbers', PLAIN],
]

describe('parseQuantity', () => {
  it('is tested on at least 200 expressions', () => {
    expect(ALL.reduce((n, [, rows]) => n + rows.length, 0) + NOT_QUANTITIES.length).toBeGreaterThanOrEqual(200)
  })

  for (const [name, rows] of ALL) {
    describe(name, () => {
      it.each(rows)('%s', (text, expected) => {
        const q = parseQuantity(text, { lang: /[가-힣]/.test(text) ? 'ko' : 'en' })
        expect(q).not.toBeNull()
        expect(q).toMatchObject(expected)
        expect(quantitySchema.safeParse(q).success).toBe(true)
      })
    })
  }

  describe('not quantities', () => {
    it.each(NOT_QUANTITIES.map((t) => [t]))('%j', (text) => {
      expect(parseQuantity(text, { lang: 'ko' })).toBeNull()
    })
  })

  it('keeps values exact where floats would not: 2.1 billion, 3.2, 17.27', () => {
    expect(parseQuantity('$2.1bn')?.value).toBe(2100000000)
    expect(parseQuantity('1.9조 원')?.value).toBe(1900000000000)
    expect(parseQuantity('0.1억 원')?.value).toBe(10000000)
  })
})

describe('findQuantities', () => {
  it('finds an amount in two currencies and a rank, with offsets', () => {
    const text = '2억 달러(약 2,700억원)로 7위'
    const spans = findQuantities(text, { lang: 'ko' })
    expect(spans.map((s) => s.text)).toEqual(['2억 달러', '약 2,700억원', '7위'])
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(spans[0].quantity).toMatchObject({ kind: 'MONEY', currency: 'USD', value: 2e8, bound: 'EXACT' })
    expect(spans[1].quantity).toMatchObject({ kind: 'MONEY', currency: 'KRW', value: 2.7e11, bound: 'APPROX' })
    expect(spans[2].quantity).toMatchObject({ kind: 'RANK', value: 7 })
  })

  it('finds a rate and a rank in one sentence, the rate across the words naming what it counts', () => {
    const spans = findQuantities('한국은 인구 10만 명당 AI 특허 수 17.27건으로 1위', { lang: 'ko' })
    expect(spans.map((s) => [s.quantity.kind, s.quantity.value])).toEqual([
      ['RATE', 17.27],
      ['RANK', 1],
    ])
    expect(spans[0].quantity.per).toBe(100000)
  })

  it('skips model names, codes, dates and unitless numbers in a sentence', () => {
    const spans = findQuantities('EXAONE 3.5와 GPT-4o, 삼성전자[005930]는 2024년 12월 5일 발표에서 20% 감소한 2,700억원을 기록했다', { lang: 'ko' })
    expect(spans.map((s) => s.quantity.kind)).toEqual(['PERCENT_CHANGE', 'MONEY'])
    expect(spans[0].quantity.value).toBe(-20)
  })

  it('reads English sentences: rank of N, money, change, negation', () => {
    const spans = findQuantities('Korea ranked 4th of 30 countries, investing US$2.1 billion, up 150% from 2023; none of the 12 labs reported zero models.', { lang: 'en' })
    expect(spans.map((s) => s.quantity.kind)).toEqual(['RANK', 'MONEY', 'PERCENT_CHANGE', 'COUNT', 'COUNT', 'COUNT'])
    expect(spans[0].quantity.rankOf).toBe(30)
    expect(spans.map((s) => s.quantity.value)).toEqual([4, 2.1e9, 150, 0, 12, 0])
  })

  it('does not take "one of", "the 2024 elections" or "한 장관" for counts', () => {
    expect(findQuantities('one of the largest turnouts in the 2024 elections', { lang: 'en' })).toEqual([])
    expect(findQuantities('한 장관은 세계 10위라고 말했다', { lang: 'ko' }).map((s) => s.text)).toEqual(['10위'])
  })

  it('reads a negated Korean count up to its negation', () => {
    const spans = findQuantities('국내 대학 중 한 곳도 참여하지 않았다', { lang: 'ko' })
    expect(spans).toHaveLength(1)
    expect(spans[0].text).toBe('한 곳도 참여하지 않았다')
    expect(spans[0].quantity).toMatchObject({ kind: 'COUNT', value: 0, unit: '곳' })
  })
})
