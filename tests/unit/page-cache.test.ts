import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RequestCookies } from 'next/dist/compiled/@edge-runtime/cookies'
import { describe, expect, it } from 'vitest'
import { localeFromCookieHeader, parseLocale } from '../../lib/i18n/locale'
import { nginxExpiry, PageCache, pageCacheKey, recordResponse, SHARED_CACHE_CONTROL, storableHeaders, type StoredResponse } from '../../lib/reader/page-cache'

const page = (body = 'page'): StoredResponse => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(body) })

describe('pageCacheKey', () => {
  it('keys signed-out reader GETs by path, query, language and the compression Next will use', () => {
    expect(pageCacheKey('GET', '/c/abc1234/slug?x=1', { cookie: 'lang=en', 'accept-encoding': 'gzip, br' })).toBe('/c/abc1234/slug?x=1 lang=en encoding=gzip')
    expect(pageCacheKey('GET', '/', { 'accept-encoding': 'deflate' })).toBe('/ lang=ko encoding=deflate')
    expect(pageCacheKey('HEAD', '/', {})).toBe('/ lang=ko encoding=identity')
    // No cookie and lang=ko render the same Korean page: one copy.
    expect(pageCacheKey('GET', '/', { cookie: 'lang=ko' })).toBe(pageCacheKey('GET', '/', {}))
    expect(pageCacheKey('GET', '/', { cookie: 'theme=dark; lang=en' })).toBe('/ lang=en encoding=identity')
  })

  // Each of these renders in a language other than the one a shared cache (ours by a naive reading, nginx by the raw
  // first value) would file it under; the next cookieless reader would get the wrong language.
  const ambiguous = ['lang=%65n', 'lang=ko; lang=en', 'lang=en; lang=ko', 'lang=en;lang=en', 'lang=EN', 'lang=xx', 'lang=', 'lang=%6bo', 'lang="en"', 'lang=en%', ' lang=ko; lang=%65n']
  it.each(ambiguous)('does not share a page whose language cookie is ambiguous: %s', (cookie) => {
    expect(pageCacheKey('GET', '/', { cookie })).toBeNull()
  })

  it.each([...ambiguous, 'lang=en', 'lang=ko', '', 'a=b', 'xlang=en', 'lang=en; other=1'])(
    "reads the language as the page does (Next's cookie parser): %s",
    (cookie) => {
      const next = new RequestCookies(new Headers({ cookie })).get('lang')?.value
      expect(localeFromCookieHeader(cookie).locale).toBe(parseLocale(next))
    },
  )

  it('never shares signed-in, desk, auth, mutating or client-navigation requests', () => {
    expect(pageCacheKey('GET', '/', { cookie: 'lang=ko; next-auth.session-token=abc' })).toBeNull()
    expect(pageCacheKey('GET', '/', { cookie: '__Secure-next-auth.session-token=abc' })).toBeNull()
    expect(pageCacheKey('POST', '/', {})).toBeNull()
    expect(pageCacheKey('GET', '/desk', {})).toBeNull()
    expect(pageCacheKey('GET', '/desk/claims/1', {})).toBeNull()
    expect(pageCacheKey('GET', '/api/auth/session', {})).toBeNull()
    expect(pageCacheKey('GET', '/signin', {})).toBeNull()
    expect(pageCacheKey('GET', '/', { rsc: '1' })).toBeNull()
    // A path that only starts like a private one is a reader path.
    expect(pageCacheKey('GET', '/designs', {})).not.toBeNull()
  })
})

describe('storableHeaders', () => {
  it('shares pages with the 1 s shared-cache policy and drops per-connection headers', () => {
    const stored = storableHeaders(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      'transfer-encoding': 'chunked',
      'strict-transport-security': 'max-age=1',
    })
    expect(stored).toEqual({ 'content-type': 'text/html; charset=utf-8', 'cache-control': SHARED_CACHE_CONTROL })
  })

  it('keeps what routes said about themselves, and never shares a response that sets a cookie or failed', () => {
    expect(storableHeaders(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' })?.['cache-control']).toBe('public, max-age=60')
    expect(storableHeaders(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })).toBeNull()
    expect(storableHeaders(200, { 'content-type': 'text/html', 'set-cookie': ['a=b'] })).toBeNull()
    expect(storableHeaders(500, { 'content-type': 'text/html' })).toBeNull()
    expect(storableHeaders(404, { 'content-type': 'text/html' })).not.toBeNull()
  })
})

