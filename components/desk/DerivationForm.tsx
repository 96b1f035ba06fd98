'use client'
// Records that one of this claim's figures is computed from others: the operation and the input figures in order.
// Each input is a figure reference ("kinv024" for a claim's main figure, "kinv024#2" for its second); the
// suggestions (a native datalist) list figures of the same metrics first, searchable by id or words.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { DERIVATION_OPERATIONS, OPERATION_LABELS } from '@/lib/derivations/compute'
import { removeDerivationAction, saveDerivationAction } from '@/lib/derivations/form-actions'
import { FieldError, fieldErrorId, FormStatus, Input, labelClass, Options, Select, Submit } from './form'
import { RemoveButton } from './SourceFormParts'

/** Input slots the form offers; a sum of more parts than this is rare, and the action takes up to 12. */
const SLOTS = 6

export function DerivationForm({
  figures,
  candidates,
}: {
  /** This claim's figures that have no derivation yet. */
  figures: { id: string; label: string }[]
  candidates: { ref: string; label: string }[]
}) {
  const [state, action] = useActionState(saveDerivationAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  const typed = (values.inputs ?? '').split('\n')
  if (!figures.length) return <p className="text-sm text-stone-600">계산을 기록할 수치가 없습니다. No figure left to record a computation for.</p>
  return (
    <form key={state.submission} action={action} className="space-y-3" aria-label="계산 기록 Record a computation">
      <FormStatus state={state} success="계산을 기록했습니다. Computation recorded." />
      <div className="grid gap-3 sm:grid-cols-2">
        <Select name="quantityId" label="이 주장의 수치 This claim’s figure" state={state} prefix={prefix} required defaultValue={values.quantityId ?? figures[0].id}>
          <Options items={figures} />
        </Select>
        <Select name="operation" label="계산 Operation" state={state} prefix={prefix} required defaultValue={values.operation ?? ''}>
          <option value="" disabled>
            고르세요 Choose…
          </option>
          {DERIVATION_OPERATIONS.map((operation) => (
            <option key={operation} value={operation}>
              {OPERATION_LABELS[operation].ko} · {OPERATION_LABELS[operation].en}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className="space-y-2">
        <legend className={labelClass}>
          계산에 쓰는 수치, 순서대로 <span lang="en" className="font-normal">Figures computed from, in order</span>
        </legend>
        <p className="text-xs text-stone-500">
          비·비중은 (나뉠 수, 나누는 수), 차는 (빼일 수, 빼는 수), 변화는 (이전, 이후). 짧은 ID는 주 수치, “ID#2”는 두 번째 수치입니다.{' '}
          <span lang="en">Ratio and share: (numerator, denominator); difference: (from, minus); change: (earlier, later). A short id names the claim’s main figure, “id#2” its second.</span>
        </p>
        {/* The slots share one error message, below them all (no state per slot), which each names. */}
        {Array.from({ length: SLOTS }, (_, slot) => (
          <Input
            key={slot}
            name="inputs"
            label={
              <>
                수치 {slot + 1} <span lang="en">Figure {slot + 1}</span>
                {slot >= 2 ? ' (합만 · sums only)' : ''}
              </>
            }
            labelClassName="text-xs text-stone-600"
            list={`${prefix}-figures`}
            autoComplete="off"
            defaultValue={typed[slot] ?? ''}
            required={slot < 2}
            aria-invalid={Boolean(state.fieldErrors?.inputs?.length) || undefined}
            aria-describedby={state.fieldErrors?.inputs?.length ? fieldErrorId('inputs', prefix) : undefined}
          />
        ))}
        <datalist id={`${prefix}-figures`}>
          {candidates.map((candidate) => (
            <option key={candidate.ref} value={candidate.ref}>
              {candidate.label}
            </option>
          ))}
        </datalist>
        <FieldError state={state} prefix={prefix} name="inputs" />
      </fieldset>
      <Submit pending="저장 중… Saving…">계산 기록 Record computation</Submit>
    </form>
  )
}

export function RemoveDerivationButton({ derivationId, version, label }: { derivationId: string; version: number; label: string }) {
  return (
    <RemoveButton
      action={removeDerivationAction}
      fields={{ derivationId, version: String(version) }}
      label={`계산 기록 삭제 Remove the computation of ${label}`}
      confirmText="이 계산 기록을 지울까요? Remove this computation?"
    />
  )
}
