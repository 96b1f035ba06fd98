import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ClaimForm } from '@/components/desk/claim-form/ClaimForm'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { metricOptions } from '@/lib/metrics/queries'
import { getDeskClaim, listClaimants } from '@/lib/claims/desk-queries'

export const metadata = { title: '주장 편집 Edit claim' }

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { allowed } = await requireUser('claim.edit', `/desk/claims/${id}/edit`)
  if (!allowed) return <Forbidden />
  const [claim, claimants, metrics] = await Promise.all([getDeskClaim(id), listClaimants(), metricOptions()])
  if (!claim) notFound()
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/desk/claims/${claim.id}`} className="underline">
          ← <span className="font-mono">{claim.shortId}</span> 주장으로 Back to the claim
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        주장 편집 <span lang="en" className="font-normal text-stone-500">Edit claim</span>
      </h1>
      <ClaimForm metrics={metrics} mode="edit" claimId={claim.id} version={claim.version} initial={claim.formValues} claimants={claimants} />
    </div>
  )
}
