'use server'
// Server actions for the desk's rating-scale page.
import { formAction } from '../actions/form'
import { addRating, deleteRating, moveRating, retireRating, unretireRating, updateRating } from './actions'

export const updateRatingAction = formAction(updateRating)
export const addRatingAction = formAction(addRating)
export const moveRatingAction = formAction(moveRating)
export const retireRatingAction = formAction(retireRating)
export const unretireRatingAction = formAction(unretireRating)
export const deleteRatingAction = formAction(deleteRating)
