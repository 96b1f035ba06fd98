// The share bar of a permalink, in a real browser: the link as a selectable read-only field without JavaScript, the
// copy button with it (which says "복사됨" / "Copied" and puts the permalink on the clipboard), the Web Share button
// only where the browser has navigator.share, plain share links to X, Facebook, LINE and e-mail with nothing loaded
// from another site, the embed snippet (whose card links back to the permalink) and the citation, in both languages,
// and axe on the page with the bar open. Demo data only (read-only).
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { axeViolations } from './axe'

const KFM = '/c/kfm2023/korea-developed-zero-foundation-models-in-2023'

async function readInLanguage(context: BrowserContext, baseURL: string, lang: 'ko' | 'en') {
  await context.addCookies([{ name: 'lang', value: lang, url: baseURL }])
}

const shareBar = (page: Page) => page.getByRole('region', { name: /이 팩트체크 공유하기|Share this fact-check/ })

test('without JavaScript: the link is a selectable read-only field, and the share links, embed and citation work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(KFM)
  const bar = shareBar(page)
  const field = bar.getByLabel('이 페이지 링크')
  await expect(field).toHaveValue(`${baseURL}${KFM}`)
  await expect(field).toHaveAttribute('readonly', '')
  await expect(field).toBeEnabled()
  // Selectable: focus it and select all with the keyboard, as a reader copying by hand would.
  await field.focus()
  await page.keyboard.press('ControlOrMeta+A')
  expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(`${baseURL}${KFM}`)
  // The buttons need JavaScript, so they are not there without it.
  await expect(bar.getByRole('button')).toHaveCount(0)
  await expect(bar.getByRole('link', { name: 'X에 공유' })).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?/)
  // <details> opens without script.
  await bar.getByText('퍼가기', { exact: true }).click()
  await expect(bar.getByLabel('퍼가기 코드')).toBeVisible()
  await bar.getByText('이 팩트체크 인용하기').click()
  await expect(bar.getByLabel('인용문')).toHaveValue(new RegExp(`${baseURL}${KFM}$`))
  await context.close()
})

