// Stored script payloads (tests/support/hostile-inputs.ts), typed into the desk as an editor would and published by
// a reviewer, must stay text on every page that shows them: the permalink and its JSON-LD, the home page, search,
// the embed (also framed by an oEmbed consumer), the desk's pages, the feeds and the share card. A payload that ran
// would set window.__pwned or open a dialog; both are watched on every page and in every frame.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { HOSTILE_INPUTS } from '../support/hostile-inputs'
import { firstAdmin, newDeskUser, signIn } from './auth'
import { addEvidence, logClaim, saveDraft, step, verdictRegion } from './desk'

const payload = (name: string) => HOSTILE_INPUTS.find((input) => input.name === name)!.text!
// This run's mark: finds the claim in search and feeds, and keeps the source URL new when the suite runs again.
const RUN = `run${Date.now().toString(36)}`

const CLAIM = `${payload('closes a script block first')} ${RUN}`
const TRANSLATION = payload('breaks out of a double-quoted attribute')
const SOURCE_TITLE = `${payload('script element')} ${RUN}`
const PUBLISHER = payload('iframe srcdoc')
const SOURCE_URL = payload('http URL carrying markup').replace('/x"', `/${RUN}"`)
const EXCERPT = payload('breaks out of a single-quoted attribute')
// Cells of the open-data CSV that a spreadsheet would run as formulas if they were written as given.
const AUTHOR = payload('HYPERLINK formula')
const LOCATOR = payload('DDE command')
const SUMMARY = payload('script element with alert')
const ANALYSIS = [
  payload('Markdown link to javascript:'),
  payload('Markdown image breaking its src'),
  payload('raw HTML anchor in Markdown'),
  payload('img onerror'),
  payload('svg onload'),
].join('\n\n')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every dialog a page opens, dismissed and remembered. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = []
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return opened
}

/** Loads a page, lets images fail and scripts run, then checks that no payload did, in any frame. */
async function visit(page: Page, url: string, dialogs: string[]) {
  const response = await page.goto(url)
  expect(response?.status(), url).toBeLessThan(400)
  await page.waitForLoadState('networkidle')
  await expectNothingRan(page, dialogs, url)
}

/**
 * Elements that could run script: an on* attribute, a javascript: URL, an iframe srcdoc, an inline script without
 * the server's nonce (the JSON-LD block aside). The Content-Security-Policy would stop most of them from running,
 * so this is what shows that the escaping held, not only the policy.
 */
function injectedElements(): string[] {
  return [...document.querySelectorAll('*')]
    .filter(
      (element) =>
        [...element.attributes].some((attribute) => /^on/i.test(attribute.name) || (/^(href|src|action|formaction)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))) ||
        (element.tagName === 'IFRAME' && element.hasAttribute('srcdoc')) ||
        (element.tagName === 'SCRIPT' && !element.hasAttribute('src') && !(element as HTMLScriptElement).nonce && element.getAttribute('type') !== 'application/ld+json'),
    )
    .map((element) => element.outerHTML.slice(0, 120))
}

async function expectNothingRan(page: Page, dialogs: string[], where: string) {
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned), `${where}: window.__pwned in ${frame.url()}`).toBeUndefined()
    expect(await frame.evaluate(injectedElements), `${where}: elements that could run script in ${frame.url()}`).toEqual([])
  }
  expect(dialogs, `${where}: dialogs`).toEqual([])
}

test.describe.configure({ mode: 'serial' })

let editor: Page
let claimDeskUrl: string
let permalink: string
let sourceDeskUrl: string

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000)
  editor = await newDeskUser(browser, 'EDITOR')

  await editor.goto('/desk/sources/new')
  await editor.getByLabel('종류 Kind').selectOption('NEWS')
  await editor.getByLabel('제목 Title').fill(SOURCE_TITLE)
  await editor.getByLabel('발행처 Publisher').fill(PUBLISHER)
  await editor.getByLabel(/저자 Author/).fill(AUTHOR)
  await editor.getByLabel(/주소 URL/).fill(SOURCE_URL)
  await editor.getByRole('button', { name: '출처 추가 Add source' }).click()
  await expect(editor).toHaveURL(/\/desk\/sources\/[^/]+$/)
  sourceDeskUrl = editor.url()

  claimDeskUrl = await logClaim(editor, { text: CLAIM, translation: TRANSLATION })
  await addEvidence(editor, { option: new RegExp(escapeRegExp(SOURCE_TITLE)), publisher: PUBLISHER }, /공식 반론 Official rebuttal/, { excerpt: EXCERPT, locator: LOCATOR, note: EXCERPT })
  await editor.goto(claimDeskUrl)
  await saveDraft(editor, { rating: /Mostly not true/, summary: SUMMARY, analysis: ANALYSIS })
  await step(editor, '검토 요청 Send for review')
  await expect(verdictRegion(editor)).toContainText(/IN_REVIEW|검토 중/)

  // Someone else publishes it (the two-person rule).
  const adminContext = await browser.newContext()
  const admin = firstAdmin()
  await signIn(adminContext, admin.email, admin.password)
  const reviewer = await adminContext.newPage()
  await reviewer.goto(claimDeskUrl)
  await step(reviewer, '공개 Publish')
  await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()
  permalink = (await reviewer.getByRole('link', { name: /공개 페이지 Public page/ }).getAttribute('href'))!
  await adminContext.close()
})

