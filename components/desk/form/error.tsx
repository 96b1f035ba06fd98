import type { FormState } from '@/lib/actions/form-state'

/**
 * The id of a field's error message, which the field names in aria-describedby. Forms that share a page with others
 * (the claim material and source forms) pass a per-form prefix so the ids stay unique.
 */
export const fieldErrorId = (name: string, prefix?: string) => (prefix ? `${prefix}-${name}-error` : `${name}-error`)

/** A field's error messages from the last refused save, under the field. */
export function FieldError({ state, name, prefix }: { state?: FormState<unknown>; name: string; prefix?: string }) {
  const errors = state?.fieldErrors?.[name]
  if (!errors?.length) return null
  return (
    <p id={fieldErrorId(name, prefix)} className="mt-1 text-sm text-red-800">
      {errors.join(' ')}
    </p>
  )
}
