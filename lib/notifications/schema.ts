import { z } from 'zod'
import { idField } from '@/lib/actions/fields'

export const markReadInput = z.object({ notificationId: idField })

/**
 * "Mark all read" marks what the page showed: the notifications up to the newest one on it, so one that arrives
 * between loading the page and pressing the button stays unread.
 */
export const markAllReadInput = z.object({
  upTo: z.iso.datetime({ error: '알림 목록을 다시 여세요. Reload the notifications.' }).transform((value) => new Date(value)),
})
