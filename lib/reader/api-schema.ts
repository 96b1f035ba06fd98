// The public API's answers (/api/v1/..., /api/oembed) as zod schemas: the serialisers in serialize.ts and oembed.ts
// are typed by them, and the OpenAPI description (openapi.ts) is generated from them, so the shapes clients are
// told about and the shapes the code writes are one definition. Each schema registered in `apiComponents` becomes
// one entry of the description's components.schemas, under its id.
import { z } from 'zod'
import { RelationKind, SourceKind, Stance, WindowKind } from '../db/generated/enums'
import { CURRENCIES, DURATION_UNITS, QUANTITY_BOUNDS, QUANTITY_KINDS } from '../quantities/types'

export const apiComponents = z.registry<{ id: string; description?: string }>()

function component<T extends z.ZodType>(schema: T, id: string, description: string): T {
  apiComponents.add(schema, { id, description })
  return schema
}

const day = z.iso.date().nullable()
const instant = z.iso.datetime()
/** A date at the precision the desk knows it: ISO 8601 "2024-12-05", "2024-12" (a month) or "2024" (a year). */
const partialDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable()
const shortId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).meta({ description: "The claim's short id, stable for the life of the claim." })
/** Prisma's Decimal as text ("17.27", "200000000"), so that no precision is lost in a JSON number. */
const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/)
  .nullable()

export const errorSchema = component(
  z.object({
    error: z.string().meta({ description: 'What went wrong, in English.' }),
    details: z
      .array(z.object({ parameter: z.string().meta({ description: 'The query parameter at fault.' }), message: z.string() }))
      .optional()
      .meta({ description: 'One entry per invalid query parameter (400 answers only).' }),
  }),
  'Error',
  'Every 4xx answer of the API.',
)

export const ratingSchema = component(
  z.object({
    id: z.string().meta({ description: "The rating's id: the `rating` filter of GET /api/v1/claims." }),
    labelKo: z.string(),
    labelEn: z.string(),
    colour: z.string().meta({ description: 'CSS colour of the rating, e.g. #1a7f37.' }),
    value: z.number().int().nullable().meta({ description: "Position on the rating scale (1 = worst), as ClaimReview's ratingValue; null for ratings outside it (such as undecidable)." }),
  }),
  'Rating',
  'A rating of the site\'s scale, in Korean and English.',
)

export const claimantSchema = component(
  z.object({
    id: z.string().meta({ description: "The claimant's id: the `claimant` filter of GET /api/v1/claims." }),
    name: z.string(),
    nameEn: z.string().nullable(),
  }),
  'Claimant',
  'Who made the claim.',
)

const analysisSchema = z.string().meta({ description: "The verdict's reasoning in Korean, in Markdown." })
const analysisEnSchema = z
  .string()
  .nullable()
  .meta({ description: 'The reviewed English translation of `analysis`, in Markdown; null where there is none.' })

export const verdictSummarySchema = component(
  z.object({
    rating: ratingSchema,
    summary: z.string().meta({ description: 'The one-line summary in Korean, the language the verdict is written in.' }),
    summaryEn: z.string().nullable().meta({ description: 'The reviewed English translation of `summary`; null where there is none.' }),
    revision: z.number().int().min(1).meta({ description: 'Number of the latest published revision (1 for the first publication).' }),
    publishedAt: instant.meta({ description: 'When the latest revision was published: the sort key of the list.' }),
  }),
  'VerdictSummary',
  "The verdict's latest published revision.",
)

export const claimSummarySchema = component(
  z.object({
    id: shortId,
    url: z.url().meta({ description: "The claim's permalink." }),
    apiUrl: z.url().meta({ description: 'This claim in full: GET /api/v1/claims/{id}.' }),
    embedUrl: z.url().meta({ description: 'A compact card of the claim that other sites may frame.' }),
    text: z.string().meta({ description: 'The claim as it was made, in its original language.' }),
    language: z.string().meta({ description: 'Language of `text` (BCP 47, e.g. ko).' }),
    translation: z.string().nullable(),
    translationLanguage: z.string().nullable(),
    claimant: claimantSchema.nullable(),
    tags: z.array(z.string()),
    firstSeenAt: partialDay.meta({ description: 'When the claim was first seen, at the precision known: "2024-12-05", "2024-12" (that month) or "2024" (that year).' }),
    verdict: verdictSummarySchema,
  }),
  'ClaimSummary',
  'A listed claim with its verdict.',
)

