// Atom of the latest published verdicts; /atom.xml?tag=<tag> for one tag.
import { feedResponse } from '@/lib/reader/feed-route'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return feedResponse(request, 'atom')
}
