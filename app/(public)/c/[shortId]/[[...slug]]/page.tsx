// A claim's permalink, /c/<shortId>/<slug>: the short id is permanent, the slug cosmetic. Any other slug (or none)
// redirects permanently to the canonical address, a merged duplicate to its canonical claim, anything else is 404.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { SourceCitation, type SourceCitationProps } from '@/components/SourceCitation'
import { QuantityBox } from '@/components/QuantityBox'
import { DerivationBox } from '@/components/DerivationBox'
import { UnderResearchClaim } from '@/components/UnderResearchClaim'
import { VerdictBadge } from '@/components/VerdictBadge'
import { VerdictBody } from '@/components/VerdictBody'
import { ClaimCorrectionNotice, RatingChangeNotice, WithdrawnNotice } from '@/components/VerdictNotice'
import { ClaimTags, PermalinkShareBar } from '@/components/reader/PermalinkExtras'
import { claimReview, jsonLdScript } from '@/lib/claims/claim-review'
import { claimPath, isShortId, shareCardPath } from '@/lib/claims/permalink'
import { publicDerivations } from '@/lib/derivations/queries'
import {
  getPublishedClaim,
  getUnderResearchClaim,
  publishedCanonicalOf,
  ratingScaleBounds,
  type PublishedClaim,
  type RelatedClaim,
} from '@/lib/claims/queries'
import type { RelationKind, Stance } from '@/lib/db/generated/enums'
import { messages, stanceLabel, t, type Messages } from '@/lib/i18n/dictionary'
import { formatDate as isoDate } from '@/lib/format'
import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { getLocale } from '@/lib/i18n/server'
import { claimantPath } from '@/lib/reader/claimant-paths'
import { readerMetadata } from '@/lib/reader/share-metadata'
import { SITE_NAME, absoluteUrl, siteUrl } from '@/lib/site'
import { publicArchivedCopyPath } from '@/lib/sources/paths'
import { claimEditEntryId, revisionEntryId } from '@/lib/verdicts/notices'

export const dynamic = 'force-dynamic'

type Params = Promise<{ shortId: string; slug?: string[] }>

// One query per request, shared by generateMetadata and the page.
const loadClaim = cache((shortId: string) => (isShortId(shortId) ? getPublishedClaim(shortId) : null))
// A claim without a public verdict that the desk made public "under research"; consulted only when loadClaim finds none.
const loadUnderResearch = cache((shortId: string) => (isShortId(shortId) ? getUnderResearchClaim(shortId) : null))

/** The share description: the verdict first, since that is what a shared link is about; English where translated. */
function describe(claim: PublishedClaim, locale: Locale): string {
  const { verdict } = claim
  if (verdict.withdrawn) return `철회된 판정 Withdrawn verdict: ${verdict.withdrawnReason ?? ''}`.trim()
  return locale === 'en'
    ? `Verdict ${verdict.rating.labelEn} (${verdict.rating.labelKo}): ${verdict.summaryEn ?? verdict.summary}`
    : `판정 ${verdict.rating.labelKo} (${verdict.rating.labelEn}): ${verdict.summary}`
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { shortId } = await params
  const [claim, locale] = await Promise.all([loadClaim(shortId), getLocale()])
  // Duplicates and unknown ids redirect or 404 in the page; they get no metadata of their own (a 404 keeps the
  // root layout's site tags).
  if (!claim) {
    // Under research: no verdict, so no share card (not even the site's) and no ClaimReview; kept out of search
    // engines until checked.
    const pending = await loadUnderResearch(shortId)
    if (!pending) return {}
    return {
      title: `검증 중 Under research: ${pending.text}`,
      description: '검증 중인 주장입니다. 판정은 아직 없습니다. This claim is under research; there is no verdict yet.',
      alternates: { canonical: absoluteUrl(claimPath(pending)) },
      openGraph: null,
      twitter: null,
      robots: { index: false },
    }
  }
  if (claim.duplicateOfId) return {}
  const { verdict } = claim
  const canonical = absoluteUrl(claimPath(claim))
  const image = {
    url: absoluteUrl(shareCardPath(claim, verdict)),
    width: 1200,
    height: 630,
    alt: `${claim.text} — ${verdict.withdrawn ? '철회된 판정 Withdrawn' : `${verdict.rating.labelKo} (${verdict.rating.labelEn})`}`,
  }
  return readerMetadata({
    locale,
    title: claim.text,
    description: describe(claim, locale),
    path: claimPath(claim),
    type: 'article',
    image,
    // oEmbed discovery (https://oembed.com/#section4): consumers find the endpoint from the page itself.
    alternateTypes: {
      'application/json+oembed': [{ url: `${absoluteUrl('/api/oembed')}?url=${encodeURIComponent(canonical)}`, title: claim.text }],
    },
    article: { publishedTime: verdict.firstPublishedAt.toISOString(), modifiedTime: verdict.publishedAt.toISOString() },
  })
}

