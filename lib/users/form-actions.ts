'use server'
// Server actions for the desk's user forms: each one runs its action through the pipeline.
import { formAction } from '../actions/form'
import { endSession, renewSession } from '../auth/session'
import { changeOwnPassword, changeRole, createUser, resetPassword, setActive, signOutEverywhere } from './actions'
import { PASSWORD_CHANGED_PATH } from './schema'

export const createUserAction = formAction(createUser)
export const changeRoleAction = formAction(changeRole)
export const setActiveAction = formAction(setActive)
export const resetPasswordAction = formAction(resetPassword)
// The change ended every session of the account; the one that made it goes on (a newsroom user expects to stay
// signed in where they changed it, and a new user's first step is this very form). Leaving a one-time password
// opens the desk, which says the password was changed.
export const changeOwnPasswordAction = formAction(changeOwnPassword, {
  after: (data) => renewSession(data.userId, data.sessionVersion),
  redirect: (data) => (data.wasOneTime ? PASSWORD_CHANGED_PATH : undefined),
})
export const signOutEverywhereAction = formAction(signOutEverywhere, {
  after: () => endSession(),
  redirect: () => '/signin?signedOut=everywhere',
})
