'use client'
// Records that one of this claim's figures is a right number with the wrong label: what the claim presents it as,
// what it actually counts (both in words for readers, in Korean and English), what it really belongs to, and
// which claim or source shows it.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { WINDOW_KIND_LABELS, WINDOW_KINDS } from '@/lib/claims/quantity-schema'
import { recordMisattributionAction } from '@/lib/relations/form-actions'
import { FormStatus, Input, Options, Select, Submit } from './form'
import { ClaimInput } from './SourceFormParts'

export interface MisattributionFormProps {
  claimId: string
  /** The claim's figures not yet recorded as misattributed, labelled as the desk writes them ("47 곳"). */
  quantities: { id: string; label: string }[]
  metrics: { id: string; label: string }[]
  sources: { id: string; label: string }[]
  suggestions: { shortId: string; text: string }[]
}

export function MisattributionForm({ claimId, quantities, metrics, sources, suggestions }: MisattributionFormProps) {
  const [state, action] = useActionState(recordMisattributionAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  const on = { state, prefix }
  const text = (name: string, label: string, hint?: string, required = false) => (
    <Input name={name} label={label} hint={hint} {...on} required={required} defaultValue={values[name]} />
  )
  return (
    <form key={state.submission} action={action} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <FormStatus state={state} success="수치의 실제 대상을 기록했습니다. Recorded what the figure actually counts." />
      <Select name="quantityId" label="수치 Figure" {...on} required defaultValue={values.quantityId ?? quantities[0]?.id ?? ''}>
        <Options items={quantities} />
      </Select>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('claimedAsKo', '주장이 내세운 대상 (한국어) Presented as, in Korean', '예: 전국 대학 수')}
        {text('claimedAsEn', '주장이 내세운 대상 (영어) Presented as, in English', 'e.g. the number of universities nationwide')}
        {text('actualKo', '실제로 세는 것 (한국어) What it actually counts, in Korean', '예: ○○도 한 곳의 참여 대학 수', true)}
        {text('actualEn', '실제로 세는 것 (영어) What it actually counts, in English', 'e.g. the number of participating universities in one province', true)}
        {text('actualSubject', '실제 대상 Actual subject', '예: ○○도')}
        <Select name="actualMetricId" label="실제 지표 Actual metric" {...on} defaultValue={values.actualMetricId ?? ''}>
          <option value="">없음 None</option>
          <Options items={metrics} />
        </Select>
        <Select name="actualWindowKind" label="실제 기간 종류 Actual window" {...on} defaultValue={values.actualWindowKind ?? ''}>
          <option value="">밝히지 않음 Not stated</option>
          {WINDOW_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {WINDOW_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
        <div className="grid grid-cols-2 gap-2">
          <Input name="actualWindowStart" label="시작 Start" {...on} type="date" defaultValue={values.actualWindowStart} />
          <Input name="actualWindowEnd" label="끝 · 기준일 End · as of" {...on} type="date" defaultValue={values.actualWindowEnd} />
        </div>
      </div>
      {text('actualDefinition', '실제 정의 Actual definition')}
      <div className="grid gap-3 sm:grid-cols-2">
        <ClaimInput
          name="otherClaim"
          label="보여 주는 주장 Claim that shows it"
          note="(선택 · optional: short id)"
          {...on}
          suggestions={suggestions}
          defaultValue={values.otherClaim}
        />
        <Select
          name="sourceId"
          label="보여 주는 출처 Source that shows it"
          note="(선택 · optional)"
          {...on}
          defaultValue={values.sourceId ?? ''}
        >
          <option value="">없음 None</option>
          <Options items={sources} />
        </Select>
      </div>
      {text('note', '메모 Note')}
      <Submit pending="저장 중… Saving…">실제 대상 기록 Record what it counts</Submit>
    </form>
  )
}
