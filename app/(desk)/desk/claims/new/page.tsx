import { ClaimForm } from '@/components/desk/claim-form/ClaimForm'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { metricOptions } from '@/lib/metrics/queries'
import { listClaimants } from '@/lib/claims/desk-queries'

export const metadata = { title: '새 주장 New claim' }

export default async function NewClaimPage() {
  const { allowed } = await requireUser('claim.edit', '/desk/claims/new')
  if (!allowed) return <Forbidden />
  const [claimants, metrics] = await Promise.all([listClaimants(), metricOptions()])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        새 주장 <span lang="en" className="font-normal text-stone-500">New claim</span>
      </h1>
      <ClaimForm metrics={metrics} mode="create" claimants={claimants} />
    </div>
  )
}
