// Reads of one user's notifications: the desk header's unread count and the notification list.
import 'server-only'
import { db } from '@/lib/db/client'

export const NOTIFICATION_PAGE_SIZE = 100

export const unreadNotificationCount = (userId: string) => db().notification.count({ where: { recipientId: userId, readAt: null } })

/** The newest notifications first, with who caused each and the claim it is about. */
export function listNotifications(userId: string, take = NOTIFICATION_PAGE_SIZE) {
  return db().notification.findMany({
    where: { recipientId: userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      commentId: true,
      actor: { select: { name: true } },
      claim: { select: { id: true, shortId: true, text: true } },
      comment: { select: { body: true } },
    },
  })
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number]
