// Checks on figures read as quantities (lib/quantities), beside the three in checks.ts:
// 4. a figure whose kind or unit does not fit its metric's unit (rule table: metric-fit.ts);
// 5. two claims' figures of one metric, subject, window and definition that the comparison finds DIFFERENT beyond
//    their stated precision, whatever their verdicts;
// 6. a recorded derivation whose stated figure does not hold against the computation (or can no longer be
//    computed), with the computation written out;
// 7. a stated rank that the desk's values of the same metric and window for other subjects deny.
// Each reads only claims in play (not merged, not archived). An editor's recorded relation that explains two
// figures (another window, another definition, a newer release) is never second-guessed.
import type { Prisma, PrismaClient } from '../db/generated/client'
import { evaluateDerivations } from '../derivations/evaluate'
import { rankCheck, type RankEntry } from '../quantities/arithmetic'
import { compareQuantities } from '../quantities/compare'
import { formatQuantity } from '../quantities/format'
import { quantityFromRecord, quantityRecordSelect } from '../quantities/record'
import type { Quantity } from '../quantities/types'
import type { ConsistencyIssue } from './checks'
import { misfit } from './metric-fit'
import { explainWindow } from './window-words'

type Db = PrismaClient | Prisma.TransactionClient

const inPlay = { duplicateOfId: null, status: { not: 'ARCHIVED' } } as const

const figureSelect = {
  id: true,
  claimId: true,
  position: true,
  ...quantityRecordSelect,
  subject: true,
  metricId: true,
  metricDefinitionId: true,
  definition: true,
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  metric: { select: { id: true, unit: true, subject: true, nameKo: true, nameEn: true } },
  claim: { select: { id: true, shortId: true } },
} as const satisfies Prisma.ClaimQuantitySelect

type Figure = Prisma.ClaimQuantityGetPayload<{ select: typeof figureSelect }> & { q: Quantity }

/** Figures on a metric that state a value (or a range), as quantities; rows the adapter cannot read are left out. */
async function metricFigures(db: Db, where: Prisma.ClaimQuantityWhereInput = {}): Promise<Figure[]> {
  const rows = await db.claimQuantity.findMany({
    where: { claim: inPlay, metricId: { not: null }, OR: [{ value: { not: null } }, { low: { not: null } }], ...where },
    orderBy: [{ claim: { createdAt: 'asc' } }, { claimId: 'asc' }, { position: 'asc' }],
    select: figureSelect,
  })
  return rows.flatMap((row) => {
    const q = quantityFromRecord(row)
    return q ? [{ ...row, q }] : []
  })
}

const norm = (text: string | null | undefined) => (text ?? '').trim().toLowerCase()
/** The figure's subject, or its metric's when the figure names none ("Korean notable AI models" is about Korea). */
const subjectOf = (f: Figure) => f.subject ?? f.metric?.subject ?? null
const time = (d: Date | null) => d?.getTime() ?? null
const sameWindow = (a: Figure, b: Figure) => a.windowKind === b.windowKind && time(a.windowStart) === time(b.windowStart) && time(a.windowEnd) === time(b.windowEnd)
/** One definition: the same metric definition, or (neither naming one) the same definition text. */
const sameDefinition = (a: Figure, b: Figure) =>
  a.metricDefinitionId || b.metricDefinitionId ? a.metricDefinitionId === b.metricDefinitionId : norm(a.definition) === norm(b.definition)
const both = (q: Quantity) => ({ ko: formatQuantity(q, 'ko'), en: formatQuantity(q, 'en') })

export async function unitDoesNotFitMetric(db: Db): Promise<ConsistencyIssue[]> {
  return (await metricFigures(db)).flatMap((f) => {
    const why = misfit(f.metric!.unit, f.kind, f.q.currency)
    if (!why) return []
    const figure = both(f.q)
    return [
      {
        kind: 'UNIT_DOES_NOT_FIT_METRIC' as const,
        claimIds: [f.claimId],
        reason:
          `${f.claim.shortId}의 수치 ${figure.ko}은(는) 지표 “${f.metric!.nameKo}”에 맞지 않습니다. ${why.ko} ` +
          `${f.claim.shortId}'s figure ${figure.en} does not fit the metric “${f.metric!.nameEn}”. ${why.en}`,
      },
    ]
  })
}

export async function contradictingFigures(db: Db): Promise<ConsistencyIssue[]> {
  const figures = (await metricFigures(db, { windowKind: { not: null } })).filter((f) => f.kind !== 'RANK' || f.bound === 'EXACT')
  const claimIds = [...new Set(figures.map((f) => f.claimId))]
  // Relations that say why two figures may differ: the desk decided, and a check does not say otherwise.
  const explained = await db.claimRelation.findMany({
    where: { kind: { in: ['SAME_METRIC_OTHER_WINDOW', 'OTHER_DEFINITION', 'SUPERSEDES'] }, fromClaimId: { in: claimIds }, toClaimId: { in: claimIds } },
    select: { fromClaimId: true, toClaimId: true },
  })
  const pairKey = (a: string, b: string) => [a, b].sort().join(':')
  const settled = new Set(explained.flatMap((r) => (r.toClaimId ? [pairKey(r.fromClaimId, r.toClaimId)] : [])))
  const reported = new Set<string>()
  const issues: ConsistencyIssue[] = []
  for (const [i, a] of figures.entries()) {
    for (const b of figures.slice(i + 1)) {
      const key = pairKey(a.claimId, b.claimId)
      if (a.claimId === b.claimId || reported.has(key) || settled.has(key)) continue
      if (a.metricId !== b.metricId || norm(subjectOf(a)) !== norm(subjectOf(b)) || !sameWindow(a, b) || !sameDefinition(a, b)) continue
      const comparison = compareQuantities(a.q, b.q)
      if (comparison.relation !== 'DIFFERENT') continue
      reported.add(key)
      const [fa, fb] = [both(a.q), both(b.q)]
      const subject = subjectOf(a)
      const about = { ko: subject ? `${subject}, ` : '', en: subject ? `${subject}, ` : '' }
      issues.push({
        kind: 'CONTRADICTING_FIGURES',
        claimIds: [a.claimId, b.claimId],
        reason:
          `${a.claim.shortId}의 ${fa.ko}와(과) ${b.claim.shortId}의 ${fb.ko}: 같은 지표 “${a.metric!.nameKo}”(${about.ko}${explainWindow(a)}), 같은 정의인데 값이 어긋납니다. ${comparison.explanation.ko} ` +
          `${a.claim.shortId} says ${fa.en} and ${b.claim.shortId} says ${fb.en}: the same metric “${a.metric!.nameEn}” (${about.en}${explainWindow(a)}) and definition, but the values disagree. ${comparison.explanation.en}`,
      })
    }
  }
  return issues
}

