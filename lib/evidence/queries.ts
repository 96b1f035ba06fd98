import 'server-only'
import { db } from '../db/client'
import { sourceSummarySelect } from '../sources/queries'

/** A claim with its evidence and appearances, each with the source it cites; null when there is no such claim. */
export function getClaimEvidence(claimId: string) {
  return db().claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      shortId: true,
      slug: true,
      evidence: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          stance: true,
          excerpt: true,
          locator: true,
          note: true,
          version: true,
          sourceId: true,
          source: { select: sourceSummarySelect },
        },
      },
      appearances: {
        orderBy: [{ appearedAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
<<<<<<< HEAD
        select: { id: true, appearedAt: true, quote: true, note: true, source: { select: sourceSummarySelect } },
=======
        select: { id: true, appearedAt: true, appearedPrecision: true, note: true, source: { select: sourceSummarySelect } },
>>>>>>> Dates carry their precision: a claim's first-seen date and an appearance's date are a day, a month or a year (DatePrecision, as sources'), typed as 2024-12-05, 2024-12 or 2024 on the desk; the permalink writes 2024년 12월 / December 2024, the API, export and ClaimReview 2024-12, the feeds say when a claim was first seen. Migration 20261203130000_date_precision: existing dates get DAY
      },
    },
  })
}

export type ClaimEvidence = NonNullable<Awaited<ReturnType<typeof getClaimEvidence>>>
export type EvidenceItem = ClaimEvidence['evidence'][number]
