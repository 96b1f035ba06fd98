// A claim's permalink, /c/<shortId>/<slug>: the short id is permanent, the slug cosmetic. Any other slug (or none)
// redirects permanently to the canonical address, a merged duplicate to its canonical claim, anything else is 404.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { SourceCitation, type SourceCitationProps } from '@/components/SourceCitation'
import { VerdictBadge } from '@/components/VerdictBadge'
import { VerdictBody } from '@/components/VerdictBody'
import { RatingChangeNotice, WithdrawnNotice } from '@/components/VerdictNotice'
import { claimReview, jsonLdScript } from '@/lib/claims/claim-review'
import { claimPath, isShortId, shareCardPath } from '@/lib/claims/permalink'
import {
  getPublishedClaim,
  publishedCanonicalOf,
  ratingScaleBounds,
  type PublishedClaim,
  type RelatedClaim,
} from '@/lib/claims/queries'
import type { RelationKind, Stance } from '@/lib/db/generated/enums'
import { describeWindow, formatDate, formatQuantity, STANCE_LABELS } from '@/lib/format'
import { SITE_NAME, absoluteUrl, siteUrl } from '@/lib/site'
import { publicArchivedCopyPath } from '@/lib/sources/paths'

export const dynamic = 'force-dynamic'

type Params = Promise<{ shortId: string; slug?: string[] }>

// One query per request, shared by generateMetadata and the page.
const loadClaim = cache((shortId: string) => (isShortId(shortId) ? getPublishedClaim(shortId) : null))

/** The share description: the verdict first, since that is what a shared link is about. */
function describe(claim: PublishedClaim): string {
  const { verdict } = claim
  return verdict.withdrawn
    ? `철회된 판정 Withdrawn verdict: ${verdict.withdrawnReason ?? ''}`.trim()
    : `판정 ${verdict.rating.labelKo} (${verdict.rating.labelEn}): ${verdict.summary}`
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const claim = await loadClaim((await params).shortId)
  // Duplicates and unknown ids redirect or 404 in the page; they get no metadata of their own.
  if (!claim || claim.duplicateOfId) return {}
  const { verdict } = claim
  const canonical = absoluteUrl(claimPath(claim))
  const title = claim.text
  const description = describe(claim)
  const image = {
    url: absoluteUrl(shareCardPath(claim, verdict)),
    width: 1200,
    height: 630,
    alt: `${claim.text} — ${verdict.withdrawn ? '철회된 판정 Withdrawn' : `${verdict.rating.labelKo} (${verdict.rating.labelEn})`}`,
  }
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: {
      type: 'article',
      url: canonical,
      siteName: SITE_NAME,
      locale: 'ko_KR',
      title,
      description,
      images: [image],
      publishedTime: verdict.firstPublishedAt.toISOString(),
      modifiedTime: verdict.publishedAt.toISOString(),
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  }
}

