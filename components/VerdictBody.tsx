// The verdict as readers see it: rating, one-line summary, analysis with its footnotes. The reader page and the
// desk editor's live preview both render this, so the preview is exactly the published page's verdict.
import type { Citation } from '@/lib/verdicts/citations'
import { messages } from '@/lib/i18n/dictionary'
import { Markdown } from './Markdown'
import { VerdictBadge, type VerdictBadgeProps } from './VerdictBadge'

export interface VerdictBodyProps {
  rating: VerdictBadgeProps['rating'] | null
  /** The verdict as written, in Korean. */
  summary: string
  analysis: string
  /** The reviewed English translation, null (or empty) where there is none: shown on English pages only. */
  summaryEn?: string | null
  analysisEn?: string | null
  citations: Citation[]
  /** A withdrawn verdict stays on its permalink for the record, visibly struck through. */
  struck?: boolean
  /** The reader page's language (rating label order, which text, footnote labels); the desk preview leaves it out. */
  locale?: VerdictBadgeProps['locale']
}

export function VerdictBody({ rating, summary, analysis, summaryEn, analysisEn, citations, struck = false, locale }: VerdictBodyProps) {
  // On an English page each part is the English translation where there is one; else the Korean text, in its own
  // language and marked as not translated.
  const english = locale === 'en'
  const summaryText = english && summaryEn ? { text: summaryEn, lang: 'en' } : { text: summary, lang: english ? 'ko' : undefined }
  const analysisText = english && analysisEn ? { text: analysisEn, lang: 'en' } : { text: analysis, lang: english ? 'ko' : undefined }
  const untranslated = english && (summaryText.lang === 'ko' || (analysis !== '' && analysisText.lang === 'ko'))
  return (
    <div className={`space-y-3 ${struck ? 'text-stone-500' : ''}`}>
      {rating ? <VerdictBadge rating={rating} size="lg" locale={locale} /> : null}
      {untranslated ? (
        <p className="text-sm italic text-stone-600" data-testid="verdict-untranslated">
          {messages('en').verdictUntranslated}
        </p>
      ) : null}
      <div className="space-y-3">
        <p className={`text-lg font-medium ${struck ? 'line-through' : ''}`} lang={summaryText.lang} data-testid="verdict-summary">
          {summaryText.text}
        </p>
        <div lang={analysisText.lang} data-testid="verdict-analysis">
          <Markdown citations={citations} locale={locale}>
            {analysisText.text}
          </Markdown>
        </div>
      </div>
    </div>
  )
}
