// A page of checked claims, as the home page, /search and the claimant and tag pages list them.
import Link from 'next/link'
import { Pagination } from '@/components/Pagination'
import { VerdictBadge } from '@/components/VerdictBadge'
import { claimPath } from '@/lib/claims/permalink'
import { messages, t } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'
import { browseHref, isFiltered, type BrowseData } from '@/lib/reader/browse'
import type { ReaderFilters } from '@/lib/reader/schema'

export function ClaimList({
  data,
  filters,
  basePath,
  locale,
}: {
  /** A page of claims (the claimant and tag pages pass theirs without the browse facets). */
  data: Pick<BrowseData, 'items' | 'total' | 'page' | 'pageCount'>
  filters: ReaderFilters
  basePath: string
  locale: Locale
}) {
  const { items, total, page, pageCount } = data
  const m = messages(locale)
  if (items.length === 0) {
    return isFiltered(filters) ? (
      <div role="status" className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
        <p>
          {m.noMatch}
        </p>
        <p className="mt-2">
          <Link href={basePath} className="underline">
            {m.showAll}
          </Link>
        </p>
      </div>
    ) : (
      <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
        {m.noVerdictsYet}
      </p>
    )
  }
  return (
    <>
      {isFiltered(filters) ? (
        <p role="status" className="mb-4 text-sm text-stone-600" data-testid="result-count">
          {t(locale, total === 1 ? 'resultCountOne' : 'resultCountMany', { n: total })}
        </p>
      ) : null}
      <ul className="space-y-4">
        {items.map((claim) => (
          <li key={claim.shortId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <Link href={claimPath(claim)} className="block space-y-2 focus:outline-2 focus:outline-blue-700">
              {/* English readers see the English translation first, the original under it (each with its lang). */}
              {locale === 'en' && claim.translation ? (
                <>
                  <p lang={claim.translationLanguage ?? 'en'} className="text-lg font-medium">
                    {claim.translation}
                  </p>
                  <p lang={claim.language} className="text-stone-600">
                    {claim.text}
                  </p>
                </>
              ) : (
                <p lang={claim.language} className="text-lg font-medium">
                  {claim.text}
                </p>
              )}
              {claim.translation && locale !== 'en' ? (
                <p lang="en" className="text-stone-600">
                  {claim.translation}
                </p>
              ) : null}
            </Link>
            <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-stone-600">
              <VerdictBadge rating={{ labelKo: claim.ratingKo, labelEn: claim.ratingEn, colour: claim.ratingColour }} locale={locale} />
              {claim.claimantName ? <span>{claim.claimantName}</span> : null}
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} href={(p) => browseHref(basePath, filters, p)} locale={locale} />
    </>
  )
}

