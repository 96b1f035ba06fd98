// A date known only to the month stays a month: an editor types "2024-12" as the claim's first-seen date, a
// reviewer publishes its verdict, and readers see "2024년 12월" / "December 2024", never 1 December.
import { expect, test } from '@playwright/test'
import { newDeskUser } from './auth'
import { logClaim, publishVerdict } from './desk'

const RUN = Date.now().toString(36)
const CLAIM = `한국의 AI 스타트업 투자는 2024년 12월에 처음 1조 원을 넘었다 (${RUN})`

test('a month-precision first-seen date reads "2024년 12월" and "December 2024" on the permalink', async ({ browser }) => {
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const claimUrl = await logClaim(editor, { text: CLAIM, translation: `Korean AI start-up investment first passed 1 trillion won in December 2024 (${RUN}).` })
  await editor.goto(`${claimUrl}/edit`)
  await editor.getByLabel('처음 확인 First seen').fill('2024-12')
  await editor.getByRole('button', { name: '주장 저장 Save claim' }).click()
  await expect(editor).toHaveURL(/\?saved=updated/)
  await expect(editor.locator('dd', { hasText: /^2024-12$/ })).toBeVisible()

  const reviewer = await newDeskUser(browser, 'REVIEWER')
  const permalink = await publishVerdict(editor, reviewer, claimUrl, { rating: /Mostly not true/, summary: `월 단위 날짜 시험 ${RUN}` })

  const reader = await (await browser.newContext()).newPage()
  await reader.goto(permalink)
  const firstSeen = reader.locator('header time')
  await expect(firstSeen).toHaveText('2024년 12월')
  await expect(firstSeen).toHaveAttribute('datetime', '2024-12')
  await reader.getByRole('link', { name: 'English' }).click()
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en')
  await expect(reader.locator('header time')).toHaveText('December 2024')
})
