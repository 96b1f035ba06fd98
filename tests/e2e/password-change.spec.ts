// Leaving a one-time password in a real browser: a too-short new password is refused before sending (the typed
// current password stays), and a good one lands on the desk, which says so, with no "choose your own" banner left.
import { expect, test } from '@playwright/test'
import { firstAdmin, signIn } from './auth'

test('a one-time password: too short is refused in the browser, then the desk opens without the banner', async ({ browser }) => {
  const admin = firstAdmin()
  const adminContext = await browser.newContext()
  await signIn(adminContext, admin.email, admin.password)
  const adminPage = await adminContext.newPage()
  await adminPage.goto('/desk/users')
  const email = `one-time-${Date.now()}@example.com`
  const created = adminPage.getByRole('region', { name: /새 사용자/ })
  await created.getByLabel('이메일 Email').fill(email)
  await created.getByLabel('이름 Name').fill('일회용 기자')
  await created.getByLabel('역할 Role').selectOption('EDITOR')
  await created.getByRole('button', { name: /사용자 만들기/ }).click()
  const oneTime = (await created.getByRole('status').locator('code').textContent())!
  await adminContext.close()

  const context = await browser.newContext()
  await signIn(context, email, oneTime)
  const page = await context.newPage()
  await page.goto('/desk')
  await expect(page).toHaveURL(/\/desk\/password$/)
  await expect(page.getByText('choose your own to continue')).toBeVisible()

  const current = page.getByLabel(/현재 비밀번호/)
  const next = page.getByLabel(/^새 비밀번호 \(12자/)
  await current.fill(oneTime)
  await next.fill('too short')
  await page.getByLabel(/새 비밀번호 확인/).fill('too short')
  await page.getByRole('button', { name: /비밀번호 바꾸기/ }).click()
  // Refused by the browser: nothing was sent, so nothing was cleared.
  expect(await next.evaluate((input: HTMLInputElement) => input.validity.tooShort)).toBe(true)
  await expect(page).toHaveURL(/\/desk\/password$/)
  await expect(current).toHaveValue(oneTime)

  await next.fill('a long enough password 한글')
  await page.getByLabel(/새 비밀번호 확인/).fill('a long enough password 한글')
  await page.getByRole('button', { name: /비밀번호 바꾸기/ }).click()
  await expect(page).toHaveURL(/\/desk\?password=changed$/)
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible()
  await page.goto('/desk/password')
  await expect(page.getByText('choose your own to continue')).toHaveCount(0)
  await context.close()
})
