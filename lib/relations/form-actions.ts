'use server'
// Server actions for the relation form on a claim's desk page.
import { formAction } from '../actions/form'
import { addRelation, recordMisattribution, removeRelation } from './actions'

export const addRelationAction = formAction(addRelation)
export const removeRelationAction = formAction(removeRelation)
export const recordMisattributionAction = formAction(recordMisattribution)
