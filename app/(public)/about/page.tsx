// Who runs the site, who funds it, what keeps it independent and how to reach it: text an admin edits on the desk
// (/desk/pages/about), rendered as sanitised Markdown like the methodology.
import Link from 'next/link'
import { Markdown } from '@/components/Markdown'
import { messages } from '@/lib/i18n/dictionary'
import { formatDate } from '@/lib/i18n/format'
import { getLocale } from '@/lib/i18n/server'
import { readerMetadata } from '@/lib/reader/share-metadata'
import { ABOUT_SLUG } from '@/lib/pages/defaults'
import { sitePage } from '@/lib/pages/queries'

// Admins edit it; a publish-to-visible delay of one build would be wrong.
export const dynamic = 'force-dynamic'

export async function generateMetadata() {
  const [page, locale] = await Promise.all([sitePage(ABOUT_SLUG), getLocale()])
  return readerMetadata({ locale, title: page.title, description: page.title, path: '/about' })
}

export default async function AboutPage() {
  const [page, locale] = await Promise.all([sitePage(ABOUT_SLUG), getLocale()])
  // Labels follow the reader's language; the page's own text (bilingual, edited by admins) is data.
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
      <p className="text-sm">
        <Link href="/" className="underline">
          {m.backToClaims}
        </Link>
      </p>
    </article>
  )
}
