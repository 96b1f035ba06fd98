import Link from 'next/link'
import { ClaimsFilters, ClaimsTable, deskListHref } from '@/components/desk/ClaimsTable'
import { Forbidden } from '@/components/desk/Forbidden'
import { Pagination } from '@/components/Pagination'
import { requireUser } from '@/lib/auth/session'
import { listClaimants, listDeskClaims, listTags } from '@/lib/claims/desk-queries'
import { deskFiltersInput } from '@/lib/claims/schema'
import { newTipCount } from '@/lib/tips/queries'
import { PASSWORD_CHANGED } from '@/lib/users/schema'

export const metadata = { title: '주장 Claims' }

export default async function DeskHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { allowed } = await requireUser('desk.view', '/desk')
  if (!allowed) return <Forbidden />
  const params = await searchParams
  const filters = deskFiltersInput.parse(params)
  // Back from leaving a one-time password (lib/users/form-actions.ts).
  const passwordChanged = params.password === 'changed'
  const [{ items, total, page, pageCount, sort }, claimants, tags, newTips] = await Promise.all([
    listDeskClaims(filters),
    listClaimants(),
    listTags(),
    newTipCount(),
  ])
  const filtered = Boolean(filters.q || filters.status || filters.claimant || filters.tag || filters.verdict || filters.recheck)

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          주장 <span lang="en" className="font-normal text-stone-500">Claims</span>
        </h1>
        <Link
          href="/desk/claims/new"
          className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900"
        >
          + 새 주장 New claim
        </Link>
        <Link href="/desk/intake" className="rounded border border-stone-900 px-4 py-2 text-sm font-medium">
          기사에서 가져오기 Claims from an article
        </Link>
        <Link href="/desk/me" className="rounded border border-stone-900 px-4 py-2 text-sm font-medium" data-testid="my-desk-link">
          내 데스크 My desk
        </Link>
        <Link href="/desk/inbox" className="rounded border border-stone-900 px-4 py-2 text-sm font-medium" data-testid="inbox-link">
          제보함 Tip inbox ({newTips})
        </Link>
      </div>
      {passwordChanged ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          {PASSWORD_CHANGED}
        </p>
      ) : null}
      <ClaimsFilters filters={filters} sort={sort} claimants={claimants} tags={tags} />
      <p role="status" className="text-sm text-stone-600">
        {total}건 <span lang="en">{total === 1 ? 'claim' : 'claims'}</span>
        {filtered ? ' · 필터 적용됨 filtered' : ''}
      </p>
      {items.length ? (
        <ClaimsTable rows={items} />
      ) : (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          {filtered ? (
            <>
              조건에 맞는 주장이 없습니다. <span lang="en">No claim matches these filters.</span>{' '}
              <Link href="/desk" className="underline">
                필터 초기화 Clear filters
              </Link>
            </>
          ) : (
            <>
              아직 주장이 없습니다. <span lang="en">No claims yet.</span>{' '}
              <Link href="/desk/claims/new" className="underline">
                첫 주장 만들기 Log the first claim
              </Link>
            </>
          )}
        </p>
      )}
      <Pagination page={page} pageCount={pageCount} href={(target) => deskListHref(filters, target)} />
    </div>
  )
}
