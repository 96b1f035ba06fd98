import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

/** Feed and data links under the list. */
export function FeedLinks({ tag, locale }: { tag?: string; locale: Locale }) {
  const suffix = tag ? `?tag=${encodeURIComponent(tag)}` : ''
  return (
    <p className="mt-6 flex flex-wrap gap-4 text-sm text-stone-600">
      <a href={`/feed.xml${suffix}`} className="underline">RSS</a>
      <a href={`/atom.xml${suffix}`} className="underline">Atom</a>
      {/* Route handlers, not pages: a plain link, no client navigation or prefetch. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/api/v1/claims" className="underline">JSON API</a>
      <a href="/api/v1/export?format=csv" className="underline">
        {messages(locale).csvDownload}
      </a>
    </p>
  )
}
