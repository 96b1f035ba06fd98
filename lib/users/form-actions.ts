'use server'
// Server actions for the desk's user forms: each one runs its action through the pipeline.
import { redirect } from 'next/navigation'
import { runFormAction, type FormState } from '../actions/form'
import { endSession, renewSession } from '../auth/session'
import { changeOwnPassword, changeRole, createUser, resetPassword, setActive, signOutEverywhere } from './actions'

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
  const state = await runFormAction(changeOwnPassword, formData)
  // The change ended every session of the account; the one that made it goes on (a newsroom user expects to stay
  // signed in where they changed it, and a new user's first step is this very form).
  if (state.status === 'ok' && state.data) await renewSession(state.data.userId, state.data.sessionVersion)
  return state
}
export async function signOutEverywhereAction(_: State, formData: FormData) {
  const state = await runFormAction(signOutEverywhere, formData)
  if (state.status !== 'ok') return state
  await endSession()
  redirect('/signin?signedOut=everywhere')
}
