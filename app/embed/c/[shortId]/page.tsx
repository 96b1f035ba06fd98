// The compact claim card other sites frame (via oEmbed or by hand). Server-rendered with no client script, so it
// works under any host page; links open the full permalink in a new tab rather than inside the frame.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { VerdictBadge } from '@/components/VerdictBadge'
import { getPublishedClaim } from '@/lib/claims/queries'
import { claimUrl } from '@/lib/reader/urls'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ shortId: string }> }

async function load(params: Props['params']) {
  const { shortId } = await params
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(shortId)) return null
  return getPublishedClaim(shortId)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await load(params)
  return { title: claim ? claim.text : '찾을 수 없음 Not found' }
}

export default async function EmbedClaimPage({ params }: Props) {
  const claim = await load(params)
  if (!claim) notFound()
  const { verdict } = claim
  const permalink = claimUrl(claim)
  return (
    <article
      aria-labelledby="embed-claim"
      className="m-0 max-w-xl space-y-3 rounded-lg border-l-8 bg-white p-4 shadow-sm"
      style={{ borderLeftColor: verdict.rating.colour }}
    >
      <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">
        팩트체크 <span lang="en">Fact check</span>
      </p>
      <h1 id="embed-claim" className="text-base leading-snug font-semibold">
        {claim.text}
      </h1>
      {claim.translation ? (
        <p lang="en" className="text-sm text-stone-600">
          {claim.translation}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge rating={verdict.rating} />
        {verdict.withdrawn ? (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
            판정 철회됨 <span lang="en">Verdict withdrawn</span>
          </span>
        ) : null}
      </div>
      <p className="line-clamp-3 text-sm text-stone-700">{verdict.summary}</p>
      <a href={permalink} target="_blank" rel="noopener" className="inline-block text-sm text-blue-800 underline">
        근거와 출처 보기 <span lang="en">Read the full check</span> ↗
      </a>
    </article>
  )
}
