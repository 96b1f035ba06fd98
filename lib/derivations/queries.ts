import 'server-only'
// Reads for derivations: a claim's desk page (every derivation of its figures, computed, and the figures the form
// offers as inputs) and its public page (only what readers may see).
import { hasVerdictPageWhere, listedWhere } from '../claims/visibility'
import { db } from '../db/client'
import { deskFigure } from '../claims/figure'
import { evaluateDerivations, type EvaluatedDerivation } from './evaluate'
import { figureRef } from './schema'
import type { Bilingual } from '../quantities/types'

export function deskDerivations(claimId: string): Promise<EvaluatedDerivation[]> {
  return evaluateDerivations(db(), { quantity: { claimId } })
}

/**
 * The figures the form suggests as inputs: first those on the metrics of this claim's figures (and the claim's own
 * other figures), then the most recent others; any figure can still be named by its claim's short id.
 */
export async function derivationCandidates(claimId: string, take = 100) {
  const own = await db().claimQuantity.findMany({ where: { claimId, metricId: { not: null } }, select: { metricId: true } })
  const metricIds = [...new Set(own.map((q) => q.metricId!))]
  const select = {
    id: true,
    position: true,
    kind: true,
    bound: true,
    strict: true,
    value: true,
    low: true,
    high: true,
    unit: true,
    subject: true,
    claim: { select: { shortId: true, text: true } },
  } as const
  const hasFigure = { OR: [{ value: { not: null } }, { low: { not: null } }] }
  const near = await db().claimQuantity.findMany({
    where: { ...hasFigure, OR: [{ claimId }, ...(metricIds.length ? [{ metricId: { in: metricIds } }] : [])] },
    orderBy: [{ claim: { createdAt: 'asc' } }, { position: 'asc' }],
    select,
    take,
  })
  const recent = await db().claimQuantity.findMany({
    where: { ...hasFigure, id: { notIn: near.map((q) => q.id) } },
    orderBy: [{ createdAt: 'desc' }, { position: 'asc' }],
    select,
    take: Math.max(0, take - near.length),
  })
  return [...near, ...recent].map((q) => ({
    ref: figureRef(q.claim.shortId, q.position),
    label: `${deskFigure(q)}${q.subject ? ` · ${q.subject}` : ''} — ${q.claim.text}`,
  }))
}
export type DerivationCandidate = Awaited<ReturnType<typeof derivationCandidates>>[number]

/** What a reader's claim page shows of one derivation. */
export type PublicDerivation =
  | { id: string; visible: true; computation: Bilingual; holds: boolean | null; explanation: Bilingual; inputs: { shortId: string; slug: string; text: string; listed: boolean }[] }
  /** An input's claim has no public page: the page says so and shows none of the figures. */
  | { id: string; visible: false }

/**
 * The derivations of a published claim's figures that could be computed. A figure of an input claim is shown only
 * when that claim has a public verdict page (lib/claims/visibility.ts); otherwise the derivation is reported as
 * using unpublished figures, with nothing of them, not even the computed result, which would give them away.
 */
export async function publicDerivations(claimId: string): Promise<PublicDerivation[]> {
  const evaluated = (await deskDerivations(claimId)).filter((d) => d.result.status === 'computed')
  const inputClaimIds = [...new Set(evaluated.flatMap((d) => d.inputs.map((input) => input.quantity.claimId)))]
  const [visible, listed] = await Promise.all([
    db().claim.findMany({ where: { id: { in: inputClaimIds }, ...hasVerdictPageWhere }, select: { id: true } }),
    db().claim.findMany({ where: { id: { in: inputClaimIds }, ...listedWhere }, select: { id: true } }),
  ])
  const [visibleIds, listedIds] = [new Set(visible.map((c) => c.id)), new Set(listed.map((c) => c.id))]
  return evaluated.map((d) => {
    const result = d.result
    if (result.status !== 'computed' || !d.inputs.every((input) => input.quantity.claimId === claimId || visibleIds.has(input.quantity.claimId))) {
      return { id: d.id, visible: false }
    }
    const others = d.inputs.filter((input) => input.quantity.claimId !== claimId)
    return {
      id: d.id,
      visible: true,
      computation: result.derivation.computation,
      holds: result.check.holds,
      explanation: result.check.explanation,
      inputs: [...new Map(others.map((input) => [input.quantity.claim.id, input.quantity.claim])).values()].map((claim) => ({
        shortId: claim.shortId,
        slug: claim.slug,
        text: claim.text,
        listed: listedIds.has(claim.id),
      })),
    }
  })
}
