import { expect, test } from '@playwright/test'
import { firstAdmin, signIn } from './auth'

test('the sign-in form refuses a wrong password and lets the admin in', async ({ page }) => {
  const admin = firstAdmin()
  await page.goto('/desk')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)desk$/)

  await page.getByLabel('이메일 Email').fill(admin.email)
  await page.getByLabel('비밀번호 Password').fill('not the password')
  await page.getByRole('button', { name: /로그인 Sign in/ }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Email or password is incorrect')

  await page.getByLabel('비밀번호 Password').fill(admin.password)
  await page.getByRole('button', { name: /로그인 Sign in/ }).click()
  await expect(page).toHaveURL(/\/desk$/)
  await expect(page.getByRole('navigation', { name: 'Desk' })).toContainText('ADMIN')
})

test('an admin creates an editor, who must choose a password, and loses access when deactivated', async ({ browser }) => {
  const admin = firstAdmin()
  const adminContext = await browser.newContext()
  await signIn(adminContext, admin.email, admin.password)
  const adminPage = await adminContext.newPage()
  await adminPage.goto('/desk/users')

  const email = `editor-${Date.now()}@example.com`
  const form = adminPage.getByRole('region', { name: /새 사용자/ })
  await form.getByLabel('이메일 Email').fill(email)
  await form.getByLabel('이름 Name').fill('김기자')
  await form.getByRole('button', { name: /사용자 만들기/ }).click()
  const oneTime = await form.getByRole('status').locator('code').textContent()
  expect(oneTime).toMatch(/^[A-Za-z0-9_-]{20}$/)

  const editorContext = await browser.newContext()
  await signIn(editorContext, email, oneTime!)
  const editorPage = await editorContext.newPage()
  await editorPage.goto('/desk')
  await expect(editorPage).toHaveURL(/\/desk\/password$/)
  await editorPage.getByLabel(/현재 비밀번호/).fill(oneTime!)
  await editorPage.getByLabel(/^새 비밀번호 \(12자/).fill('a long new password 한글')
  await editorPage.getByLabel(/새 비밀번호 확인/).fill('a long new password 한글')
  await editorPage.getByRole('button', { name: /비밀번호 바꾸기/ }).click()
  await expect(editorPage.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible()
  await editorPage.goto('/desk')
  await expect(editorPage.getByRole('navigation', { name: 'Desk' })).toContainText('EDITOR')
  await expect(editorPage.getByRole('link', { name: /사용자 Users/ })).toHaveCount(0)
  await editorPage.goto('/desk/users')
  await expect(editorPage.getByRole('main').getByRole('alert')).toContainText('이 페이지를 볼 권한이 없습니다')

  // Deactivated: the very next request is signed out, although the editor's token has not expired.
  await adminPage.reload()
  const row = adminPage.getByRole('row', { name: new RegExp(email) })
  await row.getByRole('button', { name: /비활성화 Deactivate/ }).click()
  await expect(row).toContainText('비활성 Deactivated')
  await editorPage.goto('/desk')
  await expect(editorPage).toHaveURL(/\/signin/)
})
