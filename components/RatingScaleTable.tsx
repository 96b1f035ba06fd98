import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

export interface ScaleRating {
  id: string
  labelKo: string
  labelEn: string
  value: number | null
  colour: string
  meaning: string | null
}

/** The rating scale for readers: swatch, labels, numeric value (or none) and meaning, best first as ordered. */
export function RatingScaleTable({ ratings, locale }: { ratings: ScaleRating[]; locale: Locale }) {
  const m = messages(locale)
  // The page's language first; the other label stays under it with its own lang.
  const [first, second, secondLang] =
    locale === 'en' ? (['labelEn', 'labelKo', 'ko'] as const) : (['labelKo', 'labelEn', 'en'] as const)
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{m.scaleCaption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="py-2 pr-3">{m.scaleRating}</th>
          <th scope="col" className="pr-3">{m.scaleValue}</th>
          <th scope="col">{m.scaleMeaning}</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((rating) => (
          <tr key={rating.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-3 text-left font-semibold">
              <span className="inline-flex items-center gap-2">
                <span aria-hidden className="inline-block h-3 w-3 shrink-0 rounded-full border border-stone-300" style={{ backgroundColor: rating.colour }} />
                <span>{rating[first]}</span>
              </span>
              <span lang={secondLang} className="block pl-5 font-normal text-stone-600">
                {rating[second]}
              </span>
            </th>
            <td className="py-2 pr-3 tabular-nums">
              {rating.value ?? (
                <span className="text-stone-600">
                  {m.noNumericValue}
                </span>
              )}
            </td>
            <td className="py-2">{rating.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
