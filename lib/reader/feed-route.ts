// The GET handlers behind the site's feeds: /feed.xml and /atom.xml (`?tag=` narrows either to one tag), and the
// corrections log's /corrections/feed.xml and /corrections/atom.xml. One answer shape for all of them.
import 'server-only'
import { z } from 'zod'
import { isStorableText } from '../actions/fields'
import { buildAtom, buildRss, FEED_SIZE } from './feeds'
import { SHARED_CACHE_CONTROL } from './page-cache'
import { listClaimsAfter } from './queries'
import { absoluteUrl } from './urls'

// A tag no claim can have (too long, or with a NUL the database cannot compare) gives the whole feed.
const tagSchema = z.string().trim().min(1).max(100).refine(isStorableText).optional().catch(undefined)

export type FeedFormat = 'rss' | 'atom'

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

/** A feed document as the answer: its format's type, shared caching like reader pages, readable from anywhere. */
export function feedDocumentResponse(body: string, format: FeedFormat): Response {
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      // Feed readers poll; shared caches keep a copy for a second, as they do reader pages, so a correction
      // reaches feed readers as fast as the page.
      'cache-control': SHARED_CACHE_CONTROL,
      'access-control-allow-origin': '*',
    },
  })
}

const VERDICT_FEEDS = {
  rss: { path: '/feed.xml', build: buildRss },
  atom: { path: '/atom.xml', build: buildAtom },
} as const

export async function feedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const { path, build } = VERDICT_FEEDS[format]
  const tag = tagSchema.parse(new URL(request.url).searchParams.get('tag') ?? undefined)
  const { items } = await listClaimsAfter({ tag }, undefined, FEED_SIZE)
  const selfUrl = absoluteUrl(tag ? `${path}?tag=${encodeURIComponent(tag)}` : path)
  return feedDocumentResponse(build(items, { tag, selfUrl }), format)
}
