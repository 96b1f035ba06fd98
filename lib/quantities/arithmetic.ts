// Quantities derived from others, with the computation written out in both languages, and checks of stated
// figures against them:
//   ratio(a, b)          a ÷ b as a MULTIPLE       "4억 달러 ÷ 2억 달러 = 2.0배" / "US$400 million ÷ US$200 million = 2.0×"
//   difference(a, b)     a − b (two percents → percentage points)
//   sum(parts)           the parts added up (to check a stated total)
//   share(part, total)   part ÷ total as a PERCENT
//   change(from, to)     { percentChange, multiple } between two windows
//   checkStated(implied, stated, context?)  does the stated figure hold at its own precision (via compareQuantities)
//   rankCheck(stated, subject, entries, highFirst)  the rank the values give, ties sharing a joint rank (1, 2, 2, 4)
// Inputs are taken at face value (their stated values); an input given as a bound or range is refused, an
// approximate input makes the result approximate. The implied value is exact (or to 12 decimals); the written
// computation rounds it for reading (multiples and percents to one decimal, sums to the inputs' precision).
import { compareQuantities, type CompareContext, type Comparison } from './compare'
import { Rational } from './decimal'
import { formatQuantity, ordinal } from './format'
import { withParticle } from './josa'
import type { Bilingual, Quantity, QuantityKind } from './types'

export type Operation = 'ratio' | 'difference' | 'sum' | 'share' | 'change'
export type DerivationRefusal = 'kinds_differ' | 'units_differ' | 'currencies_differ' | 'other_base' | 'not_a_single_value' | 'division_by_zero' | 'not_additive' | 'no_parts'

export type Derivation =
  | { ok: true; operation: Operation; implied: Quantity; computation: Bilingual }
  | { ok: false; operation: Operation; reason: DerivationRefusal; explanation: Bilingual }

const REFUSALS: Record<DerivationRefusal, Bilingual> = {
  kinds_differ: { ko: '종류가 다른 수치끼리는 계산하지 않습니다', en: 'figures of different kinds are not combined' },
  units_differ: { ko: '단위가 다른 수치끼리는 계산하지 않습니다', en: 'figures in different units are not combined' },
  currencies_differ: { ko: '통화가 다른 금액끼리는 환율 없이 계산하지 않습니다', en: 'amounts in different currencies are not combined without an exchange rate' },
  other_base: { ko: '기준이 다른 비율끼리는 계산하지 않습니다', en: 'rates per different bases are not combined' },
  not_a_single_value: { ko: '범위나 이상·이하로 적힌 수치로는 계산하지 않습니다', en: 'a figure given as a bound or a range is not computed with' },
  division_by_zero: { ko: '0으로 나눌 수 없습니다', en: 'cannot divide by zero' },
  not_additive: { ko: '이 종류의 수치는 더하거나 뺄 수 없습니다', en: 'figures of this kind cannot be added or subtracted' },
  no_parts: { ko: '더할 수치가 없습니다', en: 'there is nothing to add up' },
}

function refuse(operation: Operation, reason: DerivationRefusal, inputs: Quantity[]): Derivation {
  const listed = (lang: 'ko' | 'en') => inputs.map((q) => formatQuantity(q, lang)).join(', ')
  return {
    ok: false,
    operation,
    reason,
    explanation: { ko: `${listed('ko')}: ${REFUSALS[reason].ko}.`, en: `${listed('en')}: ${REFUSALS[reason].en}.` },
  }
}

const unitWord = (q: Quantity) => (q.unitKo ?? q.unit ?? '').toLowerCase().replace(/s$/, '')

