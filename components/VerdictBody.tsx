// The verdict as readers see it: rating, one-line summary, analysis with its footnotes. The reader page and the
// desk editor's live preview both render this, so the preview is exactly the published page's verdict.
import type { Citation } from '@/lib/verdicts/citations'
import { Markdown } from './Markdown'
import { VerdictBadge, type VerdictBadgeProps } from './VerdictBadge'

export interface VerdictBodyProps {
  rating: VerdictBadgeProps['rating'] | null
  summary: string
  analysis: string
  citations: Citation[]
  /** A withdrawn verdict stays on its permalink for the record, visibly struck through. */
  struck?: boolean
  /** The reader page's language (rating label order); the desk preview leaves it out. */
  locale?: VerdictBadgeProps['locale']
}

export function VerdictBody({ rating, summary, analysis, citations, struck = false, locale }: VerdictBodyProps) {
  return (
    <div className={`space-y-3 ${struck ? 'text-stone-500' : ''}`}>
      {rating ? <VerdictBadge rating={rating} size="lg" locale={locale} /> : null}
      {/* Verdicts are written in Korean: on an English page they keep their own language. */}
      <div className="space-y-3" lang={locale === 'en' ? 'ko' : undefined}>
        <p className={`text-lg font-medium ${struck ? 'line-through' : ''}`}>{summary}</p>
        <Markdown citations={citations}>{analysis}</Markdown>
      </div>
    </div>
  )
}
