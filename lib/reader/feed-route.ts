// The GET handlers behind the site's feeds: /feed.xml and /atom.xml (`?tag=` narrows either to one tag, `?claimant=`
// to one claimant's claims, both to both), and the
// corrections log's /corrections/feed.xml and /corrections/atom.xml. One answer shape for all of them.
import 'server-only'
import { z } from 'zod'
import { isStorableText } from '../actions/fields'
import { buildAtom, buildRss, FEED_SIZE } from './feeds'
import { SHARED_CACHE_CONTROL } from './page-cache'
import { db } from '../db/client'
import { listClaimsAfter } from './queries'
import { absoluteUrl } from './urls'

// A tag no claim can have (too long, or with a NUL the database cannot compare) gives the whole feed.
const tagSchema = z.string().trim().min(1).max(100).refine(isStorableText).optional().catch(undefined)
// Likewise a claimant id that is no cuid; an unknown one gives an empty feed, as an unknown tag does.
const claimantSchema = z.string().regex(/^[a-z0-9]{1,64}$/).optional().catch(undefined)

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
  const searchParams = new URL(request.url).searchParams
  const tag = tagSchema.parse(searchParams.get('tag') ?? undefined)
  const claimantId = claimantSchema.parse(searchParams.get('claimant') ?? undefined)
  const [{ items }, claimant] = await Promise.all([
    listClaimsAfter({ tag, claimant: claimantId }, undefined, FEED_SIZE),
    claimantId ? db().claimant.findUnique({ where: { id: claimantId }, select: { id: true, name: true, nameEn: true } }) : null,
  ])
  const query = new URLSearchParams()
  if (tag) query.set('tag', tag)
  if (claimantId) query.set('claimant', claimantId)
  const selfUrl = absoluteUrl(query.size ? `${path}?${query}` : path)
  return feedDocumentResponse(build(items, { tag, claimantId, claimant, selfUrl }), format)
}
