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
        select: { id: true, appearedAt: true, appearedPrecision: true, quote: true, note: true, source: { select: sourceSummarySelect } },
      },
    },
  })
}

export type ClaimEvidence = NonNullable<Awaited<ReturnType<typeof getClaimEvidence>>>
export type EvidenceItem = ClaimEvidence['evidence'][number]
