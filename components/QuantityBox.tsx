import Link from 'next/link'
import type { WindowKind } from '@/lib/db/generated/enums'
import { describeWindow, formatQuantity } from '@/lib/format'
import type { Messages } from '@/lib/i18n/dictionary'

export interface QuantityClaim {
  quantityValue: { toString(): string } | null
  quantityUnit: string | null
  quantitySubject: string | null
  windowKind: WindowKind | null
  windowStart: Date | null
  windowEnd: Date | null
  definition: string | null
  metric: { slug: string; nameKo: string; nameEn: string } | null
}

/** A numeric claim's value, window and definition, for readers; nothing when the claim has no quantity. */
export function QuantityBox({ claim, m }: { claim: QuantityClaim; m: Messages }) {
  if (!claim.windowKind || claim.quantityValue === null) return null
  return (
    <section aria-labelledby="quantity-heading" className="rounded-lg bg-stone-100 p-4 text-sm">
      <h2 id="quantity-heading" className="sr-only">
        {m.quantityHeading}
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-600">{m.quantityValue}</dt>
        <dd className="font-semibold">
          {formatQuantity(claim.quantityValue)} {claim.quantityUnit}
        </dd>
        {claim.quantitySubject ? (
          <>
            <dt className="text-stone-600">{m.quantitySubject}</dt>
            <dd>{claim.quantitySubject}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">{m.quantityWindow}</dt>
        <dd>{describeWindow(claim.windowKind, claim.windowStart, claim.windowEnd)}</dd>
        {claim.definition ? (
          <>
            <dt className="text-stone-600">{m.quantityDefinition}</dt>
            <dd>{claim.definition}</dd>
          </>
        ) : null}
        {claim.metric ? (
          <>
            <dt className="text-stone-600">{m.quantityMetric}</dt>
            <dd>
              {/* The metric page shows every claim about this quantity over time. */}
              <Link href={`/metrics/${claim.metric.slug}`} className="underline">
                {claim.metric.nameKo} <span lang="en">({claim.metric.nameEn})</span>
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}
