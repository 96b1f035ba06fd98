'use client'
// Who works on the claim and who reviews its verdict, chosen by an editor or admin on the claim's desk page.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { assignClaimAction } from '@/lib/claims/form-actions'
import { FormStatus, Options, Select, Submit } from './form'

export interface AssignableUser {
  id: string
  label: string
}

export function AssignmentForm({
  claimId,
  version,
  editorId,
  reviewerId,
  editors,
  reviewers,
}: {
  claimId: string
  version: number
  editorId: string | null
  reviewerId: string | null
  editors: AssignableUser[]
  reviewers: AssignableUser[]
}) {
  const [state, action] = useActionState(assignClaimAction, IDLE_FORM)
  const prefix = useId()
  const values = state.status === 'ok' ? undefined : state.values
  return (
    <form action={action} className="space-y-3" data-testid="assignment-form">
      <FormStatus state={state} success="담당을 정했습니다. Assignment saved." />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={String(version)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          key={`editor-${version}-${state.submission}`}
          name="editorId"
          label="담당 편집자 Editor"
          state={state}
          prefix={prefix}
          defaultValue={values?.editorId ?? editorId ?? ''}
        >
          <option value="">없음 Nobody</option>
          <Options items={editors} />
        </Select>
        <Select
          key={`reviewer-${version}-${state.submission}`}
          name="reviewerId"
          label="검토자 Reviewer"
          hint="판정을 공개할 수 있는 사람만 고를 수 있습니다. Only someone who may publish."
          state={state}
          prefix={prefix}
          defaultValue={values?.reviewerId ?? reviewerId ?? ''}
        >
          <option value="">없음 Nobody</option>
          <Options items={reviewers} />
        </Select>
      </div>
      <Submit pending="저장 중… Saving…">담당 저장 Save assignment</Submit>
    </form>
  )
}
