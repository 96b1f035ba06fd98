// What a metric page tells readers about each pair of its figures, built on the one comparison of quantities
// (lib/quantities/compare.ts). Pure, so each wording is a unit test.
//
// A pair is said to hold together ("both can be true") only after every check that could say otherwise: kind and
// unit (a 5-fold rise is not 5 %), subject, window and definition. A pair that cannot be compared says why. An
// editor's recorded relation decides over anything generated: a pair the desk marked as contradicting is never
// called compatible, and a superseded figure is not presented as current.
import type { RelationKind, WindowKind } from '../db/generated/enums'
import { compareQuantities, type Comparison } from '../quantities/compare'
import { formatQuantity } from '../quantities/format'
import { withParticle } from '../quantities/josa'
import type { Bilingual, Quantity } from '../quantities/types'
import { spanWords } from './span-words'

export interface MetricPoint {
  claimId: string
  quantity: Quantity
  /** Who or what the figure is about ("Korea"); null when not stated. */
  subject: string | null
  /** Null when the claim does not say what span it counts. */
  window: { kind: WindowKind; start: Date | null; end: Date | null } | null
  /** The definition counted by (its name or id); null when not stated. */
  definition: string | null
}

export interface RecordedRelation {
  fromId: string
  toId: string
  /** A misattribution is about one figure, not a pair: its figure is not plotted (lib/claims/visibility.ts). */
  kind: Exclude<RelationKind, 'MISATTRIBUTED'>
}

/** AGREE: the same or compatible readings of one thing; HOLD_TOGETHER: they count different things or spans. */
export type PairOutcome = 'AGREE' | 'HOLD_TOGETHER' | 'CONFLICT' | 'SUPERSEDED' | 'NOT_COMPARED'

export interface PairExplanation extends Bilingual {
  a: string
  b: string
  outcome: PairOutcome
  /** Set when the sentence follows the desk's own relation rather than a computed one. */
  recorded: RelationKind | null
  comparison: Comparison | null
}

export interface MetricExplanation extends Bilingual {
  /** compatible: every pair agrees or holds together; conflict: some pair cannot both be true; open: some pair was not compared. */
  tone: 'compatible' | 'conflict' | 'open'
  pairs: PairExplanation[]
  /**
   * Whether the page lists the pairs: when the summary alone is not the whole story (some pair conflicts or was not
   * compared), or when a pair was read through a conversion, which only its own sentence writes out.
   */
  showPairs: boolean
}

const sameText = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase()
const time = (date: Date | null) => date?.getTime() ?? null
const sameWindow = (a: NonNullable<MetricPoint['window']>, b: NonNullable<MetricPoint['window']>) =>
  a.kind === b.kind && time(a.start) === time(b.start) && time(a.end) === time(b.end)

/**
 * A figure as the page names it: without its count noun, which the page's heading and unit already give (and which
 * the desk may have typed in one language only), but with what a kind always says: %, ×, 위/th, currency, "per".
 */
const figure = (q: Quantity, lang: 'ko' | 'en') => formatQuantity({ ...q, unit: null, unitKo: null, unitEn: null }, lang)
const both = (p: MetricPoint) => ({ ko: figure(p.quantity, 'ko'), en: figure(p.quantity, 'en') })

function pairWords(a: MetricPoint, b: MetricPoint): Bilingual {
  const [fa, fb] = [both(a), both(b)]
  return { ko: `${withParticle(fa.ko, '와/과')} ${fb.ko}`, en: `${fa.en} and ${fb.en}` }
}

/**
 * A recorded relation's sentence with the conversions the comparison used (×k ≡ +(k − 1)·100 %, scale words, …):
 * they are facts about units, so they never go against the desk's judgement, and readers see how the two figures
 * were put on one scale.
 */
