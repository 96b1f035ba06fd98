// The OpenAPI 3.1 description of the public API (lib/reader/openapi.ts), for client generators and API explorers.
import { jsonResponse } from '@/lib/reader/api'
import { openApiDocument } from '@/lib/reader/openapi'
import { SHARED_CACHE_CONTROL } from '@/lib/reader/page-cache'

export const dynamic = 'force-dynamic'

export function GET() {
  return jsonResponse(openApiDocument(), { headers: { 'cache-control': SHARED_CACHE_CONTROL } })
}
