// Sign-in and sessions in a real browser: a crafted callbackUrl cannot send a signed-in editor off the site, and a
// password change or "sign out everywhere" ends a session kept elsewhere (the same cookie in another browser).
import { expect, test, type Browser, type Page } from '@playwright/test'
import { firstAdmin, newDeskUser } from './auth'

test.describe('after sign-in the browser stays on this site', () => {
  for (const [name, encoded] of [
    ['tab', '%2F%09%2Fevil.example%2Fx'],
    ['line feed', '%2F%0A%2Fevil.example%2Fx'],
    ['carriage return', '%2F%0D%2Fevil.example%2Fx'],
    ['backslash', '%2F%5Cevil.example%2Fx'],
    ['absolute URL', 'https%3A%2F%2Fevil.example%2Fx'],
  ]) {
    test(`with a ${name} in the callbackUrl`, async ({ page, baseURL }) => {
      const admin = firstAdmin()
      await page.goto(`/signin?callbackUrl=${encoded}`)
      await page.getByLabel('이메일 Email').fill(admin.email)
      await page.getByLabel('비밀번호 Password').fill(admin.password)
      await page.getByRole('button', { name: /로그인 Sign in/ }).click()
      await expect(page.getByRole('navigation', { name: 'Desk' })).toBeVisible()
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin)
      expect(new URL(page.url()).pathname).toBe('/desk')
    })
  }
})

/** Another browser holding the very cookies `page` has, as an attacker who copied them (or a forgotten laptop). */
async function sameSessionElsewhere(browser: Browser, page: Page): Promise<Page> {
  const context = await browser.newContext()
  await context.addCookies(await page.context().cookies())
  const other = await context.newPage()
  await other.goto('/desk')
  await expect(other.getByRole('navigation', { name: 'Desk' })).toBeVisible()
  return other
}

test('a password change keeps this browser signed in and ends the same session elsewhere; sign out everywhere ends all', async ({ browser }) => {
  // newDeskUser signs in with a one-time password and chooses 'a long new password 한글'.
  const page = await newDeskUser(browser, 'EDITOR')
  await page.goto('/desk')
  await expect(page.getByRole('navigation', { name: 'Desk' })).toContainText('EDITOR')

  const kept = await sameSessionElsewhere(browser, page)
  await page.goto('/desk/password')
  await page.getByLabel(/현재 비밀번호/).fill('a long new password 한글')
  await page.getByLabel(/^새 비밀번호 \(12자/).fill('another long password 두번째')
  await page.getByLabel(/새 비밀번호 확인/).fill('another long password 두번째')
  await page.getByRole('button', { name: /비밀번호 바꾸기/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible()
  await page.goto('/desk')
  await expect(page.getByRole('navigation', { name: 'Desk' })).toContainText('EDITOR')
  await kept.goto('/desk')
  await expect(kept).toHaveURL(/\/signin\?callbackUrl=/)

  const keptAgain = await sameSessionElsewhere(browser, page)
  await page.goto('/desk/password')
  await page.getByRole('button', { name: /모든 기기에서 로그아웃 Sign out everywhere/ }).click()
  await expect(page).toHaveURL(/\/signin\?signedOut=everywhere$/)
  await expect(page.getByRole('status')).toContainText('You were signed out everywhere')
  await page.goto('/desk')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/)
  await keptAgain.goto('/desk')
  await expect(keptAgain).toHaveURL(/\/signin\?callbackUrl=/)
})
