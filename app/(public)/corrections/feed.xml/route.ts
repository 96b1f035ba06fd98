// RSS 2.0 of the latest corrections: rating changes, correction notes and withdrawals.
import { correctionsFeedResponse } from '@/lib/corrections/feed-route'

export const dynamic = 'force-dynamic'

export function GET() {
  return correctionsFeedResponse('rss')
}
