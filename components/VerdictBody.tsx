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
}

export function VerdictBody({ rating, summary, analysis, citations, struck = false }: VerdictBodyProps) {
  return (
    <div className={`space-y-3 ${struck ? 'text-stone-500' : ''}`}>
      {rating ? <VerdictBadge rating={rating} size="lg" /> : null}
      <p className={`text-lg font-medium ${struck ? 'line-through' : ''}`}>{summary}</p>
      <Markdown citations={citations}>{analysis}</Markdown>
    </div>
  )
}
