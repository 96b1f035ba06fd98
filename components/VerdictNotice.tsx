// Notices at the top of a claim's public page: a verdict withdrawn (with the public reason), or a rating changed by
// the latest correction (from what to what, when and why).
import { formatDate } from '@/lib/format'

interface RatingLabel {
  labelKo: string
  labelEn: string
}

const label = (rating: RatingLabel) => `${rating.labelKo} (${rating.labelEn})`

export function WithdrawnNotice({ at, reason }: { at: Date | null; reason: string | null }) {
  return (
    <section role="note" aria-labelledby="withdrawn-heading" className="space-y-1 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h2 id="withdrawn-heading" className="font-bold">
        철회된 판정 <span lang="en">· This verdict has been withdrawn</span>
      </h2>
      <p className="text-sm">
        {at ? <>{formatDate(at)} · </> : null}
        {reason}
      </p>
      <p className="text-sm">
        아래 판정은 기록으로만 남깁니다. <span lang="en">The verdict below is kept for the record only and no longer stands.</span>
      </p>
    </section>
  )
}

export function RatingChangeNotice({ change }: { change: { from: RatingLabel; to: RatingLabel; at: Date; note: string } }) {
  return (
    <section role="note" aria-labelledby="rating-change-heading" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <h2 id="rating-change-heading" className="font-bold">
        판정 변경 <span lang="en">· Rating changed</span>: {label(change.from)} → {label(change.to)}
      </h2>
      <p className="text-sm">
        {formatDate(change.at)}: {change.note}
      </p>
    </section>
  )
}
