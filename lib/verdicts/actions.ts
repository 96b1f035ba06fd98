// Verdict mutations: draft -> in review -> published (-> withdrawn), through the action pipeline
// (lib/actions/pipeline.ts). The Verdict row is the desk's working copy; readers see the latest VerdictRevision,
// which only `publish` writes. So a published verdict can be redrafted (status DRAFT again) while readers keep
// seeing what was published, until a reviewer publishes the change with a public change note.
import { ConflictError, defineAction, type Tx } from '../actions/pipeline'
import { claimPath } from '../claims/permalink'
import type { VerdictStatus } from '../db/generated/enums'
import type { Prisma } from '../db/generated/client'
import { UserError } from '../errors'
import { twoPersonRule } from '../settings/queries'
import { citationsFor, unknownCitationMessage, unknownCitations, usedCitations } from './citations'
import { evidenceForCitations } from '../sources/citation-select'
import { recordCitedCopies } from '../sources/copies'
import { draftContributors } from './publishers'
import { notify } from '../notifications/notify'
import {
  CHANGE_NOTE_REQUIRED,
  OWN_DRAFT_REFUSED,
  publishInput,
  saveDraftInput,
  sendBackInput,
  submitInput,
  withdrawInput,
} from './schema'

const NO_VERDICT = '판정을 찾을 수 없습니다. No such verdict.'
const NO_CLAIM = '주장을 찾을 수 없습니다. No such claim.'

/** The verdict as the audit log and a version conflict report it. */
const verdictFields = {
  id: true,
  claimId: true,
  ratingId: true,
  summary: true,
  analysis: true,
  summaryEn: true,
  analysisEn: true,
  status: true,
  authorId: true,
  reviewerId: true,
  version: true,
} satisfies Prisma.VerdictSelect


const CONFLICT_MESSAGE =
  '다른 사람이 이 판정을 먼저 바꿨습니다. 바뀐 내용을 확인하고 다시 하세요. ' +
  'Someone else changed this verdict since you opened it. Review what changed, then try again.'

async function conflict(tx: Tx, verdictId: string): Promise<never> {
  const current = await tx.verdict.findUnique({ where: { id: verdictId }, select: verdictFields })
  if (!current) throw new UserError(NO_VERDICT)
  throw new ConflictError(CONFLICT_MESSAGE, current)
}

/**
 * Moves a verdict between states under the optimistic lock: the row must still be at the version the user saw
 * and in one of the `from` states. A mismatch is a conflict (someone acted first) or, at the same version, a
 * transition this state does not allow.
 */
async function transition(
  tx: Tx,
  input: { verdictId: string; version: number },
  from: VerdictStatus[],
  data: Prisma.VerdictUncheckedUpdateManyInput,
  refusal: string,
) {
  const { count } = await tx.verdict.updateMany({
    where: { id: input.verdictId, version: input.version, status: { in: from } },
    data: { ...data, version: { increment: 1 } },
  })
  if (count === 0) {
    const current = await tx.verdict.findUnique({ where: { id: input.verdictId }, select: verdictFields })
    if (!current) throw new UserError(NO_VERDICT)
    if (current.version === input.version) throw new UserError(refusal)
    await conflict(tx, input.verdictId)
  }
  return tx.verdict.findUniqueOrThrow({
    where: { id: input.verdictId },
    select: { ...verdictFields, claim: { select: { id: true, shortId: true, slug: true, status: true } } },
  })
}

/** How many revisions are public: a draft's edits belong to the change on top of this number. */
const publishedCount = (tx: Tx, verdictId: string) => tx.verdictRevision.count({ where: { verdictId } })

/** A rating may be chosen when it is current on the default scale, or already is this verdict's rating. */
async function assertRatingAllowed(tx: Tx, ratingId: string, currentRatingId: string | undefined) {
  if (ratingId === currentRatingId) return
  const rating = await tx.rating.findUnique({ where: { id: ratingId }, select: { retired: true, scale: { select: { isDefault: true } } } })
  if (!rating || rating.retired || !rating.scale.isDefault) {
    throw new UserError('고를 수 없는 판정 등급입니다. 다시 고르세요. This rating cannot be chosen; choose again.')
  }
}