it('tells nginx to drop a shared copy when the current second ends', () => {
  expect(nginxExpiry(1_700_000_000_999)).toBe('@1700000000')
  expect(nginxExpiry(1_700_000_001_000)).toBe('@1700000001')
})

describe('PageCache', () => {
  it('renders once for concurrent requests and serves the stored copy after', async () => {
    const cache = new PageCache()
    cache.enabled = true
    let renders = 0
    let finish!: (value: StoredResponse) => void
    const render = () => {
      renders++
      return new Promise<StoredResponse>((resolve) => (finish = resolve))
    }
    const first = cache.fetch('k', render)
    const second = cache.fetch('k', render)
    finish(page('one'))
    expect((await first).rendered).toBe(true)
    expect((await second).response?.body.toString()).toBe('one')
    expect((await cache.fetch('k', render)).response?.body.toString()).toBe('one')
    expect(renders).toBe(1)
  })

  it('does not store a render that started before an invalidation', async () => {
    const cache = new PageCache()
    cache.enabled = true
    let finish!: (value: StoredResponse) => void
    const pending = cache.fetch('k', () => new Promise<StoredResponse>((resolve) => (finish = resolve)))
    cache.invalidateAll()
    finish(page('old'))
    await pending
    expect(cache.get('k')).toBeNull()
  })

  it('keeps a render that spans a change from everyone: not stored, not handed to waiters, marked not current', async () => {
    const cache = new PageCache()
    cache.enabled = true
    let finish!: (value: StoredResponse) => void
    let current!: () => boolean
    const first = cache.fetch('k', (isCurrent) => {
      current = isCurrent
      return new Promise<StoredResponse>((resolve) => (finish = resolve))
    })
    const waiter = cache.fetch('k', async () => page('unused'))
    expect(current()).toBe(true)
    cache.invalidateAll()
    expect(current()).toBe(false)
    // A request after the change does not wait for the old render.
    expect((await cache.fetch('k', async () => page('new'))).response?.body.toString()).toBe('new')
    finish(page('old'))
    expect((await first).rendered).toBe(true)
    expect((await waiter).response).toBeNull()
    expect(cache.get('k')?.body.toString()).toBe('new')
  })

  it('serves nothing while disabled, and expires entries after the TTL', async () => {
    let now = 0
    const cache = new PageCache(1000, 1024, () => now)
    await cache.fetch('k', async () => page())
    expect(cache.size).toBe(0) // disabled: nothing stored
    cache.enabled = true
    await cache.fetch('k', async () => page())
    expect(cache.get('k')).not.toBeNull()
    now = 1000
    expect(cache.get('k')).toBeNull()
  })

  it('drops the oldest entries beyond its byte budget', async () => {
    const cache = new PageCache(60_000, 800)
    cache.enabled = true
    for (const key of ['a', 'b', 'c']) await cache.fetch(key, async () => page('x'.repeat(100)))
    for (const key of ['d', 'e', 'f', 'g', 'h', 'i', 'j']) await cache.fetch(key, async () => page('x'.repeat(100)))
    expect(cache.get('a')).toBeNull()
    expect(cache.get('j')).not.toBeNull()
    expect(cache.size).toBe(8)
  })
})

describe('recordResponse', () => {
  // Next's answer for a dynamic render, written the way Next writes it: headers set, then writeHead and the body.
  const NEXT_PRIVATE = 'private, no-cache, no-store, max-age=0, must-revalidate'

  /** One request through a real HTTP server whose render sees `changeDuringRender` happen (or not). */
  async function served(changeDuringRender: boolean) {
    let current = true
    let stored: Promise<StoredResponse | null> | undefined
    const server = createServer((request, response) => {
      stored = recordResponse(request, response, () => current)
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.setHeader('cache-control', NEXT_PRIVATE)
      if (changeDuringRender) current = false
      response.writeHead(200)
      response.end('<p>page</p>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/page`)
      await answer.text()
      return { headers: answer.headers, stored: await stored }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }

  it('shares a render for a second and tells nginx when its copy ends', async () => {
    const { headers, stored } = await served(false)
    expect(headers.get('cache-control')).toBe(SHARED_CACHE_CONTROL)
    expect(headers.get('x-accel-expires')).toMatch(/^@\d+$/)
    expect(stored?.body.toString()).toBe('<p>page</p>')
  })

  it("leaves a render that spanned a change private: Next's no-store stays, no X-Accel-Expires, nothing stored", async () => {
    const { headers, stored } = await served(true)
    expect(headers.get('cache-control')).toBe(NEXT_PRIVATE)
    expect(headers.get('x-accel-expires')).toBeNull()
    expect(stored).toBeNull()
  })
})
