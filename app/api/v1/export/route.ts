// Open-data export of every listed claim with its verdict and sources: ?format=json (default) or
// ?format=csv[&table=claims|sources].
import { API_HEADERS, apiError } from '@/lib/reader/api'
import { exportCsv, exportJson } from '@/lib/reader/export'
import { SHARED_CACHE_CONTROL } from '@/lib/reader/page-cache'
import { exportParamsSchema } from '@/lib/reader/schema'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  const parsed = exportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) {
    return apiError(400, 'Invalid query parameters', parsed.error.issues.map((issue) => ({ parameter: issue.path.join('.'), message: issue.message })))
  }
  const { format, table } = parsed.data
  const date = new Date().toISOString().slice(0, 10)
  const headers: Record<string, string> = { ...API_HEADERS, 'cache-control': SHARED_CACHE_CONTROL }
  if (format === 'csv') {
    return new Response(exportCsv(table), {
      headers: {
        ...headers,
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="claims-${table}-${date}.csv"`,
      },
    })
  }
  return new Response(exportJson(), {
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="claims-${date}.json"` },
  })
}
