// The production server's cache of signed-out reader responses (used by lib/cli/web-server.ts). A verdict that goes
// viral sends thousands of readers to one permalink; rendering it per request costs tens of milliseconds of CPU, so
// each instance renders a page once and serves the stored bytes until something changes.
//
// Freshness: every committed write that readers could see inserts an audit event, and a trigger on audit_events
// sends NOTIFY reader_changes (migration 20261122170000_reader_change_notify). Each instance listens
// (lib/db/reader-changes.ts) and empties its cache when one arrives, so a publish on any instance is visible on all of
// them as soon as the commit is delivered. While the listener is not connected the cache is bypassed, and a short
// TTL bounds what a lost notification could cost.
//
// The stored copy keeps the script nonce of the render that produced it, like any shared cache (nginx, a CDN): the
// nonce still stops injected markup, because content stored by an attacker only ever appears in a new render, with a
// nonce no one has seen before.
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { localeFromCookieHeader } from '../i18n/locale'
import { UNNOTIFIED_MAX_AGE_MS } from './generation'

/** What the cache may hold, in body bytes; the oldest entries go first. */
export const PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024
/** Cache-Control for what shared caches may keep: 1 s in nginx or a CDN, revalidated by browsers every time. */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=1'

/**
 * For nginx (lib/deploy/nginx.conf), which counts lifetimes in whole seconds from when it stored a copy, so that
 * s-maxage=1 keeps a copy one to two seconds: X-Accel-Expires with the current second ends the copy's life when
 * that second ends. nginx reads it and does not pass it on.
 */
export const nginxExpiry = (now = Date.now()) => `@${Math.floor(now / 1000)}`

/**
 * Paths with per-user or mutating responses: never cached. Everything else Next serves is reader-facing. /submit is
 * the tip form (its answer is one reader's) and its receipts' status pages (each one reader's, behind its code).
 */
const PRIVATE_PREFIXES = ['/desk', '/signin', '/api/auth', '/lang', '/_next', '/api/v1/export', '/submit']
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/

const startsWithSegment = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)

/**
 * The cache key of a request, or null when its response must not be shared: anything but GET/HEAD, a signed-in
 * reader (the page frame shows who is signed in), a desk or auth path, client-side navigations (RSC requests,
 * whose responses vary on router-state headers), and a language cookie that is duplicated or not spelled `ko`/`en`.
 */
export function pageCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null
  const cookie = headers.cookie ?? ''
  if (SESSION_COOKIE.test(cookie)) return null
  if (headers.rsc !== undefined || headers['next-router-prefetch'] !== undefined) return null
  const { pathname, search } = new URL(url ?? '/', 'http://localhost')
  if (PRIVATE_PREFIXES.some((prefix) => startsWithSegment(pathname, prefix))) return null
  // The key takes the language the page will render in, from the same reading of the cookie.
  const { locale, unambiguous } = localeFromCookieHeader(cookie)
  if (!unambiguous) return null
  // Next compresses (gzip before deflate) for clients that accept it, so the bytes stored differ by that too.
  const accepted = String(headers['accept-encoding'] ?? '')
  const encoding = /\bgzip\b/.test(accepted) ? 'gzip' : /\bdeflate\b/.test(accepted) ? 'deflate' : 'identity'
  return `${pathname}${search} lang=${locale} encoding=${encoding}`
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'strict-transport-security'])

/**
 * Whether a finished response may be shared, and the headers to store: 200 or 404, no cookie set, and either a page
 * (HTML, whose Cache-Control Next always writes as private/no-store for dynamic renders) or a route that declared
 * itself public. A route that said no-store keeps it.
 */
export function storableHeaders(status: number, headers: OutgoingHttpHeaders): OutgoingHttpHeaders | null {
  if (status !== 200 && status !== 404) return null
  if (headers['set-cookie'] !== undefined) return null
  const type = String(headers['content-type'] ?? '')
  const cacheControl = String(headers['cache-control'] ?? '')
  const page = type.startsWith('text/html')
  if (!page && !cacheControl.startsWith('public')) return null
  const stored: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) stored[name] = value
  if (page) stored['cache-control'] = SHARED_CACHE_CONTROL
  return stored
}

export interface StoredResponse {
  status: number
  headers: OutgoingHttpHeaders
  body: Buffer
}

interface Entry extends StoredResponse {
  storedAt: number
}

export class PageCache {
  private entries = new Map<string, Entry>()
  private inFlight = new Map<string, Promise<StoredResponse | null>>()
  private bytes = 0
  /** Bumped by every invalidation: a render that started before one is not stored. */
  private generation = 0
  /** False while change notifications cannot be received: then nothing is served from or stored in the cache. */
  enabled = false

