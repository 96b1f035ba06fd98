'use server'
// Server actions for the desk's verdict forms: each runs its action through the pipeline (lib/verdicts/actions.ts).
import { formAction } from '../actions/form'
import { publish, saveDraft, sendBack, submitForReview, withdraw } from './actions'

export const saveDraftAction = formAction(saveDraft)
export const submitForReviewAction = formAction(submitForReview)
export const sendBackAction = formAction(sendBack)
/**
 * A publish changes the page under the form (the verdict is no longer in review), so its confirmation is shown by
 * the page it lands on: the claim's desk page, or the review queue it was published from (`from=queue`).
 */
export const publishAction = formAction(publish, {
  redirect: (published, formData) =>
    formData.get('from') === 'queue' ? `/desk/review?published=${encodeURIComponent(published.shortId)}` : `/desk/claims/${published.claimId}?saved=published`,
})
export const withdrawAction = formAction(withdraw)
