// What each kind of notification says, in both languages (the desk is bilingual, Korean first).
import type { NotificationKind } from '@/lib/db/generated/enums'

export const NOTIFICATION_TEXT: Record<NotificationKind, (actor: string) => { ko: string; en: string }> = {
  ASSIGNED: (actor) => ({ ko: `${actor} 님이 이 주장을 맡겼습니다.`, en: `${actor} assigned this claim to you.` }),
  MENTIONED: (actor) => ({ ko: `${actor} 님이 댓글에서 나를 불렀습니다.`, en: `${actor} mentioned you in a comment.` }),
  REVIEW_REQUESTED: (actor) => ({ ko: `${actor} 님이 판정 검토를 요청했습니다.`, en: `${actor} sent a verdict for your review.` }),
  SENT_BACK: (actor) => ({ ko: `${actor} 님이 내 판정을 돌려보냈습니다.`, en: `${actor} sent your verdict back.` }),
  COMMENT_REPLY: (actor) => ({ ko: `${actor} 님이 내 댓글에 답했습니다.`, en: `${actor} replied to your comment.` }),
}

export const notificationText = (kind: NotificationKind, actor: string | null | undefined) =>
  NOTIFICATION_TEXT[kind](actor ?? '알 수 없는 사용자 Someone')
