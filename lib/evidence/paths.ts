// Where a claim's material shows, for links from the source library and for revalidation after a change.
import { claimPath } from '../claims/permalink'

/** The claim's desk page (app/(desk)/desk/claims/[id]), which renders components/desk/ClaimMaterial. */
export const deskClaimPath = (claim: { id: string }) => `/desk/claims/${claim.id}`

/** Pages that render a claim's evidence, appearances or relations: its desk page and its public permalink. */
export function claimPages(claim: { id: string; shortId: string; slug: string }): string[] {
  return [deskClaimPath(claim), claimPath(claim)]
}
