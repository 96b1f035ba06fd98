'use server'
// Server actions for the derivation form on a claim's desk page.
import { formAction } from '../actions/form'
import { removeDerivation, saveDerivation } from './actions'

export const saveDerivationAction = formAction(saveDerivation)
export const removeDerivationAction = formAction(removeDerivation)
