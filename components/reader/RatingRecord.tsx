// A claimant's (or a tag's) record, as fact-checkers' scorecards show it: how many checked claims got each rating.
import { VerdictBadge } from '@/components/VerdictBadge'
import { messages } from '@/lib/i18n/dictionary'
import { INTL_LOCALE, type Locale } from '@/lib/i18n/locale'
import type { RatingCount } from '@/lib/reader/queries'

export function RatingRecord({ record, locale }: { record: RatingCount[]; locale: Locale }) {
  const m = messages(locale)
  return (
    <section aria-labelledby="record-heading" className="space-y-2">
      <h2 id="record-heading" className="text-xl font-semibold">
        {m.claimantRecordHeading}
      </h2>
      <table className="text-sm" data-testid="rating-record">
        <caption className="sr-only">{m.claimantRecordCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-6 text-left font-medium">
              {m.scaleRating}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {m.claimantCount}
            </th>
          </tr>
        </thead>
        <tbody>
          {record.map((rating) => (
            <tr key={rating.id} data-rating={rating.labelEn} className="border-t border-stone-200">
              <th scope="row" className="py-1.5 pr-6 text-left font-normal">
                <VerdictBadge rating={rating} locale={locale} />
              </th>
              <td className="py-1.5 text-right tabular-nums" data-testid="rating-count">
                {new Intl.NumberFormat(INTL_LOCALE[locale]).format(rating.count)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
