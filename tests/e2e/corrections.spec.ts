// The corrections page after a rating change (republished with a change note) and after a withdrawal of another
// claim: both listed, newest first, each linking to the notice on its claim page, in Korean and in English; the
// footer links methodology, corrections and about in the reader's language; axe on /corrections and /about in both.
// The claims are this spec's own (texts with a run id), so other specs' data and order do not matter.
import { expect, test, type Page } from '@playwright/test'
import { newDeskUser } from './auth'
import { axeViolations } from './axe'
import { logClaim, saveDraft, step, verdictRegion } from './desk'

const RUN = Date.now().toString(36)
const RERATED = { text: `정정 시험: 한국의 AI 논문 수는 세계 10위다 (${RUN})`, translation: `Corrections test: Korea ranks 10th in AI papers (${RUN})` }
const WITHDRAWN = { text: `정정 시험: 한국의 AI 인력은 5만 명이다 (${RUN})`, translation: `Corrections test: Korea has 50,000 AI workers (${RUN})` }
const CHANGE_NOTE = `새 통계가 나와 등급을 바꿨습니다 (${RUN}).`
const REASON = `원자료가 철회되어 판정을 거둡니다 (${RUN}).`

/** In the reader's language: the page's own switch link, which comes back to the same page. */
async function readIn(page: Page, locale: 'ko' | 'en', path: string) {
  await page.goto(`/lang?to=${locale}&back=${encodeURIComponent(path)}`)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}

/** The footer's three links, in the page's language. */
async function expectFooter(page: Page, labels: { nav: string; methodology: string; corrections: string; about: string }) {
  const footer = page.getByRole('navigation', { name: labels.nav })
  await expect(footer.getByRole('link', { name: labels.methodology, exact: true })).toHaveAttribute('href', '/methodology')
  await expect(footer.getByRole('link', { name: labels.corrections, exact: true })).toHaveAttribute('href', '/corrections')
  await expect(footer.getByRole('link', { name: labels.about, exact: true })).toHaveAttribute('href', '/about')
}

const KO_FOOTER = { nav: '사이트 정보', methodology: '방법론', corrections: '정정 기록', about: '소개' }
const EN_FOOTER = { nav: 'About this site', methodology: 'Methodology', corrections: 'Corrections', about: 'About us' }

