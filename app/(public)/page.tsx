import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { Pagination } from '@/components/Pagination'
import { VerdictBadge } from '@/components/VerdictBadge'
import { listPublishedClaims } from '@/lib/claims/queries'
import { claimPath } from '@/lib/claims/permalink'

export const dynamic = 'force-dynamic'

const searchSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) })

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { page } = searchSchema.parse(await searchParams)
  const { items, pageCount } = await listPublishedClaims(page)
  if (page > pageCount) notFound()

  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">
        검증된 주장 <span lang="en" className="font-normal text-stone-500">Checked claims</span>
      </h1>
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          아직 공개된 판정이 없습니다. <span lang="en">No verdicts have been published yet.</span>
        </p>
      ) : (
        <ul className="space-y-4">
          {items.map((claim) => (
            <li key={claim.shortId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <Link href={claimPath(claim)} className="block space-y-2 focus:outline-2 focus:outline-blue-700">
                <p className="text-lg font-medium">{claim.text}</p>
                {claim.translation ? (
                  <p lang="en" className="text-stone-600">
                    {claim.translation}
                  </p>
                ) : null}
              </Link>
              <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-stone-600">
                {claim.verdict ? <VerdictBadge rating={claim.verdict.rating} /> : null}
                {claim.claimant ? <span>{claim.claimant.name}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} href={(p) => (p === 1 ? '/' : `/?page=${p}`)} />
    </div>
  )
}
