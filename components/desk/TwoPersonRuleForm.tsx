'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { setTwoPersonRuleAction } from '@/lib/settings/form-actions'
import { FormStatus } from './form'

/** One button that sets the opposite state; the form sends the wanted value, so a double click cannot undo it. */
export function TwoPersonRuleForm({ enabled }: { enabled: boolean }) {
  const [state, action, pending] = useActionState(setTwoPersonRuleAction, IDLE_FORM)
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state} success="설정을 바꿨습니다. Setting changed." />
      <input type="hidden" name="enabled" value={String(!enabled)} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-stone-900 px-4 py-2 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60"
      >
        {enabled ? '두 사람 규칙 끄기 Turn the two-person rule off' : '두 사람 규칙 켜기 Turn the two-person rule on'}
      </button>
    </form>
  )
}
