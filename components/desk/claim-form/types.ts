// What the claim form's pages hand it.
import type { ClaimantKind } from '@/lib/db/generated/enums'

export interface ClaimantOption {
  id: string
  name: string
  nameEn: string | null
  kind: ClaimantKind
}

/** A metric and its definitions, for the metric selects (lib/metrics/queries.ts metricOptions). */
export interface MetricChoice {
  id: string
  nameKo: string
  nameEn: string
  definitions: { id: string; name: string }[]
}
