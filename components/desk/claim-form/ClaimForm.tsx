'use client'
// The claim form for new and existing claims: wording, claimant, status, its quantities (one row each) and the
// re-check dates. A refused save comes back with everything typed still in it; a save refused because someone else
// saved first shows what changed (ConflictNotice) with their changes merged in.
import Link from 'next/link'
import { useActionState, useEffect, useRef, useState } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import { createClaimAction, updateClaimAction } from '@/lib/claims/form-actions'
import { conflictRows, mergeOnConflict, savedFormValues, type ClaimFormValues, type SavedNow } from '@/lib/claims/schema'
import { ConflictNotice } from '../ConflictNotice'
import { FormStatus, Submit } from '../form'
import { SimilarWhileTyping } from '../SimilarWhileTyping'
import { ClaimantPart } from './ClaimantPart'
import { describeClaimValue } from './describe'
import { QuantityEditor } from './QuantityEditor'
import { RecheckPart, StatusPart } from './StatusPart'
import { TextPart } from './TextPart'
import type { ClaimantOption, MetricChoice } from './types'

export type { ClaimantOption, MetricChoice } from './types'

type Props = { metrics?: MetricChoice[] } & (
  | { mode: 'create'; claimants: ClaimantOption[]; claimId?: undefined; version?: undefined; initial?: undefined }
  | { mode: 'edit'; claimants: ClaimantOption[]; claimId: string; version: number; initial: ClaimFormValues }
)

function parseBase(text: string | undefined): ClaimFormValues | null {
  if (!text) return null
  try {
    return JSON.parse(text) as ClaimFormValues
  } catch {
    return null
  }
}

export function ClaimForm(props: Props) {
  const [state, action] = useActionState<FormState<unknown>, FormData>(props.mode === 'create' ? createClaimAction : updateClaimAction, IDLE_FORM)
  const submitted = state.values
  const saved = state.status === 'conflict' ? (state.current as unknown as SavedNow) : null
  // What this editor started from: the loaded claim, carried through refusals in a hidden field.
  const base = submitted ? parseBase(submitted.base) : (props.initial ?? null)
  const values: Record<string, string> = saved && submitted ? mergeOnConflict(base, submitted, saved) : (submitted ?? props.initial ?? {})
  // After a conflict the form saves on top of the version saved now, and that version is the new starting point.
  const version = saved ? String(saved.version) : (submitted?.version ?? String(props.version ?? ''))
  const nextBase = saved ? savedFormValues(saved) : base
  // The claim as saved (now, after a conflict; else as loaded) decides whether the form may set the status at all.
  const statusFollowsVerdict = (saved ? savedFormValues(saved) : base)?.status === 'PUBLISHED'

  const [claimantId, setClaimantId] = useState(values.claimantId ?? '')
  const [lang, setLang] = useState<'ko' | 'en'>(values.language === 'en' ? 'en' : 'ko')
  /** Fields set from the conflict view's "use saved value": remounted (or, in a quantity row, refilled) with it. */
  const [taken, setTaken] = useState<Record<string, string>>({})
  const [seenSubmission, setSeenSubmission] = useState(state.submission)
  if (seenSubmission !== state.submission) {
    // A new result: the remounted form starts from its values (React's pattern for state derived from props).
    setSeenSubmission(state.submission)
    setClaimantId(values.claimantId ?? '')
    setLang(values.language === 'en' ? 'en' : 'ko')
    setTaken({})
  }

  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    // After a refusal, keyboard users start at the first field that needs them.
    if (state.status === 'invalid') formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])

  const value = (field: string) => taken[field] ?? values[field] ?? ''
  const fieldKey = (field: string) => `${field}:${taken[field] ?? ''}`
  const part = { value, fieldKey, state }
  const useSaved = (field: string, savedValue: string) => {
    setTaken((current) => ({ ...current, [field]: savedValue }))
    if (field === 'claimantId') setClaimantId(savedValue)
  }

  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      {saved && submitted ? (
        <ConflictNotice
          rows={conflictRows(base, submitted, saved)}
          saved={saved}
          describe={(field, raw) => describeClaimValue(field, raw, props.claimants, props.metrics ?? [])}
          onUseSaved={useSaved}
        />
      ) : null}

      {/* Keyed on the submission so that refused input comes back into the fields. */}
      <form key={state.submission} ref={formRef} action={action} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5" noValidate>
        {props.mode === 'edit' ? (
          <>
            <input type="hidden" name="claimId" value={props.claimId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="base" value={JSON.stringify(nextBase ?? {})} />
          </>
        ) : null}

        <TextPart {...part} excludeId={props.claimId} onLanguage={setLang} />
        <ClaimantPart {...part} claimants={props.claimants} claimantId={claimantId} setClaimantId={setClaimantId} />
        <StatusPart {...part} statusFollowsVerdict={statusFollowsVerdict} />
        <QuantityEditor values={values} taken={taken} state={state} metrics={props.metrics ?? []} lang={lang} />
        <RecheckPart {...part} />

        <SimilarWhileTyping excludeId={props.claimId} />
        <div className="flex items-center gap-4">
          <Submit pending="저장 중… Saving…">{props.mode === 'create' ? '주장 만들기 Create claim' : '주장 저장 Save claim'}</Submit>
          <Link href={props.mode === 'edit' ? `/desk/claims/${props.claimId}` : '/desk'} className="text-sm underline">
            취소 Cancel
          </Link>
        </div>
      </form>
    </div>
  )
}
