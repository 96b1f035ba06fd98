// A right figure with the wrong label (issue 14, item 8), invented: "전국 대학 47곳이 참여했다" where 47 counts one
// province's participating universities. An editor logs the claim, records what the figure actually counts and
// drafts a verdict; a reviewer publishes it; a reader sees the figure as claimed next to what it counts, in Korean
// and, after switching, in English.
import { expect, test } from '@playwright/test'
import { newDeskUser } from './auth'
import { logClaim, openDetails, saveDraft, step, verdictRegion } from './desk'

// A text of its own, so that other specs looking for demo claims by name never find this one.
const RUN = Date.now().toString(36)
const CLAIM = `전국 대학 47곳이 참여했다 (${RUN})`
const KO = '47곳은 전국 대학 수가 아니라 ○○도 한 곳의 참여 대학 수입니다.'
const EN = '47 is not the number of universities nationwide but the number of participating universities in one province.'

test('an editor records a misattributed figure; readers see it as claimed, with what it counts, in both languages', async ({ browser }) => {
  // Two desk users, a claim, a misattribution, a verdict's review and a reader in two languages.
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const claimUrl = await logClaim(editor, {
    text: CLAIM,
    translation: `47 universities nationwide took part (${RUN}).`,
    quantity: { subject: '전국', metric: '참여 대학 수', value: '47', unit: '곳', start: '2025-01-01', end: '2025-12-31', definition: '사업에 참여한 대학' },
  })

  const panel = editor.getByRole('region', { name: /수치의 실제 대상/ })
  await openDetails(panel, '수치의 실제 대상 기록 Record a misattributed figure')
  await expect(panel.getByLabel('수치 Figure')).toContainText('47')
  await panel.getByLabel(/Presented as, in Korean/).fill('전국 대학 수')
  await panel.getByLabel(/Presented as, in English/).fill('the number of universities nationwide')
  await panel.getByLabel(/What it actually counts, in Korean/).fill('○○도 한 곳의 참여 대학 수')
  await panel.getByLabel(/What it actually counts, in English/).fill('the number of participating universities in one province')
  await panel.getByLabel('실제 대상 Actual subject').fill('○○도')
  await panel.getByRole('button', { name: '실제 대상 기록 Record what it counts' }).click()
  await expect(panel.getByTestId('misattribution')).toContainText('실제: ○○도 한 곳의 참여 대학 수')
  await expect(panel.getByTestId('misattribution')).toContainText('claimed: the number of universities nationwide')

  await saveDraft(editor, { rating: /Mostly not true/, summary: '47은 한 도의 참여 대학 수다.' })
  await step(editor, '검토 요청 Send for review')

  const reviewer = await newDeskUser(browser, 'REVIEWER')
  await reviewer.goto('/desk/review')
  await reviewer.getByRole('link', { name: CLAIM }).click()
  await expect(reviewer).toHaveURL(claimUrl)
  await step(reviewer, '공개 Publish')
  await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()
  const permalink = await reviewer.getByRole('link', { name: /공개 페이지 Public page/ }).getAttribute('href')

  const reader = await (await browser.newContext()).newPage()
  await reader.goto(permalink!)
  const figure = reader.getByTestId('misattributed-quantity')
  await expect(figure).toContainText('주장된 수치')
  await expect(figure.getByTestId('figure')).toHaveText('47곳')
  await expect(reader.getByTestId('misattribution-sentence')).toHaveText(KO)
  await expect(figure).toContainText('실제 대상○○도')
  // Not in the fact box as an established value.
  await expect(reader.getByTestId('quantity')).toHaveCount(0)

  await reader.getByRole('link', { name: 'English' }).click()
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en')
  await expect(reader.getByTestId('misattributed-quantity')).toContainText('As claimed')
  await expect(reader.getByTestId('misattribution-sentence')).toHaveText(EN)
  await expect(reader.getByTestId('misattributed-quantity')).toContainText('Actual subject○○도')
})
