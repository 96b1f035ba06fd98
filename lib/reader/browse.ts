// The reader's list of checked claims, searched and filtered: the data and URLs shared by the home page, /search
// and the claimant and tag pages (their components are in components/reader/).
import { browseClaims, browseFacets } from './queries'
import type { ReaderFilters } from './schema'

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

export const isFiltered = (filters: ReaderFilters) => Boolean(filters.q || filters.rating || filters.tag || filters.claimant)

export async function loadBrowse(filters: ReaderFilters, page: number) {
  const [list, facets] = await Promise.all([browseClaims(filters, page), browseFacets()])
  return { ...list, facets }
}

export type BrowseData = Awaited<ReturnType<typeof loadBrowse>>

