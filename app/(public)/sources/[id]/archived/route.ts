// A source's archived copies for readers, so a quoted passage stays checkable after the original page changes or
// disappears. Only for sources that a public claim page cites (getArchivedCopies): the desk archives material for
// unpublished work too, and that stays behind the desk's own route. Without ?copy= it shows the copy the latest
// published verdict cited, and it always lists every copy with when and how it was taken (pasted text says so).
// Plain text with nosniff, as on the desk: the archived page's markup can never run on our origin. Kept out of
// search indexes: the copy is the record behind our citation, not a republication of the source.
import { SHARED_CACHE_CONTROL } from '@/lib/reader/page-cache'
import { archivedCopyText } from '@/lib/sources/archived-copy'
import { publicArchivedCopyPath } from '@/lib/sources/paths'
import { getArchivedCopies } from '@/lib/sources/queries'

export const dynamic = 'force-dynamic'

const headers = {
  'content-type': 'text/plain; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'x-robots-tag': 'noindex',
  'cache-control': SHARED_CACHE_CONTROL,
}

const ID = /^[a-z0-9]{1,40}$/i

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const copyId = new URL(request.url).searchParams.get('copy')
  const found = ID.test(id) && (copyId === null || ID.test(copyId)) ? await getArchivedCopies(id, 'reader', copyId) : null
  if (!found) {
    return new Response('보관본이 없습니다. No archived copy.\n', { status: 404, headers: { ...headers, 'cache-control': 'no-store' } })
  }
  return new Response(archivedCopyText({ ...found, pathFor: (copy) => publicArchivedCopyPath(id, copy) }), { headers })
}
