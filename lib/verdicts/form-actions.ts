'use server'
// Server actions for the desk's verdict forms: each runs its action through the pipeline (lib/verdicts/actions.ts).
import { runFormAction, type FormState } from '../actions/form'
import { addComment, publish, saveDraft, sendBack, submitForReview, withdraw } from './actions'

type State = FormState<unknown>

export async function saveDraftAction(_: State, formData: FormData) {
  return runFormAction(saveDraft, formData)
}
export async function submitForReviewAction(_: State, formData: FormData) {
  return runFormAction(submitForReview, formData)
}
export async function sendBackAction(_: State, formData: FormData) {
  return runFormAction(sendBack, formData)
}
export async function publishAction(_: State, formData: FormData) {
  return runFormAction(publish, formData)
}
export async function withdrawAction(_: State, formData: FormData) {
  return runFormAction(withdraw, formData)
}
export async function addCommentAction(_: State, formData: FormData) {
  return runFormAction(addComment, formData)
}