  constructor(
    private readonly ttlMs = UNNOTIFIED_MAX_AGE_MS,
    private readonly maxBytes = PAGE_CACHE_MAX_BYTES,
    private readonly now = () => Date.now(),
  ) {}

  get size() {
    return this.entries.size
  }

  invalidateAll() {
    this.generation++
    this.entries.clear()
    // Renders in flight may have read the old data: requests from now on start their own.
    this.inFlight.clear()
    this.bytes = 0
  }

  get(key: string): StoredResponse | null {
    if (!this.enabled) return null
    const entry = this.entries.get(key)
    if (!entry) return null
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.remove(key, entry)
      return null
    }
    return entry
  }

  /**
   * The stored response for key, else the result of render(), which produces and sends it. Concurrent requests
   * for the same key wait for the one render in flight instead of rendering it again (a cache stampede on a viral
   * page would otherwise render it once per waiting reader); they get null when that response could not be shared,
   * or when a change committed while they waited (it may have read the data before), and then render their own.
   *
   * render gets `current()`: false once a change has committed since the render began. A response rendered across
   * a change must not be shared, here or by nginx: the instance stores it only if still current when done, and
   * recordResponse leaves it private if it is no longer current when its headers go out.
   */
  async fetch(
    key: string,
    render: (current: () => boolean) => Promise<StoredResponse | null>,
  ): Promise<{ response: StoredResponse | null; rendered: boolean }> {
    const hit = this.get(key)
    if (hit) return { response: hit, rendered: false }
    const generation = this.generation
    const current = () => this.enabled && generation === this.generation
    const pending = this.inFlight.get(key)
    if (pending) {
      const response = await pending
      return { response: current() ? response : null, rendered: false }
    }
    const rendering = render(current).catch(() => null)
    this.inFlight.set(key, rendering)
    try {
      const response = await rendering
      if (response && current()) this.store(key, response)
      return { response, rendered: true }
    } finally {
      if (this.inFlight.get(key) === rendering) this.inFlight.delete(key)
    }
  }

  private store(key: string, response: StoredResponse) {
    if (response.body.length > this.maxBytes / 8) return
    const existing = this.entries.get(key)
    if (existing) this.remove(key, existing)
    this.entries.set(key, { ...response, storedAt: this.now() })
    this.bytes += response.body.length
    // Maps iterate in insertion order: the first entries are the oldest.
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.remove(oldKey, oldEntry)
    }
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key)
    this.bytes -= entry.body.length
  }
}

/**
 * Lets Next write the response as usual while keeping a copy of what it sends. Resolves, once the response has
 * finished, to the copy when it may be shared, else null. Must wrap the response before Next's compression does,
 * so the copy holds the bytes that went out.
 */
export function recordResponse(request: IncomingMessage, response: ServerResponse, current: () => boolean = () => true): Promise<StoredResponse | null> {
  const chunks: Buffer[] = []
  let headers: OutgoingHttpHeaders | null = null
  const writeHead = response.writeHead
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    // Headers may come as writeHead's argument; set them first so that one place holds them all.
    const argument = rest.find((item) => typeof item === 'object' && item !== null)
    if (argument && !Array.isArray(argument)) for (const [name, value] of Object.entries(argument)) if (value !== undefined) this.setHeader(name, value as string)
    // A response that may hold data from before a change keeps Next's private Cache-Control: nginx must not keep it.
    headers = Array.isArray(argument) || !current() ? null : storableHeaders(statusCode, this.getHeaders())
    if (headers) {
      // Next's dynamic-page Cache-Control would keep nginx and CDNs from sharing what this instance shares.
      if (headers['cache-control']) this.setHeader('cache-control', headers['cache-control'])
      this.setHeader('x-accel-expires', nginxExpiry())
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest.filter((item) => typeof item === 'string' || Array.isArray(item)))
  } as ServerResponse['writeHead']
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (headers === null || chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
  }
  const write = response.write
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0])
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as ServerResponse['write']
  const end = response.end
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0])
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest)
  } as ServerResponse['end']
  return new Promise((resolve) => {
    response.once('finish', () => resolve(headers && request.method === 'GET' ? { status: response.statusCode, headers, body: Buffer.concat(chunks) } : null))
    response.once('close', () => resolve(null))
  })
}

/** Sends a stored response to another reader. */
export function replay(request: IncomingMessage, response: ServerResponse, stored: StoredResponse) {
  response.writeHead(stored.status, {
    ...stored.headers,
    'content-length': stored.body.length,
    'x-accel-expires': nginxExpiry(),
    'x-page-cache': 'hit',
  })
  response.end(request.method === 'HEAD' ? undefined : stored.body)
}
