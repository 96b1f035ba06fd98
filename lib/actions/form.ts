// Adapts an action (lib/actions/pipeline.ts) to a React form: FormData in, a serialisable state out that keeps
// what the user typed whenever the save did not happen, so a failed save loses nothing.
import 'server-only'
import { revalidatePath } from 'next/cache'
import { redirect, unstable_rethrow } from 'next/navigation'
import { currentUser } from '../auth/session'
import type { FormState } from './form-state'
import { UNEXPECTED, type ActionResult, type PublicCaller } from './pipeline'

export type { FormState }

const SECRET_FIELD = /password|secret|token/i

/** Form fields as strings; React's own `$ACTION_` fields are dropped, and repeated fields become arrays. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$') || typeof value !== 'string') continue
    const existing = values[key]
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
  }
  return values
}

/** What a form action runs: an action of lib/actions/pipeline.ts (defineAction, defineSteps or definePublicAction). */
export interface RunnableAction<R> {
  execute(actor: Awaited<ReturnType<typeof currentUser>>, raw: unknown, ...rest: never[]): Promise<ActionResult<R>>
}

async function runFormAction<R>(action: RunnableAction<R>, formData: FormData, rest: unknown[]): Promise<FormState<R>> {
  const raw = formValues(formData)
  let result: ActionResult<R>
  try {
    result = await (action.execute as (...args: unknown[]) => Promise<ActionResult<R>>)(await currentUser(), raw, ...rest)
  } catch (error) {
    // Reading the caller from the database failed (it is down or restarting), before the pipeline's own guard:
    // thrown on, it would replace the form with the error page and lose what was typed.
    unstable_rethrow(error)
    console.error('Form action failed before saving:', error)
    result = { status: 'error', message: UNEXPECTED }
  }
  const submission = Date.now()
  if (result.status === 'ok') {
    for (const path of result.revalidate) revalidatePath(path)
    return { status: 'ok', data: result.data, submission }
  }
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => !SECRET_FIELD.test(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value.join('\n') : value]),
  )
  return { ...result, values, submission }
}

export interface FormActionOptions<R> {
  /** Work on the request after a save, before any redirect (the session cookie after a password change). */
  after?: (data: R) => Promise<void>
  /** Where the browser goes after a save, instead of staying on the form with its "saved" state (undefined: it stays). */
  redirect?: (data: R, formData: FormData) => string | undefined
  /** Who sent a public action (definePublicAction), read from the request for its rate limit. */
  caller?: () => Promise<PublicCaller>
}

/** A form's server action, with the pipeline action it runs attached, so tests find it by reflection. */
export type FormAction<R> = ((previous: FormState<unknown>, formData: FormData) => Promise<FormState<R>>) & {
  readonly action: RunnableAction<R>
}

/**
 * The one shape of a desk form's server action: `export const saveXAction = formAction(saveX)` in a
 * lib/<concept>/form-actions.ts (a server-actions module). A failed save returns its state (typed values kept);
 * a save runs `after`, then redirects if asked to.
 */
export function formAction<R>(action: RunnableAction<R>, options: FormActionOptions<R> = {}): FormAction<R> {
  const run = async (_previous: FormState<unknown>, formData: FormData): Promise<FormState<R>> => {
    const state = await runFormAction(action, formData, options.caller ? [await options.caller()] : [])
    if (state.status !== 'ok') return state
    const data = state.data as R
    if (options.after) await options.after(data)
    const to = options.redirect?.(data, formData)
    if (to) redirect(to)
    return state
  }
  return Object.assign(run, { action })
}
