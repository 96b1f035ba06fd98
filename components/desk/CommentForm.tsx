'use client'
// The claim discussion's forms: a new comment, a reply under a thread's first comment, and editing one's own
// comment. Markdown; @handle mentions a desk user (the handles are listed under the field).
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addClaimCommentAction, editClaimCommentAction } from '@/lib/comments/form-actions'
import { MAX_COMMENT } from '@/lib/comments/schema'
import { FormStatus, Submit, Textarea } from './form'

type Mode = { kind: 'new'; claimId: string } | { kind: 'reply'; claimId: string; parentId: string } | { kind: 'edit'; commentId: string; body: string }

const WORDS = {
  new: { label: '댓글 Comment', button: '댓글 남기기 Add comment', done: '댓글을 남겼습니다. Comment added.' },
  reply: { label: '답글 Reply', button: '답글 달기 Reply', done: '답글을 달았습니다. Reply added.' },
  edit: { label: '댓글 고치기 Edit comment', button: '고친 댓글 저장 Save comment', done: '댓글을 고쳤습니다. Comment saved.' },
} as const

export function CommentForm({ mode, handles }: { mode: Mode; handles?: string[] }) {
  const [state, action] = useActionState(mode.kind === 'edit' ? editClaimCommentAction : addClaimCommentAction, IDLE_FORM)
  const prefix = useId()
  const words = WORDS[mode.kind]
  const initial = mode.kind === 'edit' ? mode.body : ''
  return (
    <form action={action} className="space-y-2" data-testid={`comment-form-${mode.kind}`}>
      <FormStatus state={state} success={words.done} />
      {mode.kind === 'edit' ? <input type="hidden" name="commentId" value={mode.commentId} /> : <input type="hidden" name="claimId" value={mode.claimId} />}
      {mode.kind === 'reply' ? <input type="hidden" name="parentId" value={mode.parentId} /> : null}
      <Textarea
        key={state.submission}
        name="body"
        label={words.label}
        note="(데스크 전용 desk only)"
        hint={
          <>
            마크다운을 쓸 수 있습니다. @아이디로 사람을 부르면 알림이 갑니다.{' '}
            <span lang="en">Markdown works; @handle notifies a desk user.</span>
            {handles?.length ? <span className="block font-mono">{handles.map((handle) => `@${handle}`).join(' ')}</span> : null}
          </>
        }
        state={state}
        prefix={prefix}
        required
        rows={mode.kind === 'new' ? 4 : 3}
        maxLength={MAX_COMMENT}
        defaultValue={state.status === 'ok' ? initial : (state.values?.body ?? initial)}
      />
      <Submit pending="저장 중… Saving…">{words.button}</Submit>
    </form>
  )
}
