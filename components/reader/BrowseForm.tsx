// Search box and browse filters. Server-rendered only: a plain GET form, so it works without JavaScript.
import Link from 'next/link'
import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'
import { isFiltered } from '@/lib/reader/browse'
import type { BrowseFacets } from '@/lib/reader/queries'
import type { ReaderFilters } from '@/lib/reader/schema'

type FilterKey = keyof ReaderFilters

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

