import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BrowseForm, ClaimList, FeedLinks, loadBrowse } from '@/lib/reader/browse-view'
import { parseBrowseParams } from '@/lib/reader/schema'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  alternates: {
    types: { 'application/rss+xml': '/feed.xml', 'application/atom+xml': '/atom.xml' },
  },
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { filters, page } = parseBrowseParams(await searchParams)
  const data = await loadBrowse(filters, page)
  if (page > data.pageCount) notFound()

  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">
        검증된 주장 <span lang="en" className="font-normal text-stone-500">Checked claims</span>
      </h1>
      <ClaimList data={data} filters={filters} basePath="/" />
      {/* After the list, not before: the first stop after "skip to content" stays the latest claim. */}
      <section aria-labelledby="browse-heading" className="mt-10 space-y-3">
        <h2 id="browse-heading" className="text-lg font-semibold">
          찾아보기 <span lang="en" className="font-normal text-stone-500">Browse and search</span>
        </h2>
        <BrowseForm facets={data.facets} filters={filters} basePath="/" />
        <FeedLinks tag={filters.tag} />
      </section>
    </div>
  )
}
