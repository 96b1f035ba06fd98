// The review of a pending edit to a published claim (model ClaimEdit), through the action pipeline: the claim form's
// save opens or updates the draft (lib/claim-edits/stage.ts, from updateClaim); then submit for review (with a public
// correction note, or marked minor), send back, publish (by someone else than its writers when the two-person rule
// is on, the verdicts' rule), or discard. Publishing applies the proposal to the claim in the same transaction as its
// audit event; a correction that is not minor is then listed on the corrections page and feeds and on the permalink.
import { ConflictError, defineAction, type Tx } from '@/lib/actions/pipeline'
import type { ClaimEditStatus } from '@/lib/db/generated/enums'
import type { Prisma } from '@/lib/db/generated/client'
import { UserError } from '@/lib/errors'
import { twoPersonRule } from '@/lib/settings/queries'
import { assertClaimantExists, assertMetricsExist, auditedFields, claimPaths, slugFor } from '@/lib/claims/actions'
import { claimPath } from '@/lib/claims/permalink'
import { writeQuantities } from '@/lib/claims/quantities'
import { editContributors } from './publishers'
import {
  BASE_CHANGED,
  CORRECTION_NOTE_REQUIRED,
  OWN_EDIT_REFUSED,
  discardClaimEditInput,
  proposalFromJson,
  publicPartOfStored,
  publishClaimEditInput,
  samePublicClaim,
  sendBackClaimEditInput,
  submitClaimEditInput,
} from './schema'

const NO_EDIT = '주장 수정안을 찾을 수 없습니다. No such claim edit.'

const editFields = {
  id: true,
  claimId: true,
  status: true,
  minor: true,
  correctionNote: true,
  authorId: true,
  version: true,
} satisfies Prisma.ClaimEditSelect

const CONFLICT_MESSAGE =
  '다른 사람이 이 수정안을 먼저 바꿨습니다. 바뀐 내용을 확인하고 다시 하세요. ' +
  'Someone else changed this edit since you opened it. Review what changed, then try again.'

/** Moves an edit between states under its optimistic lock, as verdicts' transitions do. */
async function transition(
  tx: Tx,
  input: { claimEditId: string; version: number },
  from: ClaimEditStatus[],
  data: Prisma.ClaimEditUncheckedUpdateManyInput,
  refusal: string,
) {
  const { count } = await tx.claimEdit.updateMany({
    where: { id: input.claimEditId, version: input.version, status: { in: from } },
    data: { ...data, version: { increment: 1 } },
  })
  if (count === 0) {
    const current = await tx.claimEdit.findUnique({ where: { id: input.claimEditId }, select: editFields })
    if (!current) throw new UserError(NO_EDIT)
    if (current.version === input.version) throw new UserError(refusal)
    throw new ConflictError(CONFLICT_MESSAGE, current)
  }
  return tx.claimEdit.findUniqueOrThrow({ where: { id: input.claimEditId }, select: editFields })
}

const deskPaths = (claimId: string) => [`/desk/claims/${claimId}`, `/desk/claims/${claimId}/edit`, '/desk/review', '/desk']

