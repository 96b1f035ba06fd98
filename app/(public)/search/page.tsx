import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BrowseForm, ClaimList, FeedLinks, loadBrowse } from '@/lib/reader/browse-view'
import { parseBrowseParams } from '@/lib/reader/schema'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: '검색 Search' }

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { filters, page } = parseBrowseParams(await searchParams)
  const data = await loadBrowse(filters, page)
  if (page > data.pageCount) notFound()

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        주장 검색 <span lang="en" className="font-normal text-stone-500">Search claims</span>
      </h1>
      <BrowseForm facets={data.facets} filters={filters} basePath="/search" />
      <ClaimList data={data} filters={filters} basePath="/search" />
      <FeedLinks tag={filters.tag} />
    </div>
  )
}
