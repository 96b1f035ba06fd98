'use server'
// Server actions for the desk's claim forms: each runs its action through the pipeline (lib/claims/actions.ts).
import { formAction } from '../actions/form'
import { can } from '../auth/permissions'
import { currentUser } from '../auth/session'
import { assignClaim, createClaim, createClaimant, markDuplicate, unmarkDuplicate, updateClaim } from './actions'
import { findSimilarClaims, type SimilarClaim } from './desk-queries'
import { similarClaimsInput } from './schema'

/** A saved claim form leaves the form: the claim's desk page says "saved" and shows the result. */
export const createClaimAction = formAction(createClaim, { redirect: (data) => `/desk/claims/${data.id}?saved=created` })
/** On a published claim the reader-visible fields went to a pending edit: the page says so, and shows it. */
export const updateClaimAction = formAction(updateClaim, {
  redirect: (data) => `/desk/claims/${data.id}?saved=${data.pendingEditId ? 'pending' : 'updated'}`,
})
export const markDuplicateAction = formAction(markDuplicate)
export const unmarkDuplicateAction = formAction(unmarkDuplicate)
export const createClaimantAction = formAction(createClaimant)
export const assignClaimAction = formAction(assignClaim)

/**
 * Existing claims like the one being typed, so that an editor opens or merges instead of logging it twice.
 * A read, but of unpublished claims: desk users only; anyone else gets an empty list.
 */
export async function findSimilarAction(raw: { text?: string; translation?: string; excludeId?: string }): Promise<SimilarClaim[]> {
  const user = await currentUser()
  if (!can(user, 'desk.view')) return []
  const parsed = similarClaimsInput.safeParse(raw)
  if (!parsed.success) return []
  return findSimilarClaims(parsed.data.text, parsed.data.translation, { excludeId: parsed.data.excludeId })
}
