import Link from 'next/link'
import type { PublicQuantity } from '@/lib/claims/quantities'
import { describeWindow, formatQuantity } from '@/lib/format'
import type { Messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)

/**
 * A figure with its bound, never stronger than stated: "at least 5", "about 1.3", "1~2", "rank 11 of 48". The
 * general formatter by kind is issue 14's reader-side item; this one only keeps bounds and ranks from being lost.
 */
export function figureText(q: PublicQuantity, m: Messages, locale: Locale): string {
  const unit = (locale === 'en' ? (q.unitEn ?? q.unit) : q.unit) ?? ''
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text)
  if (q.bound === 'RANGE') return withUnit(fill(m.figureRange, { low: formatQuantity(q.low ?? ''), high: formatQuantity(q.high ?? '') }))
  const n = formatQuantity(q.value ?? '')
  if (q.kind === 'RANK' && q.bound === 'EXACT') return q.rankOf ? fill(m.figureRankOf, { n, of: String(q.rankOf) }) : fill(m.figureRank, { n })
  const bounded =
    q.bound === 'APPROX'
      ? fill(m.figureApprox, { n })
      : q.bound === 'AT_LEAST'
        ? fill(q.strict ? m.figureMoreThan : m.figureAtLeast, { n })
        : q.bound === 'AT_MOST'
          ? fill(q.strict ? m.figureLessThan : m.figureAtMost, { n })
          : n
  return withUnit(bounded)
}

/** A quantity that states a figure (a metric alone states none). */
const hasFigure = (q: PublicQuantity) => q.value !== null || (q.low !== null && q.high !== null)

/**
 * A numeric claim's quantities for readers, the main figure first: value, subject, window and definition each;
 * nothing when the claim states no figure.
 */
export function QuantityBox({ claim, m, locale = 'ko' }: { claim: { quantities: PublicQuantity[] }; m: Messages; locale?: Locale }) {
  const quantities = claim.quantities.filter(hasFigure)
  if (!quantities.length) return null
  return (
    <section aria-labelledby="quantity-heading" className="space-y-3 rounded-lg bg-stone-100 p-4 text-sm">
      <h2 id="quantity-heading" className="sr-only">
        {m.quantityHeading}
      </h2>
      {quantities.map((q) => (
        <dl key={q.position} className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1" data-testid="quantity">
          <dt className="text-stone-600">{m.quantityValue}</dt>
          <dd className="font-semibold">{figureText(q, m, locale)}</dd>
          {q.statedText ? (
            <>
              <dt className="text-stone-600">{m.quantityStated}</dt>
              <dd>{q.statedText}</dd>
            </>
          ) : null}
          {q.subject ? (
            <>
              <dt className="text-stone-600">{m.quantitySubject}</dt>
              <dd>{q.subject}</dd>
            </>
          ) : null}
          <dt className="text-stone-600">{m.quantityWindow}</dt>
          <dd>{q.windowKind ? describeWindow(q.windowKind, q.windowStart, q.windowEnd) : m.windowNotStated}</dd>
          {q.definition ? (
            <>
              <dt className="text-stone-600">{m.quantityDefinition}</dt>
              <dd>{q.definition}</dd>
            </>
          ) : null}
          {q.metric ? (
            <>
              <dt className="text-stone-600">{m.quantityMetric}</dt>
              <dd>
                {/* The metric page shows every claim about this quantity over time. */}
                <Link href={`/metrics/${q.metric.slug}`} className="underline">
                  {q.metric.nameKo} <span lang="en">({q.metric.nameEn})</span>
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      ))}
    </section>
  )
}