export default async function ClaimPage({ params }: { params: Params }) {
  const { shortId, slug } = await params
  const claim = await loadClaim(shortId)
  // A claim merged into another (published or not) sends its readers to the canonical claim, permanently.
  if (!claim || claim.duplicateOfId) {
    const canonical = isShortId(shortId) ? await publishedCanonicalOf(shortId) : null
    if (canonical) permanentRedirect(claimPath(canonical))
  }
  if (!claim) {
    const pending = await loadUnderResearch(shortId)
    if (!pending) notFound()
    if (slug?.join('/') !== pending.slug) permanentRedirect(claimPath(pending))
    const locale = await getLocale()
    return <UnderResearchClaim claim={pending} m={messages(locale)} locale={locale} />
  }
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
  // Labels follow the reader's language; the claim itself is data. In English, the English translation (where
  // there is one) is the heading and the original follows it, each marked with its own language.
  const locale = await getLocale()
  const m = messages(locale)
  const date = (value: Date) => formatDate(value, locale)
  const translationFirst = locale === 'en' && Boolean(claim.translation)

  return (
    <article className="space-y-8">
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(review) }} /> : null}
      <header className="space-y-3">
        <p className="text-sm text-stone-500">
          {m.claimKicker} · <span className="font-mono">{claim.shortId}</span>
        </p>
        {translationFirst ? (
          <>
            <h1 className="text-2xl font-bold leading-snug" lang={claim.translationLanguage ?? 'en'} data-testid="claim-translation">
              {claim.translation}
            </h1>
            <p lang={claim.language} className="text-lg text-stone-700" data-testid="claim-original">
              {claim.text}
            </p>
          </>
        ) : (
          <h1 className="text-2xl font-bold leading-snug" lang={claim.language}>
            {claim.text}
          </h1>
        )}
        {claim.translation && !translationFirst ? (
          <p lang={claim.translationLanguage ?? 'en'} className="text-lg text-stone-700" data-testid="claim-translation">
            {claim.translation}
          </p>
        ) : null}
        <p className="text-sm text-stone-600">
          {claim.claimant ? (
            <>
              {m.claimant}:{' '}
              <Link href={claimantPath(claim.claimant)} className="underline" data-testid="claimant-link">
                {claim.claimant.name}
                {claim.claimant.nameEn && claim.claimant.nameEn !== claim.claimant.name ? (
                  <span lang="en"> ({claim.claimant.nameEn})</span>
                ) : null}
              </Link>
            </>
          ) : null}
          {claim.firstSeenAt ? (
            <>
              {' '}
              · {m.firstSeen}: <time dateTime={isoDate(claim.firstSeenAt, claim.firstSeenPrecision)}>{formatDate(claim.firstSeenAt, locale, claim.firstSeenPrecision)}</time>
            </>
          ) : null}
        </p>
        {claim.claimantNote ? <p className="text-sm text-stone-500">{claim.claimantNote}</p> : null}
        <ClaimTags tags={claim.tags} locale={locale} />
      </header>

      {/* Withdrawn: the permalink stays (links shared elsewhere keep working) with the reason on top; the old
          verdict is shown struck through for the record. */}
      {verdict.notice === 'withdrawal' ? <WithdrawnNotice at={verdict.withdrawnAt} reason={verdict.withdrawnReason} locale={locale} /> : null}
      {verdict.notice === 'ratingChange' && verdict.ratingChange ? <RatingChangeNotice change={verdict.ratingChange} locale={locale} /> : null}
      {claim.claimCorrectionNotice ? <ClaimCorrectionNotice correction={claim.claimCorrectionNotice} locale={locale} /> : null}

      <QuantityBox claim={claim} m={m} locale={locale} />
      <DerivationBox derivations={await publicDerivations(claim.id)} m={m} locale={locale} />

      <section aria-labelledby="verdict-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="verdict-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          {m.verdictHeading}
          {verdict.withdrawn ? ` · ${m.withdrawnMark}` : ''}
        </h2>
        <VerdictBody
          rating={verdict.rating}
          summary={verdict.summary}
          analysis={verdict.analysis}
          summaryEn={verdict.summaryEn}
          analysisEn={verdict.analysisEn}
          citations={verdict.citations}
          struck={verdict.withdrawn}
          locale={locale}
        />
        <p className="text-sm text-stone-500" data-testid="verdict-dates">
          {m.published} <time dateTime={verdict.firstPublishedAt.toISOString()}>{date(verdict.firstPublishedAt)}</time>
          {verdict.revision > 1 ? (
            <>
              {' '}
              · {m.updated} <time dateTime={verdict.publishedAt.toISOString()}>{date(verdict.publishedAt)}</time>
            </>
          ) : null}
        </p>
      </section>

      <PermalinkShareBar claim={claim} locale={locale} />

      {/* The official rebuttal (a ministry's response, say) gets its own block: readers look for it by name. */}
      {rebuttals.length ? (
        <section aria-labelledby="rebuttal-heading" className="space-y-2 rounded-lg border-2 border-stone-300 bg-white p-4">
          <h2 id="rebuttal-heading" className="text-xl font-semibold">
            {stanceLabel(locale, 'REBUTS')}
          </h2>
          <EvidenceList items={rebuttals} locale={locale} />
        </section>
      ) : null}

      <EvidenceSection evidence={claim.evidence.filter((item) => item.stance !== 'REBUTS')} locale={locale} />

      {claim.appearances.length ? (
        <section aria-labelledby="appearances-heading" className="space-y-2">
          <h2 id="appearances-heading" className="text-xl font-semibold">
            {m.appearancesHeading}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {claim.appearances.map((appearance) => (
              <li key={appearance.id}>
                <SourceWithArchive source={appearance.source} locale={locale} />
                {appearance.appearedAt ? <span className="text-sm text-stone-500"> · {formatDate(appearance.appearedAt, locale, appearance.appearedPrecision)}</span> : null}
                {appearance.quote ? (
                  <q data-testid="appearance-quote" lang={claim.language} className="block text-stone-700">
                    {appearance.quote}
                  </q>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RelatedClaims claim={claim} locale={locale} />

      {verdict.corrections.length > 1 || claim.claimCorrections.length ? (
        <section aria-labelledby="corrections-heading" className="space-y-2">
          <h2 id="corrections-heading" className="text-xl font-semibold">
            {m.correctionsHeading}
          </h2>
          <ol className="space-y-1 text-sm">
            {correctionLog(verdict.corrections, claim.claimCorrections).map((entry) =>
              entry.kind === 'revision' ? (
                // The entry the corrections page links to for this revision (lib/verdicts/notices.ts).
                <li key={`r${entry.revision.number}`} id={revisionEntryId(entry.revision.number)} className="target:bg-amber-50">
                  <time dateTime={entry.revision.publishedAt.toISOString()}>{date(entry.revision.publishedAt)}</time> ·{' '}
                  {locale === 'en' ? (
                    <>
                      {entry.revision.rating.labelEn} <span lang="ko">({entry.revision.rating.labelKo})</span>
                    </>
                  ) : (
                    <>
                      {entry.revision.rating.labelKo} <span lang="en">({entry.revision.rating.labelEn})</span>
                    </>
                  )}{' '}
                  — {entry.revision.changeNote || m.firstPublication}
                </li>
              ) : (
                // A published edit of the claim itself; a minor one says so and has no note.
                <li key={entry.edit.id} id={claimEditEntryId(entry.edit.id)} className="target:bg-amber-50" data-testid="claim-edit-entry">
                  <time dateTime={entry.edit.publishedAt.toISOString()}>{date(entry.edit.publishedAt)}</time> · {m.claimCorrectedEntry} —{' '}
                  {entry.edit.minor ? m.claimMinorEdit : <span lang={locale === 'en' ? 'ko' : undefined}>{entry.edit.correctionNote}</span>}
                </li>
              ),
            )}
          </ol>
        </section>
      ) : null}

      {/* The IFCN code's way to report errors: the tip form, about this claim. */}
      <p className="text-sm">
        <Link href={`/submit?claim=${claim.shortId}`} className="underline" data-testid="report-error" rel="nofollow">
          {m.reportError}
        </Link>
      </p>
    </article>
  )
}

type PublicSource = SourceCitationProps['source'] & {
  id: string
  archivedUrl: string | null
  copy: { id: string; method: 'FETCHED' | 'PASTED'; takenAt: Date; cited: boolean } | null
}

/**
 * The citation plus its archived copies, so a quote stays checkable when the page changes or disappears: ours (the
 * copy the verdict cited, served as plain text; pasted text says so in the link) and an external archive (e.g. the
 * Wayback Machine) when the desk recorded one.
 */
function SourceWithArchive({ source, locale }: { source: PublicSource; locale: Locale }) {
  const { copy } = source
  const when = copy ? formatDate(copy.takenAt, locale) : ''
  return (
    <>
      <SourceCitation source={source} locale={locale} />
      {copy ? (
        <>
          {' '}
          <a
            href={publicArchivedCopyPath(source.id, copy.id)}
            className="whitespace-nowrap text-xs text-green-800 underline"
            data-copy-method={copy.method}
            {...(copy.cited ? { 'data-cited': 'true' } : {})}
          >
            {t(locale, copy.method === 'PASTED' ? 'archivedCopyPasted' : 'archivedCopyTaken', { date: when })}
          </a>
        </>
      ) : null}
      {source.archivedUrl ? (
        <>
          {' '}
          <a href={source.archivedUrl} className="whitespace-nowrap text-xs text-green-800 underline" rel="noopener noreferrer nofollow">
            {messages(locale).externalArchive}
          </a>
        </>
      ) : null}
    </>
  )
}

const STANCE_ORDER: Stance[] = ['SUPPORTS', 'CONTRADICTS', 'CONTEXT']

function EvidenceList({ items, locale }: { items: PublishedClaim['evidence']; locale: Locale }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} data-testid="evidence" className="rounded border-l-4 border-stone-300 bg-white p-3">
          <SourceWithArchive source={item.source} locale={locale} />
          {item.locator ? <span className="text-sm text-stone-500"> · {item.locator}</span> : null}
          {item.excerpt ? <blockquote className="mt-2 border-l-2 border-stone-200 pl-3 italic">“{item.excerpt}”</blockquote> : null}
          {item.note ? <p className="mt-2 text-stone-700">{item.note}</p> : null}
        </li>
      ))}
    </ul>
  )
}

