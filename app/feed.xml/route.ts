// RSS 2.0 of the latest published verdicts; /feed.xml?tag=<tag> for one tag.
import { feedResponse } from '@/lib/reader/feed-route'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return feedResponse(request, 'rss')
}
