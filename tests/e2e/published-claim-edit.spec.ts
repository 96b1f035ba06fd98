// An edit to a published claim goes through review (issue 16): the editor's save leaves the public page as it was,
// a reviewer publishes the change, and the permalink then shows the new wording with the public correction note.
import { expect, test, type Page } from '@playwright/test'
import { newDeskUser } from './auth'
import { logClaim, publishVerdict } from './desk'

// A text of its own, so that no other spec's claim (or a rerun's) is found by it.
const RUN = Date.now().toString(36)
const CLAIM = `한국의 AI 특허는 10만 명당 17건이다 (${RUN})`
const CORRECTED = `한국의 AI 특허는 10만 명당 17.27건이다 (${RUN})`
const NOTE = `원문의 수치를 17건에서 17.27건으로 바로잡았습니다 (${RUN}).`

const pendingRegion = (page: Page) => page.getByRole('region', { name: /공개 대기 중인 수정 Pending change/ })

test('an edit to a published claim stays off the public page until a reviewer publishes it, with a correction note', async ({ browser }) => {
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const reviewer = await newDeskUser(browser, 'REVIEWER')
  const claimUrl = await logClaim(editor, { text: CLAIM, translation: `Korea has 17 AI patents per 100,000 people (${RUN}).` })
  const permalink = await publishVerdict(editor, reviewer, claimUrl, { rating: /Mostly not true/, summary: '대체로 사실 아님: 수치를 반올림했다.' })

  const reader = await (await browser.newContext()).newPage()
  await reader.goto(permalink)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(CLAIM)

  // The editor corrects the wording: saved as a pending change, the desk shows the diff.
  await editor.goto(`${claimUrl}/edit`)
  await expect(editor.getByTestId('pending-edit-note')).toBeVisible()
  await editor.getByLabel('원문 Original text').fill(CORRECTED)
  await editor.getByRole('button', { name: '주장 저장 Save claim' }).click()
  await expect(editor).toHaveURL(/\?saved=pending/)
  const pending = pendingRegion(editor)
  await expect(pending.getByTestId('claim-edit-status')).toHaveText(/초안 Draft/)
  await expect(pending.locator('pre').first()).toContainText(CLAIM)
  await expect(pending.locator('pre').first()).toContainText(CORRECTED)

  // The public page is unchanged.
  await reader.reload()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(CLAIM)
  await expect(reader.getByText(CORRECTED)).toHaveCount(0)

  // Sent for review with the public note; the editor cannot publish it.
  await pending.getByLabel(/정정 사유 \(공개\)/).fill(NOTE)
  await pending.getByRole('button', { name: '검토 요청 Send for review' }).click()
  await expect(pending.getByTestId('claim-edit-status')).toHaveText(/검토 중 In review/)
  await expect(pending.getByRole('button', { name: '수정 공개 Publish the change' })).toHaveCount(0)
  await reader.reload()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(CLAIM)

  // The reviewer (who did not write it) publishes it.
  await reviewer.goto(claimUrl)
  await expect(pendingRegion(reviewer).getByTestId('claim-edit-note')).toHaveText(NOTE)
  await pendingRegion(reviewer).getByRole('button', { name: '수정 공개 Publish the change' }).click()
  await expect(reviewer).toHaveURL(/\?saved=editPublished/)
  await expect(pendingRegion(reviewer)).toHaveCount(0)

  // The permalink (its slug follows the wording: the old link redirects) shows the new text and the notice.
  await reader.goto(permalink)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(CORRECTED)
  const notice = reader.getByTestId('claim-correction-notice')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText(NOTE)
  await expect(reader.getByTestId('claim-edit-entry')).toContainText(NOTE)

  // And the corrections page lists it, linked to that notice.
  await reader.goto('/corrections')
  const entry = reader.getByTestId('correction').filter({ hasText: NOTE })
  await expect(entry).toHaveAttribute('data-kind', 'claimCorrection')
  await expect(entry.getByRole('link')).toHaveAttribute('href', /#claim-correction-notice$/)
})
