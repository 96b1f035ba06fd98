// /robots.txt. Reader pages, feeds, embeds and share cards are for everyone. Kept out of crawlers:
// - the desk and sign-in: nothing public there, and every desk address only redirects to sign-in;
// - /api/: the API's data is public, but as JSON for programs, not pages for a search index (the same claims are
//   in the sitemap as pages); except /api/oembed, which oEmbed consumers (link previews, embed services) fetch for
//   a permalink, and some of them honour robots.txt: the longer rule wins (RFC 9309), so it stays open;
// - /lang: the language switch only sets a cookie and redirects back (its links are rel=nofollow already).
// A route handler rather than Next's robots.ts: that one answers "max-age=0, must-revalidate", which nginx's
// micro-cache and the page cache would read differently; this one is shared for a second like every reader answer.
import { SHARED_CACHE_CONTROL } from '@/lib/reader/page-cache'
import { absoluteUrl } from '@/lib/site'

// The sitemap's address comes from NEXTAUTH_URL at run time, not from the build's environment.
export const dynamic = 'force-dynamic'

const ALLOW = ['/', '/api/oembed']
const DISALLOW = ['/desk', '/signin', '/api/', '/lang']

export function GET() {
  const lines = ['User-Agent: *', ...ALLOW.map((path) => `Allow: ${path}`), ...DISALLOW.map((path) => `Disallow: ${path}`), '', `Sitemap: ${absoluteUrl('/sitemap.xml')}`]
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': SHARED_CACHE_CONTROL } })
}
