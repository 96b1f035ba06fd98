// The desk menu in a real browser: the admin's menu is one line at 1280 px, the current section is the one marked
// (aria-current="page") and bold, and the admin pages are reached through the admin menu.
import { expect, test } from '@playwright/test'
import { firstAdmin, signIn } from './auth'

test.use({ viewport: { width: 1280, height: 800 } })

test('the admin menu fits one line at 1280 px and marks the current section', async ({ context, page }) => {
  const admin = firstAdmin()
  await signIn(context, admin.email, admin.password)
  await page.goto('/desk/sources')
  const nav = page.getByRole('navigation', { name: 'Desk' })
  // One line: every item of the row starts at the same height.
  const tops = await nav.evaluate((element) => [...element.children].map((child) => Math.round(child.getBoundingClientRect().top)))
  expect(new Set(tops).size, `row tops ${tops.join(', ')}`).toBe(1)

  const current = nav.locator('[aria-current="page"]')
  await expect(current).toHaveCount(1)
  await expect(current).toHaveText('출처 Sources')
  expect(await current.evaluate((element) => getComputedStyle(element).fontWeight)).toBe('600')
  expect(await nav.getByRole('link', { name: '주장 Claims' }).evaluate((element) => getComputedStyle(element).fontWeight)).toBe('400')

  await nav.getByText('관리 Admin').click()
  await nav.getByRole('link', { name: '설정 Settings' }).click()
  await expect(page).toHaveURL(/\/desk\/settings$/)
  await expect(nav.locator('[aria-current="page"]')).toHaveText('설정 Settings')
  // The menu closed with the page change.
  await expect(nav.getByRole('link', { name: '설정 Settings' })).toBeHidden()
})
