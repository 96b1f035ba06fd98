// Shape of the built-in demo dataset. The data lives in demo-dataset.ts; lib/seed/demo.ts loads it.
// Keys ("S-HAI24", "K-FM-2023") are the fact sheet's own keys and become each row's seed_key, which is what
// makes loading idempotent.
import type {
  ClaimantKind,
  ClaimStatus,
  DatePrecision,
  QuantityBound,
  QuantityKind,
  RelationKind,
  SourceKind,
  Stance,
  WindowKind,
} from '../../lib/db/generated/enums'

/** A calendar date as written in the fact sheet: YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`

export interface SeedRating {
  labelKo: string
  labelEn: string
  /** Numeric value for ClaimReview (1 = worst); null keeps a rating out of the numeric range. */
  value: number | null
  /** CSS hex colour, #rrggbb. */
  colour: string
  meaning: string
}

export interface SeedClaimant {
  key: string
  name: string
  nameEn?: string
  kind: ClaimantKind
  description?: string
}

export interface SeedSource {
  key: string
  kind: SourceKind
  publisher: string
  author?: string
  title: string
  url?: string
  language: 'ko' | 'en'
  publishedAt?: IsoDate
  publishedPrecision?: DatePrecision
  publishedApprox?: boolean
  accessedAt?: IsoDate
  note?: string
}

/** One figure a claim states; a claim's quantities are listed in order, the main figure first (position 0). */
export interface SeedQuantity {
  kind: QuantityKind
  /** EXACT when absent. */
  bound?: QuantityBound
  strict?: boolean
  subject: string
  /** The free-text metric label. */
  metric: string
  /** Decimal as text, so 10.26 stays exactly 10.26. Absent for a RANGE, which has low and high. */
  value?: string
  low?: string
  high?: string
  /** Stated precision: decimals, negative for a figure stated to tens (-1), hundred millions (-8). */
  decimals?: number
  /** The figure as the claim writes it: "13억 달러", "세계 1위". */
  statedText?: string
  unit: string
  unitEn?: string
  /** ISO 4217, for MONEY. */
  currency?: string
  /** A RATE's base, as decimal text ("100000"), and what it counts. */
  per?: string
  perUnit?: string
  rankOf?: number
  rankHighFirst?: boolean
  durationUnit?: string
  /** Absent: the claim does not state its window. */
  windowKind?: WindowKind
  windowStart?: IsoDate
  windowEnd?: IsoDate
  definition: string
  /** The metric (its slug) this figure belongs to, and the name of the metric's definition it counts by. */
  metricKey?: string
  definitionName?: string
}

export interface SeedEvidence {
  sourceKey: string
  stance: Stance
  /** At most one sentence quoted from the source. */
  excerpt?: string
  locator?: string
  note?: string
}

export interface SeedVerdict {
  /** The rating's English label, e.g. "Mostly not true". */
  rating: string
  summary: string
  /** Markdown. */
  analysis: string
  /** The English translation of both, published with them. */
  summaryEn?: string
  analysisEn?: string
}

export interface SeedClaim {
  key: string
  /** Public permalink id: 7 characters of [a-z0-9]. */
  shortId: string
  /** URL slug made from the English gloss: lower-case ASCII words joined by "-". */
  slug: string
  text: string
  language: 'ko'
  translation: string
  translationLanguage: 'en'
  claimantKey?: string
  claimantNote?: string
  firstSeenAt?: IsoDate
  status: ClaimStatus
  quantities?: SeedQuantity[]
  appearances: { sourceKey: string; appearedAt?: IsoDate; note?: string }[]
  evidence: SeedEvidence[]
  verdict?: SeedVerdict
}

export interface SeedMetricDefinition {
  name: string
  sourceKey?: string
  versionLabel?: string
  snapshotDate?: IsoDate
}

/** A metric groups quantity claims about one thing; `key` is its public slug. */
export interface SeedMetric {
  key: string
  nameKo: string
  nameEn: string
  unit: string
  subject?: string
  /** The country as imported datasets spell it, so values can be derived from snapshots. */
  datasetCountry?: string
  description?: string
  definitions: SeedMetricDefinition[]
}

export interface SeedRelation {
  from: string
  to: string
  kind: RelationKind
  note: string
}

export interface DemoDataset {
  ratingScale: { name: string; ratings: SeedRating[] }
  claimants: SeedClaimant[]
  sources: SeedSource[]
  claims: SeedClaim[]
  relations: SeedRelation[]
  metrics?: SeedMetric[]
}
