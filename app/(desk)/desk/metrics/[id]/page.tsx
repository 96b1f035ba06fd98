import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Forbidden } from '@/components/desk/Forbidden'
import { MetricDefinitionForm } from '@/components/desk/MetricDefinitionForm'
import { MetricForm } from '@/components/desk/MetricForm'
import { MetricDefinitionList } from '@/components/MetricDefinitionList'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { STATUS_LABELS } from '@/lib/claims/schema'
import { deskFigure } from '@/lib/claims/figure'
import { describeWindow, formatDate } from '@/lib/format'
import { getDeskMetric } from '@/lib/metrics/queries'
import { sourceOptions } from '@/lib/sources/queries'

export const metadata = { title: '지표 Metric' }

export default async function DeskMetricPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { user, allowed } = await requireUser('desk.view', `/desk/metrics/${id}`)
  if (!allowed) return <Forbidden />
  const [metric, sources] = await Promise.all([getDeskMetric(id), sourceOptions()])
  if (!metric) notFound()
  const editable = can(user, 'claim.edit')
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/desk/metrics" className="underline">
          ← 지표 목록 All metrics
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">
          {metric.nameKo} <span lang="en" className="font-normal text-stone-500">{metric.nameEn}</span>
        </h1>
        <p className="text-sm">
          <Link href={`/metrics/${metric.slug}`} className="underline">
            공개 페이지 Public page
          </Link>{' '}
          · 버전 version {metric.version}
        </p>
      </header>

      <section aria-labelledby="metric-claims-heading" className="space-y-2">
        <h2 id="metric-claims-heading" className="text-xl font-semibold">
          주장 <span lang="en" className="font-normal text-stone-500">Claims</span>
        </h2>
        {metric.quantities.length ? (
          <ul className="space-y-1 text-sm">
            {metric.quantities.map(({ claim, ...quantity }) => (
              <li key={quantity.id}>
                <Link href={`/desk/claims/${claim.id}`} className="underline">
                  <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
                </Link>{' '}
                — {deskFigure(quantity)},{' '}
                {quantity.windowKind ? describeWindow(quantity.windowKind, quantity.windowStart, quantity.windowEnd) : '—'} · {STATUS_LABELS[claim.status]}
                {claim.needsRecheck ? <span className="ml-2 font-semibold text-amber-800">재확인 필요 Needs re-check</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm">주장 편집에서 이 지표를 고르면 여기에 나옵니다. Claims appear here once their form names this metric.</p>
        )}
      </section>

      <section aria-labelledby="definitions-heading" className="space-y-3">
        <h2 id="definitions-heading" className="text-xl font-semibold">
          정의 <span lang="en" className="font-normal text-stone-500">Definitions</span>
        </h2>
        <MetricDefinitionList definitions={metric.definitions} formatDate={formatDate} />
        {editable ? (
          <div className="rounded border border-dashed border-stone-300 p-3">
            <MetricDefinitionForm metricId={metric.id} sources={sources.map((s) => ({ id: s.id, label: `${s.publisher} — ${s.title}` }))} />
          </div>
        ) : null}
      </section>

      {editable ? (
        <section aria-labelledby="edit-metric-heading" className="space-y-3">
          <h2 id="edit-metric-heading" className="text-xl font-semibold">
            지표 편집 <span lang="en" className="font-normal text-stone-500">Edit metric</span>
          </h2>
          <MetricForm mode="edit" metricId={metric.id} version={metric.version} initial={metric} />
        </section>
      ) : null}
    </div>
  )
}
