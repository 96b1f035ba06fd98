// A claim the desk makes public "under research" before its verdict: readers can open its permalink, which says so
// and shows no verdict, no ClaimReview and no share card; it is listed nowhere. Makes its own claim, so the demo's
// unpublished claim (kgpucnt) stays a 404.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { newDeskUser } from './auth'
import { addEvidence, AI_INDEX_2024 } from './desk'

const CLAIM = `한국의 데이터센터 전력 수요는 2030년까지 세 배가 된다 ${Date.now()}`

test('a claim marked public "under research" gets a permalink without a verdict, and is listed nowhere', async ({ browser }) => {
  // A desk user, a claim with evidence, then a reader's pages and an accessibility scan.
  test.slow()
  const desk = await newDeskUser(browser, 'EDITOR')
  await desk.goto('/desk')
  await desk.getByRole('link', { name: /새 주장 New claim/ }).click()
  await desk.getByLabel('원문 Original text').fill(CLAIM)
  await desk.getByLabel('번역 Translation').fill('Korea’s data-centre power demand will triple by 2030.')
  await desk.getByRole('checkbox', { name: /검증 중 공개 Public while under research/ }).check()
  await desk.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(desk).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  await addEvidence(desk, AI_INDEX_2024, /Contradicting evidence/, { excerpt: 'A desk-only quote that readers must not see.', note: 'Desk-only note.' })
  const shortId = (await desk.locator('header .font-mono').first().textContent())!.trim()
  expect(shortId).toMatch(/^[a-z0-9]{7}$/)

  const reader = await (await browser.newContext()).newPage()
  const response = await reader.goto(`/c/${shortId}`)
  expect(response?.status()).toBe(200)
  await expect(reader).toHaveURL(new RegExp(`/c/${shortId}/[a-z0-9-]+$`))
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(CLAIM)
  await expect(reader.getByRole('region', { name: /검증 중/ })).toContainText('Under research')
  await expect(reader.getByRole('region', { name: /검토 중인 출처/ })).toContainText('Stanford HAI')
  // Nothing of a verdict: no verdict block, no stance, quote or note, no ClaimReview, no share card.
  await expect(reader.getByTestId('verdict-label')).toHaveCount(0)
  await expect(reader.getByText('A desk-only quote that readers must not see.')).toHaveCount(0)
  await expect(reader.getByText('Desk-only note.')).toHaveCount(0)
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(0)
  await expect(reader.locator('meta[property="og:image"]')).toHaveCount(0)
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

  const { violations } = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

  // Not listed: the home page, the feed and search leave it out.
  await reader.goto('/')
  await expect(reader.getByText(CLAIM)).toHaveCount(0)
  expect(await (await reader.request.get('/feed.xml')).text()).not.toContain(shortId)
  await reader.goto(`/search?q=${encodeURIComponent('데이터센터 전력')}`)
  await expect(reader.getByText(CLAIM)).toHaveCount(0)

  // Unmarked again, it is desk-only again.
  await desk.getByRole('link', { name: /편집 Edit/ }).first().click()
  await desk.getByRole('checkbox', { name: /검증 중 공개 Public while under research/ }).uncheck()
  await desk.getByRole('button', { name: /주장 저장 Save claim/ }).click()
  await expect(desk).toHaveURL(/saved=updated/)
  expect((await reader.goto(`/c/${shortId}`))?.status()).toBe(404)
})
