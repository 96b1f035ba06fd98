import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db/client'
import { CHECK_LABELS, runChecks } from '@/lib/reconcile/checks'

export const metadata = { title: '점검 Checks' }

export default async function ChecksPage() {
  const { allowed } = await requireUser('desk.view', '/desk/checks')
  if (!allowed) return <Forbidden />
  const issues = await runChecks(db())
  const claims = new Map(
    (await db().claim.findMany({ where: { id: { in: issues.flatMap((i) => i.claimIds) } }, select: { id: true, shortId: true } })).map((c) => [c.id, c]),
  )
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        일관성 점검 <span lang="en" className="font-normal text-stone-500">Consistency checks</span>
      </h1>
      <p className="text-sm text-stone-600">
        수치 주장들 사이의 어긋남입니다. 판정을 공개하기 전에 살펴보세요.{' '}
        <span lang="en">Numbers that do not fit together; look at them before publishing a verdict.</span>
      </p>
      {issues.length ? (
        <ul className="space-y-3">
          {issues.map((issue, i) => (
            <li key={i} className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="consistency-issue">
              <p className="font-semibold">{CHECK_LABELS[issue.kind]}</p>
              <p>{issue.reason}</p>
              <p className="flex flex-wrap gap-3">
                {issue.claimIds.map((id) => (
                  <Link key={id} href={`/desk/claims/${id}`} className="font-mono text-xs underline">
                    {claims.get(id)?.shortId ?? id}
                  </Link>
                ))}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">어긋나는 수치가 없습니다. No inconsistencies found.</p>
      )}
    </div>
  )
}
