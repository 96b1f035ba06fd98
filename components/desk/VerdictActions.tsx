'use client'
// The verdict's next steps, one small form each: submit for review, send back with a comment, publish (with a
// public change note for a correction) and withdraw with a public reason. Desk notes go in the claim's discussion
// (components/desk/ClaimDiscussion.tsx).
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import {
  publishAction,
  sendBackAction,
  submitForReviewAction,
  withdrawAction,
} from '@/lib/verdicts/form-actions'
import type { PublishRight } from '@/lib/verdicts/publishers'
import { MAX_NOTE } from '@/lib/verdicts/schema'
import { buttonClass, FormStatus, Submit, Textarea } from './form'
import type { FormAction } from './SourceFormParts'

interface TextField {
  name: string
  label: string
  hint?: string
  required: boolean
}

export function StepForm({
  action,
  hidden,
  button,
  done,
  text,
  tone = 'dark',
}: {
  action: FormAction
  hidden: Record<string, string>
  button: string
  done: string
  text?: TextField
  tone?: 'dark' | 'danger'
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM)
  const prefix = useId()
  return (
    <form action={formAction} className="space-y-2 rounded border border-stone-200 bg-white p-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} success={done} />
      {text ? (
        <Textarea
          key={state.submission}
          name={text.name}
          label={text.label}
          hint={text.hint}
          state={state}
          prefix={prefix}
          required={text.required}
          rows={3}
          maxLength={MAX_NOTE}
          defaultValue={state.status === 'ok' ? '' : state.values?.[text.name]}
        />
      ) : null}
      <Submit pending="처리 중… Working…" className={tone === 'danger' ? `${buttonClass} bg-red-800` : buttonClass}>
        {button}
      </Submit>
    </form>
  )
}

export interface VerdictActionsProps {
  verdict: { id: string; version: number; status: string }
  /** Readers see a revision: a change needs a change note, and the verdict can be withdrawn. */
  published: boolean
  canPublish: boolean
  /** For a verdict in review: whether the viewer's own work blocks them (two-person rule), and who may publish. */
  publishRight: PublishRight | null
}

/** Who may publish a verdict in review, shown instead of a Publish button the viewer could not use. */
export function WhoMayPublish({ right }: { right: PublishRight | null }) {
  const names = right ? [...right.mayPublish, ...(right.more ? [`+${right.more}`] : [])].join(', ') : ''
  return (
    <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="who-may-publish">
      {right?.ownWork ? (
        <>
          2인 원칙: 직접 쓴 초안은 다른 검토자가 공개합니다. <span lang="en">Two-person rule: someone else publishes your draft.</span>{' '}
        </>
      ) : null}
      {names ? (
        <>
          공개할 수 있는 사람 <span lang="en">May publish</span>: {names}
        </>
      ) : (
        <>
          공개할 수 있는 사람이 없습니다. 관리자에게 검토자를 요청하세요. <span lang="en">Nobody else may publish it: ask an admin for a reviewer.</span>
        </>
      )}
    </p>
  )
}

/**
 * Publish (with the public change note a correction needs) and send back: the reviewer's two answers. A reviewer
 * whose own work is under review (two-person rule) may only send it back.
 */
export function ReviewSteps({ hidden, published, right }: { hidden: Record<string, string>; published: boolean; right: PublishRight | null }) {
  const changeNote: TextField = {
    name: 'changeNote',
    label: '변경 사유 (공개) Change note (public)',
    hint: '수정 기록에 독자에게 보입니다. Readers see it in the corrections log.',
    required: true,
  }
  return (
    <>
      {right?.ownWork ? (
        <WhoMayPublish right={right} />
      ) : (
        <StepForm
          action={publishAction}
          hidden={hidden}
          button={published ? '수정 공개 Publish the change' : '공개 Publish'}
          done="공개했습니다. Published."
          text={published ? changeNote : undefined}
        />
      )}
      <StepForm
        action={sendBackAction}
        hidden={hidden}
        button="돌려보내기 Send back"
        done="초안으로 돌려보냈습니다. Sent back to draft."
        text={{ name: 'comment', label: '돌려보내는 이유 (데스크 전용) Why (desk only)', required: true }}
      />
    </>
  )
}

export function VerdictActions({ verdict, published, canPublish, publishRight }: VerdictActionsProps) {
  const hidden = { verdictId: verdict.id, version: String(verdict.version) }
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {verdict.status === 'DRAFT' ? (
        <StepForm action={submitForReviewAction} hidden={hidden} button="검토 요청 Send for review" done="검토를 요청했습니다. Sent for review." />
      ) : null}
      {verdict.status === 'IN_REVIEW' ? (
        canPublish ? <ReviewSteps hidden={hidden} published={published} right={publishRight} /> : <WhoMayPublish right={publishRight} />
      ) : null}
      {published && verdict.status !== 'WITHDRAWN' && canPublish ? (
        <StepForm
          action={withdrawAction}
          hidden={hidden}
          button="판정 철회 Withdraw verdict"
          done="철회했습니다. Withdrawn."
          tone="danger"
          text={{
            name: 'reason',
            label: '철회 이유 (공개) Reason (public)',
            hint: '공개 페이지 맨 위에 보입니다. Shown at the top of the public page.',
            required: true,
          }}
        />
      ) : null}
    </div>
  )
}
