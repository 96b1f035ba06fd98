// Notification e-mail (issue 16): with SMTP_URL/SMTP_FROM set, a notification is also e-mailed to its recipient
// after the action's transaction commits. A real SMTP server (smtp-server, nodemailer's own) on 127.0.0.1 receives
// it; real PostgreSQL, the real assignClaim action through the pipeline.
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { afterCommit, defineAction } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { UserError } from '../../lib/errors'
import { assignClaim, randomShortId } from '../../lib/claims/actions'
import { db } from '../../lib/db/client'
import { siteUrl } from '../../lib/site'
import { makeUser } from '../support/users'

const USER = 'desk-mailer'
const PASSWORD = 'pa$$ w0rd-시크릿'
const FROM = 'desk@factcheck.example'

interface Received {
  from: string | undefined
  to: string[]
  user: string | undefined
  raw: string
}

const received: Received[] = []
let connections = 0
/** While set, the server holds each message until it resolves (a slow mail server). */
let hold: Promise<void> | null = null
let server: SMTPServer
let port: number

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onConnect(_session, callback) {
      connections++
      callback()
    },
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: auth.username })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        if (hold) await hold
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const saved = { SMTP_URL: process.env.SMTP_URL, SMTP_FROM: process.env.SMTP_FROM }
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  hold = null
  vi.restoreAllMocks()
})

function useSmtp(url: string) {
  process.env.SMTP_URL = url
  process.env.SMTP_FROM = FROM
}
const smtpUrl = (p: number) => `smtp://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${p}`

const newClaim = () => db().claim.create({ data: { shortId: randomShortId(), slug: 'mail', text: `메일 주장 ${randomShortId()}`, status: 'RESEARCHING' } })

async function waitFor<T>(what: string, check: () => T | undefined | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The decoded Subject header of a raw message (RFC 2047 encoded words, folded lines). */
function subjectOf(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? ''
  return line
    .replace(/^subject:\s*/i, '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    )
}

/** The decoded plain-text body of a single-part raw message. */
function bodyOf(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1].toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

let admin: Actor
let editor: Actor

beforeAll(async () => {
  admin = await makeUser('ADMIN')
  editor = await makeUser('EDITOR', { email: `mail-ed-${randomShortId()}@example.com` })
  await db().user.update({ where: { id: admin.id }, data: { name: '김데스크' } })
})

describe('notification e-mail', () => {
  it('e-mails the assigned editor after the save commits, without waiting for the mail server', async () => {
    useSmtp(smtpUrl(port))
    const start = received.length
    let release!: () => void
    hold = new Promise<void>((resolve) => (release = resolve))
    const claim = await newClaim()

    const result = await assignClaim.execute(admin, { claimId: claim.id, version: '1', editorId: editor.id, reviewerId: '' })
    expect(result.status).toBe('ok')
    // The action has answered while the mail server still holds the message; the in-app notification is saved.
    expect(received.length).toBe(start)
    expect(await db().notification.count({ where: { claimId: claim.id, recipientId: editor.id, kind: 'ASSIGNED' } })).toBe(1)
    release()

    const [mail] = await waitFor('the message', () => received.length > start && received.slice(start))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(received.slice(start)).toHaveLength(1)
    expect(mail).toMatchObject({ from: FROM, to: [editor.email], user: USER })
    expect(subjectOf(mail.raw)).toBe('[팩트체크 Claim Tracker] 김데스크 님이 이 주장을 맡겼습니다. 김데스크 assigned this claim to you.')
    const body = bodyOf(mail.raw)
    expect(body).toContain(`${siteUrl()}/desk/claims/${claim.id}`)
    expect(body.indexOf('김데스크 님이 이 주장을 맡겼습니다.')).toBeLessThan(body.indexOf('김데스크 assigned this claim to you.'))
    expect(body).toContain(`주장: ${claim.text}`)
    expect(mail.raw).toMatch(/content-type:\s*text\/plain/i)
  })

  it('sends nothing when SMTP_URL is unset, and nothing for a change that was not saved', async () => {
    const before = { received: received.length, connections }
    delete process.env.SMTP_URL
    delete process.env.SMTP_FROM
    const claim = await newClaim()
    expect((await assignClaim.execute(admin, { claimId: claim.id, version: '1', editorId: editor.id, reviewerId: '' })).status).toBe('ok')
    expect(await db().notification.count({ where: { claimId: claim.id, recipientId: editor.id } })).toBe(1)

    // With SMTP on, a save that rolls back (a stale version) notifies nobody, in the app or by e-mail.
    useSmtp(smtpUrl(port))
    const other = await newClaim()
    expect((await assignClaim.execute(admin, { claimId: other.id, version: '7', editorId: editor.id, reviewerId: '' })).status).toBe('conflict')
    expect(await db().notification.count({ where: { claimId: other.id } })).toBe(0)

    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect({ received: received.length, connections }).toEqual(before)
  })

  it('a refused connection does not fail the action; the notification stays and the log leaves out the password', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const deadPort = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    useSmtp(smtpUrl(deadPort))
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const claim = await newClaim()

    const result = await assignClaim.execute(admin, { claimId: claim.id, version: '1', editorId: editor.id, reviewerId: '' })
    expect(result.status).toBe('ok')
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assignedEditorId: editor.id, version: 2 })
    expect(await db().notification.count({ where: { claimId: claim.id, recipientId: editor.id, kind: 'ASSIGNED' } })).toBe(1)

    const logged = await waitFor('the logged failure', () => errors.mock.calls.length > 0 && errors.mock.calls.map((call) => call.map(String).join(' ')).join('\n'))
    expect(logged).toContain(editor.email)
    expect(logged).toMatch(/ECONNREFUSED/)
    expect(logged).toContain(`127.0.0.1:${deadPort}`)
    expect(logged).not.toContain(PASSWORD)
    expect(logged).not.toContain(encodeURIComponent(PASSWORD))
  })
})

describe('the pipeline afterCommit hook', () => {
  // A test-only action: it renames a claim, queues work after commit, and fails when asked to (rolling back).
  const rename = defineAction({
    name: 'test.renameWithAfterCommit',
    permission: 'claim.edit',
    input: z.object({ claimId: z.string(), text: z.string(), fail: z.boolean() }),
    async run({ tx, input, afterCommit: queue }) {
      await tx.claim.update({ where: { id: input.claimId }, data: { text: input.text } })
      // Read on another connection: what the callback sees is what was committed.
      queue(async () => seen.push((await db().claim.findUniqueOrThrow({ where: { id: input.claimId } })).text))
      afterCommit(tx, () => {
        throw new Error('a failing callback')
      })
      if (input.fail) throw new UserError('refused')
      return { id: input.claimId }
    },
  })
  const seen: string[] = []

  it('runs callbacks after the commit, not at all on a rollback, and a failing one neither fails the action nor stops the others', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const claim = await newClaim()
    expect((await rename.execute(admin, { claimId: claim.id, text: '실패', fail: true })).status).toBe('error')
    expect((await rename.execute(admin, { claimId: claim.id, text: '저장됨', fail: false })).status).toBe('ok')
    await waitFor('the callback', () => seen.length > 0)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(seen).toEqual(['저장됨'])
    expect(errors.mock.calls.map((call) => call.map(String).join(' '))).toEqual(['After-commit work of test.renameWithAfterCommit failed: Error: a failing callback'])
  })

  it('refuses a transaction the pipeline did not open', async () => {
    await expect(db().$transaction(async (tx) => afterCommit(tx, () => undefined))).rejects.toThrow(/opened by the action pipeline/)
  })
})
