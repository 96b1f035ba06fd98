'use server'
// Server actions for the evidence and appearance forms on a claim's desk page.
import { formAction } from '../actions/form'
import { addAppearance, addEvidence, removeAppearance, removeEvidence, updateEvidence } from './actions'

export const addEvidenceAction = formAction(addEvidence)
export const updateEvidenceAction = formAction(updateEvidence)
export const removeEvidenceAction = formAction(removeEvidence)
export const addAppearanceAction = formAction(addAppearance)
export const removeAppearanceAction = formAction(removeAppearance)
