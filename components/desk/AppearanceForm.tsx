'use client'
// Records where a claim was made or repeated: a library source and the date it appeared there.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addAppearanceAction } from '@/lib/evidence/form-actions'
import type { SourceChoice } from './EvidenceForm'
import { FormStatus, Input, Submit, Textarea } from './form'
import { SourceSelect } from './SourceFormParts'

export function AppearanceForm({ claimId, sources }: { claimId: string; sources: SourceChoice[] }) {
  const [state, action] = useActionState(addAppearanceAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  return (
    <form key={state.submission} action={action} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <FormStatus state={state} success="등장 기록을 추가했습니다. Appearance added." />
      <SourceSelect state={state} prefix={prefix} sources={sources} value={values.sourceId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Input name="appearedAt" label="날짜 Date" state={state} prefix={prefix} defaultValue={values.appearedAt} placeholder="2024-12-05 · 2024-12 · 2024" />
        <Input name="note" label="메모 Note" state={state} prefix={prefix} defaultValue={values.note} />
      </div>
      <Textarea name="quote" label="인용 문장 Quoted sentence" state={state} prefix={prefix} defaultValue={values.quote} rows={2} />
      <Submit pending="저장 중… Saving…">등장 추가 Add appearance</Submit>
    </form>
  )
}
