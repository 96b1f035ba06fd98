// A source's archived copy for readers, so a quoted passage stays checkable after the original page changes or
// disappears. Only for sources that a public claim page cites (lib/claims/queries.ts, getPublicArchivedCopy): the
// desk archives material for unpublished work too, and that stays behind the desk's own route.
// Plain text with nosniff, as on the desk: the archived page's markup can never run on our origin. Kept out of
// search indexes: the copy is the record behind our citation, not a republication of the source.
import { getPublicArchivedCopy } from '@/lib/claims/queries'
import { SHARED_CACHE_CONTROL } from '@/lib/reader/page-cache'
import { archivedCopyText } from '@/lib/sources/archived-copy'

export const dynamic = 'force-dynamic'

const headers = {
  'content-type': 'text/plain; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'x-robots-tag': 'noindex',
  'cache-control': SHARED_CACHE_CONTROL,
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const source = /^[a-z0-9]{1,40}$/i.test(id) ? await getPublicArchivedCopy(id) : null
  if (!source?.archivedAt || source.archivedText === null) {
    return new Response('보관본이 없습니다. No archived copy.\n', { status: 404, headers: { ...headers, 'cache-control': 'no-store' } })
  }
  return new Response(archivedCopyText({ ...source, archivedAt: source.archivedAt, archivedText: source.archivedText }), { headers })
}
