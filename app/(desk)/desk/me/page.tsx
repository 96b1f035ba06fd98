import Link from 'next/link'
import type { ReactNode } from 'react'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { truncateText } from '@/lib/claims/claim-review'
import { myDesk } from '@/lib/claims/my-desk'
import { STATUS_LABELS } from '@/lib/claims/schema'
import { VERDICT_STATUS_LABELS } from '@/lib/verdicts/schema'

export const metadata = { title: '내 데스크 My desk' }

const when = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ')

function Section({ id, ko, en, empty, count, children }: { id: string; ko: string; en: string; empty: ReactNode; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2" data-testid={`my-${id}`}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {ko} <span lang="en" className="font-normal text-stone-500">{en}</span> <span className="text-sm font-normal text-stone-500">({count})</span>
      </h2>
      {count ? <ul className="space-y-2">{children}</ul> : <p className="text-sm text-stone-600">{empty}</p>}
    </section>
  )
}

function ClaimLink({ claim }: { claim: { id: string; shortId: string; text: string } }) {
  return (
    <Link href={`/desk/claims/${claim.id}`} className="underline">
      <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
    </Link>
  )
}

export default async function MyDeskPage() {
  const { user, allowed } = await requireUser('desk.view', '/desk/me')
  if (!allowed) return <Forbidden />
  const desk = await myDesk(user.id)
  const row = 'rounded border border-stone-200 bg-white p-3 text-sm'
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          내 데스크 <span lang="en" className="font-normal text-stone-500">My desk</span>
        </h1>
        <Link href="/desk/notifications" className="text-sm underline">
          알림 Notifications
        </Link>
      </div>

      <Section id="assigned" ko="내가 맡은 주장" en="Claims assigned to me" count={desk.assigned.length} empty={<>맡은 주장이 없습니다. <span lang="en">Nothing assigned to you.</span></>}>
        {desk.assigned.map((claim) => (
          <li key={claim.id} className={row}>
            <ClaimLink claim={claim} />
            <span className="block text-xs text-stone-500">
              {STATUS_LABELS[claim.status]}
              {claim.verdict ? ` · 판정 verdict: ${VERDICT_STATUS_LABELS[claim.verdict.status]}` : ''} · {when(claim.updatedAt)}
            </span>
          </li>
        ))}
      </Section>

      <Section id="review" ko="내 검토를 기다리는 판정" en="Waiting for my review" count={desk.toReview.length} empty={<>검토할 판정이 없습니다. <span lang="en">Nothing waiting for your review.</span></>}>
        {desk.toReview.map((claim) => (
          <li key={claim.id} className={row}>
            <ClaimLink claim={claim} />
            {claim.verdict?.submittedAt ? <span className="block text-xs text-stone-500">검토 요청 Sent for review {when(claim.verdict.submittedAt)}</span> : null}
          </li>
        ))}
      </Section>

      <Section id="mentions" ko="나를 부른 댓글" en="Where I was mentioned" count={desk.mentions.length} empty={<>나를 부른 댓글이 없습니다. <span lang="en">No one has mentioned you.</span></>}>
        {desk.mentions.map((comment) => (
          <li key={comment.id} className={row}>
            <ClaimLink claim={comment.claim} />
            <span className="block text-stone-700">
              {comment.author?.name ?? '—'}: “{truncateText(comment.body, 140)}”
            </span>
            <Link href={`/desk/claims/${comment.claim.id}#comment-${comment.id}`} className="text-xs underline">
              댓글 보기 View comment · {when(comment.createdAt)}
            </Link>
          </li>
        ))}
      </Section>

      <Section id="sent-back" ko="돌려받은 내 판정" en="My verdicts sent back" count={desk.sentBack.length} empty={<>돌려받은 판정이 없습니다. <span lang="en">None of your verdicts was sent back.</span></>}>
        {desk.sentBack.map((verdict) => (
          <li key={verdict.id} className={row}>
            <ClaimLink claim={verdict.claim} />
            {verdict.comments[0] ? (
              <span className="block text-stone-700">
                {verdict.comments[0].author?.name ?? '—'}: “{truncateText(verdict.comments[0].body, 140)}” · {when(verdict.comments[0].createdAt)}
              </span>
            ) : null}
          </li>
        ))}
      </Section>
    </div>
  )
}
