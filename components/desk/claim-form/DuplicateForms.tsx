'use client'
// Marking a claim as a duplicate of another, and taking the mark back (the claim's desk page).
import Link from 'next/link'
import { useActionState, useRef } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import type { SimilarClaim } from '@/lib/claims/desk-queries'
import { markDuplicateAction, unmarkDuplicateAction } from '@/lib/claims/form-actions'
import { FormStatus, Input, Submit } from '../form'

/**
 * Merges this claim into another: the canonical claim is named by its short ID, typed or taken from the similar
 * claims listed. The duplicate's public link then redirects to the canonical claim.
 */
export function MarkDuplicateForm({ claimId, suggestions }: { claimId: string; suggestions: SimilarClaim[] }) {
  const [state, action] = useActionState(markDuplicateAction, IDLE_FORM)
  const input = useRef<HTMLInputElement>(null)
  const choose = (shortId: string) => {
    if (!input.current) return
    input.current.value = shortId
    input.current.focus()
  }
  return (
    <div className="space-y-3">
      <FormStatus state={state} success="중복으로 표시했습니다. Marked as a duplicate." />
      {suggestions.length ? (
        <div className="text-sm">
          <p className="font-medium">
            비슷한 주장 <span lang="en" className="font-normal text-stone-500">Similar claims</span>
          </p>
          <ul className="mt-1 space-y-1">
            {suggestions.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-baseline gap-2">
                <Link href={`/desk/claims/${claim.id}`} className="underline">
                  <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
                </Link>
                <span className="text-xs text-stone-600">{Math.round(claim.score * 100)}%</span>
                <button type="button" onClick={() => choose(claim.shortId)} className="text-xs underline">
                  이 주장을 원본으로 Use as canonical
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form key={state.submission} action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="claimId" value={claimId} />
        <Input
          ref={input}
          name="canonicalShortId"
          label="원본 주장 ID Canonical claim ID"
          state={state}
          required
          placeholder="kfm2023"
          defaultValue={state.values?.canonicalShortId}
          className="mt-1 w-40 rounded border border-stone-300 px-3 py-2 font-mono"
        />
        <Submit pending="처리 중… Working…">중복으로 표시 Mark as duplicate</Submit>
      </form>
    </div>
  )
}

export function UnmarkDuplicateForm({ claimId }: { claimId: string }) {
  const [state, action, pending] = useActionState(unmarkDuplicateAction, IDLE_FORM)
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} success="중복 표시를 해제했습니다. No longer marked as a duplicate." />
      <input type="hidden" name="claimId" value={claimId} />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 bg-white px-3 py-1 text-sm disabled:opacity-60">
        중복 표시 해제 Not a duplicate
      </button>
    </form>
  )
}
