'use client'
// The next steps of a pending claim edit: send for review (with the public correction note, or marked minor),
// discard, and for reviewers publish or send back. A reviewer whose own work it is (two-person rule) sees who may
// publish instead of a Publish button that would be refused.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { discardClaimEditAction, publishClaimEditAction, sendBackClaimEditAction, submitClaimEditAction } from '@/lib/claim-edits/form-actions'
import type { PublishRight } from '@/lib/verdicts/publishers'
import { MAX_NOTE } from '@/lib/verdicts/schema'
import { buttonClass, Textarea } from './form'
import { FormProblem } from './SourceFormParts'
import { StepForm, WhoMayPublish } from './VerdictActions'

function SubmitForReview({ hidden, initial }: { hidden: Record<string, string>; initial: { minor: boolean; correctionNote: string } }) {
  const [state, formAction, pending] = useActionState(submitClaimEditAction, IDLE_FORM)
  const prefix = useId()
  return (
    <form action={formAction} className="space-y-2 rounded border border-stone-200 bg-white p-3" data-testid="claim-edit-submit">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === 'ok' ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          검토를 요청했습니다. Sent for review.
        </p>
      ) : (
        <FormProblem state={state} />
      )}
      <Textarea
        name="correctionNote"
        label="정정 사유 (공개) Correction note (public)"
        hint="공개 페이지의 정정 안내와 정정 기록에 보입니다. Readers see it on the claim’s page and in the corrections log."
        state={state}
        prefix={prefix}
        rows={3}
        maxLength={MAX_NOTE}
        defaultValue={state.values?.correctionNote ?? initial.correctionNote}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="minor" defaultChecked={state.values ? state.values.minor === 'on' : initial.minor} />
        <span>
          사소한 수정 (오탈자·표기, 뜻은 그대로): 기록에만 남고 정정 안내는 없습니다.{' '}
          <span lang="en">Minor (a typo or wording, same meaning): listed in the history, no public correction note.</span>
        </span>
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? '처리 중… Working…' : '검토 요청 Send for review'}
      </button>
    </form>
  )
}

export function ClaimEditSteps({
  edit,
  canPublish,
}: {
  edit: { id: string; version: number; status: string; minor: boolean; correctionNote: string; publishRight: PublishRight | null }
  canPublish: boolean
}) {
  const hidden = { claimEditId: edit.id, version: String(edit.version) }
  const open = edit.status === 'DRAFT' || edit.status === 'SENT_BACK'
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {open ? <SubmitForReview hidden={hidden} initial={edit} /> : null}
      {open ? (
        <StepForm action={discardClaimEditAction} hidden={hidden} button="수정안 취소 Discard the change" done="취소했습니다. Discarded." tone="danger" />
      ) : null}
      {edit.status === 'IN_REVIEW' ? (
        canPublish ? (
          <>
            {edit.publishRight?.ownWork ? (
              <WhoMayPublish right={edit.publishRight} />
            ) : (
              <StepForm action={publishClaimEditAction} hidden={hidden} button="수정 공개 Publish the change" done="공개했습니다. Published." />
            )}
            <StepForm
              action={sendBackClaimEditAction}
              hidden={hidden}
              button="돌려보내기 Send back"
              done="돌려보냈습니다. Sent back."
              text={{ name: 'comment', label: '돌려보내는 이유 (데스크 전용) Why (desk only)', required: true }}
            />
          </>
        ) : (
          <WhoMayPublish right={edit.publishRight} />
        )
      ) : null}
    </div>
  )
}