function withConversions(sentence: Omit<PairExplanation, 'a' | 'b'>): Omit<PairExplanation, 'a' | 'b'> {
  const conversions = sentence.comparison?.conversions ?? []
  if (!conversions.length) return sentence
  return {
    ...sentence,
    ko: `${sentence.ko} 환산: ${conversions.map((c) => c.ko).join('; ')}.`,
    en: `${sentence.en} Conversion: ${conversions.map((c) => c.en).join('; ')}.`,
  }
}

function recordedPair(a: MetricPoint, b: MetricPoint, relation: RecordedRelation, comparison: Comparison): Omit<PairExplanation, 'a' | 'b'> {
  const words = pairWords(a, b)
  const base = { recorded: relation.kind, comparison }
  switch (relation.kind) {
    case 'CONTRADICTS':
      return {
        ...base,
        outcome: 'CONFLICT',
        ko: `${words.ko}: 편집부는 두 주장이 서로 모순된다고 판단했습니다. 둘 다 참일 수는 없습니다.`,
        en: `${words.en}: the desk found that these two claims contradict each other; they cannot both be true.`,
      }
    case 'SUPERSEDES': {
      const [newer, older] = relation.fromId === a.claimId ? [a, b] : [b, a]
      const [fn, fo] = [both(newer), both(older)]
      return {
        ...base,
        outcome: 'SUPERSEDED',
        ko: `${withParticle(fn.ko, '은/는')} ${withParticle(fo.ko, '을/를')} 대체하는 새 수치입니다. 최신 값은 ${fn.ko}입니다.`,
        en: `${fn.en} is a newer figure that replaces ${fo.en}; the current value is ${fn.en}.`,
      }
    }
    case 'DUPLICATE_OF':
      return { ...base, outcome: 'AGREE', ko: `${words.ko}: 같은 주장입니다.`, en: `${words.en}: the same claim.` }
    case 'OTHER_DEFINITION':
      return {
        ...base,
        outcome: 'HOLD_TOGETHER',
        ko: `${words.ko}: 편집부 판단으로는 서로 다른 기준으로 센 값이라 둘 다 참일 수 있습니다.`,
        en: `${words.en}: the desk found they count by different definitions, so both can be true.`,
      }
    case 'SAME_METRIC_OTHER_WINDOW':
      return {
        ...base,
        outcome: 'HOLD_TOGETHER',
        ko: `${words.ko}: 편집부 판단으로는 서로 다른 기간을 센 값이라 둘 다 참일 수 있습니다.`,
        en: `${words.en}: the desk found they count different spans, so both can be true.`,
      }
  }
}

