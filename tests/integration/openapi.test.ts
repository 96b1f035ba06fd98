// The OpenAPI description as served at /api/v1/openapi.json: Redocly's linter finds nothing in it, it names every
// route under app/api/v1 (and nothing that is not a route), and the validator the API tests use rejects answers
// that drift from it.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { GET } from '../../app/api/v1/openapi.json/route'
import { ApiDescription, described, servedDescription } from '../support/openapi'

const ROOT = path.resolve(import.meta.dirname, '../..')
const BASE = 'http://localhost:3000'
const isV1 = (template: string) => template === '/api/v1' || template.startsWith('/api/v1/')
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

async function servedDocument() {
  const response = GET()
  expect(response.status).toBe(200)
  return response.json()
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document that names this site, linked from its own answer', async () => {
    const response = GET()
    expect(response.headers.get('link')).toBe('</api/v1/openapi.json>; rel="service-desc"')
    const document = await described('GET', `${BASE}/api/v1/openapi.json`, response)
    expect(document.openapi).toMatch(/^3\.1\./)
    expect(document.servers).toEqual([expect.objectContaining({ url: expect.stringMatching(/^https?:\/\//) })])
    // The quantity schema is the one lib/quantities describes: every kind and bound, the fields that depend on them.
    const quantity = document.components.schemas.Quantity
    expect(quantity.properties.kind.enum).toEqual(expect.arrayContaining(['COUNT', 'RATE', 'MONEY', 'DURATION']))
    expect(quantity.properties.bound.enum).toEqual(['EXACT', 'APPROX', 'AT_LEAST', 'AT_MOST', 'RANGE'])
    expect(Object.keys(quantity.properties)).toEqual(expect.arrayContaining(['value', 'low', 'high', 'unit', 'currency', 'per', 'decimals']))
  })

  it('passes Redocly lint (recommended rules, redocly.yaml) with no error and no warning', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'openapi-'))
    try {
      const file = path.join(dir, 'openapi.json')
      await writeFile(file, JSON.stringify(await servedDocument()))
      const run = promisify(execFile)
      const result = await run(
        path.join(ROOT, 'node_modules/.bin/redocly'),
        ['lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format', 'json'],
        { cwd: ROOT, env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off' } },
      ).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }))
      const report = JSON.parse(result.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] }
      expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([])
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('describes every route under app/api/v1 with each method it exports, and nothing else', async () => {
    const document = await servedDocument()
    const routes: string[] = []
    for (const file of await readdir(path.join(ROOT, 'app/api/v1'), { recursive: true })) {
      if (path.basename(file) !== 'route.ts') continue
      const template = path.posix.join('/api/v1', path.dirname(file)).replace(/\[([^\]]+)\]/g, '{$1}')
      const handlers = await import(path.join(ROOT, 'app/api/v1', file))
      for (const method of HTTP_METHODS.filter((name) => typeof handlers[name] === 'function')) routes.push(`${method} ${template}`)
    }
    expect(routes).toEqual(expect.arrayContaining(['GET /api/v1/claims', 'GET /api/v1/claims/{id}', 'GET /api/v1/export']))
    const describedOperations = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .filter(([template]) => isV1(template))
      .flatMap(([template, item]) => Object.keys(item).filter((key) => HTTP_METHODS.includes(key.toUpperCase() as never)).map((method) => `${method.toUpperCase()} ${template}`))
    expect(describedOperations.sort()).toEqual(routes.sort())
  })

  it('describes the oEmbed endpoint, the one public API route outside /api/v1', async () => {
    const document = await servedDocument()
    expect(Object.keys(document.paths).filter((template) => !isV1(template))).toEqual(['/api/oembed'])
    const { GET: oembed } = await import('../../app/api/oembed/route')
    expect(typeof oembed).toBe('function')
  })
})

describe('the validator of API answers', () => {
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', link: '</api/v1/openapi.json>; rel="service-desc"', 'access-control-allow-origin': '*', ...headers },
    body: JSON.stringify(body),
  })
  const page = { data: [], nextCursor: null, links: { next: null } }

  it('accepts a described answer and returns its body', async () => {
    const description = await servedDescription()
    expect(description.check('GET', `${BASE}/api/v1/claims`, answer(200, page))).toEqual(page)
  })

  it.each([
    ['a field the description does not have', answer(200, { ...page, total: 0 }), /does not match/],
    ['a missing field', answer(200, { data: [], links: { next: null } }), /does not match/],
    ['a field of the wrong type', answer(200, { ...page, nextCursor: 3 }), /does not match/],
    ['an error without its message', answer(400, { details: [] }), /does not match/],
    ['a status the operation does not answer', answer(418, page), /status 418 is not described/],
    ['another content type', answer(200, page, { 'content-type': 'text/html' }), /content type text\/html is not described/],
    ['no link to the description', { ...answer(200, page), headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } }, /header Link is described but missing/],
  ])('rejects %s', async (_name, drifted, message) => {
    const description = await servedDescription()
    expect(() => description.check('GET', `${BASE}/api/v1/claims`, drifted)).toThrow(message)
  })

  it('rejects an address or a method the description does not have', async () => {
    const description = new ApiDescription(await servedDocument())
    expect(() => description.check('GET', `${BASE}/api/v1/claimants`, answer(200, page))).toThrow(/not in the OpenAPI description/)
    expect(() => description.check('DELETE', `${BASE}/api/v1/claims`, answer(200, page))).toThrow(/DELETE \/api\/v1\/claims is not in the OpenAPI description/)
  })
})
