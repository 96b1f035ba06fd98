import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { messages } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
import { BrowseForm } from '@/components/reader/BrowseForm'
import { ClaimList } from '@/components/reader/ClaimList'
import { FeedLinks } from '@/components/reader/FeedLinks'
import { browseHref, loadBrowse } from '@/lib/reader/browse'
import { SITE_TITLE } from '@/lib/reader/feeds'
import { parseBrowseParams } from '@/lib/reader/schema'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

type SearchParams = Promise<Record<string, string | string[]>>

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filters, page } = parseBrowseParams(await searchParams)
  const locale = await getLocale()
  return {
    ...readerMetadata({
      locale,
      title: SITE_TITLE,
      description: messages(locale).siteDescription,
      // A filtered or later page is a page of its own (a tag's claims, page 2): its canonical is itself, normalised.
      path: browseHref('/', filters, page),
      alternateTypes: { 'application/rss+xml': '/feed.xml', 'application/atom+xml': '/atom.xml' },
    }),
    title: { absolute: SITE_TITLE },
  }
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
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
