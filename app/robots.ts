// /robots.txt. Reader pages, feeds, embeds and share cards are for everyone. Kept out of crawlers:
// - the desk and sign-in: nothing public there, and every desk address only redirects to sign-in;
// - /api/: the API's data is public, but as JSON for programs, not pages for a search index (the same claims are
//   in the sitemap as pages); except /api/oembed, which oEmbed consumers (link previews, embed services) fetch for
//   a permalink, and some of them honour robots.txt: the longer rule wins (RFC 9309), so it stays open;
// - /lang: the language switch only sets a cookie and redirects back (its links are rel=nofollow already).
import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/site'

// The sitemap's address comes from NEXTAUTH_URL at run time, not from the build's environment.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: ['/', '/api/oembed'], disallow: ['/desk', '/signin', '/api/', '/lang'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
