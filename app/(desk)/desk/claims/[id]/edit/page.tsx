import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ClaimForm } from '@/components/desk/claim-form/ClaimForm'
import { Forbidden } from '@/components/desk/Forbidden'
import { requireUser } from '@/lib/auth/session'
import { metricOptions } from '@/lib/metrics/queries'
import { getDeskClaim, listClaimants, readersSeeClaim } from '@/lib/claims/desk-queries'

export const metadata = { title: '주장 편집 Edit claim' }

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { allowed } = await requireUser('claim.edit', `/desk/claims/${id}/edit`)
  if (!allowed) return <Forbidden />
  const [claim, claimants, metrics, published] = await Promise.all([getDeskClaim(id), listClaimants(), metricOptions(), readersSeeClaim(id)])
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
      {published ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="pending-edit-note">
          독자가 보는 주장입니다. 원문, 번역, 주장한 이, 처음 확인일, 태그, 수치를 바꾸면 검토를 거쳐 공개되는 수정안으로 저장되고, 공개될 때까지
          독자는 지금 내용을 봅니다. 재확인과 날짜 항목은 바로 저장됩니다.{' '}
          <span lang="en">
            Readers see this claim. Changes to its wording, translation, claimant, first-seen date, tags or figures are saved as a pending change that
            goes through review; readers see the published claim until it is published. Re-check and its dates save at once.
          </span>
          {claim.openEdit?.status === 'IN_REVIEW' ? (
            <strong className="mt-1 block">
              수정안이 검토 중이라 지금은 그 내용을 바꿀 수 없습니다. <span lang="en">The pending change is in review: it cannot be changed until it is sent back.</span>
            </strong>
          ) : null}
        </p>
      ) : null}
      <ClaimForm metrics={metrics} mode="edit" claimId={claim.id} version={claim.version} initial={claim.formValues} claimants={claimants} />
    </div>
  )
}
