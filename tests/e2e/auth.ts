// Signing in for browser tests: through next-auth's own endpoints (the real credentials check, the real session
// cookie), without typing into the form each time. One test covers the form itself.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'

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

/**
 * A new desk user as an admin makes one: created on the users page with a one-time password, signed in, made to
 * choose their own password. Returns a signed-in page of their own browser context.
 */
export async function newDeskUser(browser: Browser, role: 'EDITOR' | 'REVIEWER' | 'ADMIN'): Promise<Page> {
  return (await newDeskAccount(browser, role)).page
}

/** newDeskUser, with the account's e-mail address and name (to pick the user in a form, or @mention them). */
export async function newDeskAccount(browser: Browser, role: 'EDITOR' | 'REVIEWER' | 'ADMIN'): Promise<{ page: Page; email: string; name: string }> {
  const admin = firstAdmin()
  const adminContext = await browser.newContext()
  await signIn(adminContext, admin.email, admin.password)
  const adminPage = await adminContext.newPage()
  await adminPage.goto('/desk/users')
  const email = `${role.toLowerCase()}-${Date.now()}@example.com`
  const form = adminPage.getByRole('region', { name: /새 사용자/ })
  await form.getByLabel('이메일 Email').fill(email)
  await form.getByLabel('이름 Name').fill(`${role} 기자`)
  await form.getByLabel('역할 Role').selectOption(role)
  await form.getByRole('button', { name: /사용자 만들기/ }).click()
  const oneTime = (await form.getByRole('status').locator('code').textContent())!
  await adminContext.close()

  const context = await browser.newContext()
  await signIn(context, email, oneTime)
  const page = await context.newPage()
  await page.goto('/desk/password')
  await page.getByLabel(/현재 비밀번호/).fill(oneTime)
  await page.getByLabel(/^새 비밀번호 \(12자/).fill('a long new password 한글')
  await page.getByLabel(/새 비밀번호 확인/).fill('a long new password 한글')
  await page.getByRole('button', { name: /비밀번호 바꾸기/ }).click()
  await page.getByRole('status').filter({ hasText: 'Your password was changed' }).waitFor()
  return { page, email, name: `${role} 기자` }
}