export const sourceSchema = component(
  z.object({
    kind: z.enum(SourceKind),
    publisher: z.string(),
    author: z.string().nullable(),
    title: z.string(),
    url: z.string().nullable().meta({ description: 'Where the source is; null for sources without an address (a printed report).' }),
    publishedAt: day,
  }),
  'Source',
  'Who published what, where and when.',
)

export const sourceRoles = ['APPEARANCE', ...Object.values(Stance)] as const

export const exportedSourceSchema = component(
  sourceSchema.extend({
    role: z.enum(sourceRoles).meta({ description: 'APPEARANCE: where the claim was made; otherwise the stance of the evidence.' }),
    excerpt: z.string().nullable().meta({ description: 'The quoted passage (evidence only).' }),
    locator: z.string().nullable().meta({ description: 'Where in the source the passage is: page, section, timestamp.' }),
  }),
  'ExportedSource',
  'A source of an exported claim and how it relates to the claim.',
)

export const exportedClaimSchema = component(
  claimSummarySchema.extend({
    verdict: verdictSummarySchema.extend({ analysis: analysisSchema, analysisEn: analysisEnSchema }),
    sources: z.array(exportedSourceSchema),
  }),
  'ExportedClaim',
  'A listed claim in the open-data export: the summary, the analysis and every source its permalink shows.',
)

export const exportSchema = component(
  z.object({ generatedAt: instant, claims: z.array(exportedClaimSchema) }),
  'Export',
  'Every listed claim, newest verdict first.',
)

export const quantitySchema = component(
  z.object({
    position: z.number().int().min(0).meta({ description: "0 is the claim's main figure; the others follow in the order the claim states them." }),
    kind: z.enum(QUANTITY_KINDS).meta({ description: 'What the figure measures; it decides which other fields apply (currency for MONEY, per for RATE, ...).' }),
    bound: z.enum(QUANTITY_BOUNDS).meta({ description: 'How the figure was stated: exactly, about (약), at least (이상), at most (이하), or as a range (1~2년).' }),
    strict: z.boolean().meta({ description: 'A strict bound: 초과/미만, "more than" (AT_LEAST) or "fewer than" (AT_MOST).' }),
    value: decimal.meta({ description: 'The figure (for a bound, the bound itself); null for a RANGE. MONEY in the currency\'s unit, PERCENT, PERCENT_CHANGE and PERCENTAGE_POINTS in percent, MULTIPLE as the factor.' }),
    low: decimal.meta({ description: 'Lower end of a RANGE; null otherwise.' }),
    high: decimal.meta({ description: 'Upper end of a RANGE; null otherwise.' }),
    decimals: z.number().int().nullable().meta({ description: 'Stated precision: the power of ten of the last stated digit, negated ("4.4" → 1, "2만 명" → -4).' }),
    statedText: z.string().nullable().meta({ description: 'The figure as written, e.g. "5배 이상".' }),
    unit: z.string().nullable().meta({ description: 'The unit words as the claim gives them ("명", "models"); null when the kind says it.' }),
    unitEn: z.string().nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/).nullable().meta({ description: `ISO 4217 code, for MONEY only (${CURRENCIES.join(', ')}, ...).` }),
    per: decimal.meta({ description: 'The base of a RATE: 100000 for "per 100,000 people".' }),
    perUnit: z.string().nullable().meta({ description: 'What the base of a RATE counts ("people").' }),
    rankOf: z.number().int().nullable().meta({ description: 'For a RANK: out of how many.' }),
    rankHighFirst: z.boolean().nullable().meta({ description: 'For a RANK: whether 1 is the highest.' }),
    durationUnit: z.string().nullable().meta({ description: `For a DURATION: its time unit (${DURATION_UNITS.join(', ')}).` }),
    priceYear: z.number().int().nullable().meta({ description: 'For MONEY: the year whose prices the amount is given in.' }),
    subject: z.string().nullable().meta({ description: 'Who or what the figure is about ("South Korea").' }),
    metric: z.string().nullable().meta({ description: 'What is measured, as the editor named it.' }),
    metricUrl: z.url().nullable().meta({ description: 'The public page of the metric the figure belongs to, with every claim about it.' }),
    windowKind: z.enum(WindowKind).nullable().meta({ description: 'What time span the figure covers; null when the claim does not state it.' }),
    windowStart: day,
    windowEnd: day.meta({ description: 'End of the window; for POINT and CUMULATIVE the as-of date.' }),
    definition: z.string().nullable().meta({ description: 'What was counted ("notable" per Epoch AI\'s criteria, ...).' }),
  }),
  'Quantity',
  'One figure a claim states, as a quantity with a window and a definition.',
)

