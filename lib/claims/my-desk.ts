// "My desk" (/desk/me): the work that is one user's own. Claims they are assigned to edit, verdicts waiting for
// their review (claims they are the assigned reviewer of, with the verdict in review), comments that mention them
// and their verdicts a reviewer sent back (still drafts).
import 'server-only'
import { db } from '@/lib/db/client'

const LIMIT = 50

const claimRow = {
  id: true,
  shortId: true,
  text: true,
  status: true,
  updatedAt: true,
  verdict: { select: { status: true } },
} as const

export async function myDesk(userId: string) {
  const [assigned, toReview, mentions, sentBack] = await Promise.all([
    db().claim.findMany({
      where: { assignedEditorId: userId, status: { not: 'ARCHIVED' } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: LIMIT,
      select: claimRow,
    }),
    db().claim.findMany({
      where: { assignedReviewerId: userId, verdict: { is: { status: 'IN_REVIEW' } } },
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      take: LIMIT,
      select: { ...claimRow, verdict: { select: { status: true, submittedAt: true } } },
    }),
    db().claimCommentMention.findMany({
      where: { userId },
      orderBy: { comment: { createdAt: 'desc' } },
      take: LIMIT,
      select: { comment: { select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, claim: { select: { id: true, shortId: true, text: true } } } } },
    }),
    // A sent-back verdict is a draft again, sent back since it was last submitted (one sent back, resubmitted,
    // published and redrafted since is not).
    db().verdict.findMany({
      where: { authorId: userId, status: 'DRAFT', comments: { some: { kind: 'SENT_BACK' } } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: LIMIT,
      select: {
        id: true,
        submittedAt: true,
        claim: { select: claimRow },
        comments: { where: { kind: 'SENT_BACK' }, orderBy: { createdAt: 'desc' }, take: 1, select: { body: true, createdAt: true, author: { select: { name: true } } } },
      },
    }),
  ])
  return {
    assigned,
    toReview,
    mentions: mentions.map((m) => m.comment),
    sentBack: sentBack.filter((verdict) => verdict.comments[0] && (!verdict.submittedAt || verdict.comments[0].createdAt >= verdict.submittedAt)),
  }
}

export type MyDesk = Awaited<ReturnType<typeof myDesk>>
