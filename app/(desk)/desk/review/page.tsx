import Link from 'next/link'
import { ReviewSteps, WhoMayPublish } from '@/components/desk/VerdictActions'
import { VerdictDiff } from '@/components/desk/VerdictDiff'
import { Forbidden } from '@/components/desk/Forbidden'
import { VerdictBadge } from '@/components/VerdictBadge'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { claimPath, isShortId } from '@/lib/claims/permalink'
import { publishedFromQueue, reviewQueue } from '@/lib/verdicts/queries'
import { claimEditsInReview } from '@/lib/claim-edits/queries'
import { formatDeskTime } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

export const metadata = { title: '검토 Review queue' }

type SearchParams = Promise<{ published?: string | string[] }>

/**
 * Every desk role sees the queue (editors follow their drafts). A reviewer publishes or sends back from here; whoever
 * may not publish an item (an editor, or its own author under the two-person rule) sees who may instead.
 */
export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const { user, allowed } = await requireUser('desk.view', '/desk/review')
  if (!allowed) return <Forbidden />
  const [queue, claimEdits] = await Promise.all([reviewQueue(user.id), claimEditsInReview()])
  const canPublish = can(user, 'verdict.publish')
  const { published } = await searchParams
  const justPublished = typeof published === 'string' && isShortId(published) ? await publishedFromQueue(published) : null
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        검토 대기 <span lang="en" className="font-normal text-stone-500">Review queue · oldest first</span>
      </h1>
      {justPublished ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          판정을 공개했습니다: <span className="font-mono text-xs">{justPublished.shortId}</span> {justPublished.text}{' '}
          <span lang="en">The verdict is published: readers see it now.</span>{' '}
          <Link href={claimPath(justPublished)} className="underline">
            공개 페이지 Public page
          </Link>
        </p>
      ) : null}
      {queue.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          검토를 기다리는 판정이 없습니다. <span lang="en">No verdicts are waiting for review.</span>
        </p>
      ) : (
        <ol className="space-y-6">
          {queue.map((item) => (
            <li key={item.id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-3">
                <Link href={`/desk/claims/${item.claim.id}`} className="font-medium underline">
                  <span className="font-mono text-xs">{item.claim.shortId}</span> {item.claim.text}
                </Link>
                <VerdictBadge rating={item.rating} />
              </div>
              <p className="text-sm text-stone-600">
                {item.author ? `작성 Author ${item.author.name} · ` : ''}
                검토 요청 Submitted {item.submittedAt ? formatDeskTime(item.submittedAt, deskTimeZone()) : '—'} ·{' '}
                {item.lastPublished ? `공개본 #${item.lastPublished.number} 대비 변경 Changes against published revision ${item.lastPublished.number}` : '첫 공개 First publication'}
              </p>
              <VerdictDiff diff={item.diff} />
              <div className="grid gap-3 md:grid-cols-2">
                {canPublish ? (
                  <ReviewSteps
                    hidden={{ verdictId: item.id, version: String(item.version), from: 'queue' }}
                    published={Boolean(item.lastPublished)}
                    right={item.publishRight}
                  />
                ) : (
                  <WhoMayPublish right={item.publishRight} />
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {claimEdits.length ? (
        <section aria-labelledby="claim-edits-heading" className="space-y-2">
          <h2 id="claim-edits-heading" className="text-xl font-semibold">
            공개된 주장의 수정 <span lang="en" className="font-normal text-stone-500">Changes to published claims · oldest first</span>
          </h2>
          <ol className="space-y-2" data-testid="claim-edits-in-review">
            {claimEdits.map((edit) => (
              <li key={edit.id} className="rounded-lg border border-amber-300 bg-white p-3 text-sm">
                <Link href={`/desk/claims/${edit.claim.id}`} className="font-medium underline">
                  <span className="font-mono text-xs">{edit.claim.shortId}</span> {edit.claim.text}
                </Link>
                <p className="text-stone-600">
                  {edit.author ? `작성 Author ${edit.author.name} · ` : ''}
                  검토 요청 Submitted {edit.submittedAt ? edit.submittedAt.toISOString().slice(0, 16).replace('T', ' ') : '—'} ·{' '}
                  {edit.minor ? '사소한 수정 Minor' : `정정 사유 Correction note: ${edit.correctionNote}`}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
