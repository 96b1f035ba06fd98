'use client'
// Relates this claim to another one. The other claim is given by its short id; the suggestions list (a native
// datalist) lets the editor search recent claims by id or words of their text, with the keyboard.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addRelationAction } from '@/lib/relations/form-actions'
import { RELATION_KINDS, RELATION_LABELS } from '@/lib/relations/schema'
import { buttonClass, FieldError, FormStatus, inputClass } from './form'
import { fieldProps, labelClass } from './SourceFormParts'

export function RelationForm({ claimId, suggestions }: { claimId: string; suggestions: { shortId: string; text: string }[] }) {
  const [state, action, pending] = useActionState(addRelationAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  const direction = values.direction ?? 'outgoing'
  return (
    <form key={state.submission} action={action} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <FormStatus state={state} success="관계를 추가했습니다. Relation added." />
      <label className="block">
        <span className={labelClass}>다른 주장 Other claim</span>{' '}
        <span className="text-xs text-stone-500">(짧은 ID 또는 검색 · short id, or type to search)</span>
        <input
          {...fieldProps(state, prefix, 'otherClaim')}
          required
          list={`${prefix}-claims`}
          autoComplete="off"
          defaultValue={values.otherClaim}
          placeholder="kfm2023"
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
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          <span className={labelClass}>관계 Relation</span>
          <select {...fieldProps(state, prefix, 'kind')} required defaultValue={values.kind ?? ''} className={inputClass}>
            <option value="" disabled>
              고르세요 Choose…
            </option>
            {RELATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {RELATION_LABELS[kind].outgoing}
              </option>
            ))}
          </select>
          <FieldError state={state} prefix={prefix} name="kind" />
        </label>
        <fieldset>
          <legend className={labelClass}>방향 Direction</legend>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="direction" value="outgoing" defaultChecked={direction === 'outgoing'} />
            이 주장 → 다른 주장 <span lang="en">this → other</span>
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="direction" value="incoming" defaultChecked={direction === 'incoming'} />
            다른 주장 → 이 주장 <span lang="en">other → this</span>
          </label>
          <span className="block text-xs text-stone-500">
            대체·중복에만 의미가 있습니다. Matters only for supersedes and duplicate of.
          </span>
          <FieldError state={state} prefix={prefix} name="direction" />
        </fieldset>
      </div>
      <label className="block">
        <span className={labelClass}>메모 Note</span>
        <input {...fieldProps(state, prefix, 'note')} defaultValue={values.note} className={inputClass} />
        <FieldError state={state} prefix={prefix} name="note" />
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? '저장 중… Saving…' : '관계 추가 Add relation'}
      </button>
    </form>
  )
}
