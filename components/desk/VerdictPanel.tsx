// The verdict section of the desk's claim page: state, the editor (or a read-only view while in review or
// withdrawn), next steps for this user's role, the desk-only comment thread and the published revisions.
import { VerdictBadge } from '@/components/VerdictBadge'
import { VerdictBody } from '@/components/VerdictBody'
import type { VerdictWorkspace } from '@/lib/verdicts/queries'
import { VERDICT_STATUS_LABELS } from '@/lib/verdicts/schema'
import { VerdictActions } from './VerdictActions'
import { VerdictEditor } from './VerdictEditor'
import { formatDeskDate, formatDeskTime } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

const when = (date: Date) => formatDeskTime(date, deskTimeZone())

export function VerdictPanel({
  claimId,
  workspace,
  viewer,
}: {
  claimId: string
  workspace: VerdictWorkspace
  viewer: { id: string; canPublish: boolean }
}) {
  const { verdict, ratings, citations } = workspace
  const published = Boolean(verdict?.revisions.length)
  const editable = !verdict || verdict.status === 'DRAFT' || verdict.status === 'PUBLISHED'

  return (
    <section aria-labelledby="verdict-heading" className="space-y-4">
      <h2 id="verdict-heading" className="text-xl font-semibold">
        판정 <span lang="en" className="font-normal text-stone-500">Verdict</span>
      </h2>
      {verdict ? (
        <p className="text-sm text-stone-600">
          <span className="font-semibold text-stone-900">{VERDICT_STATUS_LABELS[verdict.status]}</span> · 버전 version {verdict.version}
          {verdict.author ? ` · 작성 author ${verdict.author.name}` : ''}
          {verdict.submittedAt && verdict.status === 'IN_REVIEW' ? ` · 검토 요청 submitted ${when(verdict.submittedAt)}` : ''}
          {published ? ` · 공개 revision ${verdict.revisions[0].number}` : ''}
          {published && verdict.status !== 'PUBLISHED' && verdict.status !== 'WITHDRAWN'
            ? ' · 독자는 마지막 공개본을 봅니다 (readers see the last published revision)'
            : ''}
        </p>
      ) : (
        <p className="text-sm text-stone-600">
          아직 판정이 없습니다. <span lang="en">No verdict yet.</span>
        </p>
      )}
      {verdict?.status === 'WITHDRAWN' ? (
        <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          철회됨 Withdrawn {verdict.withdrawnAt ? formatDeskDate(verdict.withdrawnAt, deskTimeZone()) : ''}: {verdict.withdrawnReason}
        </p>
      ) : null}

      {editable ? (
        <VerdictEditor
          claimId={claimId}
          verdict={
            verdict
              ? {
                  ratingId: verdict.ratingId,
                  summary: verdict.summary,
                  analysis: verdict.analysis,
                  summaryEn: verdict.summaryEn,
                  analysisEn: verdict.analysisEn,
                  version: verdict.version,
                  status: verdict.status,
                }
              : null
          }
          ratings={ratings}
          citations={citations}
        />
      ) : verdict ? (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
          <VerdictBody rating={verdict.rating} summary={verdict.summary} analysis={verdict.analysis} citations={citations} />
          {verdict.summaryEn || verdict.analysisEn ? (
            <div className="border-t border-stone-200 pt-3" data-testid="verdict-translation-view">
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                영어 번역 <span lang="en">English translation</span>
              </p>
              <VerdictBody
                rating={null}
                summary={verdict.summary}
                analysis={verdict.analysis}
                summaryEn={verdict.summaryEn}
                analysisEn={verdict.analysisEn}
                citations={citations}
                locale="en"
              />
            </div>
          ) : null}
        </div>
      ) : null}

      {verdict ? (
        <VerdictActions
          verdict={{ id: verdict.id, version: verdict.version, status: verdict.status }}
          published={published}
          canPublish={viewer.canPublish}
          publishRight={workspace.publishRight}
        />
      ) : null}

      {verdict?.comments.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">
            검토 대화 <span lang="en" className="font-normal text-stone-500">Review thread (desk only)</span>
          </h3>
          <ol className="space-y-2 text-sm">
            {verdict.comments.map((comment) => (
              <li key={comment.id} className={`rounded border p-2 ${comment.kind === 'SENT_BACK' ? 'border-amber-300 bg-amber-50' : 'border-stone-200 bg-white'}`}>
                <p className="text-xs text-stone-600">
                  {comment.author?.name ?? '—'} · {when(comment.createdAt)}
                  {comment.kind === 'SENT_BACK' ? ' · 돌려보냄 Sent back' : ''}
                </p>
                <p className="whitespace-pre-wrap">{comment.body}</p>
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {verdict?.revisions.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">
            공개 기록 <span lang="en" className="font-normal text-stone-500">Published revisions</span>
          </h3>
          <ol className="space-y-1 text-sm">
            {verdict.revisions.map((revision) => (
              <li key={revision.number} className="flex flex-wrap items-center gap-2">
                <span className="font-mono">#{revision.number}</span>
                <span>{when(revision.publishedAt)}</span>
                <VerdictBadge rating={revision.rating} />
                <span className="text-stone-600">{revision.publishedBy ? `공개 by ${revision.publishedBy.name}` : ''}</span>
                <span>{revision.changeNote || '최초 공개 First publication'}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  )
}
