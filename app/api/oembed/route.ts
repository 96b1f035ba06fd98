// oEmbed endpoint for claim permalinks: GET /api/oembed?url=<permalink>[&maxwidth=&maxheight=].
import { oembedResponse } from '@/lib/reader/oembed'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return oembedResponse(request)
}
