// The reader's list of checked claims with search and browse filters, shared by the home page and /search.
// Server-rendered only: the filters are a plain GET form, so they work without JavaScript.
import Link from 'next/link'
import { Pagination } from '@/components/Pagination'
import { VerdictBadge } from '@/components/VerdictBadge'
import { claimPath } from '@/lib/claims/permalink'
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

export function ClaimList({ data, filters, basePath }: { data: BrowseData; filters: ReaderFilters; basePath: string }) {
  const { items, total, page, pageCount } = data
  if (items.length === 0) {
    return isFiltered(filters) ? (
      <div role="status" className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
        <p>
          조건에 맞는 주장이 없습니다. <span lang="en">No claims match.</span>
        </p>
        <p className="mt-2">
          <Link href={basePath} className="underline">
            모든 주장 보기 <span lang="en">Show all claims</span>
          </Link>
        </p>
      </div>
    ) : (
      <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
        아직 공개된 판정이 없습니다. <span lang="en">No verdicts have been published yet.</span>
      </p>
    )
  }
  return (
    <>
      {isFiltered(filters) ? (
        <p role="status" className="mb-4 text-sm text-stone-600" data-testid="result-count">
          {total}건 <span lang="en">{total === 1 ? 'result' : 'results'}</span>
        </p>
      ) : null}
      <ul className="space-y-4">
        {items.map((claim) => (
          <li key={claim.shortId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <Link href={claimPath(claim)} className="block space-y-2 focus:outline-2 focus:outline-blue-700">
              <p className="text-lg font-medium">{claim.text}</p>
              {claim.translation ? (
                <p lang="en" className="text-stone-600">
                  {claim.translation}
                </p>
              ) : null}
            </Link>
            <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-stone-600">
              <VerdictBadge rating={{ labelKo: claim.ratingKo, labelEn: claim.ratingEn, colour: claim.ratingColour }} />
              {claim.claimantName ? <span>{claim.claimantName}</span> : null}
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} href={(p) => browseHref(basePath, filters, p)} />
    </>
  )
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: FilterKey
  label: React.ReactNode
  value: string | undefined
  options: { value: string; label: string }[]
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1.5">
        <option value="">전체 All</option>
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
export function BrowseForm({ facets, filters, basePath }: { facets: BrowseFacets; filters: ReaderFilters; basePath: string }) {
  return (
    <form role="search" action={basePath} method="get" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">
          주장 검색 <span lang="en">Search claims</span>
        </span>
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          maxLength={200}
          placeholder="예: 파운데이션 모델 / foundation model"
          className="rounded border border-stone-300 px-2 py-1.5"
        />
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        <Select
          name="rating"
          label={<>판정 <span lang="en">Rating</span></>}
          value={filters.rating}
          options={facets.ratings.map((r) => ({ value: r.id, label: `${r.labelKo} ${r.labelEn} (${r.count})` }))}
        />
        <Select
          name="tag"
          label={<>태그 <span lang="en">Tag</span></>}
          value={filters.tag}
          options={facets.tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
        />
        <Select
          name="claimant"
          label={<>발언자 <span lang="en">Claimant</span></>}
          value={filters.claimant}
          options={facets.claimants.map((c) => ({ value: c.id, label: `${c.name}${c.nameEn ? ` ${c.nameEn}` : ''} (${c.count})` }))}
        />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white">
          찾기 <span lang="en">Search</span>
        </button>
        {isFiltered(filters) ? (
          <Link href={basePath} className="text-sm underline">
            조건 지우기 <span lang="en">Clear</span>
          </Link>
        ) : null}
      </div>
    </form>
  )
}

/** Feed and data links under the list. */
export function FeedLinks({ tag }: { tag?: string }) {
  const suffix = tag ? `?tag=${encodeURIComponent(tag)}` : ''
  return (
    <p className="mt-6 flex flex-wrap gap-4 text-sm text-stone-600">
      <a href={`/feed.xml${suffix}`} className="underline">RSS</a>
      <a href={`/atom.xml${suffix}`} className="underline">Atom</a>
      <a href="/api/v1/claims" className="underline">JSON API</a>
      <a href="/api/v1/export?format=csv" className="underline">
        CSV 내려받기 <span lang="en">download</span>
      </a>
    </p>
  )
}
