// The public JSON API (/api/v1/...): open data, so any origin may read it (CORS *), and errors are JSON with a
// message a developer can act on. Route files call these and stay thin.
import 'server-only'
import { getPublishedClaim } from '../claims/queries'
import { encodeCursor } from './cursor'
import { SHARED_CACHE_CONTROL } from './page-cache'
import { listClaimsAfter } from './queries'
import { parseApiListParams } from './schema'
import { serializeClaimDetail, serializeClaimSummary } from './serialize'
import { absoluteUrl } from './urls'

export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'Content-Type',
  'access-control-max-age': '86400',
} as const

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...CORS_HEADERS, ...init.headers },
  })
}

export function apiError(status: number, error: string, details?: unknown): Response {
  return jsonResponse({ error, ...(details === undefined ? {} : { details }) }, { status, headers: { 'cache-control': 'no-store' } })
}

/** Answer to a CORS preflight. */
export const optionsResponse = () => new Response(null, { status: 204, headers: CORS_HEADERS })

/** GET /api/v1/claims */
export async function listClaimsResponse(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const parsed = parseApiListParams(url.searchParams)
  if (!parsed.ok) return apiError(400, 'Invalid query parameters', parsed.errors)
  const { cursor, limit, ...filters } = parsed.params
  const { items, next } = await listClaimsAfter(filters, cursor, limit)
  const nextCursor = next ? encodeCursor(next) : null
  let nextUrl: string | null = null
  if (nextCursor) {
    // The next page keeps every parameter the client sent, with the new cursor.
    const params = new URLSearchParams(url.searchParams)
    params.set('cursor', nextCursor)
    nextUrl = absoluteUrl(`/api/v1/claims?${params}`)
  }
  return jsonResponse(
    { data: items.map(serializeClaimSummary), nextCursor, links: { next: nextUrl } },
    { headers: { 'cache-control': SHARED_CACHE_CONTROL } },
  )
}

/** GET /api/v1/claims/<shortId>: 404 unless the claim has a public permalink. */
export async function claimDetailResponse(shortId: string): Promise<Response> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(shortId)) return apiError(404, 'Claim not found')
  const claim = await getPublishedClaim(shortId)
  if (!claim) return apiError(404, 'Claim not found')
  return jsonResponse({ data: serializeClaimDetail(claim) }, { headers: { 'cache-control': SHARED_CACHE_CONTROL } })
}
