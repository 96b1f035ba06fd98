'use client'
// "Mark read" beside one notification, and "mark all read" above the list (up to the newest notification shown).
import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/notifications/form-actions'
import { FormProblem } from './SourceFormParts'

const small = 'rounded border border-stone-400 px-2 py-1 text-xs font-medium disabled:opacity-60'

export function MarkReadButton({ notificationId }: { notificationId: string }) {
  const [state, action, pending] = useActionState(markNotificationReadAction, IDLE_FORM)
  return (
    <form action={action} className="inline">
      <input type="hidden" name="notificationId" value={notificationId} />
      <button type="submit" disabled={pending} className={small}>
        읽음 Mark read
      </button>
      <FormProblem state={state} />
    </form>
  )
}

export function MarkAllReadButton({ upTo }: { upTo: string }) {
  const [state, action, pending] = useActionState(markAllNotificationsReadAction, IDLE_FORM)
  return (
    <form action={action}>
      <input type="hidden" name="upTo" value={upTo} />
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        모두 읽음 Mark all read
      </button>
      <FormProblem state={state} />
    </form>
  )
}
