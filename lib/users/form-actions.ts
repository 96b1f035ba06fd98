'use server'
// Server actions for the desk's user forms: each one runs its action through the pipeline.
import { runFormAction, type FormState } from '../actions/form'
import { changeOwnPassword, changeRole, createUser, resetPassword, setActive } from './actions'

type State = FormState<unknown>

export async function createUserAction(_: State, formData: FormData) {
  return runFormAction(createUser, formData)
}
export async function changeRoleAction(_: State, formData: FormData) {
  return runFormAction(changeRole, formData)
}
export async function setActiveAction(_: State, formData: FormData) {
  return runFormAction(setActive, formData)
}
export async function resetPasswordAction(_: State, formData: FormData) {
  return runFormAction(resetPassword, formData)
}
export async function changeOwnPasswordAction(_: State, formData: FormData) {
  return runFormAction(changeOwnPassword, formData)
}
