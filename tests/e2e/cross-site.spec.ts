// Cross-site request forgery: a page on another site must not be able to make a signed-in editor's browser change
// anything. Two layers stand in the way: the session cookie is SameSite=Lax (a cross-site POST goes without it),
// and every mutating endpoint refuses a foreign Origin on its own. The replays below send the session cookie
// anyway, so each layer is tested without the other; each refusal is paired with the same request from our own
// origin succeeding, so a test fails if the request it forges was never a valid one.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test'
import { datasetImportPath, snapshotsPath } from '../../lib/datasets/paths'
import { firstAdmin, newDeskUser, signIn } from './auth'
import { logClaim } from './desk'

const FOREIGN = 'https://evil.example'
// What a proxy-less attacker would add so that Next compares the Origin with a host they chose.
const SPOOFED = { origin: FOREIGN, 'x-forwarded-host': 'evil.example' }
const ORIGINAL = 'The original translation'
const FORGED = 'Forged by another site'

let otherSite: Server
let otherOrigin: string
let otherPage = ''

test.beforeAll(async () => {
  // Another site (127.0.0.1, its own port; the app is on localhost): serves whatever otherPage holds.
  otherSite = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(otherPage)
  })
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
  otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => otherSite.close(resolve))
})

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The translation as the database has it, read through the claim's edit form. */
async function storedTranslation(page: Page, claimUrl: string) {
  await page.goto(`${claimUrl}/edit`)
  return page.getByLabel('번역 Translation').inputValue()
}

interface Captured {
  url: string
  headers: Record<string, string>
  body: Buffer
}

/** Submits the edit form with a new translation and keeps the server action request the browser makes, unsent. */
async function captureSave(page: Page, claimUrl: string, translation: string): Promise<Captured> {
  await page.goto(`${claimUrl}/edit`)
  let captured!: Captured
  // Only the save (a FormData body) is held back; the similar-claims lookup (a JSON body) goes through.
  const seen = new Promise<void>((resolve) => {
    void page.route(`${claimUrl}/edit`, async (route) => {
      const request: Request = route.request()
      if (request.method() !== 'POST' || !request.headers()['content-type']?.startsWith('multipart/form-data')) return route.continue()
      captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! }
      await route.abort()
      resolve()
    })
  })
  await page.getByLabel('번역 Translation').fill(translation)
  await page.getByRole('button', { name: '주장 저장 Save claim' }).click()
  await seen
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  return captured
}

// The headers that make a request a server action call; the cookie comes from the request context's own jar.
const ACTION_HEADERS = ['accept', 'content-type', 'next-action', 'next-router-state-tree', 'origin']

function replay(request: APIRequestContext, captured: Captured, headers: Record<string, string> = {}) {
  const kept = Object.fromEntries(ACTION_HEADERS.filter((name) => name in captured.headers).map((name) => [name, captured.headers[name]]))
  return request.post(captured.url, { headers: { ...kept, ...headers }, data: captured.body, maxRedirects: 0 })
}

test('a server action called with another site\'s Origin is refused and changes nothing; from ours it saves', async ({ browser }) => {
  const page = await newDeskUser(browser, 'EDITOR')
  const claimUrl = await logClaim(page, { text: '교차 사이트 요청으로 바꾸려는 주장 하나', translation: ORIGINAL })
  const save = await captureSave(page, claimUrl, FORGED)
  expect(save.headers['next-action'], 'the browser called a server action').toBeTruthy()
  expect(new URL(save.headers.origin).host).toBe(new URL(claimUrl).host)

  // Next 16 answers a mismatched Origin with 500 and an error in place of the action's result, without running it.
  // 'null' is what a sandboxed frame or a data: page sends.
  for (const headers of [{ origin: FOREIGN }, SPOOFED, { origin: 'null' }]) {
    const refused = await replay(page.request, save, headers)
    expect(refused.status(), JSON.stringify(headers)).toBeGreaterThanOrEqual(400)
    expect(refused.headers()['x-action-redirect'], JSON.stringify(headers)).toBeUndefined()
  }
  expect(await storedTranslation(page, claimUrl)).toBe(ORIGINAL)

  const accepted = await replay(page.request, save)
  expect(accepted.status()).toBe(200)
  expect(accepted.headers()['x-action-redirect']).toContain('saved=updated')
  expect(await storedTranslation(page, claimUrl)).toBe(FORGED)
})

test('a plain form on another site, opened in the editor\'s browser, changes nothing; the same form from our site saves', async ({ browser, baseURL }) => {
  const page = await newDeskUser(browser, 'EDITOR')
  const claimUrl = await logClaim(page, { text: '다른 사이트의 폼으로 바꾸려는 주장 하나', translation: ORIGINAL })

  // Without JavaScript the edit form is a real HTML form (React's progressive enhancement): exactly what another
  // site can copy, since a multipart form POST needs no CORS permission.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL, storageState: await page.context().storageState() })
  const plain = await noScript.newPage()
  await plain.goto(`${claimUrl}/edit`)
  const form = plain.locator('form', { has: plain.getByLabel('번역 Translation') })
  const fields = await form.evaluate((element) => [...new FormData(element as HTMLFormElement)].map(([name, value]) => [name, String(value)]))
  expect(fields.some(([name]) => name.startsWith('$ACTION_')), 'the form carries its server action').toBe(true)

  const inputs = fields
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(name === 'translation' ? FORGED : value)}">`)
    .join('')
  otherPage = `<!doctype html><form method="post" enctype="multipart/form-data" action="${escapeHtml(`${claimUrl}/edit`)}">${inputs}</form>
    <script>document.forms[0].submit()</script>`
  const posted = page.waitForResponse((response) => response.url() === `${claimUrl}/edit` && response.request().method() === 'POST')
  await page.goto(otherOrigin)
  expect((await posted).ok()).toBe(false)
  expect(await storedTranslation(page, claimUrl)).toBe(ORIGINAL)

  await plain.getByLabel('번역 Translation').fill(FORGED)
  await plain.getByRole('button', { name: '주장 저장 Save claim' }).click()
  await expect(plain).toHaveURL(/\?saved=updated/)
  expect(await storedTranslation(page, claimUrl)).toBe(FORGED)
  await noScript.close()
})

