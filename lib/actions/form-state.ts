// The state a desk form gets back from its server action; shared by server and client code.
import type { ActionResult, FieldErrors } from './pipeline'

export interface FormState<R = unknown> {
  status: 'idle' | ActionResult<R>['status']
  message?: string
  fieldErrors?: FieldErrors
  /** The submitted values (secrets left out), to refill the form after a refusal. */
  values?: Record<string, string>
  /** The record as it is now, after a version conflict. */
  current?: Record<string, unknown>
  data?: R
  /** Changes on every submission, so a form keyed on it remounts with the returned values. */
  submission: number
}

export const IDLE_FORM: FormState = { status: 'idle', submission: 0 }
