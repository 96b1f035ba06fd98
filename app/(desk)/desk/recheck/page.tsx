import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { STATUS_LABELS } from '@/lib/claims/schema'
import { formatDate } from '@/lib/format'
import { listStaleClaims } from '@/lib/metrics/queries'

export const metadata = { title: '재확인 Re-check' }

export default async function RecheckPage() {
  const { allowed } = await requireUser('desk.view', '/desk/recheck')
  if (!allowed) return <Forbidden />
  const claims = await listStaleClaims()
  const today = new Date()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        재확인할 주장 <span lang="en" className="font-normal text-stone-500">Claims to re-check</span>
      </h1>
      <p className="text-sm text-stone-600">
        재확인 표시가 있거나 재확인 예정일이 지난 주장입니다.{' '}
        <span lang="en">Claims flagged for re-check, or whose re-check date has passed.</span>
      </p>
      {claims.length ? (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-300 text-stone-600">
            <tr>
              <th scope="col" className="py-2 pr-3">주장 Claim</th>
              <th scope="col" className="py-2 pr-3">이유 Why</th>
              <th scope="col" className="py-2 pr-3">유효 기준일 Valid as of</th>
              <th scope="col" className="py-2">재확인 예정일 Re-check after</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => {
              const overdue = claim.recheckAfter && claim.recheckAfter < today
              return (
                <tr key={claim.id} className="border-b border-stone-200 align-top" data-testid="stale-claim">
                  <td className="py-2 pr-3">
                    <Link href={`/desk/claims/${claim.id}`} className="underline">
                      <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
                    </Link>
                    <span className="block text-xs text-stone-500">
                      {STATUS_LABELS[claim.status]}
                      {claim.metric ? ` · ${claim.metric.nameKo} ${claim.metric.nameEn}` : ''}
                    </span>
                  </td>
                  <td className="whitespace-pre-line py-2 pr-3">
                    {claim.needsRecheck ? (claim.recheckReason ?? '재확인 필요로 표시됨. Flagged for re-check.') : null}
                    {overdue ? (
                      <span className="block">재확인 예정일이 지났습니다. The re-check date has passed.</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{claim.validAsOf ? formatDate(claim.validAsOf) : '—'}</td>
                  <td className="py-2">{claim.recheckAfter ? formatDate(claim.recheckAfter) : '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p role="status">재확인할 주장이 없습니다. Nothing to re-check.</p>
      )}
    </div>
  )
}
