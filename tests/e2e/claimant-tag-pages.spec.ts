// Claimant and tag pages in a real browser: an editor logs two claims by a new claimant (one with a new tag), a
// reviewer publishes them with different ratings; the permalink links the claimant's page, whose record counts one
// claim per rating and lists both newest first, with its feed; a wrong slug lands on the canonical address; the tag
// page lists the tagged claim; axe on both pages in Korean and English. The claims and the claimant are this spec's
// own (names with a run id), so other specs' data and order do not matter.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { newDeskUser } from './auth'
import { axeViolations } from './axe'
import { publishVerdict } from './desk'

const RUN = Date.now().toString(36)
const CLAIMANT = { name: `주장자 시험 ${RUN}`, nameEn: `Claimant Test ${RUN}` }
const TAG = `주장자시험-${RUN}`
const FIRST = { text: `주장자 시험: 한국의 AI 기업은 2천 개다 (${RUN})`, translation: `Claimant test: Korea has 2,000 AI companies (${RUN})` }
const SECOND = { text: `주장자 시험: 한국의 AI 예산은 1조 원이다 (${RUN})`, translation: `Claimant test: Korea's AI budget is 1 trillion won (${RUN})` }

/** Logs a claim by the spec's claimant (made with the first claim, chosen for the next), with tags; its desk URL. */
async function logClaimBy(page: Page, claim: { text: string; translation: string }, options: { newClaimant: boolean; tags?: string }) {
  await page.goto('/desk')
  await page.getByRole('link', { name: /새 주장 New claim/ }).click()
  await page.getByLabel('원문 Original text').fill(claim.text)
  await page.getByLabel('번역 Translation').fill(claim.translation)
  if (options.newClaimant) {
    await page.getByRole('button', { name: '+ 새 주장자 추가 Add a new claimant' }).click()
    const group = page.getByRole('group', { name: /새 주장자/ })
    await group.getByLabel('이름 Name').fill(CLAIMANT.name)
    await group.getByLabel('영문 이름 English name').fill(CLAIMANT.nameEn)
    await group.getByRole('button', { name: '추가 Add' }).click()
    await expect(page.getByText('Claimant added and chosen.')).toBeVisible()
  } else {
    const select = page.getByRole('combobox', { name: '주장한 이 Claimant', exact: true })
    await select.selectOption((await select.locator('option', { hasText: CLAIMANT.name }).getAttribute('value'))!)
  }
  if (options.tags) await page.getByLabel('태그 Tags').fill(options.tags)
  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  return page.url().replace(/\?.*$/, '')
}

async function readInLanguage(context: BrowserContext, baseURL: string, lang: 'ko' | 'en') {
  await context.addCookies([{ name: 'lang', value: lang, url: baseURL }])
}

/** The record table as rating (English label) → count. */
async function record(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('rating-record').locator('tbody tr')
  const entries: [string, number][] = []
  for (const row of await rows.all()) entries.push([(await row.getAttribute('data-rating'))!, Number(await row.getByTestId('rating-count').textContent())])
  return Object.fromEntries(entries)
}

test('a claimant page counts their checked claims per rating and lists them newest first; the tag page lists its claims', async ({ browser, baseURL }) => {
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const reviewer = await newDeskUser(browser, 'REVIEWER')
  const first = await logClaimBy(editor, FIRST, { newClaimant: true, tags: TAG })
  const firstPermalink = await publishVerdict(editor, reviewer, first, { rating: /Mostly not true/, summary: `${FIRST.text} — 요약` })
  const second = await logClaimBy(editor, SECOND, { newClaimant: false })
  const secondPermalink = await publishVerdict(editor, reviewer, second, { rating: /^사실 · True/, summary: `${SECOND.text} — 요약` })

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(firstPermalink)
  await page.getByTestId('claimant-link').click()
  await expect(page).toHaveURL(/\/claimants\/[a-z0-9]+\/claimant-test-[a-z0-9]+$/)
  const claimantUrl = page.url()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLAIMANT.name)
  await expect(page.getByText(CLAIMANT.nameEn, { exact: true })).toBeVisible()
  // One per rating given, zero for every other rating of the scale.
  const counts = await record(page)
  expect([counts.True, counts['Mostly not true'], counts['Half true'], counts['Not true']]).toEqual([1, 1, 0, 0])
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2)
  // Newest first: the second claim was published last.
  const claims = page.getByRole('region', { name: '검증된 주장 (최신순)' }).getByRole('listitem')
  await expect(claims).toHaveCount(2)
  await expect(claims.nth(0).getByRole('link')).toHaveAttribute('href', new URL(secondPermalink, baseURL).pathname)
  await expect(claims.nth(1).getByRole('link')).toHaveAttribute('href', new URL(firstPermalink, baseURL).pathname)

  // Its feed: the two claims, nothing else.
  const feedHref = (await page.getByTestId('feed-follow').getByRole('link', { name: 'RSS' }).getAttribute('href'))!
  expect(feedHref).toMatch(/^\/feed\.xml\?claimant=[a-z0-9]+$/)
  const feed = await (await page.request.get(feedHref)).text()
  expect([...feed.matchAll(/<item>/g)]).toHaveLength(2)
  expect(feed).toContain(CLAIMANT.name)

  // A wrong slug lands on the canonical address.
  await page.goto(claimantUrl.replace(/[^/]+$/, 'an-old-name'))
  await expect(page).toHaveURL(claimantUrl)
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', claimantUrl)

  // The tag page, from the permalink's tag link.
  await page.goto(firstPermalink)
  await page.getByTestId('tag-link').filter({ hasText: TAG }).click()
  await expect(page).toHaveURL(`${baseURL}/tags/${encodeURIComponent(TAG)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${TAG}`)
  const tagged = page.getByRole('region', { name: new RegExp(TAG) }).getByRole('listitem')
  await expect(tagged).toHaveCount(1)
  await expect(tagged.getByRole('link')).toHaveAttribute('href', new URL(firstPermalink, baseURL).pathname)
  expect((await record(page))['Mostly not true']).toBe(1)

  // Both pages pass axe and carry their share tags, in Korean and English.
  for (const lang of ['ko', 'en'] as const) {
    await readInLanguage(context, baseURL!, lang)
    for (const [url, heading] of [
      [claimantUrl, CLAIMANT.name],
      [`${baseURL}/tags/${encodeURIComponent(TAG)}`, `#${TAG}`],
    ]) {
      await page.goto(url)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(lang === 'en' ? 'Record of checked claims' : '검증 기록')
      await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', url)
      await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
      expect(await axeViolations(page), `axe violations on ${url} (${lang})`).toBe('')
    }
  }
  await context.close()
})
