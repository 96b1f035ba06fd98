// Arithmetic between claims in the browser (issue 14, item 4): an editor logs two money claims and a claim that
// one is 2.6 (or 2.7) times the other, records the ratio on the derived claim's desk page, and sees the
// computation written out and whether the stated figure holds at its precision; a mismatch reaches /desk/checks.
// Once the three claims are published, the derived claim's reader page shows the computation in both languages.
import { expect, test, type Page } from '@playwright/test'
import { newDeskUser } from './auth'
import { deskShortId, publishVerdict } from './desk'

const RUN = Date.now().toString(36)

/** Logs a claim whose main figure is `kind` with `value` (and `unit`); returns its short id, on its desk page. */
async function logFigure(page: Page, text: string, kind: 'MONEY' | 'MULTIPLE', value: string, unit: string): Promise<string> {
  await page.goto('/desk/claims/new')
  await page.getByLabel('원문 Original text').fill(text)
  await page.getByLabel('수치 종류 Kind').selectOption(kind)
  await page.getByLabel('값 Value').fill(value)
  await page.getByLabel('단위 Unit').fill(unit)
  // An amount states its currency (the claim form requires it for money).
  if (kind === 'MONEY') await page.getByLabel('통화 Currency').selectOption('USD')
  await page.getByLabel('기간 종류 Window kind').selectOption('PERIOD')
  await page.getByLabel('시작일 Start').fill('2024-01-01')
  await page.getByLabel('끝날 End').fill('2024-12-31')
  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  return deskShortId(page)
}

async function recordRatio(page: Page, numerator: string, denominator: string) {
  const panel = page.getByRole('region', { name: /계산 Arithmetic/ })
  await panel.getByLabel('계산 Operation').selectOption('RATIO')
  await panel.getByLabel(/수치 1 Figure 1/).fill(numerator)
  await panel.getByLabel(/수치 2 Figure 2/).fill(denominator)
  await panel.getByRole('button', { name: '계산 기록 Record computation' }).click()
  // Recorded: the computation is listed (and the claim's only figure is no longer offered to the form).
  const derivation = panel.getByTestId('derivation')
  await expect(derivation).toHaveCount(1)
  return derivation
}

test('an editor records that a money claim is the ratio of two others; the desk shows the computation and whether it holds', async ({ browser }) => {
  test.slow()
  const page = await newDeskUser(browser, 'EDITOR')
  const a = await logFigure(page, 'A사는 AI에 5억 2,800만 달러를 투자했다 (시험용)', 'MONEY', '528000000', '달러')
  const b = await logFigure(page, 'B사는 AI에 2억 달러를 투자했다 (시험용)', 'MONEY', '200000000', '달러')

  // 528 ÷ 200 = 2.64: "2.6배" holds at its one decimal.
  await logFigure(page, 'A사의 AI 투자는 B사의 2.6배다 (시험용)', 'MULTIPLE', '2.6', '배')
  const holds = await recordRatio(page, a, b)
  await expect(holds.getByTestId('derivation-computation')).toContainText('5억 2,800만 달러 ÷ 2억 달러 = 2.6배')
  await expect(holds.getByTestId('derivation-computation')).toContainText('US$528 million ÷ US$200 million = 2.6×')
  await expect(holds.getByTestId('derivation-holds')).toHaveText('성립 Holds')
  await expect(holds.getByRole('link', { name: new RegExp(a) })).toBeVisible()

  // "2.7배" does not: the panel says so, and the consistency checks list it with the computation.
  const wrong = await logFigure(page, 'A사의 AI 투자는 B사의 2.7배다 (시험용)', 'MULTIPLE', '2.7', '배')
  const fails = await recordRatio(page, a, b)
  await expect(fails.getByTestId('derivation-holds')).toHaveText('성립하지 않음 Does not hold')
  await expect(fails).toContainText('계산한 값은 2.6배, 밝힌 값은 2.7배입니다: 성립하지 않습니다.')
  await page.goto('/desk/checks')
  const issue = page.getByTestId('consistency-issue').filter({ hasText: `${wrong}의 수치는` })
  await expect(issue).toContainText('계산이 맞지 않음 · Arithmetic does not hold')
  await expect(issue).toContainText('US$528 million ÷ US$200 million = 2.6×')
  await expect(issue.getByRole('link', { name: wrong })).toBeVisible()
})

test("a published claim's reader page shows its computation, in Korean and in English", async ({ browser }) => {
  // Two desk users, three claims, a computation, three reviews and a reader in two languages.
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const url = () => editor.url().replace(/\?.*$/, '')
  // Texts of their own: published, they must not turn up where other specs look for claims by name.
  const a = { text: `C사는 AI에 5억 2,800만 달러를 투자했다 (${RUN})` }
  const b = { text: `D사는 AI에 2억 달러를 투자했다 (${RUN})` }
  const aId = await logFigure(editor, a.text, 'MONEY', '528000000', '달러')
  const aUrl = url()
  const bId = await logFigure(editor, b.text, 'MONEY', '200000000', '달러')
  const bUrl = url()
  await logFigure(editor, `C사의 AI 투자는 D사의 2.6배다 (${RUN})`, 'MULTIPLE', '2.6', '배')
  const derivedUrl = url()
  await recordRatio(editor, aId, bId)

  const reviewer = await newDeskUser(browser, 'REVIEWER')
  await publishVerdict(editor, reviewer, aUrl, { rating: /Mostly true/, summary: '공시와 맞는다.' })
  await publishVerdict(editor, reviewer, bUrl, { rating: /Mostly true/, summary: '공시와 맞는다.' })
  const permalink = await publishVerdict(editor, reviewer, derivedUrl, { rating: /Mostly true/, summary: '528 ÷ 200 = 2.64.' })

  const reader = await (await browser.newContext()).newPage()
  await reader.goto(permalink)
  const computation = reader.getByTestId('public-derivation')
  await expect(computation).toHaveCount(1)
  await expect(computation).toContainText('5억 2,800만 달러 ÷ 2억 달러 = 2.6배')
  await expect(computation).toContainText('밝힌 수치는 적힌 정밀도에서 계산과 맞습니다.')
  await expect(computation.locator('[lang="en"]')).toHaveText('US$528 million ÷ US$200 million = 2.6×')
  await expect(computation.getByRole('link', { name: a.text })).toBeVisible()
  await expect(computation.getByRole('link', { name: b.text })).toBeVisible()

  await reader.getByRole('link', { name: 'English' }).click()
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en')
  await expect(computation).toContainText('US$528 million ÷ US$200 million = 2.6×')
  await expect(computation).toContainText('The stated figure holds at the precision it is given in.')
  await expect(computation.locator('[lang="ko"]')).toHaveText('5억 2,800만 달러 ÷ 2억 달러 = 2.6배')
})
