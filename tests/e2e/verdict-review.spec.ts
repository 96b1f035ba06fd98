// A verdict's way to readers: drafted with citations, sent back once, revised, published by someone else,
// then corrected in public.
import { expect, test } from '@playwright/test'
import { firstAdmin, newDeskUser, signIn } from './auth'
import { addEvidence, AI_INDEX_2024, logClaim, MSIT_STATEMENT, saveDraft, step, verdictRegion } from './desk'

// A text of its own: published, a copy of a demo claim's text would add a second link wherever other specs look for
// the demo's claim by name, whatever order the specs run in.
const RUN = Date.now().toString(36)
const CLAIM = `한국 기업은 2023년에 파운데이션 모델을 하나도 내놓지 못했다 (${RUN})`

test('a verdict is drafted, sent back, revised, published, read, and corrected with a notice', async ({ browser }) => {
  // Three desk users and about thirty steps: see the timeouts in playwright.config.ts.
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const claimUrl = await logClaim(editor, {
    text: CLAIM,
    translation: `Korean firms released zero foundation models in 2023 (${RUN}).`,
  })
  await addEvidence(editor, AI_INDEX_2024, /뒷받침 Supports/, { excerpt: 'No Korean model is listed.' })
  await addEvidence(editor, MSIT_STATEMENT, /공식 반론 Official rebuttal/, { note: 'Not a census, says the ministry.' })

  await editor.goto(claimUrl)
  await saveDraft(editor, {
    rating: /Mostly not true/,
    summary: "'0'은 데이터베이스의 수록 범위일 뿐이다.",
    analysis: 'The count comes from one database.\n\nThe ministry disagrees.',
    cite: [/Insert \[\^AI-Index-Report-2024\]/, /Insert \[\^한국기업-파운데이션-모델-2024\]/],
  })
  await step(editor, '검토 요청 Send for review')
  await expect(verdictRegion(editor)).toContainText(/IN_REVIEW|검토 중/)

  // The reviewer finds it in the queue and sends it back once.
  const reviewer = await newDeskUser(browser, 'REVIEWER')
  await reviewer.goto('/desk/review')
  await reviewer.getByRole('link', { name: CLAIM }).click()
  await step(reviewer, '돌려보내기 Send back', { label: /돌려보내는 이유/, value: 'Name the database in the summary.' })
  await expect(verdictRegion(reviewer)).toContainText('Name the database in the summary.')

  // The editor sees why, revises and resubmits.
  await editor.reload()
  await expect(verdictRegion(editor)).toContainText('Name the database in the summary.')
  await saveDraft(editor, { summary: "'0'은 CRFM 데이터베이스의 수록 범위일 뿐, 한국 기업이 만든 모델 수가 아니다." })
  await step(editor, '검토 요청 Send for review')

  await reviewer.reload()
  await step(reviewer, '공개 Publish')
  // Published once the revision list shows revision 1 (the button's own label also says 공개).
  await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()
  const permalink = await reviewer.getByRole('link', { name: /공개 페이지 Public page/ }).getAttribute('href')

  // A signed-out reader opens the permalink.
  const reader = await (await browser.newContext()).newPage()
  await reader.goto(permalink!)
  await expect(reader.getByTestId('verdict-label').first()).toContainText('대체로 사실 아님')
  await expect(reader.getByText('CRFM 데이터베이스의 수록 범위일 뿐')).toBeVisible()
  await expect(reader.getByText('AI Index Report 2024').first()).toBeVisible()
  await expect(reader.getByText('Name the database in the summary.')).toHaveCount(0)

  // The reviewer changes the rating; under the two-person rule another reviewer (the admin) publishes it, with a note.
  await reviewer.reload()
  await saveDraft(reviewer, { rating: /^전혀 사실 아님/ })
  await step(reviewer, '검토 요청 Send for review')
  const adminContext = await browser.newContext()
  const admin = firstAdmin()
  await signIn(adminContext, admin.email, admin.password)
  const adminPage = await adminContext.newPage()
  await adminPage.goto(claimUrl)
  await step(adminPage, '수정 공개 Publish the change', {
    label: /변경 사유 \(공개\)/,
    value: 'The ministry listed three models released in 2023.',
  })
  await expect(verdictRegion(adminPage).getByText(/^#2$/)).toBeVisible()

  await reader.reload()
  const notice = reader.getByText(/판정 변경/)
  await expect(notice).toBeVisible()
  await expect(reader.locator('main')).toContainText('대체로 사실 아님')
  await expect(reader.locator('main')).toContainText('전혀 사실 아님')
  await expect(reader.locator('main')).toContainText('The ministry listed three models released in 2023.')
})