export const legacyQuantitySchema = component(
  z.object({
    subject: z.string().nullable(),
    metric: z.string().nullable(),
    value: decimal,
    unit: z.string().nullable(),
    windowKind: z.enum(WindowKind).nullable(),
    windowStart: day,
    windowEnd: day,
    definition: z.string().nullable(),
  }),
  'LegacyQuantity',
  'The first quantity in the shape `quantity` had before a claim could state several; kept for clients written then.',
)

export const correctionSchema = component(
  z.object({
    revision: z.number().int().min(1),
    changeNote: z.string().nullable().meta({ description: 'What changed and why (null for the first publication).' }),
    publishedAt: instant,
    rating: ratingSchema.pick({ labelKo: true, labelEn: true }),
  }),
  'Correction',
  'One published revision of the verdict: the corrections log.',
)

export const verdictDetailSchema = component(
  verdictSummarySchema.extend({
    analysis: analysisSchema,
    analysisEn: analysisEnSchema,
    firstPublishedAt: instant,
    withdrawn: z.boolean(),
    withdrawnAt: instant.nullable(),
    withdrawnReason: z.string().nullable(),
    corrections: z.array(correctionSchema).meta({ description: 'Every published revision, newest first.' }),
  }),
  'Verdict',
  'The verdict as the permalink shows it: the latest published revision, the corrections log and any withdrawal.',
)

export const claimDetailSchema = component(
  z.object({
    ...claimSummarySchema.omit({ apiUrl: true, verdict: true }).shape,
    claimantNote: z.string().nullable(),
    quantities: z.array(quantitySchema).meta({ description: 'Every figure the claim states, the main one first.' }),
    quantity: legacyQuantitySchema.nullable().meta({ description: 'Deprecated: the first of `quantities` in its older shape, or null.' }),
    verdict: verdictDetailSchema,
    evidence: z.array(z.object({ stance: z.enum(Stance), excerpt: z.string().nullable(), locator: z.string().nullable(), source: sourceSchema })),
    appearances: z
      .array(
        z.object({
          appearedAt: partialDay.meta({ description: 'When the claim appeared there, at the precision known ("2024-12-05", "2024-12" or "2024").' }),
          quote: z.string().nullable().meta({ description: 'The sentence of the source that makes the claim, as written there; null when none was recorded.' }),
          source: sourceSchema,
        }),
      )
      .meta({ description: 'Where the claim was made.' }),
    related: z
      .array(
        z.object({
          kind: z.enum(RelationKind),
          direction: z.enum(['to', 'from']).meta({ description: 'to: this claim relates to the other (this SUPERSEDES that); from: the other to this one.' }),
          id: shortId,
          url: z.url(),
        }),
      )
      .meta({ description: 'Related listed claims (about the same quantity in another window, by another definition, ...).' }),
  }),
  'Claim',
  'One claim as its permalink shows it.',
)

export const claimListSchema = component(
  z.object({
    data: z.array(claimSummarySchema),
    nextCursor: z.string().nullable().meta({ description: 'The `cursor` of the next page; null on the last page.' }),
    links: z.object({ next: z.url().nullable().meta({ description: 'The next page, with every parameter of this one; null on the last page.' }) }),
  }),
  'ClaimList',
  'One page of listed claims, newest verdict first.',
)

export const claimResponseSchema = component(z.object({ data: claimDetailSchema }), 'ClaimResponse', 'One claim.')

export const oembedSchema = component(
  z.object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.url(),
    width: z.number().int(),
    height: z.number().int(),
    html: z.string().meta({ description: 'An iframe of the embed card.' }),
  }),
  'OEmbed',
  'An oEmbed 1.0 "rich" answer (https://oembed.com).',
)

export type ClaimSummaryJson = z.output<typeof claimSummarySchema>
export type ClaimDetailJson = z.output<typeof claimDetailSchema>
export type ExportedClaimJson = z.output<typeof exportedClaimSchema>
export type ExportedSourceJson = z.output<typeof exportedSourceSchema>
export type SourceJson = z.output<typeof sourceSchema>
export type QuantityJson = z.output<typeof quantitySchema>
export type LegacyQuantityJson = z.output<typeof legacyQuantitySchema>
export type ClaimListJson = z.output<typeof claimListSchema>
export type ClaimResponseJson = z.output<typeof claimResponseSchema>
export type ErrorJson = z.output<typeof errorSchema>
export type OEmbedJson = z.output<typeof oembedSchema>
