'use client'
// Confirm or dismiss one suggested relation. Two small forms, so each works without JavaScript too.
import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { confirmSuggestionAction, dismissSuggestionAction } from '@/lib/reconcile/form-actions'
import { FormStatus } from './form'

export function RelationSuggestionButtons({ claimId, otherClaimId, kind, label }: { claimId: string; otherClaimId: string; kind: string; label: string }) {
  const [confirmed, confirm, confirming] = useActionState(confirmSuggestionAction, IDLE_FORM)
  const [dismissed, dismiss, dismissing] = useActionState(dismissSuggestionAction, IDLE_FORM)
  const fields = (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="otherClaimId" value={otherClaimId} />
      <input type="hidden" name="kind" value={kind} />
    </>
  )
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={confirm}>
        {fields}
        <button type="submit" disabled={confirming || dismissing} aria-label={`확인 Confirm: ${label}`} className="rounded bg-stone-900 px-3 py-1 text-sm font-medium text-white disabled:opacity-60">
          확인 Confirm
        </button>
      </form>
      <form action={dismiss}>
        {fields}
        <button type="submit" disabled={confirming || dismissing} aria-label={`무시 Dismiss: ${label}`} className="rounded border border-stone-400 bg-white px-3 py-1 text-sm disabled:opacity-60">
          무시 Dismiss
        </button>
      </form>
      <FormStatus state={confirmed} success="관계를 추가했습니다. Relation added." />
      <FormStatus state={dismissed} success="다시 제안하지 않습니다. Will not be suggested again." />
    </div>
  )
}
