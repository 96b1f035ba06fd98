'use client'
// Adds a claimant from inside the claim form.
import { useState, useSyncExternalStore, useTransition } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import { createClaimantAction } from '@/lib/claims/form-actions'
import { CLAIMANT_KIND_LABELS, CLAIMANT_KINDS } from '@/lib/claims/schema'
import type { ClaimantKind } from '@/lib/db/generated/enums'
import { Input, Select } from '../form'
import type { ClaimantOption } from './types'

/**
 * Adds a claimant without leaving the claim form. Not a nested form (HTML has none) and not a form submission
 * (React would reset the claim form after it): the server action is called directly with its own fields.
 */
export function NewClaimant({ onCreated }: { onCreated: (claimant: ClaimantOption) => void }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [nameEn, setNameEn] = useState('')
  const [kind, setKind] = useState<ClaimantKind>('ORGANIZATION')
  const [result, setResult] = useState<FormState<unknown>>(IDLE_FORM)
  const [pending, startTransition] = useTransition()
  const hydrated = useHydrated()

  const add = () =>
    startTransition(async () => {
      const data = new FormData()
      data.set('name', name)
      data.set('nameEn', nameEn)
      data.set('kind', kind)
      const outcome = await createClaimantAction(IDLE_FORM, data)
      setResult(outcome)
      if (outcome.status === 'ok') {
        onCreated((outcome.data as { claimant: ClaimantOption }).claimant)
        setName('')
        setNameEn('')
        setOpen(false)
      }
    })
  // Enter in these fields adds the claimant; it must not submit the claim form around them.
  const onEnter = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      add()
    }
  }
  // The fields are named apart from the claim form's own (and not submitted with it): their errors follow them.
  const errors = result.fieldErrors
  const on = {
    state: { ...result, fieldErrors: errors && { newClaimantName: errors.name, newClaimantNameEn: errors.nameEn, newClaimantKind: errors.kind } },
    labelClassName: 'text-xs font-medium',
  }

  if (!open) {
    return (
      <div>
        {/* Disabled until React has hydrated: before that a click would do nothing and be lost. */}
        <button type="button" onClick={() => setOpen(true)} disabled={!hydrated} className="text-sm underline disabled:opacity-60">
          + 새 주장자 추가 Add a new claimant
        </button>
        {result.status === 'ok' ? (
          <p role="status" className="text-xs text-green-800">
            주장자를 추가하고 골랐습니다. Claimant added and chosen.
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div role="group" aria-labelledby="new-claimant-heading" className="space-y-2 rounded border border-dashed border-stone-300 p-3">
      <p id="new-claimant-heading" className="text-sm font-semibold">
        새 주장자 <span lang="en" className="font-normal text-stone-500">New claimant</span>
      </p>
      {result.status !== 'idle' && result.status !== 'ok' && !result.fieldErrors ? (
        <p role="alert" className="text-sm text-red-800">
          {result.message}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-3">
        <Input
          name="newClaimantName"
          submitted={false}
          label="이름 Name"
          {...on}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={onEnter}
          autoFocus
        />
        <Input
          name="newClaimantNameEn"
          submitted={false}
          label="영문 이름 English name"
          {...on}
          value={nameEn}
          onChange={(event) => setNameEn(event.target.value)}
          onKeyDown={onEnter}
        />
        <Select name="newClaimantKind" submitted={false} label="종류 Kind" {...on} value={kind} onChange={(event) => setKind(event.target.value as ClaimantKind)}>
          {CLAIMANT_KINDS.map((option) => (
            <option key={option} value={option}>
              {CLAIMANT_KIND_LABELS[option]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-3">
        <button type="button" onClick={add} disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-60">
          {pending ? '추가 중… Adding…' : '추가 Add'}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="text-sm underline">
          닫기 Close
        </button>
      </div>
    </div>
  )
}

const noSubscription = () => () => {}
/** False in the server's HTML and during hydration, true once React runs the component in the browser. */
export const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
