// The metric panel of a claim's desk page: which metric and definition the claim counts by, its re-check dates,
// and the relations the desk suggests to the metric's other claims. Self-contained like ClaimMaterial: given the
// claim's id it loads what it shows.
import Link from 'next/link'
import { can } from '@/lib/auth/permissions'
import { currentUser } from '@/lib/auth/session'
import { deskFigure } from '@/lib/claims/figure'
import { describeWindow, formatDate } from '@/lib/format'
import { claimMetricPanel, claimRelationSuggestions } from '@/lib/metrics/queries'
import { RELATION_LABELS } from '@/lib/relations/schema'
import { RelationSuggestionButtons } from './RelationSuggestionButtons'

const window = (claim: { windowKind: Parameters<typeof describeWindow>[0] | null; windowStart: Date | null; windowEnd: Date | null }) =>
  claim.windowKind ? describeWindow(claim.windowKind, claim.windowStart, claim.windowEnd) : '—'

export async function RelationSuggestions({ claimId }: { claimId: string }) {
  const [claim, suggestions, user] = await Promise.all([
    claimMetricPanel(claimId),
    claimRelationSuggestions(claimId),
    currentUser(),
  ])
  if (!claim) return null
  const mayRelate = can(user, 'relation.edit')

  return (
    <section aria-labelledby="metric-panel-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="metric-panel-heading" className="text-xl font-semibold">
        지표와 재확인 <span lang="en" className="font-normal text-stone-500">Metric and re-check</span>
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {claim.quantities.length ? (
          claim.quantities.map((quantity) => (
            <MetricRows key={quantity.position} metric={quantity.metric!} definition={quantity.metricDefinition?.name ?? null} />
          ))
        ) : (
          <>
            <dt className="text-stone-500">지표 Metric</dt>
            <dd>— (편집에서 고르기 choose one in Edit)</dd>
            <dt className="text-stone-500">정의 Definition</dt>
            <dd>—</dd>
          </>
        )}
        <dt className="text-stone-500">유효 기준일 Valid as of</dt>
        <dd>{claim.validAsOf ? formatDate(claim.validAsOf) : '—'}</dd>
        <dt className="text-stone-500">재확인 예정일 Re-check after</dt>
        <dd>{claim.recheckAfter ? formatDate(claim.recheckAfter) : '—'}</dd>
        {claim.needsRecheck && claim.recheckReason ? (
          <>
            <dt className="text-stone-500">재확인 이유 Why re-check</dt>
            <dd className="whitespace-pre-line text-amber-900">{claim.recheckReason}</dd>
          </>
        ) : null}
      </dl>

      {suggestions.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">
            제안된 관계 <span lang="en" className="font-normal text-stone-500">Suggested relations</span>
          </h3>
          <p className="text-sm text-stone-600">
            같은 지표의 다른 주장과 비교한 결과입니다. 맞으면 확인, 아니면 무시하세요.{' '}
            <span lang="en">From comparing the metric’s other claims: confirm what is right, dismiss what is not.</span>
          </p>
          <ul className="space-y-3">
            {suggestions.map((s) => {
              const label = RELATION_LABELS[s.kind][s.direction]
              return (
                <li key={`${s.other.id}:${s.kind}`} className="space-y-1 rounded border border-sky-200 bg-sky-50 p-3 text-sm" data-testid="relation-suggestion">
                  <p>
                    <span className="font-semibold">{label}</span> —{' '}
                    <Link href={`/desk/claims/${s.other.id}`} className="underline">
                      <span className="font-mono text-xs">{s.other.shortId}</span> {s.other.text}
                    </Link>
                  </p>
                  <p className="text-stone-600">
                    {deskFigure(s.otherQuantity)} · {window(s.otherQuantity)} · {s.otherQuantity.metricDefinition?.name ?? '정의 없음 no definition'}
                  </p>
                  {mayRelate ? <RelationSuggestionButtons claimId={claimId} otherClaimId={s.other.id} kind={s.kind} label={`${label} ${s.other.shortId}`} /> : null}
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

/** One metric the claim's quantities belong to, with the definition it counts by. */
function MetricRows({ metric, definition }: { metric: { id: string; slug: string; nameKo: string; nameEn: string }; definition: string | null }) {
  return (
    <>
      <dt className="text-stone-500">지표 Metric</dt>
      <dd>
        <Link href={`/desk/metrics/${metric.id}`} className="underline">
          {metric.nameKo} · {metric.nameEn}
        </Link>{' '}
        (<Link href={`/metrics/${metric.slug}`} className="underline">공개 페이지 public page</Link>)
      </dd>
      <dt className="text-stone-500">정의 Definition</dt>
      <dd>{definition ?? '—'}</dd>
    </>
  )
}
