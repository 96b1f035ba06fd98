'use server'
// Server actions for the desk's claim forms: each runs its action through the pipeline (lib/claims/actions.ts).
import { redirect } from 'next/navigation'
import { runFormAction, type FormState } from '../actions/form'
import { can } from '../auth/permissions'
import { currentUser } from '../auth/session'
import { createClaim, createClaimant, markDuplicate, unmarkDuplicate, updateClaim } from './actions'
import { findSimilarClaims, type SimilarClaim } from './desk-queries'
import { similarClaimsInput } from './schema'

type State = FormState<unknown>

/** A saved claim form leaves the form: the claim's desk page says "saved" and shows the result. */
export async function createClaimAction(_: State, formData: FormData) {
  const state = await runFormAction(createClaim, formData)
  if (state.status === 'ok' && state.data) redirect(`/desk/claims/${state.data.id}?saved=created`)
  return state
}

export async function updateClaimAction(_: State, formData: FormData) {
  const state = await runFormAction(updateClaim, formData)
  if (state.status === 'ok' && state.data) redirect(`/desk/claims/${state.data.id}?saved=updated`)
  return state
}

export async function markDuplicateAction(_: State, formData: FormData) {
  return runFormAction(markDuplicate, formData)
}

export async function unmarkDuplicateAction(_: State, formData: FormData) {
  return runFormAction(unmarkDuplicate, formData)
}

export async function createClaimantAction(_: State, formData: FormData) {
  return runFormAction(createClaimant, formData)
}

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
