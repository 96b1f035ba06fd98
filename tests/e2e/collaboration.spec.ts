// Dividing the work (issue 16): an editor assigns a claim to a reviewer and sends its verdict for review; the
// reviewer is notified, finds the claim on /desk/me, and comments with an @mention of the editor, who is notified
// in turn. Every account and the claim are this spec's own.
import { expect, test } from '@playwright/test'
import { axeViolations } from './axe'
import { newDeskAccount } from './auth'
import { logClaim, saveDraft, step } from './desk'

const RUN = Date.now().toString(36)
const CLAIM = `국내 AI 연구 인력은 5년 새 두 배가 됐다 (${RUN})`

test('an assignment, a review request and a mention reach the right people', async ({ browser }) => {
  test.slow()
  const editor = await newDeskAccount(browser, 'EDITOR')
  const reviewer = await newDeskAccount(browser, 'REVIEWER')
  const handleOf = (email: string) => email.split('@')[0]

  // The editor logs the claim and assigns it: themselves as its editor, the reviewer as its reviewer.
  const claimUrl = await logClaim(editor.page, { text: CLAIM, translation: `Korea's AI researchers doubled in five years (${RUN}).` })
  const assignment = editor.page.getByRole('region', { name: /담당 Assignment/ })
  await assignment.getByLabel('담당 편집자 Editor').selectOption({ label: `${editor.name} (${editor.email}) · EDITOR` })
  await assignment.getByLabel(/검토자 Reviewer/).selectOption({ label: `${reviewer.name} (${reviewer.email}) · REVIEWER` })
  await assignment.getByRole('button', { name: '담당 저장 Save assignment' }).click()
  await expect(assignment.getByRole('status')).toContainText('Assignment saved.')
  await expect(assignment.getByTestId('assignment')).toContainText(reviewer.name)

  // A verdict sent for review notifies the assigned reviewer.
  await editor.page.goto(claimUrl)
  await saveDraft(editor.page, { rating: /Mostly true/, summary: '두 배는 맞지만 정의가 바뀌었다.', analysis: 'The count changed definition in 2022.' })
  await step(editor.page, '검토 요청 Send for review')

  // The reviewer: two unread notifications (assigned, review requested), and the claim waiting on /desk/me.
  await reviewer.page.goto('/desk/notifications')
  await expect(reviewer.page.getByTestId('unread-count')).toHaveText('2')
  const notices = reviewer.page.getByTestId('notification')
  await expect(notices.filter({ hasText: CLAIM })).toHaveCount(2)
  await expect(reviewer.page.locator('[data-testid="notification"][data-kind="ASSIGNED"]')).toContainText(`${editor.name} assigned this claim to you.`)
  await expect(reviewer.page.locator('[data-testid="notification"][data-kind="REVIEW_REQUESTED"]')).toContainText(`${editor.name} sent a verdict for your review.`)
  expect(await axeViolations(reviewer.page), 'axe on /desk/notifications').toBe('')

  await reviewer.page.getByRole('link', { name: /내 데스크 My desk/ }).first().click()
  await expect(reviewer.page).toHaveURL(/\/desk\/me$/)
  const waiting = reviewer.page.getByTestId('my-review')
  await expect(waiting.getByRole('link', { name: new RegExp(CLAIM.replace(/[()]/g, '\\$&')) })).toBeVisible()
  expect(await axeViolations(reviewer.page), 'axe on /desk/me').toBe('')

  // From there to the claim, and a comment that mentions the editor (Markdown, rendered).
  await waiting.getByRole('link', { name: new RegExp(CLAIM.replace(/[()]/g, '\\$&')) }).click()
  const discussion = reviewer.page.getByRole('region', { name: /데스크 토론 Desk discussion/ })
  const form = discussion.getByTestId('comment-form-new')
  await form.getByLabel(/댓글 Comment/).fill(`@${handleOf(editor.email)} **2022년 정의 변경**을 분석에 적어 주세요.`)
  await form.getByRole('button', { name: '댓글 남기기 Add comment' }).click()
  await expect(form.getByRole('status')).toContainText('Comment added.')
  const comment = discussion.getByTestId('claim-comment').filter({ hasText: '정의 변경' })
  await expect(comment.locator('strong')).toHaveText('2022년 정의 변경')
  await expect(comment.getByTestId('comment-mentions')).toContainText(editor.name)

  // The editor sees the mention, follows it, and marks everything read.
  await editor.page.goto('/desk/notifications')
  const mention = editor.page.locator('[data-testid="notification"][data-kind="MENTIONED"]')
  await expect(mention).toContainText(`${reviewer.name} mentioned you in a comment.`)
  await expect(mention).toContainText('2022년 정의 변경')
  await expect(editor.page.getByTestId('unread-count')).toHaveText('1')
  await editor.page.getByRole('button', { name: '모두 읽음 Mark all read' }).click()
  await expect(editor.page.getByTestId('unread-count')).toHaveText('0')
  await expect(mention).toHaveAttribute('data-read', 'true')

  await editor.page.goto('/desk/me')
  await expect(editor.page.getByTestId('my-mentions')).toContainText('2022년 정의 변경')
  await expect(editor.page.getByTestId('my-assigned')).toContainText(CLAIM)
})
