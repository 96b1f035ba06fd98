'use server'
// Server actions for the relation suggestions on a claim's desk page.
import { runFormAction, type FormState } from '../actions/form'
import { confirmSuggestion, dismissSuggestion } from './actions'

type State = FormState<unknown>

export async function confirmSuggestionAction(_: State, formData: FormData) {
  return runFormAction(confirmSuggestion, formData)
}
export async function dismissSuggestionAction(_: State, formData: FormData) {
  return runFormAction(dismissSuggestion, formData)
}
