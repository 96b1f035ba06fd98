'use client'
// Relates this claim to another one. The other claim is given by its short id; the suggestions list (a native
// datalist) lets the editor search recent claims by id or words of their text, with the keyboard.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addRelationAction } from '@/lib/relations/form-actions'
import { RELATION_KINDS, RELATION_LABELS } from '@/lib/relations/schema'
import { FieldError, FormStatus, Input, labelClass, Select, Submit } from './form'
import { ClaimInput } from './SourceFormParts'

export function RelationForm({ claimId, suggestions }: { claimId: string; suggestions: { shortId: string; text: string }[] }) {
  const [state, action] = useActionState(addRelationAction, IDLE_FORM)
  const prefix = useId()
  const values = state.values ?? {}
  const direction = values.direction ?? 'outgoing'
  const on = { state, prefix }
  return (
    <form key={state.submission} action={action} className="space-y-3">
      <input type="hidden" name="claimId" value={claimId} />
      <FormStatus state={state} success="관계를 추가했습니다. Relation added." />
      <ClaimInput
        name="otherClaim"
        label="다른 주장 Other claim"
        note="(짧은 ID 또는 검색 · short id, or type to search)"
        {...on}
        suggestions={suggestions}
        required
        defaultValue={values.otherClaim}
        placeholder="kfm2023"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Select name="kind" label="관계 Relation" {...on} required defaultValue={values.kind ?? ''}>
          <option value="" disabled>
            고르세요 Choose…
          </option>
          {RELATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {RELATION_LABELS[kind].outgoing}
            </option>
          ))}
        </Select>
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
          <FieldError {...on} name="direction" />
        </fieldset>
      </div>
      <Input name="note" label="메모 Note" {...on} defaultValue={values.note} />
      <Submit pending="저장 중… Saving…">관계 추가 Add relation</Submit>
    </form>
  )
}
