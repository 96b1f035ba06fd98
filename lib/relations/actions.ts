// Relations between claims about the same quantity ("0 in 2023" and "17 cumulative" are the same metric over other
// windows), shown on both claims' pages.
import { defineAction, type Tx } from '../actions/pipeline'
import { Prisma } from '../db/generated/client'
import { claimPages } from '../evidence/paths'
import { UserError } from '../errors'
import { addRelationInput, claimReference, misattributionInput, RELATION_LABELS, removeRelationInput } from './schema'

const claimRef = { id: true, shortId: true, slug: true } as const

/** Every field of a relation the audit log keeps; the misattribution fields are null for the other kinds. */
const relationAuditSelect = {
  id: true,
  fromClaimId: true,
  toClaimId: true,
  kind: true,
  note: true,
  quantityId: true,
  claimedAsKo: true,
  claimedAsEn: true,
  actualKo: true,
  actualEn: true,
  actualSubject: true,
  actualMetricId: true,
  actualWindowKind: true,
  actualWindowStart: true,
  actualWindowEnd: true,
  actualDefinition: true,
  sourceId: true,
} as const satisfies Prisma.ClaimRelationSelect
const SELF_RELATION = '주장을 자기 자신과 연결할 수 없습니다. A claim cannot be related to itself.'
const DUPLICATE = '두 주장 사이에 이미 같은 종류의 관계가 있습니다. These two claims already have a relation of this kind.'

async function findClaim(tx: Tx, reference: string) {
  const ref = claimReference(reference)
  return tx.claim.findFirst({ where: { OR: [{ shortId: ref.toLowerCase() }, { id: ref }] }, select: claimRef })
}

export const addRelation = defineAction({
  name: 'relations.add',
  permission: 'relation.edit',
  input: addRelationInput,
  async run({ tx, actor, input, audit }) {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: claimRef })
    if (!claim) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    const other = await findClaim(tx, input.otherClaim)
    if (!other) {
      throw new UserError(`“${input.otherClaim}”에 해당하는 주장이 없습니다. No claim has the short id “${input.otherClaim}”.`)
    }
    if (other.id === claim.id) throw new UserError(SELF_RELATION)
    const [from, to] = input.direction === 'outgoing' ? [claim, other] : [other, claim]

    // Either direction counts: for a symmetric kind B→A is the same statement as A→B, and for SUPERSEDES or
    // DUPLICATE_OF the reverse would contradict the relation already recorded.
    const existing = await tx.claimRelation.findFirst({
      where: {
        kind: input.kind,
        OR: [
          { fromClaimId: from.id, toClaimId: to.id },
          { fromClaimId: to.id, toClaimId: from.id },
        ],
      },
      select: { fromClaimId: true },
    })
    if (existing) {
      const reversed = existing.fromClaimId !== from.id && !RELATION_LABELS[input.kind].symmetric
      throw new UserError(
        reversed
          ? '두 주장 사이에 이미 반대 방향의 같은 관계가 있습니다. These claims already have this relation the other way round; remove it first to reverse it.'
          : DUPLICATE,
      )
    }

    let relation
    try {
      relation = await tx.claimRelation.create({
        data: { fromClaimId: from.id, toClaimId: to.id, kind: input.kind, note: input.note ?? null, createdById: actor.id },
        select: { id: true, fromClaimId: true, toClaimId: true, kind: true, note: true },
      })
    } catch (error) {
      // The same relation saved by two editors at once: the unique index decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new UserError(DUPLICATE)
      throw error
    }
    await audit({ action: 'relation.add', entityType: 'claimRelation', entityId: relation.id, after: relation })
    return { relation, claims: [claim, other] }
  },
  revalidate: ({ claims }) => claims.flatMap(claimPages),
})

