// Marking one's own notifications read: one, or every one up to the newest the page showed. Nobody marks anyone
// else's: a notification that is not the caller's is "not found".
import { defineAction } from '@/lib/actions/pipeline'
import { UserError } from '@/lib/errors'
import { markAllReadInput, markReadInput } from './schema'

const PATHS = ['/desk/notifications', '/desk/me', '/desk']

export const markNotificationRead = defineAction({
  name: 'notifications.markRead',
  permission: 'notifications.own',
  input: markReadInput,
  async run({ tx, actor, input, audit }) {
    const notification = await tx.notification.findUnique({ where: { id: input.notificationId }, select: { id: true, recipientId: true, readAt: true } })
    if (!notification || notification.recipientId !== actor.id) throw new UserError('알림을 찾을 수 없습니다. No such notification.')
    if (notification.readAt) return { marked: 0 }
    await tx.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } })
    await audit({ action: 'notification.read', entityType: 'notification', entityId: notification.id })
    return { marked: 1 }
  },
  revalidate: () => PATHS,
})

export const markAllNotificationsRead = defineAction({
  name: 'notifications.markAllRead',
  permission: 'notifications.own',
  input: markAllReadInput,
  async run({ tx, actor, input, audit }) {
    const { count } = await tx.notification.updateMany({
      where: { recipientId: actor.id, readAt: null, createdAt: { lte: input.upTo } },
      data: { readAt: new Date() },
    })
    await audit({ action: 'notification.readAll', entityType: 'user', entityId: actor.id, after: { marked: count, upTo: input.upTo } })
    return { marked: count }
  },
  revalidate: () => PATHS,
})
