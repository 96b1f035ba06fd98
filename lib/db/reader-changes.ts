// One LISTEN connection per web server instance for "reader_changes", which the database sends when a write that
// readers could see commits (see prisma/migrations/20261122170000_reader_change_notify). The page cache
// (lib/reader/page-cache.ts) is only used while this connection is up: a notification missed while it was down
// could leave a stale page, so on every (re)connect the caller drops everything it cached.
import pg from 'pg'

export const READER_CHANGES_CHANNEL = 'reader_changes'

export interface ReaderChangeHandlers {
  /** Connected and listening; also after a reconnect. */
  onListening(): void
  /** A change committed somewhere. */
  onChange(): void
  /** The connection is gone; a reconnect follows. */
  onLost(error?: Error): void
}

const RETRY_MS = [250, 500, 1000, 2000, 5000]

export function listenForReaderChanges(databaseUrl: string, handlers: ReaderChangeHandlers): { stop(): Promise<void> } {
  let client: pg.Client | null = null
  let stopped = false
  let attempt = 0
  let retry: NodeJS.Timeout | undefined

  const lost = (error?: Error) => {
    if (stopped || !client) return
    const broken = client
    client = null
    broken.removeAllListeners()
    broken.on('error', () => {}) // the broken connection may still report errors while it closes
    void broken.end().catch(() => {})
    handlers.onLost(error)
    schedule()
  }

  const schedule = () => {
    if (stopped) return
    retry = setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)])
    retry.unref()
  }

  const connect = async () => {
    const candidate = new pg.Client({ connectionString: databaseUrl, keepAlive: true, connectionTimeoutMillis: 2000 })
    client = candidate
    candidate.on('error', lost)
    candidate.on('end', () => lost())
    candidate.on('notification', (message) => {
      if (message.channel === READER_CHANGES_CHANNEL) handlers.onChange()
    })
    try {
      await candidate.connect()
      await candidate.query(`LISTEN ${READER_CHANGES_CHANNEL}`)
      if (stopped || client !== candidate) return
      attempt = 0
      handlers.onListening()
    } catch (error) {
      if (client === candidate) lost(error as Error)
    }
  }

  void connect()
  return {
    async stop() {
      stopped = true
      clearTimeout(retry)
      await client?.end().catch(() => {})
      client = null
    },
  }
}
