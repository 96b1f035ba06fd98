import type { Locale } from '@/lib/i18n/locale'

export interface VerdictBadgeProps {
  rating: { labelKo: string; labelEn: string; colour: string }
  size?: 'sm' | 'lg'
  /** The page's language, whose label comes first; the other stays as secondary text. Default Korean first. */
  locale?: Locale
}

/** The rating label in Korean and English, with its colour as a swatch (the text stays dark for contrast). */
export function VerdictBadge({ rating, size = 'sm', locale = 'ko' }: VerdictBadgeProps) {
  return (
    <span
      data-testid="verdict-label"
      className={`inline-flex items-center gap-2 rounded-full border border-stone-300 bg-white font-semibold text-stone-900 ${
        size === 'lg' ? 'px-4 py-1.5 text-lg' : 'px-3 py-0.5 text-sm'
      }`}
    >
      <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: rating.colour }} />
      {locale === 'en' ? (
        <>
          <span lang="en">{rating.labelEn}</span>
          <span lang="ko" className="font-normal text-stone-600">
            {rating.labelKo}
          </span>
        </>
      ) : (
        <>
          <span lang="ko">{rating.labelKo}</span>
          <span lang="en" className="font-normal text-stone-600">
            {rating.labelEn}
          </span>
        </>
      )}
    </span>
  )
}
