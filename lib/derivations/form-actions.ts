'use server'
// Server actions for the derivation form on a claim's desk page.
import { runFormAction, type FormState } from '../actions/form'
import { removeDerivation, saveDerivation } from './actions'

type State = FormState<unknown>

export async function saveDerivationAction(_: State, formData: FormData) {
  return runFormAction(saveDerivation, formData)
}
export async function removeDerivationAction(_: State, formData: FormData) {
  return runFormAction(removeDerivation, formData)
}