/** Both language versions of the analysis, for citation checks: the English one cites the same evidence keys. */
const bothAnalyses = (verdict: { analysis: string; analysisEn: string | null }) =>
  verdict.analysisEn ? `${verdict.analysis}\n\n${verdict.analysisEn}` : verdict.analysis

const deskPaths = (claimId: string) => [`/desk/claims/${claimId}`, '/desk/review', '/desk']
/** Everything a reader could have cached: the permalink and the home list. */
const publicPaths = (claim: { id: string; shortId: string; slug: string }) => [...deskPaths(claim.id), '/', claimPath(claim)]

export const saveDraft = defineAction({
  name: 'verdicts.saveDraft',
  permission: 'verdict.draft',
  input: saveDraftInput,
  async run({ tx, actor, input, audit }) {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, evidence: evidenceForCitations } })
    if (!claim) throw new UserError(NO_CLAIM)
    const existing = await tx.verdict.findUnique({ where: { claimId: claim.id }, select: verdictFields })

    // Checked before any write so a refused save changes nothing.
    const unknown = unknownCitations(bothAnalyses(input), citationsFor(claim.evidence))
    if (unknown.length) throw new UserError(unknownCitationMessage(unknown))
    await assertRatingAllowed(tx, input.ratingId, existing?.ratingId)
    const content = {
      ratingId: input.ratingId,
      summary: input.summary,
      analysis: input.analysis,
      summaryEn: input.summaryEn,
      analysisEn: input.analysisEn,
    }

    if (!existing) {
      // A form opened before someone else created the verdict sends no version: theirs is not overwritten.
      if (input.version !== undefined) throw new UserError(NO_VERDICT)
      const created = await tx.verdict.create({ data: { claimId: claim.id, ...content, status: 'DRAFT', authorId: actor.id }, select: verdictFields })
      await audit({ action: 'verdict.create', entityType: 'verdict', entityId: created.id, after: { ...created, baseRevision: 0 } })
      return { claimId: claim.id, verdictId: created.id, version: created.version }
    }
    if (input.version === undefined) await conflict(tx, existing.id)
    if (existing.status === 'IN_REVIEW') {
      throw new UserError(
        '검토 중인 판정은 고칠 수 없습니다. 검토자가 돌려보내면 고칠 수 있습니다. This verdict is in review; it can be edited once a reviewer sends it back.',
      )
    }
    if (existing.status === 'WITHDRAWN') throw new UserError('철회된 판정은 고칠 수 없습니다. A withdrawn verdict cannot be edited.')
    const unchanged =
      existing.ratingId === content.ratingId &&
      existing.summary === content.summary &&
      existing.analysis === content.analysis &&
      existing.summaryEn === content.summaryEn &&
      existing.analysisEn === content.analysisEn
    // Saving a published verdict unchanged must not turn it into a pending change that needs a change note.
    if (unchanged && existing.status === 'PUBLISHED' && existing.version === input.version) {
      return { claimId: claim.id, verdictId: existing.id, version: existing.version }
    }
    const after = await transition(tx, { verdictId: existing.id, version: input.version! }, ['DRAFT', 'PUBLISHED'], { ...content, status: 'DRAFT' }, NO_VERDICT)
    // baseRevision marks which change this edit belongs to: the two-person rule counts the editors of that change.
    const baseRevision = await publishedCount(tx, existing.id)
    const { claim: _claim, ...saved } = after
    await audit({ action: 'verdict.saveDraft', entityType: 'verdict', entityId: existing.id, before: existing, after: { ...saved, baseRevision } })
    return { claimId: claim.id, verdictId: existing.id, version: after.version }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

