// A source's archived copies as plain text: long copies would bloat the source page, and plain text (with nosniff)
// can never run the archived page's scripts on our origin. ?copy= picks a copy; every copy is listed. Desk only,
// like the rest of /desk; layouts do not guard route handlers, so this one checks the session itself.
import { can } from '@/lib/auth/permissions'
import { currentUser } from '@/lib/auth/session'
import { archivedCopyText } from '@/lib/sources/archived-copy'
import { archivedCopyPath } from '@/lib/sources/paths'
import { getArchivedCopies } from '@/lib/sources/queries'

export const dynamic = 'force-dynamic'

const textHeaders = {
  'content-type': 'text/plain; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser()
  if (!user) return new Response('로그인이 필요합니다. Please sign in.\n', { status: 401, headers: textHeaders })
  // Same rule as requireUser: a one-time password must be replaced before the desk opens.
  if (!can(user, 'desk.view') || user.mustChangePassword) {
    return new Response('권한이 없습니다. Not allowed.\n', { status: 403, headers: textHeaders })
  }
  const { id } = await params
  const found = await getArchivedCopies(id, 'desk', new URL(request.url).searchParams.get('copy'))
  if (!found) return new Response('보관본이 없습니다. No archived copy.\n', { status: 404, headers: textHeaders })
  return new Response(archivedCopyText({ ...found, pathFor: (copy) => archivedCopyPath(id, copy) }), { headers: textHeaders })
}
