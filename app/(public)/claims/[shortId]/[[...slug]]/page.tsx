import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { SourceCitation } from '@/components/SourceCitation'
import { VerdictBadge } from '@/components/VerdictBadge'
import { VerdictBody } from '@/components/VerdictBody'
import { RatingChangeNotice, WithdrawnNotice } from '@/components/VerdictNotice'
import { claimPath } from '@/lib/claims/permalink'
import { getPublishedClaim, publishedCanonicalOf, type PublishedClaim, type RelatedClaim } from '@/lib/claims/queries'
import { describeWindow, formatDate, formatQuantity, STANCE_LABELS } from '@/lib/format'
import type { Stance } from '@/lib/db/generated/enums'

export const dynamic = 'force-dynamic'

type Params = Promise<{ shortId: string; slug?: string[] }>

// One query per request, shared by generateMetadata and the page.
const isShortId = (shortId: string) => /^[a-z0-9]{7}$/.test(shortId)
const loadClaim = cache((shortId: string) => (isShortId(shortId) ? getPublishedClaim(shortId) : null))

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const claim = await loadClaim((await params).shortId)
  if (!claim?.verdict || claim.duplicateOfId) return {}
  const { verdict } = claim
  return {
    title: claim.translation ?? claim.text,
    description: verdict.withdrawn
      ? `철회된 판정 Withdrawn verdict: ${verdict.withdrawnReason ?? ''}`
      : `${verdict.rating.labelKo} (${verdict.rating.labelEn}): ${verdict.summary}`,
    alternates: { canonical: claimPath(claim) },
  }
}

const STANCE_ORDER: Stance[] = ['REBUTS', 'SUPPORTS', 'CONTRADICTS', 'CONTEXT']

