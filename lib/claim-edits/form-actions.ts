'use server'
// Server actions for the review steps of a pending claim edit (lib/claim-edits/actions.ts).
import { formAction } from '@/lib/actions/form'
import { discardClaimEdit, publishClaimEdit, sendBackClaimEdit, submitClaimEdit } from './actions'

export const submitClaimEditAction = formAction(submitClaimEdit)
export const sendBackClaimEditAction = formAction(sendBackClaimEdit)
/** Publishing changes the page under the form (the edit is gone, the claim changed): the claim's page confirms it. */
export const publishClaimEditAction = formAction(publishClaimEdit, { redirect: (published) => `/desk/claims/${published.claimId}?saved=editPublished` })
export const discardClaimEditAction = formAction(discardClaimEdit)
