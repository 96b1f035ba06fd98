// Relations between claims about the same quantity ("0 in 2023" and "17 cumulative" are the same metric over other
// windows), shown on both claims' pages.
import { defineAction, type Tx } from '../actions/pipeline'
import { Prisma } from '../db/generated/client'
import { claimPages } from '../evidence/paths'
import { UserError } from '../errors'
import { addRelationInput, claimReference, RELATION_LABELS, removeRelationInput } from './schema'

const claimRef = { id: true, shortId: true, slug: true } as const
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
      select: { id: true, fromClaimId: true, toClaimId: true, kind: true, note: true, fromClaim: { select: claimRef }, toClaim: { select: claimRef } },
    })
    if (!before) throw new UserError('관계를 찾을 수 없습니다. 이미 지워졌을 수 있습니다. No such relation; it may have been removed already.')
    const { fromClaim, toClaim, ...removed } = before
    await tx.claimRelation.delete({ where: { id: before.id } })
    await audit({ action: 'relation.remove', entityType: 'claimRelation', entityId: before.id, before: removed })
    return { relation: removed, claims: [fromClaim, toClaim] }
  },
  revalidate: ({ claims }) => claims.flatMap(claimPages),
})
