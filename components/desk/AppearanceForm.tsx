'use client'
// Records where a claim was made or repeated: a library source and the date it appeared there.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addAppearanceAction } from '@/lib/evidence/form-actions'
import type { SourceChoice } from './EvidenceForm'
import { buttonClass, FieldError, FormStatus, inputClass } from './form'
import { fieldProps, labelClass, SourceSelect } from './SourceFormParts'

export function AppearanceForm({ claimId, sources }: { claimId: string; sources: SourceChoice[] }) {
  const [state, action, pending] = useActionState(addAppearanceAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  return (
    <form key={state.submission} action={action} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <FormStatus state={state} success="등장 기록을 추가했습니다. Appearance added." />
      <label className="block">
        <span className={labelClass}>출처 Source</span>
        <SourceSelect state={state} prefix={prefix} sources={sources} value={values.sourceId} />
        <FieldError state={state} prefix={prefix} name="sourceId" />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          <span className={labelClass}>날짜 Date</span>
          <input {...fieldProps(state, prefix, 'appearedAt')} type="date" defaultValue={values.appearedAt} className={inputClass} />
          <FieldError state={state} prefix={prefix} name="appearedAt" />
        </label>
        <label className="block">
          <span className={labelClass}>메모 Note</span>
          <input {...fieldProps(state, prefix, 'note')} defaultValue={values.note} className={inputClass} />
          <FieldError state={state} prefix={prefix} name="note" />
        </label>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? '저장 중… Saving…' : '등장 추가 Add appearance'}
      </button>
    </form>
  )
}
