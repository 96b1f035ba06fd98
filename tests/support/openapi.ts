// Checks API answers against the OpenAPI description the app serves (/api/v1/openapi.json), with ajv's JSON
// Schema 2020-12 validator (the dialect of OpenAPI 3.1's schemas). Every API assertion goes through `check`: the
// answer's path, method and status must be described, its headers and content type must be the described ones, and
// its body must match the described schema. Framework-neutral (it throws), so integration tests (servedDescription,
// which calls the route handler) and browser tests (new ApiDescription(fetched document)) share it.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { APIRequestContext, APIResponse } from '@playwright/test'

// ajv-formats is CommonJS with its function on `default`; how the default import arrives depends on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule

type Json = Record<string, unknown>

/** An answer as either client sees it: fetch's Response or Playwright's APIResponse, read once. */
export interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

export async function answerOf(response: Response): Promise<Answer> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.clone().text() }
}

const DOCUMENT_ID = 'https://openapi.test/openapi.json'

export class ApiDescription {
  private readonly ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true })
  private readonly validators = new Map<string, ValidateFunction>()

  constructor(readonly document: Json) {
    addFormats(this.ajv)
    // The description's schemas under their own pointers, so that their `#/components/schemas/...` refs resolve.
    this.ajv.addKeyword('components')
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: document.components }, DOCUMENT_ID)
  }

  private get paths(): Record<string, Json> {
    return this.document.paths as Record<string, Json>
  }

  /** The described path template an address belongs to ('/api/v1/claims/{id}' for /api/v1/claims/kfm2023). */
  pathOf(url: string): string {
    const { pathname } = new URL(url, 'http://localhost')
    const template = Object.keys(this.paths).find((path) =>
      new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname),
    )
    if (!template) throw new Error(`${pathname} is not in the OpenAPI description`)
    return template
  }

  /** A schema of the description compiled once (keyed by where it is), its refs resolved against the document. */
  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key)
    if (!validate) {
      validate = this.ajv.compile(anchored(schema) as Json)
      this.validators.set(key, validate)
    }
    return validate
  }

  private validate(where: string, key: string, schema: unknown, value: unknown) {
    const validate = this.validator(key, schema)
    if (!validate(value)) {
      const problems = (validate.errors ?? []).slice(0, 10).map((error) => `  ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`)
      throw new Error(`${where} does not match the OpenAPI description:\n${problems.join('\n')}`)
    }
  }

  /**
   * Validates one answer against the description and returns its body: parsed JSON for a JSON answer, else the
   * text. Throws, naming what differs, when the answer is not as described.
   */
  check(method: string, url: string, answer: Answer): unknown {
    const path = this.pathOf(url)
    const verb = method.toLowerCase()
    const operation = this.paths[path][verb] as Json | undefined
    const where = `${method.toUpperCase()} ${url} → ${answer.status}`
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI description`)
    const responses = operation.responses as Record<string, Json>
    const status = String(answer.status)
    const key = [status, `${status[0]}XX`, 'default'].find((candidate) => candidate in responses)
    if (!key) throw new Error(`${where}: status ${status} is not described (described: ${Object.keys(responses).join(', ')})`)
    const described = this.resolve(responses[key])
    const base = `#/paths/${pointerEscape(path)}/${verb}/responses/${key}`

    for (const [name, header] of Object.entries((described.headers ?? {}) as Record<string, Json>)) {
      const value = answer.headers[name.toLowerCase()]
      if (value === undefined) throw new Error(`${where}: header ${name} is described but missing`)
      const resolved = this.resolve(header)
      this.validate(`${where}: header ${name}`, `${base}/headers/${name}`, resolved.schema, value)
    }

    const content = described.content as Record<string, Json> | undefined
    if (!content) {
      if (answer.body !== '') throw new Error(`${where}: a body where the description has none`)
      return undefined
    }
    const mediaType = (answer.headers['content-type'] ?? '').split(';')[0].trim()
    const media = content[mediaType]
    if (!media) throw new Error(`${where}: content type ${mediaType || '(none)'} is not described (described: ${Object.keys(content).join(', ')})`)
    const body = mediaType === 'application/json' ? JSON.parse(answer.body) : answer.body
    this.validate(where, `${base}/content/${pointerEscape(mediaType)}/schema`, media.schema, body)
    return body
  }

  /** A response or header object, following a `$ref` into the document's components. */
  private resolve(object: Json): Json {
    if (typeof object.$ref !== 'string') return object
    return object.$ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<Json>((node, part) => node[part] as Json, this.document)
  }
}

/** A copy of a schema whose document-relative refs (#/components/...) name the document added to ajv. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored)
  if (schema === null || typeof schema !== 'object') return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${DOCUMENT_ID}${value}` : anchored(value)]),
  )
}

const pointerEscape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1')

let served: Promise<ApiDescription> | undefined

/** The description as the route handler serves it, loaded once per test file. */
export function servedDescription(): Promise<ApiDescription> {
  served ??= import('../../app/api/v1/openapi.json/route').then(async ({ GET }) => new ApiDescription(await GET().json()))
  return served
}

/**
 * For integration tests: validates an answer of a route handler against the served description and returns its
 * body (parsed JSON, or text for CSV).
 */
// The body's shape is the test's to state; the description has already checked it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function described(method: string, url: string, response: Response): Promise<any> {
  return (await servedDescription()).check(method, url, await answerOf(response))
}

/** For browser tests: the description the running app serves. */
export async function fetchedDescription(request: APIRequestContext): Promise<ApiDescription> {
  const response = await request.get('/api/v1/openapi.json')
  if (!response.ok()) throw new Error(`/api/v1/openapi.json answered ${response.status()}`)
  return new ApiDescription(await response.json())
}

/** For browser tests: validates an answer of Playwright's request context and returns its body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function describedAnswer(description: ApiDescription, response: APIResponse, method = 'GET'): Promise<any> {
  return description.check(method, response.url(), { status: response.status(), headers: response.headers(), body: await response.text() })
}