export const submitForReview = defineAction({
  name: 'verdicts.submitForReview',
  permission: 'verdict.draft',
  input: submitInput,
  async run({ tx, actor, input, audit }) {
    const after = await transition(tx, input, ['DRAFT'], { status: 'IN_REVIEW', submittedAt: new Date() }, '초안만 검토를 요청할 수 있습니다. Only a draft can be sent for review.')
    // The claim's own status follows, but never away from PUBLISHED: that would take a public claim off the site.
    if (after.claim.status === 'NEW' || after.claim.status === 'RESEARCHING') {
      await tx.claim.update({ where: { id: after.claim.id }, data: { status: 'IN_REVIEW', version: { increment: 1 } } })
    }
    // The claim's assigned reviewer hears of it with the submission.
    const { assignedReviewerId } = await tx.claim.findUniqueOrThrow({ where: { id: after.claim.id }, select: { assignedReviewerId: true } })
    const notified = assignedReviewerId ? await notify(tx, actor.id, [{ recipientId: assignedReviewerId, kind: 'REVIEW_REQUESTED', claimId: after.claim.id }]) : []
    await audit({
      action: 'verdict.submit',
      entityType: 'verdict',
      entityId: after.id,
      before: { status: 'DRAFT' },
      after: { status: after.status, version: after.version, ...(notified.length ? { notified } : {}) },
    })
    return { claimId: after.claimId, version: after.version }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

export const sendBack = defineAction({
  name: 'verdicts.sendBack',
  permission: 'verdict.publish',
  input: sendBackInput,
  async run({ tx, actor, input, audit }) {
    const after = await transition(tx, input, ['IN_REVIEW'], { status: 'DRAFT' }, '검토 중인 판정만 돌려보낼 수 있습니다. Only a verdict in review can be sent back.')
    const comment = await tx.verdictComment.create({ data: { verdictId: after.id, authorId: actor.id, kind: 'SENT_BACK', body: input.comment } })
    // The verdict's author hears of it with the send-back.
    const notified = after.authorId ? await notify(tx, actor.id, [{ recipientId: after.authorId, kind: 'SENT_BACK', claimId: after.claimId }]) : []
    await audit({
      action: 'verdict.sendBack',
      entityType: 'verdict',
      entityId: after.id,
      before: { status: 'IN_REVIEW' },
      after: { status: after.status, version: after.version, commentId: comment.id, ...(notified.length ? { notified } : {}) },
    })
    return { claimId: after.claimId, version: after.version }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

export const publish = defineAction({
  name: 'verdicts.publish',
  permission: 'verdict.publish',
  input: publishInput,
  async run({ tx, actor, input, audit }) {
    // Prisma reads the verdict and its revisions in separate statements: without the lock, a publish committing in
    // between shows this one an IN_REVIEW verdict that already has the new revision (and so "needs a change note").
    await tx.$queryRaw`SELECT id FROM verdicts WHERE id = ${input.verdictId} FOR UPDATE`
    const verdict = await tx.verdict.findUnique({
      where: { id: input.verdictId },
      select: {
        ...verdictFields,
        claim: { select: { id: true, shortId: true, slug: true, status: true, version: true, evidence: evidenceForCitations } },
        revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, ratingId: true } },
      },
    })
    if (!verdict) throw new UserError(NO_VERDICT)
    if (verdict.version !== input.version) await conflict(tx, verdict.id)
    if (verdict.status !== 'IN_REVIEW') throw new UserError('검토 중인 판정만 공개할 수 있습니다. Only a verdict in review can be published.')

    const previous = verdict.revisions[0]
    const rule = await twoPersonRule(tx)
    const ownWork = (await draftContributors(tx, verdict, previous?.number ?? 0)).has(actor.id)
    if (rule && ownWork) throw new UserError(OWN_DRAFT_REFUSED)
    if (previous && !input.changeNote) throw new UserError(CHANGE_NOTE_REQUIRED)
    // Evidence may have been removed since the draft was saved: a dangling footnote must not go public.
    const citations = citationsFor(verdict.claim.evidence)
    const unknown = unknownCitations(bothAnalyses(verdict), citations)
    if (unknown.length) throw new UserError(unknownCitationMessage(unknown))

    const now = new Date()
    const after = await transition(tx, input, ['IN_REVIEW'], { status: 'PUBLISHED', reviewerId: actor.id, publishedAt: now }, NO_VERDICT)
    const revision = await tx.verdictRevision.create({
      data: {
        verdictId: verdict.id,
        number: (previous?.number ?? 0) + 1,
        ratingId: verdict.ratingId,
        summary: verdict.summary,
        analysis: verdict.analysis,
        summaryEn: verdict.summaryEn,
        analysisEn: verdict.analysisEn,
        // As cited at publication: later edits to the evidence or its source do not rewrite the public record.
        citedEvidence: usedCitations(bothAnalyses(verdict), citations).map(({ number: _number, ...citation }) => citation) as unknown as Prisma.InputJsonValue,
        changeNote: previous ? input.changeNote : '',
        publishedById: actor.id,
        publishedAt: now,
      },
      select: { id: true, number: true, ratingId: true, changeNote: true },
    })
    // The archived copies readers are shown as the ones this revision cited, whatever is archived or pasted later.
    const citedCopies = await recordCitedCopies(tx, revision.id, verdict.claim.id)
    if (verdict.claim.status !== 'PUBLISHED') {
      // The version moves too, so a claim form opened earlier cannot quietly set the old status back.
      await tx.claim.update({ where: { id: verdict.claim.id }, data: { status: 'PUBLISHED', version: { increment: 1 } } })
    }
    await audit({
      action: 'verdict.publish',
      entityType: 'verdict',
      entityId: verdict.id,
      before: { status: 'IN_REVIEW', claimStatus: verdict.claim.status, previousRevision: previous?.number ?? null, previousRatingId: previous?.ratingId ?? null },
      after: {
        status: after.status,
        version: after.version,
        revision: revision.number,
        revisionId: revision.id,
        ratingId: revision.ratingId,
        changeNote: revision.changeNote,
        citedCopies,
        // The audit says when a one-person newsroom published its own work because an admin turned the rule off.
        twoPersonRule: rule,
        ...(ownWork ? { publishedOwnDraft: true } : {}),
      },
    })
    return { claimId: verdict.claim.id, shortId: verdict.claim.shortId, slug: verdict.claim.slug, revision: revision.number, version: after.version }
  },
  revalidate: (result) => publicPaths({ id: result.claimId, shortId: result.shortId, slug: result.slug }),
})

export const withdraw = defineAction({
  name: 'verdicts.withdraw',
  permission: 'verdict.publish',
  input: withdrawInput,
  async run({ tx, input, audit }) {
    // Whatever readers see can be withdrawn, including a published verdict with a change still in the works.
    const revisions = await publishedCount(tx, input.verdictId)
    const refusal = '공개된 판정만 철회할 수 있습니다. Only a published verdict can be withdrawn.'
    if (revisions === 0) {
      const exists = await tx.verdict.findUnique({ where: { id: input.verdictId }, select: { id: true } })
      throw new UserError(exists ? refusal : NO_VERDICT)
    }
    const after = await transition(
      tx,
      input,
      ['PUBLISHED', 'DRAFT', 'IN_REVIEW'],
      { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: input.reason },
      refusal,
    )
    await audit({
      action: 'verdict.withdraw',
      entityType: 'verdict',
      entityId: after.id,
      after: { status: after.status, version: after.version, reason: input.reason },
    })
    return { claimId: after.claim.id, shortId: after.claim.shortId, slug: after.claim.slug, version: after.version }
  },
  revalidate: (result) => publicPaths({ id: result.claimId, shortId: result.shortId, slug: result.slug }),
})
