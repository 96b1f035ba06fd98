import type { DatePrecision, SourceKind } from '@/lib/db/generated/enums'
import { formatDate, SOURCE_KIND_LABELS } from '@/lib/format'
import { sourceKindLabel, t } from '@/lib/i18n/dictionary'
import { formatDate as formatLocaleDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'

export interface SourceCitationProps {
  source: {
    kind: SourceKind
    publisher: string
    author: string | null
    title: string
    url: string | null
    publishedAt: Date | null
    publishedPrecision: DatePrecision
    publishedApprox: boolean
    accessedAt: Date | null
  }
  /** Reader pages pass their language (dates and labels in it); the desk leaves it out and keeps ISO dates. */
  locale?: Locale
}

export function SourceCitation({ source, locale }: SourceCitationProps) {
  const day = (date: Date, precision: DatePrecision = 'DAY', approx = false) =>
    locale ? formatLocaleDate(date, locale, precision, approx) : formatDate(date, precision, approx)
  const date = source.publishedAt
    ? day(source.publishedAt, source.publishedPrecision, source.publishedApprox)
    : source.accessedAt
      ? locale
        ? t(locale, 'accessed', { date: day(source.accessedAt) })
        : `accessed ${day(source.accessedAt)}`
      : null
  return (
    <span>
      <span className="font-medium">{source.publisher}</span>
      {source.author ? ` (${source.author})` : null}
      {', '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank" className="text-blue-800 underline">
          {source.title}
        </a>
      ) : (
        <cite className="not-italic">{source.title}</cite>
      )}
      {date ? (
        <>
          , <span className="whitespace-nowrap">{date}</span>
        </>
      ) : null}
      <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{locale ? sourceKindLabel(locale, source.kind) : SOURCE_KIND_LABELS[source.kind]}</span>
    </span>
  )
}
