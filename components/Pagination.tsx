import Link from 'next/link'

export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="underline">
          ← 이전 Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        {page} / {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="underline">
          다음 Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
