import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { messages } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
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
  const locale = await getLocale()
  const m = messages(locale)

  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">
        {m.homeHeading}
      </h1>
      <ClaimList data={data} filters={filters} basePath="/" locale={locale} />
      {/* After the list, not before: the first stop after "skip to content" stays the latest claim. */}
      <section aria-labelledby="browse-heading" className="mt-10 space-y-3">
        <h2 id="browse-heading" className="text-lg font-semibold">
          {m.browseHeading}
        </h2>
        <BrowseForm facets={data.facets} filters={filters} basePath="/" locale={locale} />
        <FeedLinks tag={filters.tag} locale={locale} />
      </section>
    </div>
  )
}