test('the dataset import refuses another site\'s Origin and every content type a form can send', async ({ browser, baseURL }) => {
  const page = await newDeskUser(browser, 'EDITOR')
  await page.goto('/desk/sources/new')
  await page.getByLabel('종류 Kind').selectOption('DATASET')
  await page.getByLabel('제목 Title').fill(`Cross-site import target ${Date.now()}`)
  await page.getByLabel('발행처 Publisher').fill('Test')
  await page.getByRole('button', { name: '출처 추가 Add source' }).click()
  await expect(page).not.toHaveURL(/\/new$/)
  const sourceId = /^\/desk\/sources\/([^/]+)$/.exec(new URL(page.url()).pathname)![1]

  const csv = readFileSync(path.resolve(import.meta.dirname, '../../prisma/seed/epoch-notable-models-sample.csv'))
  const upload = (headers: Record<string, string>) =>
    page.request.post(`${datasetImportPath(sourceId)}?asOf=2025-04-10&fileName=sample.csv`, { headers, data: csv })
  const ours = new URL(baseURL!).origin

  for (const headers of [{ origin: FOREIGN }, SPOOFED]) {
    const refused = await upload({ 'content-type': 'text/csv', ...headers })
    expect(refused.status(), JSON.stringify(headers)).toBe(403)
    expect((await refused.json()).message).toContain('Cross-site request refused.')
  }
  // The three types a page on another site may send without a CORS preflight: refused even with our own Origin.
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    expect((await upload({ 'content-type': type, origin: ours })).status(), type).toBe(415)
  }
  await page.goto(snapshotsPath(sourceId))
  await expect(page.getByText('No snapshot imported yet.')).toBeVisible()

  expect((await upload({ 'content-type': 'text/csv', origin: ours })).status()).toBe(201)
  await page.goto(snapshotsPath(sourceId))
  await expect(page.getByRole('table', { name: '스냅샷 목록 Snapshots' })).toContainText('sample.csv')
})

test('sign-in without this browser\'s CSRF token creates no session', async ({ browser }) => {
  const admin = firstAdmin()
  const attacker = await browser.newContext()
  const { csrfToken: attackersToken } = await (await attacker.request.get('/api/auth/csrf')).json()
  await attacker.close()

  const victim = await browser.newContext()
  await victim.request.get('/api/auth/csrf')
  const session = async () => (await (await victim.request.get('/api/auth/session')).json()) as { user?: unknown }
  for (const token of [undefined, attackersToken as string]) {
    const response = await victim.request.post('/api/auth/callback/credentials', {
      headers: { origin: FOREIGN },
      form: { ...(token ? { csrfToken: token } : {}), email: admin.email, password: admin.password },
      maxRedirects: 0,
    })
    expect(response.headers().location, token ? "another browser's token" : 'no token').toContain('csrf=true')
    expect((await session()).user).toBeUndefined()
  }
  // The same credentials with this browser's own token do sign in.
  await signIn(victim, admin.email, admin.password)
  expect((await session()).user).toBeTruthy()
  await victim.close()
})

test('sign-out without the CSRF token leaves the session; with it, ends it', async ({ browser }) => {
  const admin = firstAdmin()
  const context = await browser.newContext()
  await signIn(context, admin.email, admin.password)
  const session = async () => (await (await context.request.get('/api/auth/session')).json()) as { user?: unknown }

  const forged = await context.request.post('/api/auth/signout', { headers: { origin: FOREIGN }, form: { callbackUrl: '/' }, maxRedirects: 0 })
  expect(forged.headers().location).toContain('csrf=true')
  expect((await session()).user).toBeTruthy()

  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json()
  await context.request.post('/api/auth/signout', { form: { csrfToken, callbackUrl: '/', json: 'true' } })
  expect((await session()).user).toBeUndefined()
  await context.close()
})

test('the language switch takes no POST, and a link from another site can only choose Korean or English', async ({ request }) => {
  // A cross-site GET of /lang is allowed by design (it is a plain link): it changes nothing but the reader's
  // own display language, and sends them back to a path on this site only (language.spec.ts).
  const posted = await request.post('/lang?to=en', { headers: { origin: FOREIGN }, maxRedirects: 0 })
  expect(posted.status()).toBe(405)
  expect(posted.headers()['set-cookie']).toBeUndefined()

  const other = await request.get('/lang?to=fr', { headers: { referer: `${FOREIGN}/` }, maxRedirects: 0 })
  expect(other.status()).toBe(303)
  expect(other.headers()['set-cookie']).toBeUndefined()
})
