// The production web server: Next's request handler behind a plain Node HTTP server, so that the client address
// Next sees in X-Forwarded-For is one we can trust (see lib/auth/client-address.ts), and so that every response
// gets a Content-Security-Policy with a per-request script nonce (see lib/reader/security-headers.ts; a proxy.ts
// would do it too, but the project's layout keeps the top level to the folders it names). Started by
// lib/cli/start.ts.
import { createServer, type ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'
import next from 'next'
import { trustedForwardedFor } from '../auth/client-address'
import { listenForReaderChanges } from '../db/reader-changes'
import { parseEnv } from '../env'
import { readerDataChanged } from '../reader/generation'
import { PageCache, pageCacheKey, recordResponse, replay } from '../reader/page-cache'
import { cameOverHttps, contentSecurityPolicy, HSTS, newNonce } from '../reader/security-headers'
import { ROOT } from './build-state'

const env = parseEnv()
const app = next({ dev: false, dir: ROOT, port: env.PORT, hostname: 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

/**
 * Sets the policy just before the headers go out: next.config.js's headers() sets a script-less baseline CSP
 * while Next handles the request, which this full one (same frame-ancestors) replaces. A policy a route set for
 * itself (one with its own script-src) is left alone.
 */
function enforceOnHeaders(response: ServerResponse, policy: string, https: boolean) {
  const writeHead = response.writeHead
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const current = response.getHeader('content-security-policy')
    if (current === undefined || !String(current).includes('script-src')) response.setHeader('content-security-policy', policy)
    if (https) response.setHeader('strict-transport-security', HSTS)
    return writeHead.apply(this, args)
  } as ServerResponse['writeHead']
}

// Signed-out reader pages are rendered once and shared until a change commits (see lib/reader/page-cache.ts).
const pageCache = new PageCache(env.PAGE_CACHE_MAX_AGE * 1000)
const readerChanges = env.DATABASE_URL
  ? listenForReaderChanges(env.DATABASE_URL, {
      onListening() {
        pageCache.invalidateAll()
        pageCache.enabled = true
        readerDataChanged(true)
      },
      onChange() {
        pageCache.invalidateAll()
        readerDataChanged(true)
      },
      onLost(error) {
        pageCache.enabled = false
        pageCache.invalidateAll()
        readerDataChanged(false)
        console.error(`[web] Lost the change notifications (${error?.message ?? 'connection closed'}); serving without the page cache until they return.`)
      },
    })
  : null

const server = createServer((request, response) => {
  request.headers['x-forwarded-for'] = trustedForwardedFor(
    request.headers['x-forwarded-for'],
    request.socket.remoteAddress,
    env.TRUSTED_PROXY_COUNT,
  )
  // Next compares a server action's Origin with X-Forwarded-Host when there is one (else with Host), and so does the
  // dataset import route: with no proxy of ours in front, that header is the client's own say-so. Next then sets
  // it from Host.
  if (env.TRUSTED_PROXY_COUNT === 0) delete request.headers['x-forwarded-host']
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
  const policy = contentSecurityPolicy(newNonce(), pathname)
  // Replaces whatever the client sent: Next takes its nonce from this request header.
  request.headers['content-security-policy'] = policy
  delete request.headers['content-security-policy-report-only']
  const https = cameOverHttps(Boolean((request.socket as TLSSocket).encrypted), request.headers['x-forwarded-proto'], env.TRUSTED_PROXY_COUNT)
  const key = pageCache.enabled ? pageCacheKey(request.method, request.url, request.headers) : null
  if (!key) {
    enforceOnHeaders(response, policy, https)
    void handle(request, response)
    return
  }
  void pageCache
    .fetch(key, (current) => {
      // Recording wraps the response first, so the policy set above it is part of what is stored.
      const recorded = recordResponse(request, response, current)
      enforceOnHeaders(response, policy, https)
      void handle(request, response)
      return recorded
    })
    .then(({ response: stored, rendered }) => {
      if (rendered) return
      enforceOnHeaders(response, policy, https)
      if (stored) replay(request, response, stored)
      else void handle(request, response) // the render it waited for could not be shared
    })
})
server.listen(env.PORT, () => console.log(`Web server listening on port ${env.PORT}`))

// Finish requests in flight, then exit; the start script waits for this before stopping the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void readerChanges?.stop()
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
