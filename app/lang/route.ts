// The reader's language switch: GET /lang?to=en&back=/c/abc1234/slug sets the `lang` cookie and sends the reader
// back. A plain link, so it works without JavaScript. `back` is a same-site path only (lib/safe-path.ts); without
// a valid one, the Referer's path when it comes from this host, else the home page.
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, isLocale } from '@/lib/i18n/locale'
import { sameSitePath } from '@/lib/safe-path'

export const dynamic = 'force-dynamic'

function refererPath(request: Request): string | null {
  const referer = request.headers.get('referer')
  const host = request.headers.get('host')
  if (!referer || !host) return null
  try {
    const url = new URL(referer)
    return url.host === host ? sameSitePath(`${url.pathname}${url.search}`) : null
  } catch {
    return null
  }
}

export function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const to = params.get('to')
  const back = sameSitePath(params.get('back')) ?? refererPath(request) ?? '/'
  const headers = new Headers({ Location: back, 'Cache-Control': 'no-store' })
  if (isLocale(to)) {
    const secure = request.headers.get('x-forwarded-proto') === 'https' || new URL(request.url).protocol === 'https:'
    headers.append(
      'Set-Cookie',
      `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`,
    )
  }
  // 303: the follow-up request is a plain GET of the page, whatever the method that reached us.
  return new Response(null, { status: 303, headers })
}
