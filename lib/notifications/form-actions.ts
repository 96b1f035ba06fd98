'use server'
// Server actions for the notification list's buttons (lib/notifications/actions.ts).
import { formAction } from '@/lib/actions/form'
import { markAllNotificationsRead, markNotificationRead } from './actions'

export const markNotificationReadAction = formAction(markNotificationRead)
export const markAllNotificationsReadAction = formAction(markAllNotificationsRead)
