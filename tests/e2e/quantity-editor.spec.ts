// The claim form's quantity editor, as a new editor uses it: a figure typed as the claim writes it fills in its
// kind, bound and value (parsed in the browser, still editable), a second figure is added, and both are saved.
import { expect, test } from '@playwright/test'
import { newDeskUser } from './auth'

test('a new editor types "5배 이상" and "7위" as two figures of one claim and sees both saved', async ({ browser }) => {
  // A new desk user and a claim with two figures, parsed while typing: see playwright.config.ts.
  test.slow()
  const page = await newDeskUser(browser, 'EDITOR')
  await page.goto('/desk/claims/new')
  await page.getByLabel('원문 Original text').fill('투자액이 5배 이상 늘었다')

  const first = page.getByRole('group', { name: /수치 1 Figure 1/ })
  await first.getByLabel('있는 그대로 Figure as stated').fill('5배 이상')
  await expect(first.getByLabel('수치 종류 Kind')).toHaveValue('MULTIPLE')
  await expect(first.getByLabel('정확도 Bound')).toHaveValue('AT_LEAST')
  await expect(first.getByLabel('값 Value')).toHaveValue('5')
  await expect(first.getByTestId('quantity-read')).toContainText('5-fold')
  // Filled in, and still the editor's to change.
  await first.getByLabel('대상 Subject').fill('한국 Korea')
  await first.getByLabel('기간 종류 Window kind').selectOption('NOT_STATED')

  await page.getByRole('button', { name: /수치 추가 Add a figure/ }).click()
  const second = page.getByRole('group', { name: /수치 2 Figure 2/ })
  await second.getByLabel('있는 그대로 Figure as stated (2)').fill('7위')
  await expect(second.getByLabel('수치 종류 Kind (2)')).toHaveValue('RANK')
  await expect(second.getByLabel('값 Value (2)')).toHaveValue('7')
  await second.getByLabel('전체 수 Rank out of (2)').fill('30')
  await second.getByLabel('기간 종류 Window kind (2)').selectOption('POINT')
  await second.getByLabel('기준일 As of (2)').fill('2024-12-31')

  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  const figures = page.getByTestId('desk-quantity')
  await expect(figures).toHaveCount(2)
  await expect(figures.nth(0)).toContainText('≥ 5')
  await expect(figures.nth(0)).toContainText('5배 이상')
  await expect(figures.nth(0)).toContainText('배수 Multiple')
  await expect(figures.nth(0)).toContainText('주 수치 main figure')
  await expect(figures.nth(1)).toContainText('7위')
  await expect(figures.nth(1)).toContainText('순위 Rank')

  // The edit form shows both rows again, and removing the first makes the rank the main figure.
  await page.goto(`${page.url().replace(/\?.*$/, '')}/edit`)
  await expect(page.getByRole('group', { name: /수치 2 Figure 2/ }).getByLabel('값 Value (2)')).toHaveValue('7')
  await page.getByRole('button', { name: '수치 1 삭제 Remove figure 1' }).click()
  await expect(page.getByRole('group', { name: /수치 1 Figure 1/ }).getByLabel('값 Value')).toHaveValue('7')
  await page.getByRole('button', { name: /주장 저장 Save claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=updated/)
  await expect(figures).toHaveCount(1)
  await expect(figures.first()).toContainText('7위')
  await expect(figures.first()).toContainText('주 수치 main figure')
})
