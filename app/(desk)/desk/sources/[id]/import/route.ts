// Upload of a dataset CSV, streamed from the request body into one transaction (lib/datasets/import.ts).
// A route handler rather than a server action: a server action's body is capped at 1 MB by default and is read
// whole before the action runs; here the body is read as it arrives. Layouts do not guard route handlers, so this
// one checks the session itself; the import re-checks the permission against the database.
//
// POST ?asOf=YYYY-MM-DD&fileName=…[&format=epoch-notable-models], body: the CSV bytes, Content-Type: text/csv.
// Requiring text/csv is also the CSRF guard: a cross-site page can send it only after a CORS preflight, which this
// handler never approves; a present Origin must be this host as well.
import { revalidatePath } from 'next/cache'
import { can } from '@/lib/auth/permissions'
import { currentUser } from '@/lib/auth/session'
import { IMPORT_FAILED, importDataset, type ImportResult } from '@/lib/datasets/import'
import { MAX_IMPORT_BYTES } from '@/lib/datasets/schema'

export const dynamic = 'force-dynamic'

const noStore = { 'cache-control': 'private, no-store' }

function json(body: unknown, status: number) {
  return Response.json(body, { status, headers: noStore })
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return true // not a browser's cross-site request (browsers send Origin on every POST)
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

const STATUS: Record<ImportResult['status'], number> = { ok: 201, invalid: 400, forbidden: 403, conflict: 409, rejected: 422, error: 400 }

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!sameOrigin(request)) return json({ status: 'forbidden', message: '다른 사이트에서 온 요청입니다. Cross-site request refused.' }, 403)
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'text/csv') {
    return json({ status: 'invalid', message: 'CSV 파일(text/csv)만 받습니다. Send the file as text/csv.', fieldErrors: {} }, 415)
  }
  const user = await currentUser()
  // Same rule as requireUser: a one-time password must be replaced before the desk opens.
  if (user?.mustChangePassword || (user && !can(user, 'desk.view'))) {
    return json({ status: 'forbidden', message: '권한이 없습니다. Not allowed.' }, 403)
  }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_IMPORT_BYTES) {
    return json({ status: 'error', message: `파일이 너무 큽니다. The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` }, 413)
  }
  if (!request.body) return json({ status: 'invalid', message: '파일이 비었습니다. The upload is empty.', fieldErrors: {} }, 400)

  const query = new URL(request.url).searchParams
  const raw = {
    sourceId: id,
    asOf: query.get('asOf') ?? '',
    fileName: query.get('fileName') ?? '',
    ...(query.get('format') ? { format: query.get('format') } : {}),
  }
  const result = await importDataset.execute(user, raw, request.body)
  if (result.status === 'ok') {
    for (const path of result.revalidate) revalidatePath(path)
    return json({ status: 'ok', data: result.data }, 201)
  }
  const status = result.status === 'forbidden' && !user ? 401 : result.status === 'error' && result.message === IMPORT_FAILED ? 500 : STATUS[result.status]
  return json(result, status)
}
