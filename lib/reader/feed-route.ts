// The GET handler behind /feed.xml and /atom.xml: `?tag=` narrows either feed to one tag.
import 'server-only'
import { z } from 'zod'
import { isStorableText } from '../actions/fields'
import { buildAtom, buildRss, FEED_SIZE } from './feeds'
import { SHARED_CACHE_CONTROL } from './page-cache'
import { listClaimsAfter } from './queries'
import { absoluteUrl } from './urls'

// A tag no claim can have (too long, or with a NUL the database cannot compare) gives the whole feed.
const tagSchema = z.string().trim().min(1).max(100).refine(isStorableText).optional().catch(undefined)

const FORMATS = {
  rss: { path: '/feed.xml', type: 'application/rss+xml; charset=utf-8', build: buildRss },
  atom: { path: '/atom.xml', type: 'application/atom+xml; charset=utf-8', build: buildAtom },
} as const

export async function feedResponse(request: Request, format: keyof typeof FORMATS): Promise<Response> {
  const { path, type, build } = FORMATS[format]
  const tag = tagSchema.parse(new URL(request.url).searchParams.get('tag') ?? undefined)
  const { items } = await listClaimsAfter({ tag }, undefined, FEED_SIZE)
  const selfUrl = absoluteUrl(tag ? `${path}?tag=${encodeURIComponent(tag)}` : path)
  return new Response(build(items, { tag, selfUrl }), {
    headers: {
      'content-type': type,
      // Feed readers poll; a few minutes of caching spares the database without delaying a verdict much.
      'cache-control': SHARED_CACHE_CONTROL,
      'access-control-allow-origin': '*',
    },
  })
}
