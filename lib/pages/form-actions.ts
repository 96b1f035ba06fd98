'use server'
// Server actions for the desk's page editor.
import { formAction } from '../actions/form'
import { updateSitePage } from './actions'

export const updateSitePageAction = formAction(updateSitePage)