export const submitClaimEdit = defineAction({
  name: 'claimEdits.submit',
  permission: 'claim.edit',
  input: submitClaimEditInput,
  async run({ tx, input, audit }) {
    const after = await transition(
      tx,
      input,
      ['DRAFT', 'SENT_BACK'],
      { status: 'IN_REVIEW', minor: input.minor, correctionNote: input.correctionNote ?? '', submittedAt: new Date() },
      '초안만 검토를 요청할 수 있습니다. Only a draft can be sent for review.',
    )
    await audit({
      action: 'claimEdit.submit',
      entityType: 'claimEdit',
      entityId: after.id,
      after: { status: after.status, version: after.version, claimId: after.claimId, minor: after.minor, correctionNote: after.correctionNote },
    })
    return { claimId: after.claimId, version: after.version }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

export const sendBackClaimEdit = defineAction({
  name: 'claimEdits.sendBack',
  permission: 'verdict.publish',
  input: sendBackClaimEditInput,
  async run({ tx, input, audit }) {
    const after = await transition(
      tx,
      input,
      ['IN_REVIEW'],
      { status: 'SENT_BACK', sentBackComment: input.comment },
      '검토 중인 수정안만 돌려보낼 수 있습니다. Only an edit in review can be sent back.',
    )
    await audit({
      action: 'claimEdit.sendBack',
      entityType: 'claimEdit',
      entityId: after.id,
      before: { status: 'IN_REVIEW' },
      after: { status: after.status, version: after.version, claimId: after.claimId, comment: input.comment },
    })
    return { claimId: after.claimId, version: after.version }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

export const discardClaimEdit = defineAction({
  name: 'claimEdits.discard',
  permission: 'claim.edit',
  input: discardClaimEditInput,
  async run({ tx, input, audit }) {
    const after = await transition(
      tx,
      input,
      ['DRAFT', 'SENT_BACK'],
      { status: 'DISCARDED' },
      '초안이나 돌려보낸 수정안만 취소할 수 있습니다. Only a draft or a sent-back edit can be discarded.',
    )
    await audit({ action: 'claimEdit.discard', entityType: 'claimEdit', entityId: after.id, after: { status: after.status, version: after.version, claimId: after.claimId } })
    return { claimId: after.claimId, version: after.version }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

export const publishClaimEdit = defineAction({
  name: 'claimEdits.publish',
  permission: 'verdict.publish',
  input: publishClaimEditInput,
  async run({ tx, actor, input, audit }) {
    const found = await tx.claimEdit.findUnique({ where: { id: input.claimEditId }, select: { claimId: true } })
    if (!found) throw new UserError(NO_EDIT)
    // The claim's row lock first (the order updateClaim takes them in): no claim save can slip in between the base
    // check and the write.
    await tx.$queryRaw`SELECT id FROM claims WHERE id = ${found.claimId} FOR UPDATE`
    const edit = await tx.claimEdit.findUniqueOrThrow({ where: { id: input.claimEditId }, select: { ...editFields, proposed: true, base: true } })
    if (edit.version !== input.version) throw new ConflictError(CONFLICT_MESSAGE, { id: edit.id, status: edit.status, version: edit.version })
    if (edit.status !== 'IN_REVIEW') throw new UserError('검토 중인 수정안만 공개할 수 있습니다. Only an edit in review can be published.')

    const rule = await twoPersonRule(tx)
    const ownWork = (await editContributors(tx, edit)).has(actor.id)
    if (rule && ownWork) throw new UserError(OWN_EDIT_REFUSED)
    if (!edit.minor && !edit.correctionNote) throw new UserError(CORRECTION_NOTE_REQUIRED)

    const before = await tx.claim.findUniqueOrThrow({ where: { id: edit.claimId }, select: auditedFields })
    // No silent overwrite: what readers see must still be what the edit was written against.
    if (!samePublicClaim(publicPartOfStored(before), proposalFromJson(edit.base))) throw new UserError(BASE_CHANGED)
    const { quantities, ...proposal } = proposalFromJson(edit.proposed)
    // The claimant or a metric may have been removed since the draft was saved.
    await assertClaimantExists(tx, proposal.claimantId)
    await assertMetricsExist(tx, quantities.map((data) => ({ data })))

    await tx.claim.update({ where: { id: edit.claimId }, data: { ...proposal, slug: slugFor(proposal), version: { increment: 1 } } })
    await writeQuantities(tx, edit.claimId, quantities.map(({ position, ...data }) => ({ row: position, data })))
    const now = new Date()
    const published = await transition(tx, input, ['IN_REVIEW'], { status: 'PUBLISHED', publishedById: actor.id, publishedAt: now }, NO_EDIT)
    const after = await tx.claim.findUniqueOrThrow({ where: { id: edit.claimId }, select: auditedFields })
    // On the claim, so that its history shows what changed, field by field, minor or not.
    await audit({
      action: 'claim.editPublished',
      entityType: 'claim',
      entityId: edit.claimId,
      before,
      after: {
        ...after,
        claimEditId: edit.id,
        minor: edit.minor,
        correctionNote: edit.correctionNote,
        twoPersonRule: rule,
        ...(ownWork ? { publishedOwnEdit: true } : {}),
      },
    })
    await audit({ action: 'claimEdit.publish', entityType: 'claimEdit', entityId: edit.id, after: { status: published.status, version: published.version, claimId: edit.claimId } })
    return { claimId: after.id, shortId: after.shortId, slug: after.slug, previousSlug: before.slug, version: published.version }
  },
  revalidate: (result) => [
    ...claimPaths({ id: result.claimId, shortId: result.shortId, slug: result.slug }),
    claimPath({ shortId: result.shortId, slug: result.previousSlug }),
    '/desk/review',
    '/corrections',
  ],
})
