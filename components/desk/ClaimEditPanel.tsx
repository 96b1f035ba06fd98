// The desk claim page's pending change to a published claim: what it changes against what readers see (a line diff,
// as for verdicts), its state, the reviewer's reason when sent back, and the next steps.
import Link from 'next/link'
import { DIFF_FIELDS, type PendingEdit } from '@/lib/claim-edits/queries'
import { CLAIM_EDIT_STATUS_LABELS } from '@/lib/claim-edits/schema'
import { ClaimEditSteps } from './ClaimEditSteps'
import { LineDiff } from './VerdictDiff'

export function ClaimEditPanel({ claimId, edit, canPublish }: { claimId: string; edit: PendingEdit; canPublish: boolean }) {
  return (
    <section aria-labelledby="claim-edit-heading" className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50/40 p-4" data-testid="claim-edit-panel">
      <h2 id="claim-edit-heading" className="text-xl font-semibold">
        공개 대기 중인 수정 <span lang="en" className="font-normal text-stone-500">Pending change to the published claim</span>
      </h2>
      <p className="text-sm text-stone-700">
        <span className="font-semibold text-stone-900" data-testid="claim-edit-status">
          {CLAIM_EDIT_STATUS_LABELS[edit.status]}
        </span>
        {edit.author ? ` · 작성 author ${edit.author.name}` : ''}
        {edit.minor && edit.status === 'IN_REVIEW' ? ' · 사소한 수정 minor' : ''} · 독자는 공개된 주장을 봅니다{' '}
        <span lang="en">(readers see the published claim until this is published)</span> ·{' '}
        <Link href={`/desk/claims/${claimId}/edit`} className="underline">
          수정안 고치기 Edit the change
        </Link>
      </p>
      {edit.status === 'SENT_BACK' && edit.sentBackComment ? (
        <p className="rounded border border-amber-300 bg-white px-3 py-2 text-sm">
          돌려보낸 이유 <span lang="en">Sent back because</span>: {edit.sentBackComment}
        </p>
      ) : null}
      {edit.status === 'IN_REVIEW' && edit.correctionNote ? (
        <p className="text-sm">
          정정 사유 (공개) <span lang="en">Correction note (public)</span>: <span data-testid="claim-edit-note">{edit.correctionNote}</span>
        </p>
      ) : null}
      <LineDiff fields={DIFF_FIELDS} diff={edit.diff} />
      <ClaimEditSteps
        edit={{ id: edit.id, version: edit.version, status: edit.status, minor: edit.minor, correctionNote: edit.correctionNote, publishRight: edit.publishRight }}
        canPublish={canPublish}
      />
    </section>
  )
}
