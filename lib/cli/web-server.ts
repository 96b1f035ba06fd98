// The production web server: Next's request handler behind a plain Node HTTP server, so that the client address
// Next sees in X-Forwarded-For is one we can trust (see lib/auth/client-address.ts). Started by lib/cli/start.ts.
import { createServer } from 'node:http'
import next from 'next'
import { trustedForwardedFor } from '../auth/client-address'
import { parseEnv } from '../env'
import { ROOT } from './build-state'

const env = parseEnv()
const app = next({ dev: false, dir: ROOT, port: env.PORT, hostname: 'localhost' })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  request.headers['x-forwarded-for'] = trustedForwardedFor(
    request.headers['x-forwarded-for'],
    request.socket.remoteAddress,
    env.TRUSTED_PROXY_COUNT,
  )
  void handle(request, response)
})
server.listen(env.PORT, () => console.log(`Web server listening on port ${env.PORT}`))

// Finish requests in flight, then exit; the start script waits for this before stopping the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