test('with JavaScript: "링크 복사" copies the permalink and says 복사됨; no Web Share button where the browser has none', async ({ browser, baseURL }) => {
  const context = await browser.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  // Headless Chromium on Linux may or may not have navigator.share: take it away, as desktop browsers without it are.
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share
  })
  const page = await context.newPage()
  const foreign: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url())
  })
  await page.goto(KFM)
  const bar = shareBar(page)
  const copy = bar.getByRole('button', { name: '링크 복사' })
  await copy.click()
  await expect(bar.getByRole('button', { name: '복사됨' })).toBeVisible()
  await expect(bar.getByRole('status')).toHaveText('복사됨')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${KFM}`)
  await expect(bar.getByRole('button', { name: '공유…' })).toHaveCount(0)
  // Nothing came from another site: no share script, no button image, no frame.
  expect(foreign).toEqual([])
  await context.close()
})

test('the Web Share button appears where navigator.share exists and hands it the permalink', async ({ browser, baseURL }) => {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        ;(window as { shared?: ShareData }).shared = data
        return Promise.resolve()
      },
    })
  })
  await readInLanguage(context, baseURL!, 'en')
  const page = await context.newPage()
  await page.goto(KFM)
  await shareBar(page).getByRole('button', { name: 'Share…' }).click()
  await expect.poll(() => page.evaluate(() => (window as { shared?: ShareData }).shared)).toEqual({
    url: `${baseURL}${KFM}`,
    title: 'Korea developed zero foundation models in 2023. — Mostly not true',
  })
  // And the copy button speaks English.
  await expect(shareBar(page).getByRole('button', { name: 'Copy link' })).toBeVisible()
  await context.close()
})

test('share links go to each platform’s own share page with the permalink; e-mail is a mailto: link', async ({ page, baseURL }) => {
  await page.goto(KFM)
  const bar = shareBar(page)
  const url = `${baseURL}${KFM}`
  const href = async (name: string) => new URL((await bar.getByRole('link', { name, exact: true }).getAttribute('href'))!)
  const x = await href('X에 공유')
  expect([x.origin + x.pathname, x.searchParams.get('url')]).toEqual(['https://x.com/intent/post', url])
  expect(x.searchParams.get('text')).toBe('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다. — 대체로 사실 아님')
  const facebook = await href('페이스북에 공유')
  expect([facebook.origin + facebook.pathname, facebook.searchParams.get('u')]).toEqual(['https://www.facebook.com/sharer/sharer.php', url])
  const line = await href('라인에 공유')
  expect([line.origin + line.pathname, line.searchParams.get('url')]).toEqual(['https://social-plugins.line.me/lineit/share', url])
  const mail = await href('이메일로 보내기')
  expect(mail.protocol).toBe('mailto:')
  expect(decodeURIComponent(mail.searchParams.get('body')!)).toContain(url)
  // Platform links open in a new tab without handing over this page.
  for (const name of ['X에 공유', '페이스북에 공유', '라인에 공유']) {
    await expect(bar.getByRole('link', { name })).toHaveAttribute('rel', 'noopener noreferrer')
  }
})

test('"embed this" gives the iframe of the embed card, which links to the permalink', async ({ page, baseURL }) => {
  await page.goto(KFM)
  const bar = shareBar(page)
  await bar.getByText('퍼가기', { exact: true }).click()
  const snippet = await bar.getByLabel('퍼가기 코드').inputValue()
  expect(snippet).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/c/kfm2023" width="480" height="220" title="[^"]+" [^>]*></iframe>$`))
  // The same snippet oEmbed consumers get.
  const oembed = await (await page.request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}${KFM}`)}`)).json()
  expect(oembed.html).toBe(snippet)
  // The card it frames links to the permalink.
  await page.goto('/embed/c/kfm2023')
  await expect(page.getByRole('link', { name: /근거와 출처 보기/ })).toHaveAttribute('href', `${baseURL}${KFM}`)
})

test('"cite this fact-check" names site, claim, rating, revision date and permalink in the reader’s language', async ({ page, context, baseURL }) => {
  // The site is named as the page header names it: the bilingual name in Korean, the English one in English.
  await page.goto(KFM)
  const dateKo = (await page.getByTestId('verdict-dates').locator('time').last().textContent())!
  await shareBar(page).getByText('이 팩트체크 인용하기').click()
  await expect(shareBar(page).getByLabel('인용문')).toHaveValue(
    `팩트체크 Claim Tracker, 「팩트체크: 한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.」, 판정: 대체로 사실 아님, 제1판 ${dateKo}, ${baseURL}${KFM}`,
  )
  await readInLanguage(context, baseURL!, 'en')
  await page.goto(KFM)
  const dateEn = (await page.getByTestId('verdict-dates').locator('time').last().textContent())!
  await shareBar(page).getByText('Cite this fact-check').click()
  await expect(shareBar(page).getByLabel('Citation')).toHaveValue(
    `Claim Tracker. "Fact check: Korea developed zero foundation models in 2023." Rating: Mostly not true. Revision 1, ${dateEn}. ${baseURL}${KFM}`,
  )
})

for (const lang of ['ko', 'en'] as const) {
  test(`axe finds no violations on the permalink with the share bar open and copied (${lang})`, async ({ page, context, baseURL }) => {
    await readInLanguage(context, baseURL!, lang)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto(KFM)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const bar = shareBar(page)
    for (const summary of await bar.locator('summary').all()) await summary.click()
    await bar.getByRole('button', { name: lang === 'en' ? 'Copy link' : '링크 복사' }).click()
    await expect(bar.getByRole('button', { name: lang === 'en' ? 'Copied' : '복사됨' })).toBeVisible()
    expect(await axeViolations(page), `axe violations on ${page.url()}`).toBe('')
  })
}
