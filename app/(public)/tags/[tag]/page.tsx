// A tag's page, /tags/<tag>: the listed claims that carry it, newest first, a count per rating and its feed. A tag
// no listed claim carries has no page.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { FeedFollow } from '@/components/reader/FeedFollow'
import { RatingRecord } from '@/components/reader/RatingRecord'
import { messages, t } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
import { ClaimList } from '@/components/reader/ClaimList'
import { browseHref } from '@/lib/reader/browse'
import { tagPath } from '@/lib/reader/claimant-paths'
import { getPublicTag } from '@/lib/reader/claimants'
import { parseBrowseParams } from '@/lib/reader/schema'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

type Params = Promise<{ tag: string }>
type SearchParams = Promise<Record<string, string | string[]>>

/**
 * The tag as stored, from its path segment: as Next hands it over, or percent-decoded where Next left it encoded
 * (the first reading some listed claim carries wins).
 */
async function findTag(segment: string, page: number) {
  let decoded: string | null = null
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // Not a percent-encoding (a tag with a bare "%"): only the segment as given.
  }
  for (const tag of new Set([segment, ...(decoded === null ? [] : [decoded])])) {
    const found = await getPublicTag(tag, page)
    if (found) return found
  }
  return null
}

const load = cache(findTag)

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { tag: segment } = await params
  const { page } = parseBrowseParams(await searchParams)
  const [found, locale] = await Promise.all([load(segment, page), getLocale()])
  if (!found) return {}
  const feedQuery = `?tag=${encodeURIComponent(found.tag)}`
  return readerMetadata({
    locale,
    title: `#${found.tag}`,
    description: t(locale, 'tagDescription', { tag: found.tag }),
    path: browseHref(tagPath(found.tag), {}, page),
    alternateTypes: { 'application/rss+xml': `/feed.xml${feedQuery}`, 'application/atom+xml': `/atom.xml${feedQuery}` },
  })
}

export default async function TagPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { tag: segment } = await params
  const { page } = parseBrowseParams(await searchParams)
  const found = await load(segment, page)
  if (!found || page > found.list.pageCount) notFound()
  const { tag, list, record } = found
  const locale = await getLocale()
  const m = messages(locale)
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-500">{m.tagKicker}</p>
        <h1 className="text-2xl font-bold">#{tag}</h1>
      </header>
      <RatingRecord record={record} locale={locale} />
      <section aria-labelledby="claims-heading" className="space-y-4">
        <h2 id="claims-heading" className="text-xl font-semibold">
          {t(locale, 'tagClaimsHeading', { tag })}
        </h2>
        <ClaimList data={list} filters={{}} basePath={tagPath(tag)} locale={locale} />
      </section>
      <FeedFollow label={m.tagFeed} query={`tag=${encodeURIComponent(tag)}`} />
    </article>
  )
}
