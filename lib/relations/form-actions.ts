'use server'
// Server actions for the relation form on a claim's desk page.
import { runFormAction, type FormState } from '../actions/form'
import { addRelation, recordMisattribution, removeRelation } from './actions'

type State = FormState<unknown>

export async function addRelationAction(_: State, formData: FormData) {
  return runFormAction(addRelation, formData)
}
export async function removeRelationAction(_: State, formData: FormData) {
  return runFormAction(removeRelation, formData)
}
export async function recordMisattributionAction(_: State, formData: FormData) {
  return runFormAction(recordMisattribution, formData)
}
