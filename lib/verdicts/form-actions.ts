'use server'
// Server actions for the desk's verdict forms: each runs its action through the pipeline (lib/verdicts/actions.ts).
import { formAction } from '../actions/form'
import { addComment, publish, saveDraft, sendBack, submitForReview, withdraw } from './actions'

export const saveDraftAction = formAction(saveDraft)
export const submitForReviewAction = formAction(submitForReview)
export const sendBackAction = formAction(sendBack)
export const publishAction = formAction(publish)
export const withdrawAction = formAction(withdraw)
export const addCommentAction = formAction(addComment)
