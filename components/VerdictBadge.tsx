export interface VerdictBadgeProps {
  rating: { labelKo: string; labelEn: string; colour: string }
  size?: 'sm' | 'lg'
}

/** The rating label in Korean and English, with its colour as a swatch (the text stays dark for contrast). */
export function VerdictBadge({ rating, size = 'sm' }: VerdictBadgeProps) {
  return (
    <span
      data-testid="verdict-label"
      className={`inline-flex items-center gap-2 rounded-full border border-stone-300 bg-white font-semibold text-stone-900 ${
        size === 'lg' ? 'px-4 py-1.5 text-lg' : 'px-3 py-0.5 text-sm'
      }`}
    >
      <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: rating.colour }} />
      <span>{rating.labelKo}</span>
      <span lang="en" className="font-normal text-stone-600">
        {rating.labelEn}
      </span>
    </span>
  )
}
