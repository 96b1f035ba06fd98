import type { FormState } from '@/lib/actions/form-state'

/** The form-level outcome: success, or why nothing was saved. Announced to screen readers. */
export function FormStatus({ state, success }: { state: FormState<unknown>; success?: string }) {
  if (state.status === 'idle') return null
  const ok = state.status === 'ok'
  return (
    <p role={ok ? 'status' : 'alert'} className={`rounded px-3 py-2 text-sm ${ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
      {ok ? (success ?? '저장했습니다. Saved.') : state.message}
    </p>
  )
}

/**
 * The id of a field's error message, which the field names in aria-describedby. Forms that share a page with others
 * (the claim material and source forms) pass a per-form prefix so the ids stay unique.
 */
export const fieldErrorId = (name: string, prefix?: string) => (prefix ? `${prefix}-${name}-error` : `${name}-error`)

export function FieldError({ state, name, prefix }: { state: FormState<unknown>; name: string; prefix?: string }) {
  const errors = state.fieldErrors?.[name]
  if (!errors?.length) return null
  return (
    <p id={fieldErrorId(name, prefix)} className="mt-1 text-sm text-red-800">
      {errors.join(' ')}
    </p>
  )
}
