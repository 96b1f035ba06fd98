import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AssignmentPanel } from '@/components/desk/AssignmentPanel'
import { AuditHistory } from '@/components/desk/AuditHistory'
import { ClaimDiscussion } from '@/components/desk/ClaimDiscussion'
import { ClaimEditPanel } from '@/components/desk/ClaimEditPanel'
import { getPendingEdit } from '@/lib/claim-edits/queries'
import { ClaimMaterial } from '@/components/desk/ClaimMaterial'
import { DerivationPanel } from '@/components/desk/DerivationPanel'
import { MarkDuplicateForm, UnmarkDuplicateForm } from '@/components/desk/claim-form/DuplicateForms'
import { RelationSuggestions } from '@/components/desk/RelationSuggestions'
import { Forbidden } from '@/components/desk/Forbidden'
import { VerdictPanel } from '@/components/desk/VerdictPanel'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { claimAuditHistory, findSimilarClaims, getDeskClaim, type DeskClaim } from '@/lib/claims/desk-queries'
import { claimPath } from '@/lib/claims/permalink'
import { LANGUAGE_LABELS, STATUS_LABELS, type Language } from '@/lib/claims/schema'
import { describeWindow, formatDate } from '@/lib/format'
import { getVerdictWorkspace } from '@/lib/verdicts/queries'
import { db } from '@/lib/db/client'
import { derivedSentenceForQuantity } from '@/lib/metrics/derived'
import { deskFigure } from '@/lib/claims/figure'
import { QUANTITY_KIND_LABELS } from '@/lib/claims/quantity-schema'
import { formatDeskDate } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

type Params = Promise<{ id: string }>
type SearchParams = Promise<{ saved?: string | string[] }>

export const metadata = { title: '주장 Claim' }

const SAVED_MESSAGES: Record<string, string> = {
  created: '주장을 만들었습니다. The claim was created.',
  updated: '저장했습니다. The claim was saved.',
  published: '판정을 공개했습니다. 독자에게 지금 보입니다. The verdict is published: readers see it now.',
  pending:
    '수정안으로 저장했습니다. 독자는 검토를 거쳐 공개될 때까지 지금 내용을 봅니다. ' +
    'Saved as a pending change: readers see the published claim until the change is reviewed and published.',
  editPublished: '수정을 공개했습니다. 독자에게 지금 보입니다. The change is published: readers see it now.',
}

export default async function DeskClaimPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const { user, allowed } = await requireUser('desk.view', `/desk/claims/${id}`)
  if (!allowed) return <Forbidden />
  const claim = await getDeskClaim(id)
  if (!claim) notFound()
  const [history, similar, workspace, pendingEdit] = await Promise.all([
    claimAuditHistory(claim.id),
    claim.duplicateOf ? Promise.resolve([]) : findSimilarClaims(claim.text, claim.translation, { excludeId: claim.id }),
    getVerdictWorkspace(claim.id, user.id),
    getPendingEdit(claim.id, user.id),
  ])
  const saved = (await searchParams).saved
  const savedMessage = typeof saved === 'string' ? SAVED_MESSAGES[saved] : undefined
  // Readers see the latest published revision (withdrawn ones keep their permalink), whatever the working copy's state.
  const isPublic = claim.status === 'PUBLISHED' && Boolean(workspace.verdict?.revisions.length) && !claim.duplicateOf

  return (
    <article className="space-y-8">
      <p className="text-sm">
        <Link href="/desk" className="underline">
          ← 주장 목록 All claims
        </Link>
      </p>
      {savedMessage ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          {savedMessage}
        </p>
      ) : null}

      <header className="space-y-2">
        <p className="text-sm text-stone-500">
          주장 Claim · <span className="font-mono">{claim.shortId}</span> · {STATUS_LABELS[claim.status]} · 버전 version {claim.version}
          {claim.needsRecheck ? <span className="ml-2 font-semibold text-amber-800">재확인 필요 Needs re-check</span> : null}
        </p>
        <h1 className="text-2xl font-bold leading-snug" lang={claim.language}>
          {claim.text}
        </h1>
        {claim.translation ? (
          <p lang={claim.translationLanguage ?? undefined} className="text-lg text-stone-700">
            {claim.translation}
          </p>
        ) : null}
        <nav aria-label="Claim" className="flex flex-wrap gap-4 pt-1 text-sm">
          <Link href={`/desk/claims/${claim.id}/edit`} className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white">
            편집 Edit
          </Link>
          {isPublic ? (
            <Link href={claimPath(claim)} className="self-center underline">
              공개 페이지 Public page
            </Link>
          ) : null}
        </nav>
      </header>

      <DuplicateStatus claim={claim} />

      {pendingEdit ? <ClaimEditPanel claimId={claim.id} edit={pendingEdit} canPublish={can(user, 'verdict.publish')} /> : null}

      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">원문 언어 Language</dt>
        <dd>{LANGUAGE_LABELS[claim.language as Language] ?? claim.language}</dd>
        <dt className="text-stone-500">주장한 이 Claimant</dt>
        <dd>
          {claim.claimant ? `${claim.claimant.name}${claim.claimant.nameEn ? ` · ${claim.claimant.nameEn}` : ''}` : '—'}
          {claim.claimantNote ? <span className="block text-stone-600">{claim.claimantNote}</span> : null}
        </dd>
        <dt className="text-stone-500">처음 확인 First seen</dt>
        <dd>{claim.firstSeenAt ? formatDate(claim.firstSeenAt, claim.firstSeenPrecision) : '—'}</dd>
        <dt className="text-stone-500">태그 Tags</dt>
        <dd>{claim.tags.length ? claim.tags.map((tag) => `#${tag}`).join(' ') : '—'}</dd>
        <dt className="text-stone-500">등록 Created</dt>
        <dd>
          {formatDeskDate(claim.createdAt, deskTimeZone())}
          {claim.createdBy ? ` · ${claim.createdBy.name}` : ''}
        </dd>
        <dt className="text-stone-500">수정 Updated</dt>
        <dd>{formatDeskDate(claim.updatedAt, deskTimeZone())}</dd>
      </dl>

      <AssignmentPanel claim={claim} canAssign={can(user, 'claim.assign')} />

      <Quantities
        claim={claim}
        derived={await Promise.all(claim.quantities.map((quantity) => (quantity.metricId ? derivedSentenceForQuantity(db(), quantity.id) : null)))}
      />

      <DerivationPanel claimId={claim.id} />

      <VerdictPanel claimId={claim.id} workspace={workspace} viewer={{ id: user.id, canPublish: can(user, 'verdict.publish') }} />

      <ClaimDiscussion claimId={claim.id} viewerId={user.id} canComment={can(user, 'claim.comment')} />

      <ClaimMaterial claimId={claim.id} />
      <RelationSuggestions claimId={claim.id} />

      {claim.duplicateOf ? null : (
        <section aria-labelledby="duplicate-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="duplicate-heading" className="text-xl font-semibold">
            중복 합치기 <span lang="en" className="font-normal text-stone-500">Merge a duplicate</span>
          </h2>
          <p className="text-sm text-stone-600">
            이 주장이 다른 주장과 같으면 그 주장을 원본으로 고르세요. 이 주장의 공개 링크는 원본으로 이동합니다.{' '}
            <span lang="en">If this claim is the same as another, choose that one as canonical: this claim’s public link will redirect to it.</span>
          </p>
          <MarkDuplicateForm claimId={claim.id} suggestions={similar} />
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          변경 기록 <span lang="en" className="font-normal text-stone-500">Audit history</span>
        </h2>
        <AuditHistory events={history} />
      </section>
    </article>
  )
}

