import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { messages } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
import { BrowseForm } from '@/components/reader/BrowseForm'
import { ClaimList } from '@/components/reader/ClaimList'
import { FeedLinks } from '@/components/reader/FeedLinks'
import { browseHref, loadBrowse } from '@/lib/reader/browse'
import { parseBrowseParams } from '@/lib/reader/schema'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }): Promise<Metadata> {
  const { filters, page } = parseBrowseParams(await searchParams)
  const locale = await getLocale()
  const m = messages(locale)
  return readerMetadata({ locale, title: m.searchTitle, description: m.searchDescription, path: browseHref('/search', filters, page) })
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { filters, page } = parseBrowseParams(await searchParams)
  const data = await loadBrowse(filters, page)
  if (page > data.pageCount) notFound()
  const locale = await getLocale()

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {messages(locale).searchHeading}
      </h1>
      <BrowseForm facets={data.facets} filters={filters} basePath="/search" locale={locale} />
      <ClaimList data={data} filters={filters} basePath="/search" locale={locale} />
      <FeedLinks tag={filters.tag} locale={locale} />
    </div>
  )
}
