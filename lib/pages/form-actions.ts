'use server'
// Server actions for the desk's page editor.
import { runFormAction, type FormState } from '../actions/form'
import { updateSitePage } from './actions'

export async function updateSitePageAction(_: FormState<unknown>, formData: FormData) {
  return runFormAction(updateSitePage, formData)
}