export default async function ClaimPage({ params }: { params: Params }) {
  const { shortId, slug } = await params
  const claim = await loadClaim(shortId)
  // A claim merged into another (published or not) sends its readers to the canonical claim, permanently.
  if (!claim || claim.duplicateOfId) {
    const canonical = isShortId(shortId) ? await publishedCanonicalOf(shortId) : null
    if (canonical) permanentRedirect(claimPath(canonical))
  }
  if (!claim) notFound()
  // Old or shortened links keep working and land on the canonical address.
  if (slug?.join('/') !== claim.slug) permanentRedirect(claimPath(claim))
  const { verdict } = claim

  const scale = verdict.rating.value === null ? null : await ratingScaleBounds(verdict.rating.scaleId)
  const review = claimReview({
    url: absoluteUrl(claimPath(claim)),
    claim,
    verdict,
    scale,
    organization: { name: SITE_NAME, url: siteUrl() },
  })
  const rebuttals = claim.evidence.filter((item) => item.stance === 'REBUTS')

  return (
    <article className="space-y-8">
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(review) }} /> : null}
      <header className="space-y-3">
        <p className="text-sm text-stone-500">
          주장 Claim · <span className="font-mono">{claim.shortId}</span>
        </p>
        <h1 className="text-2xl font-bold leading-snug" lang={claim.language}>
          {claim.text}
        </h1>
        {claim.translation ? (
          <p lang={claim.translationLanguage ?? 'en'} className="text-lg text-stone-700" data-testid="claim-translation">
            {claim.translation}
          </p>
        ) : null}
        <p className="text-sm text-stone-600">
          {claim.claimant ? (
            <>
              주장한 이 <span lang="en">Claimant</span>: {claim.claimant.name}
              {claim.claimant.nameEn && claim.claimant.nameEn !== claim.claimant.name ? (
                <span lang="en"> ({claim.claimant.nameEn})</span>
              ) : null}
            </>
          ) : null}
          {claim.firstSeenAt ? (
            <>
              {' '}
              · 처음 확인 <span lang="en">First seen</span>: <time dateTime={isoDay(claim.firstSeenAt)}>{formatDate(claim.firstSeenAt)}</time>
            </>
          ) : null}
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
        <p className="text-sm text-stone-500" data-testid="verdict-dates">
          공개 <span lang="en">Published</span> <time dateTime={verdict.firstPublishedAt.toISOString()}>{formatDate(verdict.firstPublishedAt)}</time>
          {verdict.revision > 1 ? (
            <>
              {' '}
              · 수정 <span lang="en">Updated</span> <time dateTime={verdict.publishedAt.toISOString()}>{formatDate(verdict.publishedAt)}</time>
            </>
          ) : null}
        </p>
      </section>

      {/* The official rebuttal (a ministry's response, say) gets its own block: readers look for it by name. */}
      {rebuttals.length ? (
        <section aria-labelledby="rebuttal-heading" className="space-y-2 rounded-lg border-2 border-stone-300 bg-white p-4">
          <h2 id="rebuttal-heading" className="text-xl font-semibold">
            {STANCE_LABELS.REBUTS.ko} <span lang="en" className="font-normal text-stone-500">{STANCE_LABELS.REBUTS.en}</span>
          </h2>
          <EvidenceList items={rebuttals} />
        </section>
      ) : null}

      <EvidenceSection evidence={claim.evidence.filter((item) => item.stance !== 'REBUTS')} />

      {claim.appearances.length ? (
        <section aria-labelledby="appearances-heading" className="space-y-2">
          <h2 id="appearances-heading" className="text-xl font-semibold">
            주장이 나온 곳 <span lang="en" className="font-normal text-stone-500">Where it appeared</span>
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {claim.appearances.map((appearance) => (
              <li key={appearance.id}>
                <SourceWithArchive source={appearance.source} />
                {appearance.appearedAt ? <span className="text-sm text-stone-500"> · {formatDate(appearance.appearedAt)}</span> : null}
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
                <time dateTime={revision.publishedAt.toISOString()}>{formatDate(revision.publishedAt)}</time> · {revision.rating.labelKo}{' '}
                <span lang="en">({revision.rating.labelEn})</span> — {revision.changeNote || '최초 공개 First publication'}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  )
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

type PublicSource = SourceCitationProps['source'] & { id: string; archivedUrl: string | null; archivedAt: Date | null }

/**
 * The citation plus its archived copy, so a quote stays checkable when the page changes or disappears: an external
 * archive (e.g. the Wayback Machine) when the desk recorded one, else our own copy served as plain text.
 */
function SourceWithArchive({ source }: { source: PublicSource }) {
  const archive = source.archivedUrl ?? (source.archivedAt ? publicArchivedCopyPath(source.id) : null)
  return (
    <>
      <SourceCitation source={source} />
      {archive ? (
        <>
          {' '}
          <a
            href={archive}
            className="whitespace-nowrap text-xs text-green-800 underline"
            {...(source.archivedUrl ? { rel: 'noopener noreferrer nofollow' } : {})}
          >
            보관본 <span lang="en">archived copy</span>
          </a>
        </>
      ) : null}
    </>
  )
}

function QuantityBox({ claim }: { claim: PublishedClaim }) {
  return (
    <section aria-labelledby="quantity-heading" className="rounded-lg bg-stone-100 p-4 text-sm">
      <h2 id="quantity-heading" className="sr-only">
        수치 Quantity
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
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
        {claim.metric ? (
          <>
            <dt className="text-stone-500">지표 Metric</dt>
            <dd>
              {/* The metric page shows every claim about this quantity over time. */}
              <Link href={`/metrics/${claim.metric.slug}`} className="underline">
                {claim.metric.nameKo} <span lang="en">({claim.metric.nameEn})</span>
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

const STANCE_ORDER: Stance[] = ['SUPPORTS', 'CONTRADICTS', 'CONTEXT']

function EvidenceList({ items }: { items: PublishedClaim['evidence'] }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} data-testid="evidence" className="rounded border-l-4 border-stone-300 bg-white p-3">
          <SourceWithArchive source={item.source} />
          {item.locator ? <span className="text-sm text-stone-500"> · {item.locator}</span> : null}
          {item.excerpt ? <blockquote className="mt-2 border-l-2 border-stone-200 pl-3 italic">“{item.excerpt}”</blockquote> : null}
          {item.note ? <p className="mt-2 text-stone-700">{item.note}</p> : null}
        </li>
      ))}
    </ul>
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
          <EvidenceList items={items} />
        </div>
      ))}
    </section>
  )
}

