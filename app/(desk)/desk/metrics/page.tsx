import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { MetricForm } from '@/components/desk/MetricForm'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { listMetrics } from '@/lib/metrics/queries'

export const metadata = { title: '지표 Metrics' }

export default async function DeskMetricsPage() {
  const { user, allowed } = await requireUser('desk.view', '/desk/metrics')
  if (!allowed) return <Forbidden />
  const metrics = await listMetrics()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        지표 <span lang="en" className="font-normal text-stone-500">Metrics</span>
      </h1>
      <p className="text-sm text-stone-600">
        지표는 같은 것을 센 수치 주장들을 묶습니다. <span lang="en">A metric groups the quantity claims about one thing.</span>
      </p>
      {metrics.length ? (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-300 text-stone-600">
            <tr>
              <th scope="col" className="py-2 pr-3">이름 Name</th>
              <th scope="col" className="py-2 pr-3">단위 Unit</th>
              <th scope="col" className="py-2 pr-3">정의 Definitions</th>
              <th scope="col" className="py-2 pr-3">주장 Claims</th>
              <th scope="col" className="py-2">공개 Public</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((metric) => (
              <tr key={metric.id} className="border-b border-stone-200">
                <td className="py-2 pr-3">
                  <Link href={`/desk/metrics/${metric.id}`} className="underline">
                    {metric.nameKo} · <span lang="en">{metric.nameEn}</span>
                  </Link>
                </td>
                <td className="py-2 pr-3">{metric.unit}</td>
                <td className="py-2 pr-3">{metric._count.definitions}</td>
                <td className="py-2 pr-3">{metric._count.claims}</td>
                <td className="py-2">
                  <Link href={`/metrics/${metric.slug}`} className="font-mono text-xs underline">
                    /metrics/{metric.slug}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>아직 지표가 없습니다. No metrics yet.</p>
      )}
      {can(user, 'claim.edit') ? (
        <section aria-labelledby="new-metric-heading" className="space-y-3">
          <h2 id="new-metric-heading" className="text-xl font-semibold">
            새 지표 <span lang="en" className="font-normal text-stone-500">New metric</span>
          </h2>
          <MetricForm mode="create" />
        </section>
      ) : null}
    </div>
  )
}