export async function arithmeticMismatches(db: Db): Promise<ConsistencyIssue[]> {
  const derivations = await evaluateDerivations(db, { quantity: { claim: inPlay } })
  return derivations.flatMap((d) => {
    const result = d.result
    const shortId = d.quantity.claim.shortId
    const claimIds = [...new Set([d.quantity.claimId, ...d.inputs.map((input) => input.quantity.claimId)])]
    if (result.status === 'computed') {
      if (result.check.holds !== false) return []
      const { computation } = result.derivation
      return [
        {
          kind: 'ARITHMETIC_MISMATCH' as const,
          claimIds,
          reason:
            `${shortId}의 수치는 다른 수치로 계산한 값과 맞지 않습니다. 계산: ${computation.ko}. ${result.check.explanation.ko} ` +
            `${shortId}'s figure does not match the value computed from other figures. Computation: ${computation.en}. ${result.check.explanation.en}`,
        },
      ]
    }
    return [
      {
        kind: 'ARITHMETIC_MISMATCH' as const,
        claimIds,
        reason: `${shortId}의 계산을 확인할 수 없습니다: ${result.explanation.ko} ${shortId}'s derivation cannot be checked: ${result.explanation.en}`,
      },
    ]
  })
}

/**
 * A stated rank against the desk's values of the same metric and window (and definition, where the rank names
 * one), one per subject. With values for every subject ranked ("of N" known, N values), the rank must be the
 * computed one; with fewer, subjects the desk lacks could only push the rank down, so only a stated rank better
 * than the values allow is a mismatch. A subject whose figures disagree among themselves is not ranked by.
 */
export async function rankMismatches(db: Db): Promise<ConsistencyIssue[]> {
  const figures = await metricFigures(db, { windowKind: { not: null } })
  const issues: ConsistencyIssue[] = []
  for (const rank of figures.filter((f) => f.kind === 'RANK' && f.bound === 'EXACT' && f.q.value !== null)) {
    const subject = subjectOf(rank)
    if (!subject) continue
    const values = figures.filter(
      (f) =>
        f.kind !== 'RANK' &&
        f.bound === 'EXACT' &&
        f.metricId === rank.metricId &&
        sameWindow(f, rank) &&
        (!rank.metricDefinitionId || !f.metricDefinitionId || f.metricDefinitionId === rank.metricDefinitionId) &&
        subjectOf(f) !== null,
    )
    const kinds = new Set(values.map((f) => f.kind))
    if (kinds.size !== 1) continue
    const bySubject = new Map<string, Figure[]>()
    for (const f of values) bySubject.set(norm(subjectOf(f)), [...(bySubject.get(norm(subjectOf(f))) ?? []), f])
    const entries: RankEntry[] = []
    let ambiguous = false
    for (const group of bySubject.values()) {
      if (group.some((f) => f.q.value !== group[0].q.value)) ambiguous = true
      entries.push({ subject: subjectOf(group[0])!, value: group[0].q })
    }
    const own = entries.find((e) => norm(e.subject) === norm(subject))
    if (ambiguous || !own || entries.length < 2) continue
    const checked = rankCheck(rank.q, own.subject, entries, rank.q.rankHighFirst ?? true)
    if (checked.computedRank === null) continue
    const stated = rank.q.value!
    const complete = rank.q.rankOf !== null && entries.length >= rank.q.rankOf
    if (complete ? checked.holds !== false : stated >= checked.computedRank) continue
    const sources = [...new Set(values.map((f) => f.claimId))]
    issues.push({
      kind: 'RANK_MISMATCH',
      claimIds: [rank.claimId, ...sources.filter((id) => id !== rank.claimId)],
      reason:
        `${rank.claim.shortId}의 순위(${formatQuantity(rank.q, 'ko')})가 같은 지표·기간(${explainWindow(rank)})의 값과 맞지 않습니다. ${checked.explanation.ko}` +
        `${complete ? '' : ` 편집부에 있는 값은 ${entries.length}개 대상뿐이지만, 그 값만으로도 ${stated}위는 될 수 없습니다.`} ` +
        `${rank.claim.shortId}'s rank (${formatQuantity(rank.q, 'en')}) does not fit the values of the same metric and window (${explainWindow(rank)}). ${checked.explanation.en}` +
        `${complete ? '' : ` The desk has values for only ${entries.length} subjects, but those alone rule out rank ${stated}.`}`,
    })
  }
  return issues
}
