import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv, serverEnv } from '../../lib/env'

describe('environment', () => {
  it('has working defaults for the embedded setup', () => {
    expect(parseEnv({})).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATA_DIR: '.data', ADMIN_EMAIL: 'admin@example.com' })
    expect(parseEnv({}).DATABASE_URL).toBeUndefined()
  })

  it('treats empty variables as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', PORT: '' })
    expect(env.PORT).toBe(3000)
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it('rejects bad values with one line per variable', () => {
    expect(() => parseEnv({ PORT: '70000', DATABASE_URL: 'mysql://x', NEXTAUTH_SECRET: 'short' })).toThrow(EnvError)
    try {
      parseEnv({ PORT: '70000', DATABASE_URL: 'mysql://x', NEXTAUTH_SECRET: 'short' })
    } catch (error) {
      const lines = (error as Error).message.split('\n').slice(1)
      expect(lines).toHaveLength(3)
      expect(lines.join('\n')).toMatch(/DATABASE_URL: must be a postgres/)
      expect(lines.join('\n')).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/)
    }
  })

  it('takes the X (Twitter) handle with or without its @, and refuses anything else', () => {
    expect(parseEnv({}).TWITTER_SITE).toBeUndefined()
    expect(parseEnv({ TWITTER_SITE: 'factcheck_kr' }).TWITTER_SITE).toBe('@factcheck_kr')
    expect(parseEnv({ TWITTER_SITE: ' @factcheck_kr ' }).TWITTER_SITE).toBe('@factcheck_kr')
    for (const bad of ['@', 'https://x.com/factcheck', '@a_handle_too_long_for_x', '"><script>', '@팩트체크']) {
      expect(() => parseEnv({ TWITTER_SITE: bad }), bad).toThrow(/TWITTER_SITE: must be an X \(Twitter\) handle/)
    }
  })

  it('lower-cases the admin email', () => {
    expect(parseEnv({ ADMIN_EMAIL: 'Desk@Example.COM' }).ADMIN_EMAIL).toBe('desk@example.com')
  })

  it('the web server requires a database URL and a session secret, and has no default secret', () => {
    const saved = { ...process.env }
    try {
      delete process.env.NEXTAUTH_SECRET
      process.env.DATABASE_URL = 'postgresql://localhost/x'
      expect(() => serverEnv()).toThrow(/NEXTAUTH_SECRET is not set/)
      delete process.env.DATABASE_URL
      process.env.NEXTAUTH_SECRET = 'x'.repeat(32)
      expect(() => serverEnv()).toThrow(/DATABASE_URL is not set/)
    } finally {
      process.env = saved
    }
  })
})
