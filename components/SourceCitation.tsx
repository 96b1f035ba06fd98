import type { DatePrecision, SourceKind } from '@/lib/db/generated/enums'
import { formatDate, SOURCE_KIND_LABELS } from '@/lib/format'

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
}

export function SourceCitation({ source }: SourceCitationProps) {
  const date = source.publishedAt
    ? formatDate(source.publishedAt, source.publishedPrecision, source.publishedApprox)
    : source.accessedAt
      ? `accessed ${formatDate(source.accessedAt)}`
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
      <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{SOURCE_KIND_LABELS[source.kind]}</span>
    </span>
  )
}
