import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { MarkAllReadButton, MarkReadButton } from '@/components/desk/NotificationButtons'
import { requireUser } from '@/lib/auth/session'
import { truncateText } from '@/lib/claims/claim-review'
import { notificationText } from '@/lib/notifications/labels'
import { listNotifications } from '@/lib/notifications/queries'

export const metadata = { title: '알림 Notifications' }

const when = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ')

export default async function NotificationsPage() {
  const { user, allowed } = await requireUser('notifications.own', '/desk/notifications')
  if (!allowed) return <Forbidden />
  const notifications = await listNotifications(user.id)
  const unread = notifications.filter((notification) => !notification.readAt)
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          알림 <span lang="en" className="font-normal text-stone-500">Notifications</span>
        </h1>
        {unread.length ? <MarkAllReadButton upTo={notifications[0].createdAt.toISOString()} /> : null}
      </div>
      <p role="status" className="text-sm text-stone-600">
        읽지 않은 알림 {unread.length}개 <span lang="en">{unread.length} unread</span>
      </p>
      {notifications.length ? (
        <ol className="space-y-2">
          {notifications.map((notification) => {
            const text = notificationText(notification.kind, notification.actor?.name)
            const href = `/desk/claims/${notification.claim.id}${notification.commentId ? `#comment-${notification.commentId}` : ''}`
            return (
              <li
                key={notification.id}
                data-testid="notification"
                data-kind={notification.kind}
                data-read={notification.readAt ? 'true' : 'false'}
                className={`flex flex-wrap items-start justify-between gap-3 rounded border p-3 text-sm ${notification.readAt ? 'border-stone-200 bg-white text-stone-600' : 'border-sky-300 bg-sky-50'}`}
              >
                <div className="space-y-1">
                  <p>
                    {notification.readAt ? null : <span className="mr-2 text-xs font-semibold text-sky-800">새 알림 New</span>}
                    {text.ko} <span lang="en">{text.en}</span>
                  </p>
                  <p>
                    <Link href={href} className="underline">
                      <span className="font-mono text-xs">{notification.claim.shortId}</span> {notification.claim.text}
                    </Link>
                  </p>
                  {notification.comment ? <p className="text-stone-700">“{truncateText(notification.comment.body, 140)}”</p> : null}
                  <p className="text-xs text-stone-600">{when(notification.createdAt)}</p>
                </div>
                {notification.readAt ? null : <MarkReadButton notificationId={notification.id} />}
              </li>
            )
          })}
        </ol>
      ) : (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          알림이 없습니다. <span lang="en">No notifications.</span>
        </p>
      )}
    </div>
  )
}