/** Why `a` and `b` cannot be combined, or null. */
function mismatch(a: Quantity, b: Quantity): DerivationRefusal | null {
  if (a.bound === 'RANGE' || b.bound === 'RANGE' || a.value === null || b.value === null) return 'not_a_single_value'
  if (a.bound === 'AT_LEAST' || a.bound === 'AT_MOST' || b.bound === 'AT_LEAST' || b.bound === 'AT_MOST') return 'not_a_single_value'
  if (a.kind !== b.kind) return 'kinds_differ'
  if (a.kind === 'MONEY' && a.currency !== b.currency) return 'currencies_differ'
  if (a.kind === 'RATE' && (a.per !== b.per || (a.perUnitKo ?? a.perUnit) !== (b.perUnitKo ?? b.perUnit))) return 'other_base'
  if (a.kind === 'DURATION' && a.durationUnit !== b.durationUnit) return 'units_differ'
  const [ua, ub] = [unitWord(a), unitWord(b)]
  if (ua && ub && ua !== '개' && ub !== '개' && ua !== ub) return 'units_differ'
  return null
}

const ADDITIVE: QuantityKind[] = ['COUNT', 'MONEY', 'PERCENT', 'PERCENTAGE_POINTS', 'DURATION', 'SCORE', 'OTHER', 'RATE']
const RATIOABLE: QuantityKind[] = ['COUNT', 'MONEY', 'RATE', 'SCORE', 'DURATION', 'OTHER', 'PERCENT']

const R = (q: Quantity) => Rational.fromNumber(q.value!)
const approxOf = (...qs: Quantity[]): Quantity['bound'] => (qs.some((q) => q.bound === 'APPROX') ? 'APPROX' : 'EXACT')

/** The exact result as a Quantity: value to 12 decimals at most, decimals saying how many it needs. */
function resultQuantity(template: Partial<Quantity> & Pick<Quantity, 'kind'>, value: Rational, bound: Quantity['bound']): Quantity {
  const exact = value.exactDecimals(12)
  const decimals = exact ?? 12
  return {
    bound,
    strict: false,
    low: null,
    high: null,
    unit: null,
    unitKo: null,
    unitEn: null,
    currency: null,
    per: null,
    perUnit: null,
    perUnitKo: null,
    perUnitEn: null,
    rankOf: null,
    rankHighFirst: null,
    durationUnit: null,
    scale: null,
    priceYear: null,
    ...template,
    value: Number(value.toFixed(decimals)),
    decimals,
  }
}

/** The computation written out: "A ÷ B = 2.0배" with the result rounded to `shownDecimals`. */
function written(inputs: Quantity[], operator: string, result: Quantity, shownDecimals: number): Bilingual {
  const shown = { ...result, bound: 'EXACT' as const, decimals: shownDecimals }
  const side = (lang: 'ko' | 'en') => inputs.map((q) => formatQuantity(q, lang, { compact: true })).join(` ${operator} `)
  const approx = result.bound === 'APPROX'
  return {
    ko: `${side('ko')} ${approx ? '≈' : '='} ${formatQuantity(shown, 'ko', { compact: true })}`,
    en: `${side('en')} ${approx ? '≈' : '='} ${formatQuantity(shown, 'en', { compact: true })}`,
  }
}

const ONE_DECIMAL = (value: Rational) => (value.abs().lt(Rational.ONE) && value.sign() !== 0 ? 2 : 1)

export function ratio(a: Quantity, b: Quantity): Derivation {
  const problem = mismatch(a, b) ?? (RATIOABLE.includes(a.kind) ? null : 'kinds_differ')
  if (problem) return refuse('ratio', problem, [a, b])
  if (b.value === 0) return refuse('ratio', 'division_by_zero', [a, b])
  const value = R(a).div(R(b))
  const implied = resultQuantity({ kind: 'MULTIPLE' }, value, approxOf(a, b))
  return { ok: true, operation: 'ratio', implied, computation: written([a, b], '÷', implied, ONE_DECIMAL(value)) }
}

export function difference(a: Quantity, b: Quantity): Derivation {
  const problem = mismatch(a, b) ?? (ADDITIVE.includes(a.kind) || a.kind === 'PERCENT_CHANGE' ? null : 'not_additive')
  if (problem) return refuse('difference', problem, [a, b])
  const value = R(a).sub(R(b))
  // The difference of two percentages is in percentage points, not percent.
  const kind: QuantityKind = a.kind === 'PERCENT' || a.kind === 'PERCENT_CHANGE' ? 'PERCENTAGE_POINTS' : a.kind
  const implied = resultQuantity({ ...a, kind, bound: 'EXACT', strict: false, scale: null }, value, approxOf(a, b))
  return { ok: true, operation: 'difference', implied, computation: written([a, b], '−', implied, Math.max(a.decimals, b.decimals)) }
}

