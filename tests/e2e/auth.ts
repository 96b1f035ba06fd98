// Signing in for browser tests: through next-auth's own endpoints (the real credentials check, the real session
// cookie), without typing into the form each time. One test covers the form itself.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '../..')

/** The first admin that `npm start` created for the e2e run's database. */
export function firstAdmin(): { email: string; password: string } {
  const text = readFileSync(path.join(root, '.data/e2e/first-admin.txt'), 'utf8')
  const field = (name: string) => text.match(new RegExp(`^${name}: (.+)$`, 'm'))![1].trim()
  return { email: field('email'), password: field('password') }
}

export async function signIn(context: BrowserContext, email: string, password: string): Promise<void> {
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json()
  const response = await context.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
    maxRedirects: 0,
  })
  const cookies = await context.cookies()
  if (!cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))) {
    throw new Error(`Sign-in as ${email} failed (HTTP ${response.status()})`)
  }
}
