import Link from 'next/link'
import { VerdictDiff } from '@/components/desk/VerdictDiff'
import { Forbidden } from '@/components/desk/Forbidden'
import { VerdictBadge } from '@/components/VerdictBadge'
import { requireUser } from '@/lib/auth/session'
import { reviewQueue } from '@/lib/verdicts/queries'

export const metadata = { title: '검토 Review queue' }

/** Every desk role sees the queue (editors follow their drafts); publishing itself happens on the claim page. */
export default async function ReviewQueuePage() {
  const { allowed } = await requireUser('desk.view', '/desk/review')
  if (!allowed) return <Forbidden />
  const queue = await reviewQueue()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        검토 대기 <span lang="en" className="font-normal text-stone-500">Review queue · oldest first</span>
      </h1>
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
                검토 요청 Submitted {item.submittedAt ? item.submittedAt.toISOString().slice(0, 16).replace('T', ' ') : '—'} ·{' '}
                {item.lastPublished ? `공개본 #${item.lastPublished.number} 대비 변경 Changes against published revision ${item.lastPublished.number}` : '첫 공개 First publication'}
              </p>
              <VerdictDiff diff={item.diff} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
