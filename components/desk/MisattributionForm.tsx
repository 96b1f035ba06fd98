'use client'
// Records that one of this claim's figures is a right number with the wrong label: what the claim presents it as,
// what it actually counts (both in words for readers, in Korean and English), what it really belongs to, and
// which claim or source shows it.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { WINDOW_KIND_LABELS, WINDOW_KINDS } from '@/lib/claims/quantity-schema'
import { recordMisattributionAction } from '@/lib/relations/form-actions'
import { buttonClass, FieldError, FormStatus, inputClass } from './form'
import { fieldProps, labelClass } from './SourceFormParts'

export interface MisattributionFormProps {
  claimId: string
  /** The claim's figures not yet recorded as misattributed, labelled as the desk writes them ("47 곳"). */
  quantities: { id: string; label: string }[]
  metrics: { id: string; label: string }[]
  sources: { id: string; label: string }[]
  suggestions: { shortId: string; text: string }[]
}

export function MisattributionForm({ claimId, quantities, metrics, sources, suggestions }: MisattributionFormProps) {
  const [state, action, pending] = useActionState(recordMisattributionAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  const text = (name: string, label: string, hint?: string, required = false) => (
    <label className="block">
      <span className={labelClass}>{label}</span>
      {hint ? <span className="block text-xs text-stone-500">{hint}</span> : null}
      <input {...fieldProps(state, prefix, name)} required={required} defaultValue={values[name]} className={inputClass} />
      <FieldError state={state} prefix={prefix} name={name} />
    </label>
  )
  return (
    <form key={state.submission} action={action} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <FormStatus state={state} success="수치의 실제 대상을 기록했습니다. Recorded what the figure actually counts." />
      <label className="block">
        <span className={labelClass}>수치 Figure</span>
        <select {...fieldProps(state, prefix, 'quantityId')} required defaultValue={values.quantityId ?? quantities[0]?.id ?? ''} className={inputClass}>
          {quantities.map((q) => (
            <option key={q.id} value={q.id}>
              {q.label}
            </option>
          ))}
        </select>
        <FieldError state={state} prefix={prefix} name="quantityId" />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('claimedAsKo', '주장이 내세운 대상 (한국어) Presented as, in Korean', '예: 전국 대학 수')}
        {text('claimedAsEn', '주장이 내세운 대상 (영어) Presented as, in English', 'e.g. the number of universities nationwide')}
        {text('actualKo', '실제로 세는 것 (한국어) What it actually counts, in Korean', '예: ○○도 한 곳의 참여 대학 수', true)}
        {text('actualEn', '실제로 세는 것 (영어) What it actually counts, in English', 'e.g. the number of participating universities in one province', true)}
        {text('actualSubject', '실제 대상 Actual subject', '예: ○○도')}
        <label className="block">
          <span className={labelClass}>실제 지표 Actual metric</span>
          <select {...fieldProps(state, prefix, 'actualMetricId')} defaultValue={values.actualMetricId ?? ''} className={inputClass}>
            <option value="">없음 None</option>
            {metrics.map((metric) => (
              <option key={metric.id} value={metric.id}>
                {metric.label}
              </option>
            ))}
          </select>
          <FieldError state={state} prefix={prefix} name="actualMetricId" />
        </label>
        <label className="block">
          <span className={labelClass}>실제 기간 종류 Actual window</span>
          <select {...fieldProps(state, prefix, 'actualWindowKind')} defaultValue={values.actualWindowKind ?? ''} className={inputClass}>
            <option value="">밝히지 않음 Not stated</option>
            {WINDOW_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {WINDOW_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <FieldError state={state} prefix={prefix} name="actualWindowKind" />
        </label>
        <div className="grid grid-cols-2 gap-2">
          <label className="block">
            <span className={labelClass}>시작 Start</span>
            <input type="date" {...fieldProps(state, prefix, 'actualWindowStart')} defaultValue={values.actualWindowStart} className={inputClass} />
            <FieldError state={state} prefix={prefix} name="actualWindowStart" />
          </label>
          <label className="block">
            <span className={labelClass}>끝 · 기준일 End · as of</span>
            <input type="date" {...fieldProps(state, prefix, 'actualWindowEnd')} defaultValue={values.actualWindowEnd} className={inputClass} />
            <FieldError state={state} prefix={prefix} name="actualWindowEnd" />
          </label>
        </div>
      </div>
      {text('actualDefinition', '실제 정의 Actual definition')}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          <span className={labelClass}>보여 주는 주장 Claim that shows it</span>{' '}
          <span className="text-xs text-stone-500">(선택 · optional: short id)</span>
          <input
            {...fieldProps(state, prefix, 'otherClaim')}
            list={`${prefix}-claims`}
            autoComplete="off"
            defaultValue={values.otherClaim}
            className={inputClass}
          />
          <datalist id={`${prefix}-claims`}>
            {suggestions.map((claim) => (
              <option key={claim.shortId} value={claim.shortId}>
                {claim.text}
              </option>
            ))}
          </datalist>
          <FieldError state={state} prefix={prefix} name="otherClaim" />
        </label>
        <label className="block">
          <span className={labelClass}>보여 주는 출처 Source that shows it</span>{' '}
          <span className="text-xs text-stone-500">(선택 · optional)</span>
          <select {...fieldProps(state, prefix, 'sourceId')} defaultValue={values.sourceId ?? ''} className={inputClass}>
            <option value="">없음 None</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.label}
              </option>
            ))}
          </select>
          <FieldError state={state} prefix={prefix} name="sourceId" />
        </label>
      </div>
      {text('note', '메모 Note')}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? '저장 중… Saving…' : '실제 대상 기록 Record what it counts'}
      </button>
    </form>
  )
}
