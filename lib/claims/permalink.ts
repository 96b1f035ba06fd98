/**
 * The canonical path of a claim: the short id is the stable part; the slug only helps people reading the link.
 * `/c/` keeps shared links short; the older `/claims/<id>/…` addresses redirect here permanently.
 */
export function claimPath(claim: { shortId: string; slug: string }): string {
  return `/c/${claim.shortId}/${claim.slug}`
}

/** What a permalink's short id looks like; anything else is not looked up at all. */
export const isShortId = (shortId: string) => /^[a-z0-9]{7}$/.test(shortId)

/**
 * The share card's version token: the revision number, marked when the verdict is withdrawn. Every publish makes a
 * new revision and a withdrawal makes no revision, so both must change the token: the card is cached forever
 * (platforms keep it for weeks anyway), and only a new URL makes them fetch the current verdict.
 */
export function shareCardToken(verdict: { revision: number; withdrawn: boolean }): string {
  return verdict.withdrawn ? `${verdict.revision}-withdrawn` : String(verdict.revision)
}

export function shareCardPath(claim: { shortId: string }, verdict: { revision: number; withdrawn: boolean }): string {
  return `/c/${claim.shortId}/card/${shareCardToken(verdict)}`
}
