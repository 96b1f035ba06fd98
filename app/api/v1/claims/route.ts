// Public API: listed claims, newest verdict first, with cursor pagination (see README, "API and feeds").
import { listClaimsResponse, optionsResponse } from '@/lib/reader/api'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return listClaimsResponse(request)
}

export function OPTIONS() {
  return optionsResponse()
}
