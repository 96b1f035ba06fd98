// Absolute addresses for what leaves the site (feeds, API, export, oEmbed): relative links mean nothing in a feed
// reader or in someone else's page.
import { claimPath } from '../claims/permalink'
import { absoluteUrl, siteUrl } from '../site'

export { absoluteUrl }

export function claimUrl(claim: { shortId: string; slug: string }): string {
  return absoluteUrl(claimPath(claim))
}

export const embedPath = (shortId: string) => `/embed/c/${encodeURIComponent(shortId)}`

/**
 * The short id in an address of this site that shows one claim: its permalink (old `/claims/<id>/…` and new
 * `/c/<id>/…` forms, since links already shared must keep working) or its embed. Null for other sites and pages.
 */
export function shortIdFromClaimUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.origin !== new URL(siteUrl()).origin) return null
  const match = /^\/(?:claims|c|embed\/c)\/([A-Za-z0-9_-]{1,64})(?:\/[^/]*)?\/?$/.exec(parsed.pathname)
  return match ? match[1] : null
}
