'use server'
// Server actions for the intake page (/desk/intake).
import { formAction } from '../actions/form'
import { can } from '../auth/permissions'
import { currentUser } from '../auth/session'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../actions/pipeline'
import { archiveUrlForIntake, commitIntake } from './actions'
import { analyse, type AnalyseResult } from './analyse'

/**
 * The review list for a pasted text or a source's archived copy. A read, but of the desk's unpublished claims (the
 * matches): desk users who may log claims only.
 */
export async function analyseIntakeAction(raw: unknown): Promise<AnalyseResult> {
  const user = await currentUser()
  if (!user) return { ok: false, message: SIGN_IN_REQUIRED, fieldErrors: {} }
  if (!can(user, 'intake.commit')) return { ok: false, message: NOT_ALLOWED, fieldErrors: {} }
  return analyse(raw)
}

export const archiveUrlForIntakeAction = formAction(archiveUrlForIntake)
export const commitIntakeAction = formAction(commitIntake)