export default async function ClaimPage({ params }: { params: Params }) {
  const { shortId, slug } = await params
  const claim = await loadClaim(shortId)
  // A claim merged into another (published or not) sends its readers to the canonical claim, permanently.
  if (!claim?.verdict || claim.duplicateOfId) {
    const canonical = isShortId(shortId) ? await publishedCanonicalOf(shortId) : null
    if (canonical) permanentRedirect(claimPath(canonical))
  }
  if (!claim?.verdict) notFound()
  // Old or shortened links keep working and land on the canonical address.
  if (slug?.join('/') !== claim.slug) permanentRedirect(claimPath(claim))
  const { verdict } = claim

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-stone-500">
          주장 Claim · <span className="font-mono">{claim.shortId}</span>
        </p>
        <h1 className="text-2xl font-bold leading-snug" lang={claim.language}>
          {claim.text}
        </h1>
        {claim.translation ? (
          <p lang={claim.translationLanguage ?? 'en'} className="text-lg text-stone-700">
            {claim.translation}
          </p>
        ) : null}
        <p className="text-sm text-stone-600">
          {claim.claimant ? <>주장한 이 Claimant: {claim.claimant.name}</> : null}
          {claim.firstSeenAt ? <> · 처음 확인 First seen: {formatDate(claim.firstSeenAt)}</> : null}
        </p>
        {claim.claimantNote ? <p className="text-sm text-stone-500">{claim.claimantNote}</p> : null}
      </header>

      {/* Withdrawn: the permalink stays (links shared elsewhere keep working) with the reason on top; the old
          verdict is shown struck through for the record. */}
      {verdict.withdrawn ? <WithdrawnNotice at={verdict.withdrawnAt} reason={verdict.withdrawnReason} /> : null}
      {!verdict.withdrawn && verdict.ratingChange ? <RatingChangeNotice change={verdict.ratingChange} /> : null}

      {claim.windowKind && claim.quantityValue !== null ? <QuantityBox claim={claim} /> : null}

      <section aria-labelledby="verdict-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="verdict-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          판정 Verdict{verdict.withdrawn ? ' · 철회됨 Withdrawn' : ''}
        </h2>
        <VerdictBody
          rating={verdict.rating}
          summary={verdict.summary}
          analysis={verdict.analysis}
          citations={verdict.citations}
          struck={verdict.withdrawn}
        />
        <p className="text-sm text-stone-500">
          공개 Published {formatDate(verdict.firstPublishedAt)}
          {verdict.revision > 1 ? <> · 수정 Updated {formatDate(verdict.publishedAt)}</> : null}
        </p>
      </section>

      <EvidenceSection evidence={claim.evidence} />

      {claim.appearances.length ? (
        <section aria-labelledby="appearances-heading" className="space-y-2">
          <h2 id="appearances-heading" className="text-xl font-semibold">
            주장이 나온 곳 <span lang="en" className="font-normal text-stone-500">Where it appeared</span>
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {claim.appearances.map((appearance) => (
              <li key={appearance.id}>
                <SourceCitation source={appearance.source} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RelatedClaims claim={claim} />

      {verdict.corrections.length > 1 ? (
        <section aria-labelledby="corrections-heading" className="space-y-2">
          <h2 id="corrections-heading" className="text-xl font-semibold">
            수정 기록 <span lang="en" className="font-normal text-stone-500">Corrections</span>
          </h2>
          <ol className="space-y-1 text-sm">
            {verdict.corrections.map((revision) => (
              <li key={revision.number}>
                {formatDate(revision.publishedAt)} · {revision.rating.labelKo} <span lang="en">({revision.rating.labelEn})</span> —{' '}
                {revision.changeNote || '최초 공개 First publication'}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  )
}

function QuantityBox({ claim }: { claim: PublishedClaim }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg bg-stone-100 p-4 text-sm">
      <dt className="text-stone-500">값 Value</dt>
      <dd className="font-semibold">
        {formatQuantity(claim.quantityValue!)} {claim.quantityUnit}
      </dd>
      {claim.quantitySubject ? (
        <>
          <dt className="text-stone-500">대상 Subject</dt>
          <dd>{claim.quantitySubject}</dd>
        </>
      ) : null}
      <dt className="text-stone-500">기간 Window</dt>
      <dd>{describeWindow(claim.windowKind!, claim.windowStart, claim.windowEnd)}</dd>
      {claim.definition ? (
        <>
          <dt className="text-stone-500">정의 Definition</dt>
          <dd>{claim.definition}</dd>
        </>
      ) : null}
    </dl>
  )
}

function EvidenceSection({ evidence }: { evidence: PublishedClaim['evidence'] }) {
  if (!evidence.length) return null
  const groups = STANCE_ORDER.map((stance) => ({ stance, items: evidence.filter((item) => item.stance === stance) })).filter(
    (group) => group.items.length,
  )
  return (
    <section aria-labelledby="sources-heading" className="space-y-4">
      <h2 id="sources-heading" className="text-xl font-semibold">
        출처와 근거 <span lang="en" className="font-normal text-stone-500">Sources and evidence</span>
      </h2>
      {groups.map(({ stance, items }) => (
        <div key={stance} className="space-y-2">
          <h3 className="font-semibold">
            {STANCE_LABELS[stance].ko} <span lang="en" className="font-normal text-stone-500">{STANCE_LABELS[stance].en}</span>
          </h3>
          <ul className="space-y-3">
            {items.map((item) => (
              <li key={item.id} data-testid="evidence" className="rounded border-l-4 border-stone-300 bg-white p-3">
                <SourceCitation source={item.source} />
                {item.excerpt ? <blockquote className="mt-2 border-l-2 border-stone-200 pl-3 italic">“{item.excerpt}”</blockquote> : null}
                {item.note ? <p className="mt-2 text-stone-700">{item.note}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

const RELATION_LABELS = {
  SAME_METRIC_OTHER_WINDOW: '같은 지표, 다른 기간 · Same metric, other window',
  OTHER_DEFINITION: '다른 정의 · Other definition',
  SUPERSEDES: '최신 수치로 대체 · Supersedes',
  CONTRADICTS: '상충 · Contradicts',
  DUPLICATE_OF: '중복 · Duplicate',
} as const

function RelatedClaims({ claim }: { claim: PublishedClaim }) {
  const related: { id: string; kind: keyof typeof RELATION_LABELS; note: string | null; other: RelatedClaim }[] = [
    ...claim.relationsFrom.map((relation) => ({ id: relation.id, kind: relation.kind, note: relation.note, other: relation.toClaim })),
    ...claim.relationsTo.map((relation) => ({ id: relation.id, kind: relation.kind, note: relation.note, other: relation.fromClaim })),
  ]
  if (!related.length) return null
  return (
    <section aria-labelledby="related-heading" className="space-y-2">
      <h2 id="related-heading" className="text-xl font-semibold">
        관련 주장 <span lang="en" className="font-normal text-stone-500">Related claims</span>
      </h2>
      <ul className="space-y-3">
        {related.map(({ id, kind, note, other }) => {
          return (
            <li key={id} className="rounded border border-stone-200 bg-white p-3">
              <p className="text-xs text-stone-500">{RELATION_LABELS[kind]}</p>
              {other.listed ? (
                <Link href={claimPath(other)} className="font-medium underline">
                  {other.text}
                </Link>
              ) : (
                <span className="font-medium">{other.text}</span>
              )}
              {other.rating ? (
                <div className="mt-1">
                  <VerdictBadge rating={other.rating} />
                </div>
              ) : null}
              {note ? <p lang="en" className="mt-1 text-sm text-stone-600">{note}</p> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
