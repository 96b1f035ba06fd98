// Every rating change, correction and withdrawal across the site, newest first, each linking to the notice on the
// claim's page (lib/corrections/queries.ts). Paged by cursor (`?after=`), so a correction published while a reader
// pages never shifts what comes next; a cursor this page did not make shows the newest entries.
import type { Metadata } from 'next'
import Link from 'next/link'
import { CorrectionList } from '@/components/CorrectionList'
import { decodeCorrectionCursor, encodeCorrectionCursor } from '@/lib/corrections/cursor'
import { CORRECTIONS_ATOM_PATH, CORRECTIONS_RSS_PATH } from '@/lib/corrections/feeds'
import { listCorrections } from '@/lib/corrections/queries'
import { messages } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale()
  const m = messages(locale)
  return readerMetadata({
    locale,
    title: m.correctionsTitle,
    description: m.correctionsTitle,
    path: '/corrections',
    alternateTypes: { 'application/rss+xml': CORRECTIONS_RSS_PATH, 'application/atom+xml': CORRECTIONS_ATOM_PATH },
  })
}

export default async function CorrectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { after } = await searchParams
  const cursor = decodeCorrectionCursor(typeof after === 'string' ? after : undefined)
  const [{ items, next }, locale] = await Promise.all([listCorrections(cursor), getLocale()])
  const m = messages(locale)
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{m.correctionsTitle}</h1>
        <p className="text-stone-700">{m.correctionsIntro}</p>
      </header>
      {items.length ? <CorrectionList items={items} locale={locale} /> : <p className="text-stone-600">{m.noCorrections}</p>}
      {cursor || next ? (
        <nav aria-label={m.pagesNav} className="flex items-center justify-between text-sm">
          {cursor ? (
            <Link href="/corrections" className="underline">
              {m.newestCorrections}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`/corrections?after=${encodeCorrectionCursor(next)}`} rel="next" className="underline">
              {m.olderCorrections}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p className="flex flex-wrap gap-4 text-sm text-stone-600">
        <span>{m.correctionsFeeds}</span>
        <a href={CORRECTIONS_RSS_PATH} className="underline">
          RSS
        </a>
        <a href={CORRECTIONS_ATOM_PATH} className="underline">
          Atom
        </a>
      </p>
    </div>
  )
}
