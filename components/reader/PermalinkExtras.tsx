// What a permalink adds for readers who pass it on or look further: its tags (each linking to the tag's page) and
// the share bar, built from the claim as the page has it.
import Link from 'next/link'
import type { PublishedClaim } from '@/lib/claims/queries'
import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'
import { tagPath } from '@/lib/reader/claimant-paths'
import { citationText, embedSnippet, embedTitle } from '@/lib/reader/share'
import { absoluteUrl, claimUrl, embedPath } from '@/lib/reader/urls'
import { siteNameIn } from '@/lib/site'
import { ShareBar } from './ShareBar'

export function ClaimTags({ tags, locale }: { tags: string[]; locale: Locale }) {
  if (!tags.length) return null
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
      <span>{messages(locale).tagsLabel}:</span>
      {tags.map((tag) => (
        <Link key={tag} href={tagPath(tag)} className="rounded bg-stone-100 px-2 py-0.5 underline" data-testid="tag-link">
          #{tag}
        </Link>
      ))}
    </p>
  )
}

export function PermalinkShareBar({ claim, locale }: { claim: PublishedClaim; locale: Locale }) {
  const url = claimUrl(claim)
  const { verdict } = claim
  const readerText = locale === 'en' && claim.translation ? claim.translation : claim.text
  const rating = locale === 'en' ? verdict.rating.labelEn : verdict.rating.labelKo
  return (
    <ShareBar
      url={url}
      title={`${readerText} — ${rating}`}
      embed={embedSnippet(absoluteUrl(embedPath(claim.shortId)), embedTitle(claim.text, verdict.rating))}
      citation={citationText(
        { site: siteNameIn(locale), claim: readerText, rating: verdict.rating, withdrawn: verdict.withdrawn, revision: verdict.revision, revisedAt: verdict.publishedAt, url },
        locale,
      )}
      locale={locale}
    />
  )
}
