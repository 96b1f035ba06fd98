// The change notifications behind the page cache: an audited write that commits reaches every listener; one that
// rolls back reaches none; a listener that loses its connection says so and comes back by itself.
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { listenForReaderChanges } from '../../lib/db/reader-changes'

const url = process.env.DATABASE_URL!

function listener() {
  const events: string[] = []
  const waiters: Array<() => void> = []
  const push = (event: string) => {
    events.push(event)
    waiters.splice(0).forEach((wake) => wake())
  }
  const handle = listenForReaderChanges(url, {
    onListening: () => push('listening'),
    onChange: () => push('change'),
    onLost: () => push('lost'),
  })
  const next = (event: string, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms; saw ${events.join(', ')}`)), timeoutMs)
      const check = () => {
        const at = events.indexOf(event)
        if (at >= 0) {
          events.splice(0, at + 1)
          clearTimeout(timer)
          resolve()
        } else waiters.push(check)
      }
      check()
    })
  return { events, next, stop: handle.stop }
}

const admin = new pg.Client({ connectionString: url })
await admin.connect()
afterAll(() => admin.end())

const audit = (client: pg.Client) =>
  client.query(`INSERT INTO audit_events (id, action, entity_type, entity_id) VALUES (gen_random_uuid()::text, 'test', 'claim', 'x')`)

describe('reader change notifications', () => {
  it('reach two listeners when an audited write commits, and none when it rolls back', async () => {
    const [one, two] = [listener(), listener()]
    try {
      await Promise.all([one.next('listening'), two.next('listening')])
      await admin.query('BEGIN')
      await audit(admin)
      await admin.query('ROLLBACK')
      await admin.query('BEGIN')
      await audit(admin)
      await audit(admin)
      await admin.query('COMMIT')
      await Promise.all([one.next('change'), two.next('change')])
      // The rolled-back write sent nothing, and the two inserts of one transaction arrive as one notification.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(one.events).toEqual([])
      expect(two.events).toEqual([])
    } finally {
      await Promise.all([one.stop(), two.stop()])
    }
  })

  it('reports a lost connection and listens again by itself', async () => {
    const watcher = listener()
    try {
      await watcher.next('listening')
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN reader_changes' AND pid <> pg_backend_pid()`)
      await watcher.next('lost')
      await watcher.next('listening')
      await audit(admin)
      await watcher.next('change')
    } finally {
      await watcher.stop()
    }
  })
})
