'use server'
// Server actions for the evidence and appearance forms on a claim's desk page.
import { runFormAction, type FormState } from '../actions/form'
import { addAppearance, addEvidence, removeAppearance, removeEvidence, updateEvidence } from './actions'

type State = FormState<unknown>

export async function addEvidenceAction(_: State, formData: FormData) {
  return runFormAction(addEvidence, formData)
}
export async function updateEvidenceAction(_: State, formData: FormData) {
  return runFormAction(updateEvidence, formData)
}
export async function removeEvidenceAction(_: State, formData: FormData) {
  return runFormAction(removeEvidence, formData)
}
export async function addAppearanceAction(_: State, formData: FormData) {
  return runFormAction(addAppearance, formData)
}
export async function removeAppearanceAction(_: State, formData: FormData) {
  return runFormAction(removeAppearance, formData)
}
