/** The canonical path of a claim: the short id is the stable part; the slug only helps people reading the link. */
export function claimPath(claim: { shortId: string; slug: string }): string {
  return `/claims/${claim.shortId}/${claim.slug}`
}
