// The reader interface in Korean (default) or English: a plain link sets the `lang` cookie and comes back to the
// same page; <html lang>, labels and dates follow it. Demo data only (read-only); each test has its own cookies.
import { expect, test, type Page } from '@playwright/test'
import { searchFromHome } from './reader'

const KFM_PATH = '/c/kfm2023/korea-developed-zero-foundation-models-in-2023'
const ENGLISH_DATE = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/
const KOREAN_DATE = /^\d{4}년 \d{1,2}월 \d{1,2}일$/

async function expectEnglishClaimPage(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Korea developed zero foundation models in 2023.')
  await expect(heading).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('claim-original')).toHaveText('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
  await expect(page.getByTestId('claim-original')).toHaveAttribute('lang', 'ko')
  const verdict = page.getByRole('region', { name: 'Verdict' })
  await expect(verdict.getByTestId('verdict-label')).toContainText('Mostly not true')
  await expect(verdict.getByTestId('verdict-label')).toContainText('대체로 사실 아님')
  await expect(page.getByRole('heading', { name: 'Sources and evidence' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Official rebuttal' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '출처와 근거' })).toHaveCount(0)
  await expect(page.getByTestId('verdict-dates').locator('time').first()).toHaveText(ENGLISH_DATE)
  await expect(page.locator('header time').first()).toHaveText('17 April 2024')
}

test('a reader switches to English and back, and stays on the same page', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('검증된 주장')
  const toEnglish = page.getByRole('link', { name: 'English' })
  await expect(toEnglish).toHaveAttribute('hreflang', 'en')
  await expect(toEnglish).toHaveAttribute('lang', 'en')
  await toEnglish.click()

  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checked claims')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached()
  await expect(await searchFromHome(page, 'foundation model', 'kfm2023')).toHaveText(/Korea developed zero foundation models in 2023/)

  await page.goto(KFM_PATH)
  await expectEnglishClaimPage(page)

  const toKorean = page.getByRole('link', { name: '한국어' })
  await expect(toKorean).toHaveAttribute('hreflang', 'ko')
  await expect(toKorean).toHaveAttribute('lang', 'ko')
  await toKorean.click()
  await expect(page).toHaveURL(new RegExp(`${KFM_PATH}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
  await expect(page.getByRole('region', { name: /판정/ })).toBeVisible()
  await expect(page.getByTestId('verdict-dates').locator('time').first()).toHaveText(KOREAN_DATE)
  await expect(page.locator('header time').first()).toHaveText('2024년 4월 17일')
})

test('the switch works with JavaScript disabled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto(KFM_PATH)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(new RegExp(`${KFM_PATH}$`))
  await expectEnglishClaimPage(page)

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checked claims')
  await page.getByRole('link', { name: '한국어' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('검증된 주장')
  await context.close()
})

test('the not-found page follows the language too', async ({ page }) => {
  await page.goto('/lang?to=en&back=/c/zzzzzzz')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('the language route sets a year-long cookie and only redirects within the site', async ({ request }) => {
  const response = await request.get(`/lang?to=en&back=${encodeURIComponent('/search?q=model')}`, { maxRedirects: 0 })
  expect(response.status()).toBe(303)
  expect(response.headers().location).toBe('/search?q=model')
  const cookie = response.headers()['set-cookie']
  expect(cookie).toMatch(/^lang=en;/)
  expect(cookie).toContain('Path=/')
  expect(cookie).toContain('SameSite=Lax')
  expect(cookie).toContain('Max-Age=31536000')

  for (const back of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
    const refused = await request.get(`/lang?to=ko&back=${encodeURIComponent(back)}`, { maxRedirects: 0 })
    expect(refused.status(), back).toBe(303)
    expect(refused.headers().location, back).toBe('/')
  }
  const unknown = await request.get('/lang?to=fr&back=/', { maxRedirects: 0 })
  expect(unknown.headers()['set-cookie']).toBeUndefined()
})
