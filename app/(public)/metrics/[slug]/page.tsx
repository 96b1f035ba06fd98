import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MetricChart } from '@/components/MetricChart'
import { MetricDefinitionList } from '@/components/MetricDefinitionList'
import { VerdictBadge } from '@/components/VerdictBadge'
import { claimPath } from '@/lib/claims/permalink'
import { describeWindow, formatQuantity } from '@/lib/format'
import { messages, t } from '@/lib/i18n/dictionary'
import { formatDate } from '@/lib/i18n/format'
import { getLocale } from '@/lib/i18n/server'
import { explainMetric } from '@/lib/metrics/explain'
import { getPublicMetric } from '@/lib/metrics/queries'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

type Params = Promise<{ slug: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params
  const [found, locale] = await Promise.all([getPublicMetric(slug), getLocale()])
  // Not public: the page is a 404, which keeps the root layout's site tags and names nothing of the metric.
  if (!found) return {}
  const { metric } = found
  const name = locale === 'en' ? metric.nameEn : metric.nameKo
  return readerMetadata({
    locale,
    title: `${metric.nameKo} ${metric.nameEn}`,
    description: metric.description?.trim() || t(locale, 'metricDescription', { name }),
    path: `/metrics/${metric.slug}`,
  })
}

export default async function MetricPage({ params }: { params: Params }) {
  const found = await getPublicMetric((await params).slug)
  if (!found) notFound()
  const { metric, points, derived } = found
  const explanation = explainMetric(points, metric.unit)
  // Labels follow the reader's language; metric names and the generated explanation exist in both and are both
  // shown, the page's language first.
  const locale = await getLocale()
  const m = messages(locale)
  const windowLabel = (p: { windowKind: (typeof points)[number]['windowKind']; windowStart: Date | null; windowEnd: Date | null }) =>
    describeWindow(p.windowKind, p.windowStart, p.windowEnd)

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-500">{m.metricKicker}{metric.subject ? ` · ${metric.subject}` : ''}</p>
        <h1 className="text-2xl font-bold">
          {locale === 'en' ? (
            <>
              {metric.nameEn} <span lang="ko" className="block text-lg font-normal text-stone-600">{metric.nameKo}</span>
            </>
          ) : (
            <>
              {metric.nameKo} <span lang="en" className="block text-lg font-normal text-stone-600">{metric.nameEn}</span>
            </>
          )}
        </h1>
        {metric.description ? <p className="text-stone-700">{metric.description}</p> : null}
        <p className="text-sm text-stone-600">{m.metricUnit}: {metric.unit}</p>
      </header>

      {explanation ? (
        <section
          aria-labelledby="explain-heading"
          data-testid="metric-explanation"
          className={`space-y-2 rounded-lg border p-4 ${explanation.compatible ? 'border-green-300 bg-green-50' : 'border-amber-400 bg-amber-50'}`}
        >
          <h2 id="explain-heading" className="font-semibold">
            {m.explainHeading}
          </h2>
          {locale === 'en' ? (
            <>
              <p>{explanation.en}</p>
              <p lang="ko">{explanation.ko}</p>
            </>
          ) : (
            <>
              <p>{explanation.ko}</p>
              <p lang="en">{explanation.en}</p>
            </>
          )}
        </section>
      ) : null}

      {/* Never empty: a metric no listed claim gives a value on is 404 (getPublicMetric). */}
      <section aria-labelledby="values-heading" className="space-y-3">
        <h2 id="values-heading" className="text-xl font-semibold">
          {m.claimedValues}
        </h2>
        <MetricChart
          title={`${metric.nameKo} · ${metric.nameEn}`}
          description={explanation?.en ?? points.map((p) => `${formatQuantity(p.value)} (${windowLabel(p)})`).join(', ')}
          unit={metric.unit}
          points={points.map((p) => ({ ...p, key: p.id, windowLabel: windowLabel(p), href: claimPath(p) }))}
        />
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="metric-table">
            <caption className="sr-only">
              {metric.nameKo} {metric.nameEn}: {m.metricTableCaption}
            </caption>
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{m.columnValue}</th>                  <th scope="col" className="py-2 pr-3">{m.columnWindow}</th>                  <th scope="col" className="py-2 pr-3">{m.columnDefinition}</th>                  <th scope="col" className="py-2 pr-3">{m.columnVerdict}</th>                  <th scope="col" className="py-2">{m.columnClaim}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id} className="border-b border-stone-200 align-top" data-testid="metric-row">
                  <td className="py-2 pr-3 font-semibold">{formatQuantity(p.value)}</td>
                  <td className="py-2 pr-3">{windowLabel(p)}</td>
                  <td className="py-2 pr-3">{p.definitionName ?? '—'}</td>
                  <td className="py-2 pr-3">{p.rating ? <VerdictBadge rating={p.rating} locale={locale} /> : m.noVerdict}</td>
                  <td className="py-2">
                    <Link href={claimPath(p)} className="underline" lang={p.language}>
                      {p.text}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {derived.length ? (
        <section aria-labelledby="derived-heading" className="space-y-2">
          <h2 id="derived-heading" className="text-xl font-semibold">
            {m.derivedHeading}
          </h2>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{m.columnWindow}</th>                <th scope="col" className="py-2 pr-3">{m.columnValue}</th>                <th scope="col" className="py-2">{m.columnSnapshot}</th>
              </tr>
            </thead>
            <tbody>
              {derived.map((d) => (
                <tr key={`${d.windowKind}:${d.windowStart?.getTime()}:${d.windowEnd?.getTime()}`} className="border-b border-stone-200">
                  <td className="py-2 pr-3">{windowLabel(d)}</td>
                  <td className="py-2 pr-3 font-semibold">{d.value}</td>
                  <td className="py-2">
                    {d.sourceTitle}, {formatDate(d.asOf, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {metric.definitions.length ? (
        <section aria-labelledby="definitions-heading" className="space-y-2">
          <h2 id="definitions-heading" className="text-xl font-semibold">
            {m.definitionsHeading}
          </h2>
          <MetricDefinitionList definitions={metric.definitions} formatDate={(date) => formatDate(date, locale)} />
        </section>
      ) : null}
    </article>
  )
}
