// The form-level outcome of a save, above the form (the error summary: the fields say what to fix).
import type { ReactNode } from 'react'
import type { FormState } from '@/lib/actions/form-state'

/** The form-level outcome: success, or why nothing was saved. Announced to screen readers. */
export function FormStatus({ state, success }: { state: FormState<unknown>; success?: ReactNode }) {
  if (state.status === 'idle') return null
  const ok = state.status === 'ok'
  return (
    <p role={ok ? 'status' : 'alert'} className={`rounded px-3 py-2 text-sm ${ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
      {ok ? (success ?? '저장했습니다. Saved.') : state.message}
    </p>
  )
}
