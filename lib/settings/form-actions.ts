'use server'
// Server actions for the desk's settings page.
import { runFormAction, type FormState } from '../actions/form'
import { setTwoPersonRule } from './actions'

export async function setTwoPersonRuleAction(_: FormState<unknown>, formData: FormData) {
  return runFormAction(setTwoPersonRule, formData)
}
