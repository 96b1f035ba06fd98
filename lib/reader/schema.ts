// Reader-facing inputs: the home page's browse and search parameters, and the public API's. The home page forgives
// (a bad value falls back to "no filter"); the API refuses with a 400, so clients learn about their mistakes.
import { z } from 'zod'
import { isStorableText } from '../actions/fields'
import { decodeCursor } from './cursor'

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // PostgreSQL cannot compare text with NUL in it; a URL's %00 would otherwise be a database error.
    .refine(isStorableText, 'must not contain NUL characters')
    .optional()
    .transform((value) => value || undefined)

// The descriptions are the API's parameter documentation (lib/reader/openapi.ts reads them).
export const readerFiltersSchema = z.object({
  q: optionalText(200).meta({ description: 'A substring of the claim or its translation, Korean or English.' }),
  rating: optionalText(64).meta({ description: "A rating's id (`verdict.rating.id`)." }),
  tag: optionalText(100).meta({ description: 'A tag the claim carries.' }),
  claimant: optionalText(64).meta({ description: "A claimant's id (`claimant.id`)." }),
})

export type ReaderFilters = Partial<z.infer<typeof readerFiltersSchema>>

/** First value of a repeated query parameter, as Next hands searchParams over. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

export function parseBrowseParams(params: Record<string, string | string[] | undefined>) {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)]))
  // Per field, so one bad value (an over-long search) drops that filter only.
  const forgiving = z.object(
    Object.fromEntries(Object.entries(readerFiltersSchema.shape).map(([key, field]) => [key, field.catch(undefined)])),
  )
  const filters = forgiving.parse(single) as ReaderFilters
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse(single.page ?? 1)
  return { filters, page }
}

export const API_DEFAULT_LIMIT = 20
export const API_MAX_LIMIT = 100

export const apiListSchema = readerFiltersSchema.extend({
  limit: z.coerce.number().int().min(1).max(API_MAX_LIMIT).default(API_DEFAULT_LIMIT).meta({ description: 'Claims per page.' }),
  cursor: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === '') return undefined
      const key = decodeCursor(value)
      if (!key) {
        context.addIssue({ code: 'custom', message: 'not a cursor from this API' })
        return z.NEVER
      }
      return key
    })
    .meta({ description: "The previous page's `nextCursor`: opaque, it names the last claim of that page." }),
})

/** The API's list parameters, or the problems with them (one line per parameter) for the 400 response. */
export function parseApiListParams(searchParams: URLSearchParams) {
  const result = apiListSchema.safeParse(Object.fromEntries(searchParams))
  if (result.success) return { ok: true as const, params: result.data }
  return {
    ok: false as const,
    errors: result.error.issues.map((issue) => ({ parameter: issue.path.join('.'), message: issue.message })),
  }
}

/** GET /api/v1/export's parameters. */
export const exportParamsSchema = z.object({
  format: z.enum(['json', 'csv']).default('json').meta({ description: 'One JSON document, or CSV.' }),
  table: z.enum(['claims', 'sources']).default('claims').meta({ description: 'CSV only: one row per claim, or one row per claim and source.' }),
})

const embedDimension = z.coerce.number().int().min(100).max(4000).optional()

/** GET /api/oembed's parameters (https://oembed.com). */
export const oembedParamsSchema = z.object({
  url: z.string().min(1).max(2000).meta({ description: 'A permalink of this site (/c/<id>/…, or the older /claims/<id>/…).' }),
  format: z.string().optional().meta({ description: 'Only json is served; any other format is a 501.' }),
  maxwidth: embedDimension.meta({ description: 'Largest width the consumer can show, in pixels.' }),
  maxheight: embedDimension.meta({ description: 'Largest height the consumer can show, in pixels.' }),
})
