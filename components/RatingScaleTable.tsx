export interface ScaleRating {
  id: string
  labelKo: string
  labelEn: string
  value: number | null
  colour: string
  meaning: string | null
}

/** The rating scale for readers: swatch, labels, numeric value (or none) and meaning, best first as ordered. */
export function RatingScaleTable({ ratings }: { ratings: ScaleRating[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">판정 등급 Rating scale</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="py-2 pr-3">등급 Rating</th>
          <th scope="col" className="pr-3">수치 Value</th>
          <th scope="col">뜻 Meaning</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((rating) => (
          <tr key={rating.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-3 text-left font-semibold">
              <span className="inline-flex items-center gap-2">
                <span aria-hidden className="inline-block h-3 w-3 shrink-0 rounded-full border border-stone-300" style={{ backgroundColor: rating.colour }} />
                <span>{rating.labelKo}</span>
              </span>
              <span lang="en" className="block pl-5 font-normal text-stone-600">
                {rating.labelEn}
              </span>
            </th>
            <td className="py-2 pr-3 tabular-nums">
              {rating.value ?? (
                <span className="text-stone-600">
                  수치 없음 <span lang="en">no numeric value</span>
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