function EvidenceSection({ evidence, locale }: { evidence: PublishedClaim['evidence']; locale: Locale }) {
  if (!evidence.length) return null
  const groups = STANCE_ORDER.map((stance) => ({ stance, items: evidence.filter((item) => item.stance === stance) })).filter(
    (group) => group.items.length,
  )
  return (
    <section aria-labelledby="sources-heading" className="space-y-4">
      <h2 id="sources-heading" className="text-xl font-semibold">
        {messages(locale).sourcesHeading}
      </h2>
      {groups.map(({ stance, items }) => (
        <div key={stance} className="space-y-2">
          <h3 className="font-semibold">
            {stanceLabel(locale, stance)}
          </h3>
          <EvidenceList items={items} locale={locale} />
        </div>
      ))}
    </section>
  )
}

/**
 * Relations read from the page's claim: "outgoing" is "this claim <kind> the other", "incoming" the reverse. Only
 * the directed kinds read differently each way.
 */
const RELATION_LABELS: Record<RelationKind, { outgoing: keyof Messages; incoming: keyof Messages }> = {
  SAME_METRIC_OTHER_WINDOW: { outgoing: 'relationSameMetric', incoming: 'relationSameMetric' },
  OTHER_DEFINITION: { outgoing: 'relationOtherDefinition', incoming: 'relationOtherDefinition' },
  SUPERSEDES: { outgoing: 'relationSupersedesOut', incoming: 'relationSupersedesIn' },
  CONTRADICTS: { outgoing: 'relationContradicts', incoming: 'relationContradicts' },
  DUPLICATE_OF: { outgoing: 'relationDuplicateOut', incoming: 'relationDuplicateIn' },
  // Not listed among related claims: a misattribution is shown with its figure (QuantityBox).
  MISATTRIBUTED: { outgoing: 'relationMisattributedOut', incoming: 'relationMisattributedIn' },
}