export const removeRelation = defineAction({
  name: 'relations.remove',
  permission: 'relation.edit',
  input: removeRelationInput,
  async run({ tx, input, audit }) {
    const before = await tx.claimRelation.findUnique({
      where: { id: input.relationId },
      select: { ...relationAuditSelect, fromClaim: { select: claimRef }, toClaim: { select: claimRef } },
    })
    if (!before) throw new UserError('관계를 찾을 수 없습니다. 이미 지워졌을 수 있습니다. No such relation; it may have been removed already.')
    const { fromClaim, toClaim, ...removed } = before
    await tx.claimRelation.delete({ where: { id: before.id } })
    await audit({ action: 'relation.remove', entityType: 'claimRelation', entityId: before.id, before: removed })
    // A misattribution may name no other claim.
    return { relation: removed, claims: toClaim ? [fromClaim, toClaim] : [fromClaim] }
  },
  revalidate: ({ claims }) => claims.flatMap(claimPages),
})

const MISATTRIBUTED_TWICE =
  '이 수치에는 이미 실제 대상이 기록되어 있습니다. 바꾸려면 먼저 지우세요. This figure already has what it actually counts recorded; remove that first to change it.'

/**
 * Records that a claim's quantity is a right figure with the wrong label, and what it actually counts. Readers then
 * see the figure as claimed next to what it counts, never as an established value, and no metric page plots it.
 */
export const recordMisattribution = defineAction({
  name: 'relations.misattribute',
  permission: 'relation.edit',
  input: misattributionInput,
  async run({ tx, actor, input, audit }) {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: claimRef })
    if (!claim) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    // Scoped to the claim: a quantity id from another claim is refused, not relabelled.
    const quantity = await tx.claimQuantity.findFirst({ where: { id: input.quantityId, claimId: claim.id }, select: { id: true } })
    if (!quantity) throw new UserError('이 주장에 그런 수치가 없습니다. This claim has no such figure.')
    let other: { id: string; shortId: string; slug: string } | null = null
    if (input.otherClaim !== undefined) {
      other = await findClaim(tx, input.otherClaim)
      if (!other) throw new UserError(`“${input.otherClaim}”에 해당하는 주장이 없습니다. No claim has the short id “${input.otherClaim}”.`)
      if (other.id === claim.id) throw new UserError(SELF_RELATION)
    }
    if (input.sourceId !== undefined && !(await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) {
      throw new UserError('출처를 찾을 수 없습니다. No such source.')
    }
    if (input.actualMetricId !== undefined && !(await tx.metric.findUnique({ where: { id: input.actualMetricId }, select: { id: true } }))) {
      throw new UserError('지표를 찾을 수 없습니다. No such metric.')
    }
    if (await tx.claimRelation.findUnique({ where: { quantityId: quantity.id }, select: { id: true } })) throw new UserError(MISATTRIBUTED_TWICE)

    let relation
    try {
      relation = await tx.claimRelation.create({
        data: {
          kind: 'MISATTRIBUTED',
          fromClaimId: claim.id,
          toClaimId: other?.id ?? null,
          quantityId: quantity.id,
          claimedAsKo: input.claimedAsKo ?? null,
          claimedAsEn: input.claimedAsEn ?? null,
          actualKo: input.actualKo,
          actualEn: input.actualEn,
          actualSubject: input.actualSubject ?? null,
          actualMetricId: input.actualMetricId ?? null,
          actualWindowKind: input.actualWindowKind ?? null,
          actualWindowStart: input.actualWindowKind === 'PERIOD' ? (input.actualWindowStart ?? null) : null,
          actualWindowEnd: input.actualWindowKind ? (input.actualWindowEnd ?? null) : null,
          actualDefinition: input.actualDefinition ?? null,
          sourceId: input.sourceId ?? null,
          note: input.note ?? null,
          createdById: actor.id,
        },
        select: relationAuditSelect,
      })
    } catch (error) {
      // The same quantity recorded twice at once, or a second figure of this claim shown by the same other claim
      // (one relation of a kind per pair of claims).
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new UserError(
          String(error.meta?.target ?? '').includes('quantity')
            ? MISATTRIBUTED_TWICE
            : '이 두 주장 사이에는 이미 같은 관계가 있습니다. 근거로 출처를 고르세요. These two claims already have this relation; give a source as what shows it instead.',
        )
      }
      throw error
    }
    await audit({ action: 'relation.misattribute', entityType: 'claimRelation', entityId: relation.id, after: relation })
    return { relation, claims: other ? [claim, other] : [claim] }
  },
  revalidate: ({ claims }) => claims.flatMap(claimPages),
})