/**
 * Relations read from the page's claim: "outgoing" is "this claim <kind> the other", "incoming" the reverse. Only
 * the directed kinds read differently each way.
 */
const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string }> = {
  SAME_METRIC_OTHER_WINDOW: { outgoing: '같은 지표, 다른 기간 · Same metric, other window', incoming: '같은 지표, 다른 기간 · Same metric, other window' },
  OTHER_DEFINITION: { outgoing: '다른 정의 · Other definition', incoming: '다른 정의 · Other definition' },
  SUPERSEDES: { outgoing: '이 주장이 대체한 이전 수치 · Superseded by this claim', incoming: '이 주장을 대체한 최신 수치 · Supersedes this claim' },
  CONTRADICTS: { outgoing: '상충 · Contradicts', incoming: '상충 · Contradicts' },
  DUPLICATE_OF: { outgoing: '원본 주장 · Original of this duplicate', incoming: '중복 · Duplicate of this claim' },
}

function RelatedClaims({ claim }: { claim: PublishedClaim }) {
  const related: { id: string; label: string; note: string | null; other: RelatedClaim }[] = [
    ...claim.relationsFrom.map((relation) => ({
      id: relation.id,
      label: RELATION_LABELS[relation.kind].outgoing,
      note: relation.note,
      other: relation.toClaim,
    })),
    ...claim.relationsTo.map((relation) => ({
      id: relation.id,
      label: RELATION_LABELS[relation.kind].incoming,
      note: relation.note,
      other: relation.fromClaim,
    })),
  ]
  if (!related.length) return null
  return (
    <section aria-labelledby="related-heading" className="space-y-2">
      <h2 id="related-heading" className="text-xl font-semibold">
        관련 주장 <span lang="en" className="font-normal text-stone-500">Related claims</span>
      </h2>
      <ul className="space-y-3">
        {related.map(({ id, label, note, other }) => (
          <li key={id} className="rounded border border-stone-200 bg-white p-3" data-testid="related-claim">
            <p className="text-xs text-stone-500">{label}</p>
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
            {note ? (
              <p lang="en" className="mt-1 text-sm text-stone-600">
                {note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