test('a rating change and a withdrawal are listed on /corrections, linking to their notices, in Korean and English', async ({ browser }) => {
  // Two desk users, two claims and about twenty steps: see the timeouts in playwright.config.ts.
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const reviewer = await newDeskUser(browser, 'REVIEWER')

  /** The editor drafts and sends for review; the reviewer publishes (the two-person rule). */
  async function publishFirst(claim: typeof RERATED) {
    const claimUrl = await logClaim(editor, claim)
    await saveDraft(editor, { rating: /Mostly not true/, summary: `${claim.text} — 요약` })
    await step(editor, '검토 요청 Send for review')
    await reviewer.goto(claimUrl)
    await step(reviewer, '공개 Publish')
    await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()
    return claimUrl
  }

  // A rating change: the editor redrafts with another rating, the reviewer publishes it with a public note.
  const reratedUrl = await publishFirst(RERATED)
  await editor.goto(reratedUrl)
  await saveDraft(editor, { rating: /^전혀 사실 아님/ })
  await step(editor, '검토 요청 Send for review')
  await reviewer.goto(reratedUrl)
  await step(reviewer, '수정 공개 Publish the change', { label: /변경 사유 \(공개\)/, value: CHANGE_NOTE })
  await expect(verdictRegion(reviewer).getByText(/^#2$/)).toBeVisible()

  // Another claim, withdrawn by the reviewer with a public reason.
  await publishFirst(WITHDRAWN)
  await step(reviewer, '판정 철회 Withdraw verdict', { label: /철회 이유 \(공개\)/, value: REASON })

  // A signed-out reader, in Korean (the default).
  const reader = await (await browser.newContext()).newPage()
  await reader.goto('/corrections')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('정정·철회 기록')
  const list = reader.getByRole('list', { name: '정정 기록, 최신순' })
  const withdrawal = list.getByTestId('correction').filter({ hasText: WITHDRAWN.text })
  const ratingChange = list.getByTestId('correction').filter({ hasText: RERATED.text })
  await expect(withdrawal).toHaveCount(1)
  await expect(ratingChange).toHaveCount(1)
  await expect(withdrawal).toContainText('판정 철회')
  await expect(withdrawal).toContainText(REASON)
  await expect(ratingChange).toContainText('판정 변경')
  await expect(ratingChange).toContainText('대체로 사실 아님 (Mostly not true) → 전혀 사실 아님 (Not true)')
  await expect(ratingChange).toContainText(CHANGE_NOTE)
  // Newest first: the withdrawal came after the rating change.
  const order = await list.getByTestId('correction').allTextContents()
  expect(order.findIndex((text) => text.includes(WITHDRAWN.text))).toBeLessThan(order.findIndex((text) => text.includes(RERATED.text)))
  await expectFooter(reader, KO_FOOTER)
  expect(await axeViolations(reader), 'axe violations on /corrections (ko)').toBe('')

  // Each entry leads to its notice on the claim page.
  await ratingChange.getByRole('link', { name: RERATED.text }).click()
  await expect(reader).toHaveURL(/\/c\/[a-z0-9]{7}\/[^#]+#rating-change-notice$/)
  const ratingNotice = reader.locator('#rating-change-notice')
  await expect(ratingNotice).toBeVisible()
  await expect(ratingNotice).toContainText('판정 변경')
  await expect(ratingNotice).toContainText(CHANGE_NOTE)
  await reader.goBack()
  await list.getByTestId('correction').filter({ hasText: WITHDRAWN.text }).getByRole('link', { name: WITHDRAWN.text }).click()
  await expect(reader).toHaveURL(/#withdrawal-notice$/)
  const withdrawalNotice = reader.locator('#withdrawal-notice')
  await expect(withdrawalNotice).toBeVisible()
  await expect(withdrawalNotice).toContainText('철회된 판정')
  await expect(withdrawalNotice).toContainText(REASON)

  // In English: English labels and the claims' translations, the same links.
  await readIn(reader, 'en', '/corrections')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Corrections and withdrawals')
  const listEn = reader.getByRole('list', { name: 'Corrections, newest first' })
  const ratingChangeEn = listEn.getByTestId('correction').filter({ hasText: RERATED.translation })
  const withdrawalEn = listEn.getByTestId('correction').filter({ hasText: WITHDRAWN.translation })
  await expect(ratingChangeEn).toContainText('Rating changed')
  await expect(ratingChangeEn).toContainText('Mostly not true (대체로 사실 아님) → Not true (전혀 사실 아님)')
  await expect(withdrawalEn).toContainText('Verdict withdrawn')
  await expect(ratingChangeEn.getByRole('link', { name: RERATED.translation })).toHaveAttribute('href', /#rating-change-notice$/)
  await expect(withdrawalEn.getByRole('link', { name: WITHDRAWN.translation })).toHaveAttribute('href', /#withdrawal-notice$/)
  await expectFooter(reader, EN_FOOTER)
  expect(await axeViolations(reader), 'axe violations on /corrections (en)').toBe('')
  await withdrawalEn.getByRole('link', { name: WITHDRAWN.translation }).click()
  await expect(reader.locator('#withdrawal-notice')).toContainText('This verdict has been withdrawn')

  // The feeds carry both, as parsed XML.
  for (const [path, entry] of [['/corrections/feed.xml', 'item'], ['/corrections/atom.xml', 'entry']] as const) {
    const xml = await (await reader.request.get(path)).text()
    const titles = await reader.evaluate(
      ([text, name]) => [...new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName(name)].map((node) => node.getElementsByTagName('title')[0]?.textContent ?? ''),
      [xml, entry] as const,
    )
    expect(titles, path).toContain(`[판정 변경 · Rating changed] ${RERATED.text}`)
    expect(titles, path).toContain(`[판정 철회 · Verdict withdrawn] ${WITHDRAWN.text}`)
  }
})

test('the about and corrections pages pass axe and carry the footer, in Korean and English', async ({ page }) => {
  for (const [locale, footer, heading] of [
    ['ko', KO_FOOTER, /소개/],
    ['en', EN_FOOTER, /About/],
  ] as const) {
    await readIn(page, locale, '/about')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expectFooter(page, footer)
    expect(await axeViolations(page), `axe violations on /about (${locale})`).toBe('')
    await page.getByRole('navigation', { name: footer.nav }).getByRole('link', { name: footer.corrections, exact: true }).click()
    await expect(page).toHaveURL(/\/corrections$/)
    expect(await axeViolations(page), `axe violations on /corrections (${locale})`).toBe('')
  }
})
