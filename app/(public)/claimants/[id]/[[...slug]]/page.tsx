// A claimant's page, /claimants/<id>/<slug>: who they are, their record (a count per rating), their checked claims
// newest first and their feed. The id is the stable part; any other slug redirects permanently to the canonical
// address. A claimant without a listed claim has no page.
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { FeedFollow } from '@/components/reader/FeedFollow'
import { RatingRecord } from '@/components/reader/RatingRecord'
import { messages, t, type MessageKey } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
import { ClaimList } from '@/components/reader/ClaimList'
import { browseHref } from '@/lib/reader/browse'
import { claimantPath, claimantSlug } from '@/lib/reader/claimant-paths'
import { getPublicClaimant } from '@/lib/reader/claimants'
import { parseBrowseParams } from '@/lib/reader/schema'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

type Params = Promise<{ id: string; slug?: string[] }>
type SearchParams = Promise<Record<string, string | string[]>>

const load = cache((id: string, page: number) => getPublicClaimant(id, page))

const displayName = (claimant: { name: string; nameEn: string | null }) =>
  claimant.nameEn && claimant.nameEn !== claimant.name ? `${claimant.name} (${claimant.nameEn})` : claimant.name

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { id } = await params
  const { page } = parseBrowseParams(await searchParams)
  const [found, locale] = await Promise.all([load(id, page), getLocale()])
  if (!found) return {}
  const { claimant } = found
  const feedQuery = `?claimant=${encodeURIComponent(claimant.id)}`
  return readerMetadata({
    locale,
    title: displayName(claimant),
    description: t(locale, 'claimantDescription', { name: displayName(claimant) }),
    path: browseHref(claimantPath(claimant), {}, page),
    alternateTypes: { 'application/rss+xml': `/feed.xml${feedQuery}`, 'application/atom+xml': `/atom.xml${feedQuery}` },
  })
}

export default async function ClaimantPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, slug } = await params
  const { page } = parseBrowseParams(await searchParams)
  const found = await load(id, page)
  if (!found) notFound()
  const { claimant, list, record } = found
  if (slug?.join('/') !== claimantSlug(claimant)) permanentRedirect(browseHref(claimantPath(claimant), {}, page))
  if (page > list.pageCount) notFound()
  const locale = await getLocale()
  const m = messages(locale)
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-500">
          {m.claimantKicker} · {m[`claimantKind${claimant.kind}` as MessageKey]}
        </p>
        <h1 className="text-2xl font-bold" lang="ko">
          {claimant.name}
        </h1>
        {claimant.nameEn && claimant.nameEn !== claimant.name ? (
          <p className="text-lg text-stone-700" lang="en">
            {claimant.nameEn}
          </p>
        ) : null}
        {claimant.description ? <p className="text-stone-700">{claimant.description}</p> : null}
      </header>
      <RatingRecord record={record} locale={locale} />
      <section aria-labelledby="claims-heading" className="space-y-4">
        <h2 id="claims-heading" className="text-xl font-semibold">
          {m.claimantClaimsHeading}
        </h2>
        <ClaimList data={list} filters={{}} basePath={claimantPath(claimant)} locale={locale} />
      </section>
      <FeedFollow label={m.claimantFeed} query={`claimant=${encodeURIComponent(claimant.id)}`} />
    </article>
  )
}
