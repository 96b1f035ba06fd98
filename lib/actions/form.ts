// Adapts an action (lib/actions/pipeline.ts) to a React form: FormData in, a serialisable state out that keeps
// what the user typed whenever the save did not happen, so a failed save loses nothing.
import 'server-only'
import { revalidatePath } from 'next/cache'
import { unstable_rethrow } from 'next/navigation'
import { currentUser } from '../auth/session'
import type { FormState } from './form-state'
import { UNEXPECTED, type ActionResult } from './pipeline'

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

export async function runFormAction<R>(
  action: { execute(actor: Awaited<ReturnType<typeof currentUser>>, raw: unknown): Promise<ActionResult<R>> },
  formData: FormData,
): Promise<FormState<R>> {
  const raw = formValues(formData)
  let result: ActionResult<R>
  try {
    result = await action.execute(await currentUser(), raw)
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