/** In English, a related claim's English translation where it has one (marked lang="en"), else its text. */
const relatedText = (other: RelatedClaim, locale: Locale) => (locale === 'en' && other.translation ? other.translation : other.text)
const relatedLang = (other: RelatedClaim, locale: Locale) => (locale === 'en' && other.translation ? 'en' : undefined)

function RelatedClaims({ claim, locale }: { claim: PublishedClaim; locale: Locale }) {
  const m = messages(locale)
  const related: { id: string; label: string; note: string | null; other: RelatedClaim }[] = [
    ...claim.relationsFrom.map((relation) => ({
      id: relation.id,
      label: m[RELATION_LABELS[relation.kind].outgoing],
      note: relation.note,
      other: relation.toClaim,
    })),
    ...claim.relationsTo.map((relation) => ({
      id: relation.id,
      label: m[RELATION_LABELS[relation.kind].incoming],
      note: relation.note,
      other: relation.fromClaim,
    })),
  ]
  if (!related.length) return null
  return (
    <section aria-labelledby="related-heading" className="space-y-2">
      <h2 id="related-heading" className="text-xl font-semibold">
        {m.relatedHeading}
      </h2>
      <ul className="space-y-3">
        {related.map(({ id, label, note, other }) => (
          <li key={id} className="rounded border border-stone-200 bg-white p-3" data-testid="related-claim">
            <p className="text-xs text-stone-500">{label}</p>
            {other.listed ? (
              <Link href={claimPath(other)} className="font-medium underline" lang={relatedLang(other, locale)}>
                {relatedText(other, locale)}
              </Link>
            ) : (
              <span className="font-medium" lang={relatedLang(other, locale)}>
                {relatedText(other, locale)}
              </span>
            )}
            {other.rating ? (
              <div className="mt-1">
                <VerdictBadge rating={other.rating} locale={locale} />
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

type LogEntry =
  | { kind: 'revision'; at: Date; revision: PublishedClaim['verdict']['corrections'][number] }
  | { kind: 'claimEdit'; at: Date; edit: PublishedClaim['claimCorrections'][number] }

/** The verdict's revisions and the claim's own published edits in one log, newest first. */
function correctionLog(revisions: PublishedClaim['verdict']['corrections'], edits: PublishedClaim['claimCorrections']): LogEntry[] {
  const entries: LogEntry[] = [
    ...revisions.map((revision) => ({ kind: 'revision' as const, at: revision.publishedAt, revision })),
    ...edits.map((edit) => ({ kind: 'claimEdit' as const, at: edit.publishedAt, edit })),
  ]
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime())
}
