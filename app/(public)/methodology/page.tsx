import type { Metadata } from 'next'
import Link from 'next/link'
import { Markdown } from '@/components/Markdown'
import { RatingScaleTable } from '@/components/RatingScaleTable'
import { messages } from '@/lib/i18n/dictionary'
import { formatDate } from '@/lib/i18n/format'
import { getLocale } from '@/lib/i18n/server'
import { METHODOLOGY_SLUG } from '@/lib/pages/defaults'
import { sitePage } from '@/lib/pages/queries'
import { publicScale } from '@/lib/ratings/queries'
import { readerMetadata } from '@/lib/reader/share-metadata'
import { twoPersonRule } from '@/lib/settings/queries'

// The scale and the two-person rule are live data that admins change.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const [page, locale] = await Promise.all([sitePage(METHODOLOGY_SLUG), getLocale()])
  return readerMetadata({ locale, title: page.title, description: messages(locale).methodologyDescription, path: '/methodology' })
}

export default async function MethodologyPage() {
  const [page, scale, rule] = await Promise.all([sitePage(METHODOLOGY_SLUG), publicScale(), twoPersonRule()])
  const active = scale.ratings.filter((rating) => !rating.retired)
  const retired = scale.ratings.filter((rating) => rating.retired)
  // Labels follow the reader's language; the page's own text (bilingual, edited by admins) is data.
  const locale = await getLocale()
  const m = messages(locale)

  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        {page.updatedAt ? (
          <p className="mt-1 text-sm text-stone-600">
            {m.lastUpdated} <time dateTime={page.updatedAt.toISOString()}>{formatDate(page.updatedAt, locale)}</time>
          </p>
        ) : null}
      </header>
      <Markdown>{page.body}</Markdown>

      <section aria-labelledby="scale-heading" className="space-y-3">
        <h2 id="scale-heading" className="text-xl font-semibold">
          {m.scaleHeading}
        </h2>
        <p className="text-sm text-stone-700">
          {m.scaleNote}
        </p>
        {active.length ? (
          <RatingScaleTable ratings={active} locale={locale} />
        ) : (
          <p className="text-stone-600">
            {m.noScale}
          </p>
        )}
        {retired.length ? (
          <p className="text-sm text-stone-600">
            {m.retiredRatings}{' '}
            {retired
              .map((rating) => (locale === 'en' ? `${rating.labelEn} (${rating.labelKo})` : `${rating.labelKo} (${rating.labelEn})`))
              .join(', ')}
          </p>
        ) : null}
      </section>

      <p className="rounded border border-stone-200 bg-white p-3 text-sm">
        {rule ? m.twoPersonOn : m.twoPersonOff}
      </p>
      <p className="text-sm">
        <Link href="/" className="underline">
          {m.backToClaims}
        </Link>
      </p>
    </article>
  )
}
