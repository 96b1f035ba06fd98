import Link from 'next/link'
import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

/** Previous/next links. Reader lists pass their `locale`; the desk leaves it out and keeps bilingual labels. */
export function Pagination({
  page,
  pageCount,
  href,
  locale,
}: {
  page: number
  pageCount: number
  href: (page: number) => string
  locale?: Locale
}) {
  if (pageCount <= 1) return null
  const m = locale ? messages(locale) : null
  return (
    <nav aria-label={m ? m.pagesNav : 'Pages'} className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="underline">
          {m ? m.previous : '← 이전 Previous'}
        </Link>
      ) : (
        <span />
      )}
      <span>
        {page} / {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="underline">
          {m ? m.next : '다음 Next →'}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