export function sum(parts: Quantity[]): Derivation {
  if (parts.length === 0) return refuse('sum', 'no_parts', parts)
  for (const part of parts) {
    const problem = mismatch(parts[0], part) ?? (ADDITIVE.includes(part.kind) ? null : 'not_additive')
    if (problem) return refuse('sum', problem, parts)
  }
  const value = parts.reduce((total, q) => total.add(R(q)), Rational.ZERO)
  const implied = resultQuantity({ ...parts[0], bound: 'EXACT', strict: false, scale: null }, value, approxOf(...parts))
  return { ok: true, operation: 'sum', implied, computation: written(parts, '+', implied, Math.max(...parts.map((q) => q.decimals))) }
}

export function share(part: Quantity, total: Quantity): Derivation {
  const problem = mismatch(part, total) ?? (['COUNT', 'MONEY', 'DURATION', 'OTHER', 'SCORE'].includes(part.kind) ? null : 'kinds_differ')
  if (problem) return refuse('share', problem, [part, total])
  if (total.value === 0) return refuse('share', 'division_by_zero', [part, total])
  const value = R(part).div(R(total)).mul(Rational.of(100n))
  const implied = resultQuantity({ kind: 'PERCENT' }, value, approxOf(part, total))
  return { ok: true, operation: 'share', implied, computation: written([part, total], '÷', implied, 1) }
}

/** The change from one window to the next, both as a percent change and as a multiple. */
export function change(from: Quantity, to: Quantity): { percentChange: Derivation; multiple: Derivation } {
  const multiple = ratio(to, from)
  if (!multiple.ok) {
    const refused = { ...multiple, operation: 'change' as const }
    return { percentChange: refused, multiple: refused }
  }
  const k = R(to).div(R(from))
  const percent = k.sub(Rational.ONE).mul(Rational.of(100n))
  const implied = resultQuantity({ kind: 'PERCENT_CHANGE' }, percent, approxOf(from, to))
  const shown = { ...implied, bound: 'EXACT' as const, decimals: 1 }
  const [f, t] = [from, to]
  const computation: Bilingual = {
    ko: `(${formatQuantity(t, 'ko')} ÷ ${formatQuantity(f, 'ko')} − 1) × 100 ${implied.bound === 'APPROX' ? '≈' : '='} ${formatQuantity(shown, 'ko')}`,
    en: `(${formatQuantity(t, 'en')} ÷ ${formatQuantity(f, 'en')} − 1) × 100 ${implied.bound === 'APPROX' ? '≈' : '='} ${formatQuantity(shown, 'en')}`,
  }
  return { percentChange: { ok: true, operation: 'change', implied, computation }, multiple: { ...multiple, operation: 'change' } }
}

export interface StatedCheck {
  /** true: the stated figure holds at its stated precision; false: it does not; null: they cannot be compared. */
  holds: boolean | null
  comparison: Comparison
  explanation: Bilingual
}

/** Does `stated` hold against the value `implied` by a computation, at the stated figure's precision? */
export function checkStated(implied: Quantity, stated: Quantity, context: CompareContext = {}): StatedCheck {
  // The implied value is computed, not rounded: never let its own (short) decimals make it look coarse.
  const exact: Quantity = { ...implied, decimals: Math.max(implied.decimals, stated.decimals) }
  const comparison = compareQuantities(exact, stated, context)
  const holds = comparison.relation === 'INCOMPARABLE' ? null : comparison.relation !== 'DIFFERENT'
  const atStated: Quantity = { ...implied, bound: 'EXACT', strict: false, decimals: stated.decimals }
  const verdict = holds === null ? { ko: '비교할 수 없습니다', en: 'cannot be compared' } : holds ? { ko: '성립합니다', en: 'holds' } : { ko: '성립하지 않습니다', en: 'does not hold' }
  return {
    holds,
    comparison,
    explanation: {
      ko: `계산한 값은 ${formatQuantity(atStated, 'ko')}, 밝힌 값은 ${formatQuantity(stated, 'ko')}입니다: ${verdict.ko}. ${comparison.explanation.ko}`,
      en: `The computed value is ${formatQuantity(atStated, 'en')}, the stated one ${formatQuantity(stated, 'en')}: it ${verdict.en}. ${comparison.explanation.en}`,
    },
  }
}

