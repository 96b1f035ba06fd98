// The public JSON API (/api/v1/...): open data, so any origin may read it (CORS *), and errors are JSON with a
// message a developer can act on. Route files call these and stay thin.
import 'server-only'
import { getPublishedClaim } from '../claims/queries'
import type { ClaimListJson, ClaimResponseJson, ErrorJson } from './api-schema'
import { OPENAPI_PATH } from './openapi'
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

/**
 * Headers of every API answer: CORS, and a link to the OpenAPI description (RFC 8631 "service-desc"), so that a
 * client holding any answer can find out how the rest of the API works.
 */
export const API_HEADERS = { ...CORS_HEADERS, link: `<${OPENAPI_PATH}>; rel="service-desc"` } as const

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...API_HEADERS, ...init.headers },
  })
}

export function apiError(status: number, error: string, details?: ErrorJson['details']): Response {
  const body: ErrorJson = { error, ...(details === undefined ? {} : { details }) }
  return jsonResponse(body, { status, headers: { 'cache-control': 'no-store' } })
}

/** Answer to a CORS preflight. */
export const optionsResponse = () => new Response(null, { status: 204, headers: API_HEADERS })

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
  const body: ClaimListJson = { data: items.map(serializeClaimSummary), nextCursor, links: { next: nextUrl } }
  return jsonResponse(body, { headers: { 'cache-control': SHARED_CACHE_CONTROL } })
}

/** GET /api/v1/claims/<shortId>: 404 unless the claim has a public permalink. */
export async function claimDetailResponse(shortId: string): Promise<Response> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(shortId)) return apiError(404, 'Claim not found')
  const claim = await getPublishedClaim(shortId)
  if (!claim) return apiError(404, 'Claim not found')
  const body: ClaimResponseJson = { data: serializeClaimDetail(claim) }
  return jsonResponse(body, { headers: { 'cache-control': SHARED_CACHE_CONTROL } })
}