function DuplicateStatus({ claim }: { claim: DeskClaim }) {
  if (!claim.duplicateOf && !claim.duplicates.length) return null
  return (
    <section aria-label="Duplicates" className="space-y-2 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm">
      {claim.duplicateOf ? (
        <>
          <p>
            이 주장은{' '}
            <Link href={`/desk/claims/${claim.duplicateOf.id}`} className="font-mono underline">
              {claim.duplicateOf.shortId}
            </Link>
            의 중복입니다. 공개 링크는 그 주장으로 이동합니다.{' '}
            <span lang="en">This claim is a duplicate; its public link redirects to the canonical claim.</span>
          </p>
          <UnmarkDuplicateForm claimId={claim.id} />
        </>
      ) : null}
      {claim.duplicates.length ? (
        <div>
          <p className="font-medium">
            이 주장으로 합쳐진 주장 <span lang="en" className="font-normal">Duplicates merged into this claim</span>
          </p>
          <ul className="list-disc pl-5">
            {claim.duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                <Link href={`/desk/claims/${duplicate.id}`} className="underline">
                  <span className="font-mono text-xs">{duplicate.shortId}</span> {duplicate.text}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

/** The claim's quantities, the main figure first; a quantity that only names a metric shows in the metric panel. */
function Quantities({ claim, derived }: { claim: DeskClaim; derived: ({ ko: string; en: string } | null)[] }) {
  const shown = claim.quantities.map((quantity, index) => ({ quantity, derived: derived[index] })).filter(({ quantity }) => quantity.value !== null || quantity.low !== null || quantity.windowKind)
  if (!shown.length) return null
  return (
    <section aria-labelledby="quantity-heading" className="space-y-2">
      <h2 id="quantity-heading" className="text-xl font-semibold">
        수치 <span lang="en" className="font-normal text-stone-500">Quantity</span>
      </h2>
      {shown.map(({ quantity, derived }) => (
        <dl key={quantity.id} className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg bg-stone-100 p-4 text-sm" data-testid="desk-quantity">
          <dt className="text-stone-500">값 Value</dt>
          <dd className="font-semibold">{deskFigure(quantity)}</dd>
          <dt className="text-stone-500">종류 Kind</dt>
          <dd>
            {QUANTITY_KIND_LABELS[quantity.kind]}
            {quantity.position === 0 ? ' · 주 수치 main figure' : ''}
          </dd>
          {quantity.statedText ? (
            <>
              <dt className="text-stone-500">원문 표기 As stated</dt>
              <dd>{quantity.statedText}</dd>
            </>
          ) : null}
          <dt className="text-stone-500">대상 Subject</dt>
          <dd>{quantity.subject ?? '—'}</dd>
          <dt className="text-stone-500">지표 Metric</dt>
          <dd>{quantity.metricLabel ?? '—'}</dd>
          <dt className="text-stone-500">기간 Window</dt>
          <dd>{quantity.windowKind ? describeWindow(quantity.windowKind, quantity.windowStart, quantity.windowEnd) : '밝히지 않음 not stated'}</dd>
          <dt className="text-stone-500">정의 Definition</dt>
          <dd>{quantity.definition ?? '—'}</dd>
          {derived ? (
            <>
              <dt className="text-stone-500">데이터셋 Dataset</dt>
              <dd data-testid="derived-value">
                {derived.ko} <span lang="en" className="block text-stone-600">{derived.en}</span>
              </dd>
            </>
          ) : null}
        </dl>
      ))}
    </section>
  )
}
