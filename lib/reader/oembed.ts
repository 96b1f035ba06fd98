// oEmbed (https://oembed.com) for claim permalinks: a "rich" response whose html is an iframe of /embed/c/<id>,
// the one route other sites may frame.
import 'server-only'
import { getPublishedClaim } from '../claims/queries'
import { apiError, jsonResponse } from './api'
import type { OEmbedJson } from './api-schema'
import { SITE_TITLE } from './feeds'
import { SHARED_CACHE_CONTROL } from './page-cache'
import { oembedParamsSchema } from './schema'
import { siteUrl } from '../site'
import { EMBED_HEIGHT, EMBED_WIDTH, embedSnippet, embedTitle } from './share'
import { absoluteUrl, embedPath, shortIdFromClaimUrl } from './urls'

export async function oembedResponse(request: Request): Promise<Response> {
  const parsed = oembedParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) {
    return apiError(400, 'Invalid query parameters', parsed.error.issues.map((issue) => ({ parameter: issue.path.join('.'), message: issue.message })))
  }
  const { url, format, maxwidth, maxheight } = parsed.data
  // The spec's answer for a format the provider does not serve.
  if (format && format !== 'json') return apiError(501, 'Only format=json is supported')
  const shortId = shortIdFromClaimUrl(url)
  const claim = shortId ? await getPublishedClaim(shortId) : null
  if (!claim) return apiError(404, 'No published claim at this URL')

  const width = Math.min(EMBED_WIDTH, maxwidth ?? EMBED_WIDTH)
  const height = Math.min(EMBED_HEIGHT, maxheight ?? EMBED_HEIGHT)
  const src = absoluteUrl(embedPath(claim.shortId))
  const title = embedTitle(claim.text, claim.verdict.rating)
  const html = embedSnippet(src, title, width, height)
  const body: OEmbedJson = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_TITLE,
    provider_url: `${siteUrl()}/`,
    width,
    height,
    html,
  }
  return jsonResponse(body, { headers: { 'cache-control': SHARED_CACHE_CONTROL } })
}
