import Link from 'next/link'
import type { PublicQuantity } from '@/lib/claims/quantities'
import type { ReaderMisattribution } from '@/lib/claims/queries'
import { claimPath } from '@/lib/claims/permalink'
import { deskFigure } from '@/lib/claims/figure'
import type { Messages } from '@/lib/i18n/dictionary'
import { formatWindow } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { formatQuantity } from '@/lib/quantities/format'
import { quantityFromRecord } from '@/lib/quantities/record'
import type { Bilingual } from '@/lib/quantities/types'
import { misattributionSentence } from '@/lib/relations/misattribution'

type ReaderQuantity = PublicQuantity & { misattribution?: ReaderMisattribution | null }

/**
 * The figure in both languages, by kind and at its stated precision ("13억 달러" / "US$1.3 billion"); a record that
 * does not make a whole quantity is shown as stored ("≥ 5 곳"), never guessed at.
 */
function figureWords(q: PublicQuantity): Bilingual {
  const quantity = quantityFromRecord(q)
  if (!quantity) return { ko: deskFigure(q), en: deskFigure(q) }
  return { ko: formatQuantity(quantity, 'ko'), en: formatQuantity(quantity, 'en') }
}

/** A quantity that states a figure (a metric alone states none). */
const hasFigure = (q: PublicQuantity) => q.value !== null || (q.low !== null && q.high !== null)

const hangul = (text: string) => /[\uac00-\ud7a3]/.test(text)

/** A number is never broken across lines: "10만 명당 17.27건" stays one piece. */
function Figure({ text }: { text: string }) {
  return (
    <span className="whitespace-nowrap" data-testid="figure">
      {text}
    </span>
  )
}

function Stated({ text }: { text: string }) {
  return (
    <q className="whitespace-nowrap" lang={hangul(text) ? 'ko' : 'en'}>
      {text}
    </q>
  )
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-stone-600">{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

function MetricLink({ metric, locale }: { metric: { slug: string; nameKo: string; nameEn: string }; locale: Locale }) {
  // The metric page shows every claim about this quantity over time.
  return (
    <Link href={`/metrics/${metric.slug}`} className="underline">
      {locale === 'en' ? metric.nameEn : metric.nameKo}
    </Link>
  )
}

const windowText = (w: { kind: 'POINT' | 'PERIOD' | 'CUMULATIVE'; start: Date | null; end: Date | null } | null, m: Messages, locale: Locale) =>
  w ? formatWindow(w.kind, w.start, w.end, locale) : m.windowNotStated

/** An established figure of the claim: value, as stated, subject, window, definition, metric. */
function StatedQuantity({ q, m, locale }: { q: PublicQuantity; m: Messages; locale: Locale }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1" data-testid="quantity">
      <dt className="text-stone-600">{m.quantityValue}</dt>
      <dd className="font-semibold">
        <Figure text={figureWords(q)[locale]} />
      </dd>
      {q.statedText ? (
        <Row label={m.quantityStated}>
          <Stated text={q.statedText} />
        </Row>
      ) : null}
      {q.subject ? <Row label={m.quantitySubject}>{q.subject}</Row> : null}
      <Row label={m.quantityWindow}>
        {windowText(q.windowKind ? { kind: q.windowKind, start: q.windowStart, end: q.windowEnd } : null, m, locale)}
      </Row>
      {q.definition ? <Row label={m.quantityDefinition}>{q.definition}</Row> : null}
      {q.metric ? (
        <Row label={m.quantityMetric}>
          <MetricLink metric={q.metric} locale={locale} />
        </Row>
      ) : null}
    </dl>
  )
}

/**
 * A right figure with the wrong label: shown as the claim states it, marked so, next to what it actually counts in
 * words. Never with the claim's own subject, window or metric, which are the wrong label.
 */
function MisattributedQuantity({ q, mis, m, locale }: { q: PublicQuantity; mis: ReaderMisattribution; m: Messages; locale: Locale }) {
  const figure = figureWords(q)
  const sentence = misattributionSentence(figure, mis.actual, mis.claimedAs)[locale]
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" data-testid="misattributed-quantity">
      <p>
        <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{m.quantityAsClaimed}</span>
        <span className="font-semibold">
          <Figure text={figure[locale]} />
        </span>
        {q.statedText && q.statedText !== figure[locale] ? (
          <>
            {' '}
            <Stated text={q.statedText} />
          </>
        ) : null}
      </p>
      <p data-testid="misattribution-sentence">{sentence}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1" aria-label={m.misattributedHeading}>
        {mis.subject ? <Row label={m.misattributedSubject}>{mis.subject}</Row> : null}
        {mis.metric ? (
          <Row label={m.misattributedMetric}>
            <MetricLink metric={mis.metric} locale={locale} />
          </Row>
        ) : null}
        {mis.window ? <Row label={m.misattributedWindow}>{windowText(mis.window, m, locale)}</Row> : null}
        {mis.definition ? <Row label={m.misattributedDefinition}>{mis.definition}</Row> : null}
        {mis.shownBy || mis.source ? (
          <Row label={m.misattributedShownBy}>
            {mis.shownBy ? (
              mis.shownBy.listed ? (
                <Link href={claimPath(mis.shownBy)} className="underline">
                  {locale === 'en' && mis.shownBy.translation ? mis.shownBy.translation : mis.shownBy.text}
                </Link>
              ) : (
                <span>{locale === 'en' && mis.shownBy.translation ? mis.shownBy.translation : mis.shownBy.text}</span>
              )
            ) : null}
            {mis.shownBy && mis.source ? ' · ' : null}
            {mis.source?.url ? (
              <a href={mis.source.url} className="underline" rel="noopener noreferrer">
                {mis.source.publisher}, {mis.source.title}
              </a>
            ) : mis.source ? (
              <span>
                {mis.source.publisher}, {mis.source.title}
              </span>
            ) : null}
          </Row>
        ) : null}
      </dl>
    </div>
  )
}

/**
 * A numeric claim's quantities for readers, the main figure first, each written in the reader's language: value,
 * subject, window and definition; nothing when the claim states no figure. A figure the desk found misattributed
 * is shown as claimed, next to what it actually counts.
 */
export function QuantityBox({ claim, m, locale = 'ko' }: { claim: { quantities: ReaderQuantity[] }; m: Messages; locale?: Locale }) {
  const quantities = claim.quantities.filter(hasFigure)
  if (!quantities.length) return null
  return (
    <section aria-labelledby="quantity-heading" className="space-y-3 rounded-lg bg-stone-100 p-4 text-sm">
      <h2 id="quantity-heading" className="sr-only">
        {m.quantityHeading}
      </h2>
      {quantities.map((q) =>
        q.misattribution ? (
          <MisattributedQuantity key={q.position} q={q} mis={q.misattribution} m={m} locale={locale} />
        ) : (
          <StatedQuantity key={q.position} q={q} m={m} locale={locale} />
        ),
      )}
    </section>
  )
}
