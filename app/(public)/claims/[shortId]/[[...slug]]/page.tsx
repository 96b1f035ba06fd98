// The permalinks' first address, /claims/<shortId>/<slug>, from before they moved to the shorter /c/. Links to it
// are out in the world, so it stays: one permanent redirect (308) straight to the canonical /c/ address (a merged
// duplicate's to its canonical claim), and the same 404 page as /c/ for anything that is not public.
import { notFound, permanentRedirect } from 'next/navigation'
import { claimPath, isShortId } from '@/lib/claims/permalink'
import { getPublishedClaim, getUnderResearchClaim, publishedCanonicalOf } from '@/lib/claims/queries'

export const dynamic = 'force-dynamic'

export default async function LegacyClaimPage({ params }: { params: Promise<{ shortId: string; slug?: string[] }> }) {
  const { shortId } = await params
  if (!isShortId(shortId)) notFound()
  const claim = await getPublishedClaim(shortId)
  // The same order as the /c/ page, so both addresses of one claim always end up in the same place.
  const canonical = !claim || claim.duplicateOfId ? await publishedCanonicalOf(shortId) : null
  // A claim public "under research" has its /c/ page too.
  const target = canonical ?? claim ?? (await getUnderResearchClaim(shortId))
  if (!target) notFound()
  permanentRedirect(claimPath(target))
}
