// Readers' tips in the browser: a tip sent signed out (with JavaScript and without), its receipt and status page;
// the desk turning it into a claim from the inbox and publishing a verdict, after which the status page links the
// verdict; "report an error" from a permalink; axe on the new pages in Korean and English. The tips are this spec's
// own (texts with a run id); the browser tests raise TIP_RATE_LIMIT (playwright.config.ts), all coming from 127.0.0.1.
import { expect, test, type Page } from '@playwright/test'
import { lifetimes } from '../support/cache-control'
import { newDeskUser } from './auth'
import { axeViolations } from './axe'
import { publishVerdict } from './desk'

const RUN = Date.now().toString(36)

async function readIn(page: Page, locale: 'ko' | 'en', path: string) {
  await page.goto(`/lang?to=${locale}&back=${encodeURIComponent(path)}`)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}

const RECEIPT = /\/submit\/([a-z2-9]{16})\?sent=1$/

/** Fills and sends the Korean tip form; returns the receipt code from the status page it lands on. */
async function sendTip(page: Page, tip: { text: string; url?: string; email?: string }): Promise<string> {
  await page.getByLabel('어떤 주장이었나요?').fill(tip.text)
  if (tip.url) await page.getByLabel(/어디에서 보셨나요/).fill(tip.url)
  if (tip.email) {
    await page.getByRole('textbox', { name: /이메일/ }).fill(tip.email)
    await page.getByRole('checkbox').check()
  }
  await page.getByRole('button', { name: '보내기' }).click()
  await expect(page).toHaveURL(RECEIPT)
  const code = RECEIPT.exec(page.url())![1]
  await expect(page.getByTestId('receipt-code')).toHaveText(code)
  await expect(page.getByRole('status')).toHaveText('감사합니다. 제보가 접수되었습니다.')
  return code
}

test('a tip sent signed out becomes a claim from the inbox, and its status page links the published verdict', async ({ browser, page }) => {
  // A reader, an editor and a reviewer; the verdict's workflow: see the timeouts in playwright.config.ts.
  test.slow()
  const text = `제보 시험: 국내 AI 기업이 1만 곳을 넘었다 (${RUN})`
  const url = `https://news.example.org/ai-companies-${RUN}`
  await page.goto('/')
  await page.getByRole('navigation', { name: '사이트 정보' }).getByRole('link', { name: '제보하기' }).click()
  await expect(page).toHaveURL(/\/submit$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('제보하기')
  const code = await sendTip(page, { text, url, email: `reader-${RUN}@example.org` })
  await expect(page.getByTestId('tip-status')).toHaveAttribute('data-status', 'NEW')
  await expect(page.getByTestId('tip-text')).toHaveText(text)
  await expect(page.getByTestId('tip-verdict')).toHaveCount(0)

  // The editor finds it among the new tips and turns it into a claim: the claim form opens with the tip's text.
  const editor = await newDeskUser(browser, 'EDITOR')
  await editor.goto('/desk')
  await editor.getByTestId('inbox-link').click()
  await expect(editor).toHaveURL(/\/desk\/inbox$/)
  const card = editor.getByTestId('tip').filter({ hasText: text })
  await expect(card.getByTestId('tip-url')).toHaveText(url)
  await expect(card.getByTestId('tip-email')).toHaveText(`reader-${RUN}@example.org`)
  await card.getByRole('button', { name: /주장으로 만들기 Turn into a claim/ }).click()
  await expect(editor).toHaveURL(/\/desk\/claims\/[^/]+\/edit\?from=tip$/)
  await expect(editor.getByLabel('원문 Original text')).toHaveValue(text)
  const claimUrl = editor.url().replace(/\/edit\?.*$/, '')

  // Taken up: the reader's status page says so, with no verdict yet; the tip has left the new tips.
  await page.reload()
  await expect(page.getByTestId('tip-status')).toHaveAttribute('data-status', 'TAKEN_UP')
  await expect(page.getByTestId('tip-verdict')).toHaveCount(0)
  await editor.goto('/desk/inbox?status=TAKEN_UP')
  await expect(editor.getByTestId('tip').filter({ hasText: text })).toBeVisible()
  // The tip's address is the claim's appearance.
  await editor.goto(claimUrl)
  // (The source pickers' options hold it too, hidden.)
  await expect(editor.getByText(url).filter({ visible: true }).first()).toBeVisible()

  const reviewer = await newDeskUser(browser, 'REVIEWER')
  const permalink = await publishVerdict(editor, reviewer, claimUrl, { rating: /Mostly not true/, summary: `제보 시험 요약 (${RUN})` })

  await page.goto(`/submit/${code}`)
  const verdict = page.getByTestId('tip-verdict').getByRole('link')
  await expect(verdict).toHaveText(text)
  await expect(verdict).toHaveAttribute('href', permalink)
  await verdict.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
})

test('the tip form works without JavaScript, and a refused tip keeps what was typed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/submit')
  const text = `자바스크립트 없는 제보 (${RUN})`
  // An e-mail without consent: refused, the fields come back filled in.
  await page.getByLabel('어떤 주장이었나요?').fill(text)
  await page.getByRole('textbox', { name: /이메일/ }).fill(`nojs-${RUN}@example.org`)
  await page.getByRole('button', { name: '보내기' }).click()
  // Next's route announcer is an empty alert of its own: the form's status is the one with text.
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('입력한 내용을 확인하세요')
  await expect(page.getByText(/연락에 동의해 주세요/)).toBeVisible()
  await expect(page.getByLabel('어떤 주장이었나요?')).toHaveValue(text)
  await expect(page.getByRole('textbox', { name: /이메일/ })).toHaveValue(`nojs-${RUN}@example.org`)
  await page.getByRole('checkbox').check()
  await page.getByRole('button', { name: '보내기' }).click()
  await expect(page).toHaveURL(RECEIPT)
  await expect(page.getByTestId('tip-text')).toHaveText(text)
  // One reader's receipt: no shared cache may keep it (nor the form).
  for (const path of [new URL(page.url()).pathname, '/submit']) {
    const headers = (await page.request.get(path)).headers()
    expect({ shared: lifetimes(headers['cache-control']).shared, accel: headers['x-accel-expires'] ?? null }, path).toEqual({ shared: 0, accel: null })
  }
  await context.close()
})

