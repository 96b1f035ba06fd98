import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MetricChart } from '@/components/MetricChart'
import { MetricDefinitionList } from '@/components/MetricDefinitionList'
import { VerdictBadge } from '@/components/VerdictBadge'
import { claimPath } from '@/lib/claims/permalink'
import { formatQuantity } from '@/lib/format'
import { messages, t } from '@/lib/i18n/dictionary'
import { formatDate, formatWindow } from '@/lib/i18n/format'
import { getLocale } from '@/lib/i18n/server'
import { formatQuantity as formatFigure } from '@/lib/quantities/format'
import { getPublicMetric } from '@/lib/metrics/queries'
import { readerMetadata } from '@/lib/reader/share-metadata'

export const dynamic = 'force-dynamic'

type Params = Promise<{ slug: string }>

const TONE_CLASS = { compatible: 'border-green-300 bg-green-50', conflict: 'border-amber-400 bg-amber-50', open: 'border-stone-300 bg-stone-50' } as const

/**
 * One axis holds one kind of figure: the chart draws the figures of the most common kind, unit and subject, and the
 * page names the rest (a rank beside a count, or another country's figure, would sit on a wrong axis).
 */
function chartable<P extends { quantity: { kind: string; bound: string } | null; unit: string; subject: string | null }>(points: P[]) {
  // The unit as stored (the metric's when the figure has none), not the counter a figure happened to be written with.
  const key = (p: P) => (p.quantity && p.quantity.bound !== 'RANGE' ? `${p.quantity.kind}|${p.unit}|${p.subject ?? ''}` : null)
  const counts = new Map<string, number>()
  for (const p of points) {
    const k = key(p)
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  return { charted: points.filter((p) => key(p) === main), uncharted: points.filter((p) => key(p) !== main) }
}

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
  const { metric, points, explanation, derived } = found
  // Labels follow the reader's language; metric names and the generated explanation exist in both and are both
  // shown, the page's language first.
  const locale = await getLocale()
  const m = messages(locale)
  const other = locale === 'ko' ? 'en' : 'ko'
  const windowLabel = (p: { windowKind: (typeof points)[number]['windowKind']; windowStart: Date | null; windowEnd: Date | null }) =>
    formatWindow(p.windowKind, p.windowStart, p.windowEnd, locale)
  // In the reader's language at the stated precision; the count noun is the metric's unit, given in the header.
  const figureOf = (p: (typeof points)[number]) =>
    p.quantity ? formatFigure({ ...p.quantity, unit: null, unitKo: null, unitEn: null }, locale) : formatQuantity(p.value)
  const { charted, uncharted } = chartable(points)
  const bySubject: [string | null, typeof points][] = []
  for (const p of points) {
    const group = bySubject.find(([subject]) => subject === p.subject)
    if (group) group[1].push(p)
    else bySubject.push([p.subject, [p]])
  }

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
          data-tone={explanation.tone}
          className={`space-y-2 rounded-lg border p-4 ${TONE_CLASS[explanation.tone]}`}
        >
          <h2 id="explain-heading" className="font-semibold">
            {m.explainHeading}
          </h2>
          <p>{explanation[locale]}</p>
          <p lang={other}>{explanation[other]}</p>
          {explanation.showPairs ? (
            <>
              <h3 className="pt-1 text-sm font-semibold">{m.pairsHeading}</h3>
              <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="metric-pairs">
                {explanation.pairs.map((pair) => (
                  <li key={`${pair.a}:${pair.b}`} data-outcome={pair.outcome}>
                    {pair[locale]} <span lang={other} className="block text-stone-600">{pair[other]}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {/* Never empty: a metric no listed claim gives a value on is 404 (getPublicMetric). */}
      <section aria-labelledby="values-heading" className="space-y-3">
        <h2 id="values-heading" className="text-xl font-semibold">
          {m.claimedValues}
        </h2>
        <MetricChart
          title={locale === 'en' ? metric.nameEn : metric.nameKo}
          description={explanation?.[locale] ?? charted.map((p) => `${figureOf(p)} (${windowLabel(p)})`).join(', ')}
          unit={metric.unit}
          locale={locale}
          points={charted.map((p) => ({ ...p, key: p.id, label: figureOf(p), windowLabel: windowLabel(p), href: claimPath(p) }))}
        />
        {uncharted.length ? (
          <p className="text-sm text-stone-600" data-testid="metric-uncharted">
            {m.notCharted.replace('{list}', uncharted.map((p) => `${figureOf(p)} (${p.shortId})`).join(', '))}
          </p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="metric-table">
            <caption className="sr-only">
              {locale === 'en' ? metric.nameEn : metric.nameKo}: {m.metricTableCaption}
            </caption>
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{m.columnValue}</th>
                <th scope="col" className="py-2 pr-3">{m.columnWindow}</th>
                <th scope="col" className="py-2 pr-3">{m.columnDefinition}</th>
                <th scope="col" className="py-2 pr-3">{m.columnVerdict}</th>
                <th scope="col" className="py-2">{m.columnClaim}</th>
              </tr>
            </thead>
            {bySubject.map(([subject, group]) => (
              <tbody key={subject ?? ''}>
                {bySubject.length > 1 ? (
                  <tr>
                    <th scope="rowgroup" colSpan={5} className="pt-3 pb-1 text-left font-semibold">
                      {m.columnSubject}: {subject ?? '—'}
                    </th>
                  </tr>
                ) : null}
                {group.map((p) => (
                  <tr key={p.id} className="border-b border-stone-200 align-top" data-testid="metric-row">
                    <td className="whitespace-nowrap py-2 pr-3 font-semibold">{figureOf(p)}</td>
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
            ))}
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
