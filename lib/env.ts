// The one place that reads process.env. Everything else asks this module, so every setting is validated once
// and documented here.
import { z } from 'zod'
import { UserError } from './errors'

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL')

/** Whether the runtime knows the time zone (Intl throws a RangeError for an unknown one). */
function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** External PostgreSQL. When unset, `npm start` runs the embedded one under DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Signs session tokens. Generated into DATA_DIR for the embedded default; required in production. */
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The public base URL, used for permalinks and share cards. */
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded database, the generated secret and the first admin's password live. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Load the built-in demo dataset on first start. Default: yes for the embedded database, no for DATABASE_URL. */
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  /** Email of the first admin, created on first start when the database has no admin. */
  ADMIN_EMAIL: z.email().toLowerCase().default('admin@example.com'),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. The client address used for sign-in
   * throttling is the entry that many places before the last (the last is added by Next itself).
   */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Seconds the page cache may serve a signed-out reader page without a change notification: only a safety net
   * against a lost notification (every change empties the cache at once). Longer keeps more of the long tail cached
   * between changes; shorter bounds what a lost notification could cost. Default 5.
   */
  PAGE_CACHE_MAX_AGE: z.coerce.number().int().min(1).max(3600).default(5),
  /**
   * Reader tips (/submit) one address may send per hour; the next is refused until the hour is over. The address
   * is the one sign-in throttling uses (TRUSTED_PROXY_COUNT). Default 5.
   */
  TIP_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(5),
  /**
   * The IANA time zone the desk shows times in (audit history, comments, imports), such as Asia/Seoul or UTC.
   * Reader pages show calendar dates, which need none. Default Asia/Seoul.
   */
  DESK_TIME_ZONE: z
    .string()
    .trim()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Seoul or UTC')
    .default('Asia/Seoul'),
  /** Optional OAuth sign-in, off unless both variables of a provider are set. Only existing, active users get in. */
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /**
   * The site's account on X (Twitter), named in every page's `twitter:site` card tag. Written with or without the
   * "@"; X's handles are 1–15 letters, digits or underscores. Default: none (no tag).
   */
  TWITTER_SITE: z
    .string()
    .trim()
    .regex(/^@?[A-Za-z0-9_]{1,15}$/, 'must be an X (Twitter) handle such as @factcheck')
    .transform((handle) => `@${handle.replace(/^@/, '')}`)
    .optional(),
  /**
   * Host names (comma-separated, as written in the URL) the source archiver may fetch although they resolve to
   * private, loopback or link-local addresses. For tests against a local server only: leave unset in production,
   * where it would open the server's own network to anyone who can create a source. Default: none.
   */
  ARCHIVE_ALLOW_HOSTS: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean)),
  /**
   * Optional e-mail for notifications: the SMTP server as a URL, smtp://user:pass@host:587 (STARTTLS when the server
   * offers it) or smtps://user:pass@host:465 (TLS from the start), with the password URL-encoded. Set together with
   * SMTP_FROM. Default: none (notifications stay in the app only).
   */
  SMTP_URL: z
    .string()
    .trim()
    .refine((value) => /^smtps?:\/\/[^/?#]+/.test(value) && URL.canParse(value), 'must be an smtp:// or smtps:// URL such as smtp://user:pass@host:587')
    .optional(),
  /** The sender address of notification e-mails, such as desk@factcheck.example. Set together with SMTP_URL. */
  SMTP_FROM: z.email('must be an e-mail address such as desk@factcheck.example').optional(),
}).superRefine((env, context) => {
  // One without the other is a half-done setup: say so at start rather than silently send nothing.
  if (env.SMTP_URL && !env.SMTP_FROM) context.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'must be set when SMTP_URL is set' })
  if (env.SMTP_FROM && !env.SMTP_URL) context.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'must be set when SMTP_FROM is set' })
})

export type Env = z.infer<typeof schema>

export class EnvError extends UserError {}

/** Parses the given variables (process.env by default); throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`)
  }
  return result.data
}

/**
 * Settings of the running web server: the start script always hands it a DATABASE_URL and a secret, so their
 * absence here means the server was started some other way without them.
 */
export function serverEnv(): Env & { DATABASE_URL: string; NEXTAUTH_SECRET: string } {
  const env = parseEnv()
  if (!env.DATABASE_URL) {
    throw new EnvError('DATABASE_URL is not set. Start the app with `npm start`, or set DATABASE_URL.')
  }
  if (!env.NEXTAUTH_SECRET) {
    throw new EnvError(
      'NEXTAUTH_SECRET is not set. In production set it to a random string of 32+ characters ' +
        '(for example `openssl rand -base64 32`); `npm start` generates one only for the embedded default.',
    )
  }
  return { ...env, DATABASE_URL: env.DATABASE_URL, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET }
}

/** The time zone desk pages show times in (DESK_TIME_ZONE); lib/desk-time.ts formats them. */
export function deskTimeZone(): string {
  return parseEnv().DESK_TIME_ZONE
}