test('the payloads do run when a page takes them as markup, so the checks below can fail', async ({ page }) => {
  const dialogs = watchDialogs(page)
  await page.setContent(`<!doctype html><title>No escaping</title>${CLAIM}${ANALYSIS}${SUMMARY}`)
  await page.waitForLoadState('networkidle')
  await expect.poll(() => page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(1)
  expect(await page.evaluate(injectedElements)).not.toEqual([])
  await expect.poll(() => dialogs.length).toBeGreaterThan(0)
})

test('the permalink shows every payload as text, with one JSON-LD block holding the claim', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage()
  const dialogs = watchDialogs(reader)
  await visit(reader, permalink, dialogs)
  await expect(reader.locator('h1').first()).toContainText(CLAIM)
  await expect(reader.getByText(SUMMARY)).toBeVisible()
  await expect(reader.getByText(SOURCE_TITLE).first()).toBeVisible()
  await expect(reader.getByText(EXCERPT).first()).toBeVisible()
  // The Markdown's raw HTML is shown as text or dropped, and its javascript: link is not a link.
  await expect(reader.locator('a[href^="javascript:" i], [onerror], [onload], iframe, svg[onload]')).toHaveCount(0)
  const blocks = reader.locator('script[type="application/ld+json"]')
  await expect(blocks).toHaveCount(1)
  const review = JSON.parse((await blocks.textContent())!)
  expect(review.claimReviewed).toContain(RUN)
  await expectNothingRan(reader, dialogs, 'permalink after reading')
})

test('the home page, search (also with a script as the query) and the embed', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage()
  const dialogs = watchDialogs(reader)
  await visit(reader, '/', dialogs)
  await expect(reader.getByText(CLAIM).first()).toBeVisible()
  await visit(reader, `/search?q=${encodeURIComponent(RUN)}`, dialogs)
  await expect(reader.getByText(CLAIM).first()).toBeVisible()
  await visit(reader, `/search?q=${encodeURIComponent(payload('script element'))}&tag=${encodeURIComponent(payload('svg onload'))}`, dialogs)
  const shortId = /\/c\/([a-z0-9]{7})/.exec(permalink)![1]
  await visit(reader, `/embed/c/${shortId}`, dialogs)
  await expect(reader.locator('h1').first()).toContainText(CLAIM)
})

test('an oEmbed consumer framing the card runs nothing', async ({ browser, baseURL }) => {
  const consumer = await (await browser.newContext()).newPage()
  const dialogs = watchDialogs(consumer)
  const response = await consumer.request.get(`/api/oembed?url=${encodeURIComponent(new URL(permalink, baseURL).href)}`)
  expect(response.status()).toBe(200)
  const { html } = await response.json()
  // Another site's page with the oEmbed html pasted in, on its own origin.
  const blog = createServer((_request, reply) => {
    reply.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    reply.end(`<!doctype html><title>A blog</title>${html}`)
  })
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve))
  try {
    await consumer.goto(`http://127.0.0.1:${(blog.address() as AddressInfo).port}/`)
    await expect(consumer.frameLocator('iframe').locator('h1')).toContainText(CLAIM)
    await consumer.waitForLoadState('networkidle')
    await expectNothingRan(consumer, dialogs, 'oEmbed consumer')
  } finally {
    await new Promise((resolve) => blog.close(resolve))
  }
})

test('the feeds parse as XML with the payloads as text, and the share card is an image', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage()
  const dialogs = watchDialogs(reader)
  await visit(reader, permalink, dialogs)
  const card = await reader.locator('meta[property="og:image"]').getAttribute('content')
  for (const feed of ['/feed.xml', '/atom.xml']) {
    const parsed = await reader.evaluate(async (url) => {
      const document = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml')
      const titles = [...document.querySelectorAll('item > title, entry > title')].map((title) => title.textContent ?? '')
      return { error: document.querySelector('parsererror')?.textContent ?? null, titles }
    }, feed)
    expect(parsed.error, feed).toBeNull()
    expect(parsed.titles.some((title) => title.includes(CLAIM)), feed).toBe(true)
    await visit(reader, feed, dialogs)
  }
  const image = await reader.goto(card!)
  expect(image?.status()).toBe(200)
  expect(image?.headers()['content-type']).toBe('image/png')
  await expectNothingRan(reader, dialogs, 'share card')
})

test("the desk's pages for the claim and its source", async () => {
  const dialogs = watchDialogs(editor)
  for (const url of [claimDeskUrl, `${claimDeskUrl}/edit`, `/desk?q=${encodeURIComponent(RUN)}`, sourceDeskUrl, `/desk/sources?q=${encodeURIComponent(RUN)}`, '/desk/review']) {
    await visit(editor, url, dialogs)
  }
  await editor.goto(claimDeskUrl)
  // The verdict editor's live preview renders the Markdown in the browser.
  await expect(verdictRegion(editor)).toContainText(SUMMARY)
  await editor.waitForLoadState('networkidle')
  await expectNothingRan(editor, dialogs, 'desk claim page')
})

test('the CSV export writes formula-leading cells as text a spreadsheet will not run', async ({ request }) => {
  const response = await request.get('/api/v1/export?format=csv&table=sources')
  expect(response.status()).toBe(200)
  const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
  const ours = rows.filter((row) => row.title === SOURCE_TITLE)
  expect(ours).toHaveLength(1)
  // An apostrophe first: spreadsheets show the text and run nothing; the rest of the cell is as the editor typed it.
  expect(ours[0].author).toBe(`'${AUTHOR}`)
  expect(ours[0].locator).toBe(`'${LOCATOR}`)
})