// ---- ranks ---------------------------------------------------------------------------------------------------

export interface RankEntry {
  subject: string
  value: number | Quantity
}

export interface RankCheck {
  /** null when the subject has no value among the entries. */
  holds: boolean | null
  computedRank: number | null
  /** The other subjects sharing the computed rank (a joint rank when not empty). */
  tiedWith: string[]
  explanation: Bilingual
}

const entryValue = (v: number | Quantity) => Rational.fromNumber(typeof v === 'number' ? v : (v.value ?? NaN))

/**
 * The rank `subject` has among `entries` (one metric, one window), highest first unless `highFirst` is false:
 * standard competition ranking, so ties share the better rank and the next is skipped (1, 2, 2, 4).
 */
export function rankCheck(stated: Quantity | number, subject: string, entries: RankEntry[], highFirst = true): RankCheck {
  const statedRank = typeof stated === 'number' ? stated : stated.value
  const order = typeof stated === 'number' ? highFirst : (stated.rankHighFirst ?? highFirst)
  const own = entries.find((e) => e.subject === subject)
  const direction = order ? { ko: '큰 값부터', en: 'highest first' } : { ko: '작은 값부터', en: 'lowest first' }
  if (!own) {
    return {
      holds: null,
      computedRank: null,
      tiedWith: [],
      explanation: { ko: `${subject}의 값이 없어 순위를 확인할 수 없습니다.`, en: `There is no value for ${subject}, so the rank cannot be checked.` },
    }
  }
  const v = entryValue(own.value)
  const better = entries.filter((e) => (order ? entryValue(e.value).cmp(v) > 0 : entryValue(e.value).cmp(v) < 0)).length
  const tiedWith = entries.filter((e) => e.subject !== subject && entryValue(e.value).eq(v)).map((e) => e.subject)
  const rank = better + 1
  const sorted = [...entries].sort((x, y) => (order ? entryValue(y.value).cmp(entryValue(x.value)) : entryValue(x.value).cmp(entryValue(y.value))))
  const show = (e: RankEntry, lang: 'ko' | 'en') => `${e.subject} ${typeof e.value === 'number' ? String(e.value) : formatQuantity(e.value, lang)}`
  const line = (lang: 'ko' | 'en') => sorted.map((e) => show(e, lang)).join(', ')
  const joint = tiedWith.length > 0
  const rankKo = `${joint ? '공동 ' : ''}${rank}위`
  const rankEn = `${joint ? 'joint ' : ''}${ordinal(rank)}`
  const holds = statedRank === rank
  const tiesKo = joint ? ` (${withParticle(tiedWith.join(', '), '와/과')} 같은 값)` : ''
  const tiesEn = joint ? ` (tied with ${tiedWith.join(', ')})` : ''
  return {
    holds,
    computedRank: rank,
    tiedWith,
    explanation: {
      ko: `${entries.length}개 대상의 값(${direction.ko}: ${line('ko')})으로 매기면 ${withParticle(subject, '은/는')} ${rankKo}입니다${tiesKo}. 밝힌 순위 ${statedRank}위는 ${holds ? '맞습니다' : '맞지 않습니다'}.`,
      en: `Ranking the ${entries.length} values (${direction.en}: ${line('en')}) puts ${subject} ${rankEn}${tiesEn}. The stated rank, ${statedRank}, ${holds ? 'holds' : 'does not hold'}.`,
    },
  }
}
