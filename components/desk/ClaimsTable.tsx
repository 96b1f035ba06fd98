import Link from 'next/link'
import type { DeskClaimRow } from '@/lib/claims/desk-queries'
import { CLAIM_STATUSES, DESK_SORT_LABELS, DESK_SORTS, STATUS_LABELS, type DeskFilters, type DeskSort } from '@/lib/claims/schema'
import { Input, Select } from './form'
import { formatDeskDate } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

const focusClass = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900'

/** The desk list's address for these filters; page 1 and empty filters stay out of it. */
export function deskListHref(filters: Partial<DeskFilters>, page = 1): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'status', 'claimant', 'tag', 'verdict', 'recheck', 'sort'] as const) {
    const value = filters[key]
    if (value) params.set(key, String(value))
  }
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/desk?${query}` : '/desk'
}

/**
 * Search and filters as a plain GET form: works without JavaScript, Enter in the search box applies everything,
 * and every filtered view has an address that can be bookmarked or shared within the desk.
 */
export function ClaimsFilters({
  filters,
  sort,
  claimants,
  tags,
}: {
  filters: DeskFilters
  sort: DeskSort
  claimants: { id: string; name: string }[]
  tags: string[]
}) {
  return (
    <form method="get" action="/desk" role="search" aria-label="주장 검색 Search claims" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <Input
        name="q"
        label="검색 Search"
        hint="원문과 번역에서 찾습니다. Searches the original text and the translation."
        type="search"
        defaultValue={filters.q}
        placeholder="파운데이션, patents…"
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <Select name="status" label="상태 Status" fieldClassName="block text-sm" defaultValue={filters.status ?? ''}>
          <option value="">전체 Any</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
        <Select name="claimant" label="주장한 이 Claimant" fieldClassName="block text-sm" defaultValue={filters.claimant ?? ''}>
          <option value="">전체 Any</option>
          {claimants.map((claimant) => (
            <option key={claimant.id} value={claimant.id}>
              {claimant.name}
            </option>
          ))}
        </Select>
        <Select name="tag" label="태그 Tag" fieldClassName="block text-sm" defaultValue={filters.tag ?? ''}>
          <option value="">전체 Any</option>
          {/* A tag in the URL that no claim has any more still shows as chosen. */}
          {(filters.tag && !tags.includes(filters.tag) ? [...tags, filters.tag] : tags).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </Select>
        <Select name="verdict" label="판정 Verdict" fieldClassName="block text-sm" defaultValue={filters.verdict ?? ''}>
          <option value="">전체 Any</option>
          <option value="yes">있음 Has a verdict</option>
          <option value="no">없음 No verdict yet</option>
        </Select>
        <Select name="sort" label="정렬 Sort" fieldClassName="block text-sm" defaultValue={sort}>
          {DESK_SORTS.map((option) => (
            <option key={option} value={option}>
              {DESK_SORT_LABELS[option]}
              {option === 'relevance' ? ' (검색 시 with a search)' : ''}
            </option>
          ))}
        </Select>
        <label className="flex items-end gap-2 pb-2 text-sm">
          <input type="checkbox" name="recheck" value="1" defaultChecked={Boolean(filters.recheck)} className="size-4" />
          <span className="font-medium">재확인 필요만 Needs re-check only</span>
        </label>
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className={`rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white ${focusClass}`}>
          찾기 Apply
        </button>
        <Link href="/desk" className={`text-sm underline ${focusClass}`}>
          초기화 Clear
        </Link>
      </div>
    </form>
  )
}

export function ClaimsTable({ rows }: { rows: DeskClaimRow[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">주장 목록 Claims</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="py-2 pr-2">
            ID
          </th>
          <th scope="col" className="pr-2">
            주장 Claim
          </th>
          <th scope="col" className="pr-2">
            상태 Status
          </th>
          <th scope="col" className="pr-2">
            판정 Verdict
          </th>
          <th scope="col">수정 Updated</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-stone-200 align-top">
            <td className="py-2 pr-2 font-mono text-xs text-stone-500">{row.shortId}</td>
            <td className="space-y-1 py-2 pr-2">
              <Link href={`/desk/claims/${row.id}`} lang={row.language} className={`font-medium underline-offset-4 hover:underline ${focusClass}`}>
                {row.text}
              </Link>
              {row.translation ? <p className="text-stone-600">{row.translation}</p> : null}
              <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-600">
                {row.claimantName ? <span>{row.claimantName}</span> : null}
                {row.needsRecheck ? <span className="font-semibold text-amber-800">재확인 필요 Needs re-check</span> : null}
                {row.duplicateOfShortId ? (
                  <span className="font-semibold">
                    중복 Duplicate of <span className="font-mono">{row.duplicateOfShortId}</span>
                  </span>
                ) : null}
                {row.tags.map((tag) => (
                  <span key={tag} className="rounded bg-stone-100 px-1.5">
                    #{tag}
                  </span>
                ))}
              </p>
            </td>
            <td className="py-2 pr-2 text-xs">{STATUS_LABELS[row.status]}</td>
            <td className="py-2 pr-2 text-xs">
              {row.ratingKo ? (
                <span className="inline-flex items-center gap-1">
                  <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ backgroundColor: row.ratingColour ?? undefined }} />
                  {row.ratingKo} <span lang="en">{row.ratingEn}</span>
                  <span className="text-stone-500">({row.verdictStatus})</span>
                </span>
              ) : (
                <span className="text-stone-500">없음 None</span>
              )}
            </td>
            <td className="py-2 text-xs text-stone-600">{formatDeskDate(row.updatedAt, deskTimeZone())}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
