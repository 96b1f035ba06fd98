import Link from 'next/link'
import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

/**
 * The body of every 404: what happened and where to go instead. Only the body: the header and the one <main> come
 * from whichever frame it is shown in (app/not-found.tsx for unmatched addresses, a section's layout when a page
 * there finds nothing), so the page never has two. Marked with its language, since the desk's frame is Korean.
 */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const m = messages(locale)
  return (
    <div lang={locale} className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{m.notFoundHeading}</h1>
      <p className="text-stone-600">{m.notFoundBody}</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/" className="underline">
            {m.backToAllClaims}
          </Link>
        </li>
        <li>
          <Link href="/search" className="underline">
            {m.searchHeading}
          </Link>
        </li>
        <li>
          <Link href="/methodology" className="underline">
            {m.methodology}
          </Link>
        </li>
      </ul>
    </div>
  )
}
