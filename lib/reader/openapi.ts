// The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. Schemas and parameters are
// generated from the zod schemas the routes parse their input with (schema.ts) and type their answers by
// (api-schema.ts); only the prose and the list of operations are written here. tests/integration/openapi.test.ts
// lints it with Redocly and checks that it names every route under app/api/v1, and the API tests validate every
// answer they get against it (tests/support/openapi.ts).
import { z } from 'zod'
import { siteUrl } from '../site'
import {
  apiComponents,
  claimListSchema,
  claimResponseSchema,
  errorSchema,
  exportSchema,
  oembedSchema,
} from './api-schema'
import { API_MAX_LIMIT, apiListSchema, exportParamsSchema, oembedParamsSchema } from './schema'

export const OPENAPI_PATH = '/api/v1/openapi.json'

type JsonObject = Record<string, unknown>

const COMPONENT_PREFIX = '#/components/schemas/'

/** A JSON Schema of zod's without the keywords that only a stand-alone schema document has. */
function embedded(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema
  return rest
}

function ref(schema: z.ZodType): JsonObject {
  const meta = apiComponents.get(schema)
  if (!meta) throw new Error('not a registered API schema')
  return { $ref: `${COMPONENT_PREFIX}${meta.id}` }
}

/** One query parameter per field of an input schema, as the client writes it (zod's input side). */
function queryParameters(schema: z.ZodObject): JsonObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...json } = embedded(z.toJSONSchema(field as z.ZodType, { io: 'input', target: 'draft-2020-12' }) as JsonObject)
    return { name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, description, schema: json }
  })
}

const commonHeaders = {
  Link: { $ref: '#/components/headers/Link' },
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/AccessControlAllowOrigin' },
}

const jsonAnswer = (description: string, schema: z.ZodType) => ({
  description,
  headers: commonHeaders,
  content: { 'application/json': { schema: ref(schema) } },
})

const errorAnswer = (description: string) => jsonAnswer(description, errorSchema)

/** CORS preflight: every route that serves GET to other origins' scripts answers OPTIONS. */
const preflight = (operationId: string) => ({
  operationId,
  tags: ['cors'],
  summary: 'CORS preflight',
  description: 'Answers a browser\'s preflight request: any origin may GET.',
  responses: {
    '204': {
      description: 'Any origin may GET.',
      headers: {
        ...commonHeaders,
        'Access-Control-Allow-Methods': { description: 'GET, OPTIONS', schema: { type: 'string' } },
      },
    },
  },
})

