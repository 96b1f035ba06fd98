// Notification e-mail (issue 16): when SMTP_URL and SMTP_FROM are set, each notification written is also e-mailed
// to its recipient, once the action's transaction has committed (lib/actions/pipeline.ts afterCommit). The
// in-app notification is the record; the e-mail is a courtesy: a slow, refusing or absent mail server neither slows
// nor fails the action, and a failure is only logged (without the password).
import nodemailer, { type Transporter } from 'nodemailer'
import { db } from '@/lib/db/client'
import { parseEnv } from '@/lib/env'
import { absoluteUrl, SITE_NAME, siteUrl } from '@/lib/site'
import { notificationText } from './labels'
import type { Notice } from './notify'

export interface MailSettings {
  url: string
  from: string
}

/** The SMTP settings when e-mail is on (lib/env.ts accepts both or neither), else null. */
export function mailSettings(): MailSettings | null {
  const env = parseEnv()
  return env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null
}

const transports = new Map<string, Transporter>()

/**
 * One transport per SMTP URL. The URL is taken apart here rather than handed to nodemailer as is, so the timeouts
 * apply (nodemailer ignores other options beside a URL): a mail server that accepts the connection and then says
 * nothing is given up on after seconds, not minutes.
 */
function transportFor(url: string): Transporter {
  let transport = transports.get(url)
  if (!transport) {
    const parsed = new URL(url)
    const secure = parsed.protocol === 'smtps:'
    transport = nodemailer.createTransport({
      host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
      secure,
      auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
    transports.set(url, transport)
  }
  return transport
}

/** `text` with the URL's password (as written and decoded) and its user:password pair replaced by "***". */
export function redactSecrets(text: string, url: string): string {
  let password = ''
  try {
    password = new URL(url).password
  } catch {
    return text
  }
  if (!password) return text
  const secrets = [password, decodeURIComponent(password), encodeURIComponent(decodeURIComponent(password))].filter((secret) => secret.length > 0)
  return secrets.reduce((result, secret) => result.split(secret).join('***'), text)
}

/** Where a log line names the server: its host and port, never its credentials. */
function serverName(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return 'the SMTP server'
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

export interface NotificationMail {
  to: string
  subject: string
  text: string
}

/** The message for one notice: Korean first, then English, plain text, with the claim's desk page as a full URL. */
export function composeNotificationMail(input: {
  to: string
  kind: Notice['kind']
  actorName: string | null
  claim: { id: string; text: string }
  commentId?: string | null
  base?: string
}): NotificationMail {
  const base = input.base ?? siteUrl()
  const message = notificationText(input.kind, input.actorName)
  const link = absoluteUrl(`/desk/claims/${input.claim.id}${input.commentId ? `#comment-${input.commentId}` : ''}`, base)
  const claim = oneLine(input.claim.text)
  const notifications = absoluteUrl('/desk/notifications', base)
  return {
    to: input.to,
    subject: oneLine(`[${SITE_NAME}] ${message.ko} ${message.en}`),
    text: [
      message.ko,
      `주장: ${claim}`,
      link,
      '',
      message.en,
      `Claim: ${claim}`,
      link,
      '',
      '-- ',
      `알림 목록 / Your notifications: ${notifications}`,
    ].join('\n'),
  }
}

/**
 * E-mails the notices just saved, one message per recipient and notice, reading names and addresses afresh (the
 * transaction has committed). Never throws: each failure is logged with the password left out.
 */
export async function mailNotices(actorId: string, notices: Notice[], settings: MailSettings | null = mailSettings()): Promise<void> {
  if (!settings || !notices.length) return
  const { url, from } = settings
  try {
    const [recipients, actor, claims] = await Promise.all([
      db().user.findMany({ where: { id: { in: [...new Set(notices.map((n) => n.recipientId))] }, active: true }, select: { id: true, email: true } }),
      db().user.findUnique({ where: { id: actorId }, select: { name: true } }),
      db().claim.findMany({ where: { id: { in: [...new Set(notices.map((n) => n.claimId))] } }, select: { id: true, text: true } }),
    ])
    const emailOf = new Map(recipients.map((user) => [user.id, user.email]))
    const claimOf = new Map(claims.map((claim) => [claim.id, claim]))
    const base = siteUrl()
    const transport = transportFor(url)
    await Promise.all(
      notices.map(async (notice) => {
        const to = emailOf.get(notice.recipientId)
        const claim = claimOf.get(notice.claimId)
        if (!to || !claim) return
        const mail = composeNotificationMail({ to, kind: notice.kind, actorName: actor?.name ?? null, claim, commentId: notice.commentId, base })
        try {
          await transport.sendMail({ from, ...mail })
        } catch (error) {
          console.error(`Notification e-mail to ${to} via ${serverName(url)} failed: ${redactSecrets(describe(error), url)}`)
        }
      }),
    )
  } catch (error) {
    console.error(`Notification e-mail via ${serverName(url)} failed: ${redactSecrets(describe(error), url)}`)
  }
}

/** An error as one line of text: its message and code only (nodemailer's error objects carry the SMTP exchange). */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return typeof code === 'string' ? `${error.message} (${code})` : error.message
  }
  return String(error)
}