/** One pair, as the page says it. */
export function explainPair(a: MetricPoint, b: MetricPoint, relations: RecordedRelation[] = []): PairExplanation {
  const ids = { a: a.claimId, b: b.claimId }
  // Kind and unit first: without them nothing else about the pair means anything.
  const comparison = compareQuantities(a.quantity, b.quantity)
  const recorded = relations.find((r) => (r.fromId === a.claimId && r.toId === b.claimId) || (r.fromId === b.claimId && r.toId === a.claimId))
  if (recorded) return { ...ids, ...withConversions(recordedPair(a, b, recorded, comparison)) }

  const words = pairWords(a, b)
  const notCompared = (ko: string, en: string, used: Comparison | null = null): PairExplanation => ({
    ...ids,
    outcome: 'NOT_COMPARED',
    recorded: null,
    comparison: used,
    ko: `${words.ko}: ${ko}`,
    en: `${words.en}: ${en}`,
  })
  if (comparison.relation === 'INCOMPARABLE') return { ...ids, outcome: 'NOT_COMPARED', recorded: null, comparison, ...comparison.explanation }
  if (a.subject && b.subject && !sameText(a.subject, b.subject)) {
    return notCompared(`대상이 다릅니다(${a.subject} / ${b.subject}). 서로 견주지 않습니다.`, `they are about different subjects (${a.subject} / ${b.subject}), so they are not compared.`)
  }
  if (!a.window || !b.window) {
    return notCompared('어느 기간을 센 값인지 밝히지 않은 수치가 있어 함께 참일 수 있는지 판단할 수 없습니다.', 'one of them does not say what span it counts, so whether both can be true cannot be told.')
  }
  if (!sameWindow(a.window, b.window)) {
    const [sa, sb] = [spanWords({ windowKind: a.window.kind, windowStart: a.window.start, windowEnd: a.window.end }), spanWords({ windowKind: b.window.kind, windowStart: b.window.start, windowEnd: b.window.end })]
    return {
      ...ids,
      outcome: 'HOLD_TOGETHER',
      recorded: null,
      comparison,
      ko: `${withParticle(both(a).ko, '은/는')} ${sa.ko}, ${withParticle(both(b).ko, '은/는')} ${sb.ko}. 세는 기간이 달라 둘 다 참일 수 있습니다.`,
      en: `${both(a).en} ${sa.en}, ${both(b).en} ${sb.en}: they count different spans, so both can be true.`,
    }
  }
  if (!sameText(a.definition, b.definition)) {
    return {
      ...ids,
      outcome: 'HOLD_TOGETHER',
      recorded: null,
      comparison,
      ko: `${words.ko}: 같은 기간이지만 세는 기준이 다릅니다(${a.definition ?? '기준 미상'} / ${b.definition ?? '기준 미상'}). 서로 다른 것을 센 값이라 둘 다 참일 수 있습니다.`,
      en: `${words.en}: the same span, but counted by different definitions (${a.definition ?? 'not stated'} / ${b.definition ?? 'not stated'}); they count different things, so both can be true.`,
    }
  }
  // Same kind, subject, window and definition: the comparison decides.
  const agree = comparison.relation !== 'DIFFERENT'
  return { ...ids, outcome: agree ? 'AGREE' : 'CONFLICT', recorded: null, comparison, ...comparison.explanation }
}

/** Every pair of a metric's figures, and the tone of the whole; null with fewer than two figures. */
export function explainPoints(points: MetricPoint[], relations: RecordedRelation[] = []): MetricExplanation | null {
  if (points.length < 2) return null
  const pairs = points.flatMap((a, i) => points.slice(i + 1).map((b) => explainPair(a, b, relations)))
  const tone = pairs.some((p) => p.outcome === 'CONFLICT') ? 'conflict' : pairs.some((p) => p.outcome === 'NOT_COMPARED') ? 'open' : 'compatible'
  // Every pair was checked and holds: then the figures are listed with what each counts, as one statement.
  const spans = points.map((p) => (p.window ? spanWords({ windowKind: p.window.kind, windowStart: p.window.start, windowEnd: p.window.end }) : null))
  const listed = {
    ko: points.map((p, i) => `${withParticle(both(p).ko, '은/는')} ${spans[i]?.ko ?? ''}`.trim()).join(', '),
    en: points.map((p, i) => `${both(p).en} ${spans[i]?.en ?? ''}`.trim()).join(', '),
  }
  const summary: Record<typeof tone, Bilingual> = {
    compatible: {
      ko: `서로 다른 ${points.length}개의 진술입니다: ${listed.ko}. 종류·단위·대상·기간·기준을 확인했고, 모두 동시에 참일 수 있습니다.`,
      en: `These are ${points.length} different statements: ${listed.en}; kind, unit, subject, window and definition were checked, and they can all be true at once.`,
    },
    conflict: { ko: '이 지표에는 함께 참일 수 없는 수치가 있습니다.', en: 'Some figures on this metric cannot both be true.' },
    open: { ko: '이 지표의 수치 가운데 서로 견줄 수 없는 것이 있습니다.', en: 'Some figures on this metric cannot be compared with each other.' },
  }
  const showPairs = tone !== 'compatible' || pairs.some((p) => p.comparison?.conversions.length)
  return { tone, pairs, showPairs, ...summary[tone] }
}