const paths = () => ({
  '/api/v1/claims': {
    get: {
      operationId: 'listClaims',
      tags: ['claims'],
      summary: 'List claims, newest verdict first',
      description:
        'Listed claims (published, with a published verdict that is not withdrawn), by the latest revision\'s publication time, then short id. ' +
        'Follow `links.next` until it is null: it keeps the filters. A cursor names the last claim of a page, not an offset, so claims published ' +
        'or corrected while you page never make you see one twice.',
      parameters: queryParameters(apiListSchema),
      responses: {
        '200': jsonAnswer(`One page (at most ${API_MAX_LIMIT} claims).`, claimListSchema),
        '400': errorAnswer('A parameter is invalid (a limit out of range, a cursor this API did not make); `details` names it.'),
      },
    },
    options: preflight('listClaimsPreflight'),
  },
  '/api/v1/claims/{id}': {
    parameters: [
      {
        name: 'id',
        in: 'path',
        required: true,
        description: "The claim's short id (`id` of a listed claim).",
        schema: { type: 'string' },
      },
    ],
    get: {
      operationId: 'getClaim',
      tags: ['claims'],
      summary: 'One claim as its permalink shows it',
      description:
        'Quantities, the verdict (with its corrections log and any withdrawal), evidence with stance and source, appearances, and related listed ' +
        'claims. A withdrawn verdict stays here, marked `withdrawn`, though the claim is no longer listed.',
      responses: {
        '200': jsonAnswer('The claim.', claimResponseSchema),
        '404': errorAnswer('No claim with a public permalink has this id.'),
      },
    },
    options: preflight('getClaimPreflight'),
  },
  '/api/v1/export': {
    get: {
      operationId: 'exportClaims',
      tags: ['export'],
      summary: 'Every listed claim, as one JSON document or as CSV',
      description:
        'The open-data export, streamed. CSV is RFC 4180 with a UTF-8 byte-order mark; text a spreadsheet would run as a formula ' +
        '(starting with =, +, - or @) is prefixed with \'.',
      parameters: queryParameters(exportParamsSchema),
      responses: {
        '200': {
          description: 'The export, as an attachment.',
          headers: commonHeaders,
          content: {
            'application/json': { schema: ref(exportSchema) },
            'text/csv': { schema: { type: 'string', description: 'Claims (one row each) or sources (one row per claim and source, joined by claim_id).' } },
          },
        },
        '400': errorAnswer('`format` or `table` is not one of its values.'),
      },
    },
  },
  [OPENAPI_PATH]: {
    get: {
      operationId: 'getOpenApiDescription',
      tags: ['meta'],
      summary: 'This description',
      description: 'Every API answer links here with `Link: </api/v1/openapi.json>; rel="service-desc"`.',
      responses: {
        '200': {
          description: 'An OpenAPI 3.1 document.',
          headers: commonHeaders,
          content: { 'application/json': { schema: { type: 'object', description: 'https://spec.openapis.org/oas/v3.1' } } },
        },
      },
    },
  },
  '/api/oembed': {
    get: {
      operationId: 'oembed',
      tags: ['embeds'],
      summary: 'oEmbed for claim permalinks',
      description: 'The oEmbed 1.0 provider endpoint: a `rich` answer whose `html` is an iframe of the claim\'s embed card.',
      parameters: queryParameters(oembedParamsSchema),
      responses: {
        '200': jsonAnswer('The embed.', oembedSchema),
        '400': errorAnswer('`url` is missing or a size is out of range.'),
        '404': errorAnswer('The URL is not a permalink of a published claim of this site.'),
        '501': errorAnswer('A format other than json was asked for.'),
      },
    },
  },
})

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiComponents, { target: 'draft-2020-12', uri: (id) => `${COMPONENT_PREFIX}${id}` })
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema as JsonObject)]))
}

/** The description; `servers` names this site, so a client generated from it calls the site that served it. */
export function openApiDocument(): JsonObject {
  return {
    openapi: '3.1.1',
    info: {
      title: 'Claim tracker public API',
      version: '1.0.0',
      summary: 'Published fact-checks as open data: claims, verdicts, sources and the quantities claims state.',
      description:
        'Read-only and public: every endpoint answers GET from any origin (`Access-Control-Allow-Origin: *`), without authentication. ' +
        'Only listed claims appear in the list and the export: published, with a published verdict that is not withdrawn. ' +
        'Decimals (quantity values, bounds, rate bases) are strings so that no precision is lost.',
    },
    servers: [{ url: siteUrl(), description: 'This site' }],
    // Open data: no operation needs credentials.
    security: [],
    tags: [
      { name: 'claims', description: 'Claims and their verdicts.' },
      { name: 'export', description: 'The open-data export.' },
      { name: 'embeds', description: 'Embedding a claim in another site.' },
      { name: 'meta', description: 'About the API.' },
      { name: 'cors', description: 'Cross-origin preflights.' },
    ],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      headers: {
        Link: {
          description: 'RFC 8631: the OpenAPI description of this API.',
          schema: { type: 'string', const: `<${OPENAPI_PATH}>; rel="service-desc"` },
        },
        AccessControlAllowOrigin: { description: 'Any origin may read the answer.', schema: { type: 'string', const: '*' } },
      },
    },
  }
}
