// Writing notifications: always inside the transaction of the action that causes them (an assignment, a mention, a
// verdict sent for review or sent back), so a notice exists exactly when its cause was saved. With SMTP settings
// the same notices are e-mailed too, after that transaction commits (lib/notifications/mail.ts).
import { afterCommit, type Tx } from '@/lib/actions/pipeline'
import type { NotificationKind } from '@/lib/db/generated/enums'
import { mailNotices, mailSettings } from './mail'

export interface Notice {
  recipientId: string
  kind: NotificationKind
  claimId: string
  commentId?: string
}

/**
 * Writes one notification per notice, leaving out notices to the actor themselves (one does not need telling what
 * one just did) and to users who can no longer sign in. Returns the recipients notified. When SMTP is set up, each
 * is also e-mailed once the action's transaction has committed (never when it rolls back, never holding it up).
 */
export async function notify(tx: Tx, actorId: string, notices: Notice[]): Promise<string[]> {
  const wanted = notices.filter((notice) => notice.recipientId !== actorId)
  if (!wanted.length) return []
  const active = new Set(
    (await tx.user.findMany({ where: { id: { in: [...new Set(wanted.map((n) => n.recipientId))] }, active: true }, select: { id: true } })).map((u) => u.id),
  )
  const rows = wanted.filter((notice) => active.has(notice.recipientId))
  if (rows.length) {
    await tx.notification.createMany({
      data: rows.map((notice) => ({ recipientId: notice.recipientId, kind: notice.kind, claimId: notice.claimId, commentId: notice.commentId ?? null, actorId })),
    })
    const settings = mailSettings()
    if (settings) afterCommit(tx, () => mailNotices(actorId, rows, settings))
  }
  return rows.map((notice) => notice.recipientId)
}
