// The reader's list of checked claims with search and browse filters, shared by the home page and /search.
// Server-rendered only: the filters are a plain GET form, so they work without JavaScript.
import Link from 'next/link'
import { Pagination } from '@/components/Pagination'
import { VerdictBadge } from '@/components/VerdictBadge'
import { claimPath } from '@/lib/claims/permalink'
import { messages, t } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'
import { browseClaims, browseFacets, type BrowseFacets } from './queries'
import type { ReaderFilters } from './schema'

type FilterKey = keyof ReaderFilters

/** A list URL with these filters (empty ones dropped) and page. */
export function browseHref(basePath: string, filters: ReaderFilters, page = 1): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'rating', 'tag', 'claimant'] as const) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${basePath}?${query}` : basePath
}

const isFiltered = (filters: ReaderFilters) => Boolean(filters.q || filters.rating || filters.tag || filters.claimant)

export async function loadBrowse(filters: ReaderFilters, page: number) {
  const [list, facets] = await Promise.all([browseClaims(filters, page), browseFacets()])
  return { ...list, facets }
}

export type BrowseData = Awaited<ReturnType<typeof loadBrowse>>

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

function Select({
  name,
  label,
  value,
  options,
  allLabel,
}: {
  name: FilterKey
  label: React.ReactNode
  value: string | undefined
  options: { value: string; label: string }[]
  allLabel: string
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1.5">
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Search box and browse filters: one GET form to `basePath`, so every result page has a shareable URL. */
export function BrowseForm({
  facets,
  filters,
  basePath,
  locale,
}: {
  facets: BrowseFacets
  filters: ReaderFilters
  basePath: string
  locale: Locale
}) {
  const m = messages(locale)
  return (
    <form role="search" action={basePath} method="get" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">
          {m.searchLabel}
        </span>
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          maxLength={200}
          placeholder={m.searchPlaceholder}
          className="rounded border border-stone-300 px-2 py-1.5"
        />
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        <Select
          name="rating"
          label={m.filterRating}
          allLabel={m.filterAll}
          value={filters.rating}
          options={facets.ratings.map((r) => ({
            value: r.id,
            label: locale === 'en' ? `${r.labelEn} ${r.labelKo} (${r.count})` : `${r.labelKo} ${r.labelEn} (${r.count})`,
          }))}
        />
        <Select
          name="tag"
          label={m.filterTag}
          allLabel={m.filterAll}
          value={filters.tag}
          options={facets.tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
        />
        <Select
          name="claimant"
          label={m.filterClaimant}
          allLabel={m.filterAll}
          value={filters.claimant}
          options={facets.claimants.map((c) => ({ value: c.id, label: `${c.name}${c.nameEn ? ` ${c.nameEn}` : ''} (${c.count})` }))}
        />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white">
          {m.searchButton}
        </button>
        {isFiltered(filters) ? (
          <Link href={basePath} className="text-sm underline">
            {m.clearFilters}
          </Link>
        ) : null}
      </div>
    </form>
  )
}

/** Feed and data links under the list. */
export function FeedLinks({ tag, locale }: { tag?: string; locale: Locale }) {
  const suffix = tag ? `?tag=${encodeURIComponent(tag)}` : ''
  return (
    <p className="mt-6 flex flex-wrap gap-4 text-sm text-stone-600">
      <a href={`/feed.xml${suffix}`} className="underline">RSS</a>
      <a href={`/atom.xml${suffix}`} className="underline">Atom</a>
      {/* Route handlers, not pages: a plain link, no client navigation or prefetch. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/api/v1/claims" className="underline">JSON API</a>
      <a href="/api/v1/export?format=csv" className="underline">
        {messages(locale).csvDownload}
      </a>
    </p>
  )
}
