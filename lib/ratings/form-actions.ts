'use server'
// Server actions for the desk's rating-scale page.
import { runFormAction, type FormState } from '../actions/form'
import { addRating, deleteRating, moveRating, retireRating, unretireRating, updateRating } from './actions'

type State = FormState<unknown>

export async function updateRatingAction(_: State, formData: FormData) {
  return runFormAction(updateRating, formData)
}
export async function addRatingAction(_: State, formData: FormData) {
  return runFormAction(addRating, formData)
}
export async function moveRatingAction(_: State, formData: FormData) {
  return runFormAction(moveRating, formData)
}
export async function retireRatingAction(_: State, formData: FormData) {
  return runFormAction(retireRating, formData)
}
export async function unretireRatingAction(_: State, formData: FormData) {
  return runFormAction(unretireRating, formData)
}
export async function deleteRatingAction(_: State, formData: FormData) {
  return runFormAction(deleteRating, formData)
}
