'use server'
// Server actions for the relation suggestions on a claim's desk page.
import { formAction } from '../actions/form'
import { confirmSuggestion, dismissSuggestion } from './actions'

export const confirmSuggestionAction = formAction(confirmSuggestion)
export const dismissSuggestionAction = formAction(dismissSuggestion)
