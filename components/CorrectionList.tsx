// The corrections page's entries: when, what kind of change, the claim (linked to the notice on its page), the
// rating before and after, and the desk's public note.
import Link from 'next/link'
import type { Correction } from '@/lib/corrections/queries'
import { messages, t, type MessageKey } from '@/lib/i18n/dictionary'
import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/locale'
import { ratingLabel } from './VerdictNotice'

const KIND_LABEL: Record<Correction['kind'], MessageKey> = {
  ratingChange: 'correctionRatingChange',
  note: 'correctionNote',
  withdrawal: 'correctionWithdrawal',
  claimCorrection: 'correctionClaim',
}

const KIND_STYLE: Record<Correction['kind'], string> = {
  ratingChange: 'border-amber-500',
  note: 'border-stone-300',
  withdrawal: 'border-red-700',
  claimCorrection: 'border-sky-600',
}

export function CorrectionList({ items, locale }: { items: Correction[]; locale: Locale }) {
  const m = messages(locale)
  return (
    <ol aria-label={m.correctionsListLabel} className="space-y-4">
      {items.map((item) => {
        // In English the claim's English translation, where there is one, names it (as on its own page).
        const translated = locale === 'en' && Boolean(item.translation)
        return (
          <li key={item.key} data-testid="correction" data-kind={item.kind} className={`rounded border-l-4 bg-white p-3 ${KIND_STYLE[item.kind]}`}>
            <p className="text-sm text-stone-600">
              <time dateTime={item.at.toISOString()}>{formatDate(item.at, locale)}</time> · <strong className="text-stone-900">{m[KIND_LABEL[item.kind]]}</strong>
              {item.kind === 'withdrawal' || item.kind === 'claimCorrection' ? null : ` · ${t(locale, 'correctionRevision', { n: item.revision })}`}
            </p>
            <p className="mt-1 font-medium">
              <Link href={item.path} className="underline" lang={translated ? (item.translationLanguage ?? 'en') : item.language}>
                {translated ? item.translation : item.text}
              </Link>
            </p>
            {item.kind === 'ratingChange' && item.previousRating ? (
              <p className="mt-1 text-sm">
                {`${ratingLabel(item.previousRating, locale)} → ${ratingLabel(item.rating, locale)}`}
              </p>
            ) : (
              <p className="mt-1 text-sm">
                {item.kind === 'withdrawal' ? <del>{ratingLabel(item.rating, locale)}</del> : ratingLabel(item.rating, locale)}
              </p>
            )}
            {/* Change notes and withdrawal reasons are written by the desk, in Korean. */}
            {item.note ? (
              <p className="mt-1 text-sm text-stone-800" lang={locale === 'en' ? 'ko' : undefined}>
                {item.note}
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
