// Readers' tips (/submit) for the desk: new / taken up / duplicate / spam, and per tip the triage (mark it, turn it
// into a claim with its URL as a source, link it to a claim the desk has). Readers' text is shown as text only.
import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { TipTriage } from '@/components/desk/TipTriage'
import { requireUser } from '@/lib/auth/session'
import { STATUS_LABELS } from '@/lib/claims/schema'
import { inboxTips } from '@/lib/tips/queries'
import { inboxFilter, TIP_STATUS_LABELS, TIP_STATUSES } from '@/lib/tips/schema'
import { formatDeskDate } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

export const metadata = { title: '제보함 Tip inbox' }

type SearchParams = Promise<{ status?: string | string[] }>

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const { status: raw } = await searchParams
  const status = inboxFilter.parse(typeof raw === 'string' ? raw : undefined)
  const { allowed } = await requireUser('tips.triage', status === 'NEW' ? '/desk/inbox' : `/desk/inbox?status=${status}`)
  if (!allowed) return <Forbidden />
  const { tips, counts } = await inboxTips(status)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        제보함 <span lang="en" className="font-normal text-stone-500">Tip inbox</span>
      </h1>
      <nav aria-label="제보 상태 Tip status" className="flex flex-wrap gap-2 text-sm">
        {TIP_STATUSES.map((s) => (
          <Link
            key={s}
            href={s === 'NEW' ? '/desk/inbox' : `/desk/inbox?status=${s}`}
            aria-current={s === status ? 'page' : undefined}
            className={`rounded border px-3 py-1 ${s === status ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-300'}`}
          >
            {TIP_STATUS_LABELS[s]} ({counts[s]})
          </Link>
        ))}
      </nav>
      {tips.length ? (
        <ul className="space-y-4">
          {tips.map((tip) => (
            <li key={tip.id} className="space-y-2 rounded border border-stone-200 bg-white p-4" data-testid="tip" data-tip-id={tip.id}>
              <p className="text-xs text-stone-500">
                {tip.kind === 'ERROR_REPORT' ? '오류 신고 Error report' : '주장 제보 Claim tip'} ·{' '}
                <time dateTime={tip.createdAt.toISOString()}>{formatDeskDate(tip.createdAt, deskTimeZone())}</time> · <span className="font-mono">{tip.code.slice(0, 4)}…</span>
                {tip.triagedBy ? ` · ${TIP_STATUS_LABELS[tip.status]}: ${tip.triagedBy.name}` : ''}
              </p>
              <p className="whitespace-pre-wrap break-words" data-testid="tip-text">
                {tip.text}
              </p>
              {tip.url ? (
                <p className="break-all text-sm">
                  본 곳 Seen at: <span className="font-mono text-xs" data-testid="tip-url">{tip.url}</span>
                </p>
              ) : null}
              {tip.contactEmail ? (
                <p className="text-sm">
                  연락처 (동의함) Contact (consented): <span data-testid="tip-email">{tip.contactEmail}</span>
                </p>
              ) : null}
              {tip.claim ? (
                <p className="text-sm">
                  주장 Claim:{' '}
                  <Link href={`/desk/claims/${tip.claim.id}`} className="underline">
                    <span className="font-mono text-xs">{tip.claim.shortId}</span> {tip.claim.text}
                  </Link>{' '}
                  <span className="text-xs text-stone-500">{STATUS_LABELS[tip.claim.status]}</span>
                </p>
              ) : null}
              <TipTriage tipId={tip.id} status={tip.status} linked={Boolean(tip.claim)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-600">
          이 상태의 제보가 없습니다. <span lang="en">No tips with this status.</span>
        </p>
      )}
    </div>
  )
}
