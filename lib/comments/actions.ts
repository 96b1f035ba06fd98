// The desk's discussion of a claim: threaded comments (one level of replies), Markdown, with @mentions that
// notify the users they name (lib/comments/mentions.ts) and replies that notify the comment's author. Desk only:
// no reader surface reads claim_comments. This is the one way the desk comments on a claim or its verdict; the
// verdict keeps only its reviewers' send-back comments (lib/verdicts/actions.ts sendBack), part of the review.
import { defineAction, type Tx } from '@/lib/actions/pipeline'
import { UserError } from '@/lib/errors'
import { notify, type Notice } from '@/lib/notifications/notify'
import { resolveMentions } from './mentions'
import { addCommentInput, editCommentInput } from './schema'

const NO_CLAIM = '주장을 찾을 수 없습니다. No such claim.'
const NO_COMMENT = '댓글을 찾을 수 없습니다. No such comment.'

const deskPaths = (claimId: string) => [`/desk/claims/${claimId}`, '/desk/me', '/desk/notifications']

/** Records whom a comment mentions (adding to what it mentioned before) and returns the newly mentioned. */
async function recordMentions(tx: Tx, commentId: string, body: string): Promise<string[]> {
  const mentioned = await resolveMentions(tx, body)
  if (!mentioned.length) return []
  const before = new Set((await tx.claimCommentMention.findMany({ where: { commentId }, select: { userId: true } })).map((m) => m.userId))
  const added = mentioned.map((user) => user.id).filter((id) => !before.has(id))
  if (added.length) await tx.claimCommentMention.createMany({ data: added.map((userId) => ({ commentId, userId })) })
  return added
}

export const addClaimComment = defineAction({
  name: 'comments.add',
  permission: 'claim.comment',
  input: addCommentInput,
  async run({ tx, actor, input, audit }) {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } })
    if (!claim) throw new UserError(NO_CLAIM)
    let parentAuthorId: string | null = null
    if (input.parentId) {
      const parent = await tx.claimComment.findUnique({ where: { id: input.parentId }, select: { claimId: true, parentId: true, authorId: true } })
      if (!parent || parent.claimId !== claim.id) throw new UserError(NO_COMMENT)
      // One level of replies: an answer to a reply joins the thread of the comment it is under.
      if (parent.parentId) throw new UserError('답글에는 답글을 달 수 없습니다. 글타래의 첫 댓글에 답하세요. Reply to the thread’s first comment, not to a reply.')
      parentAuthorId = parent.authorId
    }
    const comment = await tx.claimComment.create({
      data: { claimId: claim.id, authorId: actor.id, parentId: input.parentId ?? null, body: input.body },
      select: { id: true, claimId: true, parentId: true, body: true, createdAt: true },
    })
    const mentioned = await recordMentions(tx, comment.id, comment.body)
    const notices: Notice[] = mentioned.map((recipientId) => ({ recipientId, kind: 'MENTIONED', claimId: claim.id, commentId: comment.id }))
    // A reply to someone who is also mentioned in it tells them once, as a mention.
    if (parentAuthorId && !mentioned.includes(parentAuthorId)) notices.push({ recipientId: parentAuthorId, kind: 'COMMENT_REPLY', claimId: claim.id, commentId: comment.id })
    const notified = await notify(tx, actor.id, notices)
    await audit({ action: 'comment.add', entityType: 'claimComment', entityId: comment.id, after: { claimId: claim.id, parentId: comment.parentId, body: comment.body, mentioned, notified } })
    return { claimId: claim.id, commentId: comment.id }
  },
  revalidate: (result) => deskPaths(result.claimId),
})

/** Changes one's own comment; users it newly mentions are notified, those it mentioned before are not again. */
export const editClaimComment = defineAction({
  name: 'comments.edit',
  permission: 'claim.comment',
  input: editCommentInput,
  async run({ tx, actor, input, audit }) {
    const before = await tx.claimComment.findUnique({ where: { id: input.commentId }, select: { id: true, claimId: true, authorId: true, body: true } })
    if (!before) throw new UserError(NO_COMMENT)
    if (before.authorId !== actor.id) throw new UserError('자기 댓글만 고칠 수 있습니다. You can only edit your own comments.')
    if (before.body === input.body) return { claimId: before.claimId, commentId: before.id }
    await tx.claimComment.update({ where: { id: before.id }, data: { body: input.body, editedAt: new Date() } })
    const mentioned = await recordMentions(tx, before.id, input.body)
    const notified = await notify(
      tx,
      actor.id,
      mentioned.map((recipientId) => ({ recipientId, kind: 'MENTIONED' as const, claimId: before.claimId, commentId: before.id })),
    )
    await audit({
      action: 'comment.edit',
      entityType: 'claimComment',
      entityId: before.id,
      before: { claimId: before.claimId, body: before.body },
      after: { claimId: before.claimId, body: input.body, mentioned, notified },
    })
    return { claimId: before.claimId, commentId: before.id }
  },
  revalidate: (result) => deskPaths(result.claimId),
})
