import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db/client'

export default async function DeskHome() {
  const { allowed } = await requireUser('desk.view', '/desk')
  if (!allowed) return <Forbidden />
  const claims = await db().claim.findMany({ orderBy: { updatedAt: 'desc' }, take: 50, select: { id: true, shortId: true, text: true, status: true } })
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        주장 <span lang="en" className="font-normal text-stone-500">Claims</span>
      </h1>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {claims.map((claim) => (
          <li key={claim.id} className="flex items-center gap-3 px-3 py-2">
            <span className="font-mono text-xs text-stone-500">{claim.shortId}</span>
            <span className="flex-1">{claim.text}</span>
            <span className="text-xs text-stone-600">{claim.status}</span>
            <Link href={`/claims/${claim.shortId}`} className="text-sm underline">
              보기 View
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