test('"report an error" on a permalink sends an error report about that claim', async ({ page }) => {
  await page.goto('/c/kfm2023')
  await page.getByTestId('report-error').click()
  await expect(page).toHaveURL(/\/submit\?claim=kfm2023$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('오류 신고')
  await expect(page.getByTestId('tip-claim').getByRole('link')).toHaveAttribute('href', /^\/c\/kfm2023\//)
  const text = `오류 신고 시험: 2023년 수치가 틀렸습니다 (${RUN})`
  await page.getByLabel('무엇이 틀렸나요?').fill(text)
  await page.getByRole('button', { name: '보내기' }).click()
  await expect(page).toHaveURL(RECEIPT)
  await expect(page.getByTestId('tip-text')).toHaveText(text)
})

for (const locale of ['ko', 'en'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the tip form, the error report form and a status page (${locale})`, async ({ page }) => {
    await readIn(page, locale, '/submit')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'ko' ? '제보하기' : 'Submit a claim')
    expect(await axeViolations(page), 'axe on /submit').toBe('')
    // A refused form: the field errors are part of the page too.
    await page.getByRole('textbox', { name: locale === 'ko' ? /이메일/ : /Your e-mail/ }).fill('reader@example.org')
    await page.getByLabel(locale === 'ko' ? '어떤 주장이었나요?' : 'What was claimed?').fill(`axe ${locale} (${RUN})`)
    await page.getByRole('button', { name: locale === 'ko' ? '보내기' : 'Send' }).click()
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toBeVisible()
    expect(await axeViolations(page), 'axe on /submit after a refusal').toBe('')
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: locale === 'ko' ? '보내기' : 'Send' }).click()
    await expect(page).toHaveURL(RECEIPT)
    await expect(page.getByTestId('tip-status')).toBeVisible()
    expect(await axeViolations(page), 'axe on the status page').toBe('')
    await page.goto('/submit?claim=kfm2023')
    await expect(page.getByTestId('tip-claim')).toBeVisible()
    expect(await axeViolations(page), 'axe on the error report form').toBe('')
  })
}

test('axe finds no WCAG 2.1 A/AA violations on the desk inbox', async ({ browser, page }) => {
  await page.goto('/submit')
  await sendTip(page, { text: `받은 편지함 axe 시험 (${RUN})`, url: `https://example.org/axe-${RUN}` })
  const editor = await newDeskUser(browser, 'EDITOR')
  await editor.goto('/desk/inbox')
  await expect(editor.getByTestId('tip').first()).toBeVisible()
  expect(await axeViolations(editor), 'axe on /desk/inbox').toBe('')
})
