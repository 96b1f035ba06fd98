import { expect, test } from '@playwright/test'
import { searchFromHome } from './reader'

test('a reader goes from the home page to a claim and sees its verdict, rebuttal and sources', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('검증된 주장')
  // The unpublished claim (under research) is not listed.
  await expect(page.getByText('국내 GPU 보유량은 2000장에 불과하다')).toHaveCount(0)
  const claimLink = await searchFromHome(page, '파운데이션 모델', 'kfm2023')
  await expect(claimLink).toHaveText(/한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다/)

  await claimLink.click()
  await expect(page).toHaveURL(/\/c\/kfm2023\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
  const verdict = page.getByRole('region', { name: /판정/ })
  await expect(verdict.getByTestId('verdict-label')).toContainText('대체로 사실 아님')
  await expect(verdict.getByTestId('verdict-label')).toContainText('Mostly not true')
  // The official rebuttal has a block of its own, apart from the other evidence.
  await expect(page.getByRole('region', { name: /공식 반론/ })).toContainText('과학기술정보통신부')
  await expect(page.getByRole('region', { name: /출처와 근거/ })).toContainText('AI Index Report 2024')
  await expect(page.getByRole('region', { name: /관련 주장/ })).toContainText('한국은 자체 AI 기반 모델 10개를 확보했다')
})

test('an unpublished claim is not found', async ({ page }) => {
  const response = await page.goto('/c/kgpucnt/korea-has-only-2000-gpus')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다')
})

test('a permalink with a stale or missing slug redirects to the canonical address', async ({ request, page }) => {
  const response = await request.get('/c/knt2024/old-slug', { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  expect(response.headers().location).toMatch(/^\/c\/knt2024\/[a-z0-9-]+$/)
  await page.goto('/c/knt2024')
  await expect(page).toHaveURL(/\/c\/knt2024\/[a-z0-9-]+$/)
  await expect(page.getByTestId('verdict-label').first()).toContainText('사실')
})

test('keyboard users can skip to the content and open a claim', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /본문으로 건너뛰기/ })).toBeFocused()
  await page.keyboard.press('Enter')
  // The next stop after skipping the header is the first claim.
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveAttribute('href', /^\/c\/[a-z0-9]{7}\//)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/c\/[a-z0-9]{7}\//)
})
