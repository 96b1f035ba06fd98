// Notices at the top of a claim's public page: a verdict withdrawn (with the public reason), or a rating changed by
// the latest correction (from what to what, when and why).
import { messages } from '@/lib/i18n/dictionary'
import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { NOTICE_IDS } from '@/lib/verdicts/notices'

interface RatingLabel {
  labelKo: string
  labelEn: string
}

/** The label in the page's language first, the other in brackets. */
export const ratingLabel = (rating: RatingLabel, locale: Locale) =>
  locale === 'en' ? `${rating.labelEn} (${rating.labelKo})` : `${rating.labelKo} (${rating.labelEn})`

export function WithdrawnNotice({ at, reason, locale }: { at: Date | null; reason: string | null; locale: Locale }) {
  const m = messages(locale)
  return (
    <section id={NOTICE_IDS.withdrawal} role="note" aria-labelledby="withdrawn-heading" className="space-y-1 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h2 id="withdrawn-heading" className="font-bold">
        {m.withdrawnHeading}
      </h2>
      <p className="text-sm">
        {at ? <>{formatDate(at, locale)} · </> : null}
        {/* The public reason is written by the desk, in Korean. */}
        <span lang={locale === 'en' ? 'ko' : undefined}>{reason}</span>
      </p>
      <p className="text-sm">
        {m.withdrawnBody}
      </p>
    </section>
  )
}

export function RatingChangeNotice({
  change,
  locale,
}: {
  change: { from: RatingLabel; to: RatingLabel; at: Date; note: string }
  locale: Locale
}) {
  return (
    <section id={NOTICE_IDS.ratingChange} role="note" aria-labelledby="rating-change-heading" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <h2 id="rating-change-heading" className="font-bold">
        {messages(locale).ratingChanged}: {ratingLabel(change.from, locale)} → {ratingLabel(change.to, locale)}
      </h2>
      <p className="text-sm">
        {formatDate(change.at, locale)}: {change.note}
      </p>
    </section>
  )
}

/** A published correction of the claim itself (its wording, figures or dates): when, and the desk's public note. */
export function ClaimCorrectionNotice({ correction, locale }: { correction: { publishedAt: Date; correctionNote: string }; locale: Locale }) {
  return (
    <section
      id={NOTICE_IDS.claimCorrection}
      role="note"
      aria-labelledby="claim-correction-heading"
      className="rounded-lg border-2 border-sky-600 bg-sky-50 p-4 text-sky-950"
      data-testid="claim-correction-notice"
    >
      <h2 id="claim-correction-heading" className="font-bold">
        {messages(locale).claimCorrectedHeading}
      </h2>
      <p className="text-sm">
        {formatDate(correction.publishedAt, locale)}:{' '}
        {/* Correction notes are written by the desk, in Korean. */}
        <span lang={locale === 'en' ? 'ko' : undefined}>{correction.correctionNote}</span>
      </p>
    </section>
  )
}
