// Security headers from the production server: a nonce-based CSP that Next's scripts carry, and the static ones.
import { expect, test, type APIResponse } from '@playwright/test'
import { searchFromHome } from './reader'

const nonceOf = (response: APIResponse) => /script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1]

test('HTML pages carry a CSP with a fresh nonce per render, and every script has it', async ({ request }) => {
  const claimUrl = (await (await request.get('/api/v1/claims/kfm2023')).json()).data.url as string
  const nonces = new Set<string>()
  const check = async (path: string, headers: Record<string, string> = {}) => {
    const response = await request.get(path, { headers })
    expect(response.status(), path).toBe(200)
    const nonce = nonceOf(response)
    expect(nonce, `${path} has a nonce`).toBeTruthy()
    const csp = response.headers()['content-security-policy']
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain("'unsafe-inline' 'nonce")
    // A script without the nonce would be blocked: Next must have put it on every one it rendered.
    // JSON-LD blocks are data, not scripts: CSP does not apply to them.
    const scripts = ((await response.text()).match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'))
    expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0)
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`)
    return { nonce: nonce!, cache: response.headers()['x-page-cache'] }
  }
  for (const path of ['/', '/search?q=AI', new URL(claimUrl).pathname, '/embed/c/kfm2023', '/methodology']) nonces.add((await check(path)).nonce)
  expect(nonces.size, 'a new nonce per page').toBe(5)

  // A signed-out page served again from the page cache keeps the nonce of the render it stores, in the header and
  // in every script alike (lib/reader/page-cache.ts says why that is safe) ...
  // (A change committed by a test running in parallel empties the cache: then the pair is read again.)
  let [first, again] = [await check('/methodology'), await check('/methodology')]
  for (let attempt = 0; again.cache !== 'hit' && attempt < 5; attempt++) [first, again] = [again, await check('/methodology')]
  expect(again.cache).toBe('hit')
  expect(again.nonce).toBe(first.nonce)
  // ... while a request that bypasses the cache (anyone with a session cookie) is rendered with a nonce of its own.
  const signedIn = { cookie: 'next-auth.session-token=not-a-real-session' }
  const [one, two] = [await check('/methodology', signedIn), await check('/methodology', signedIn)]
  expect(one.cache).toBeUndefined()
  expect(new Set([one.nonce, two.nonce, first.nonce]).size).toBe(3)
})

test('a CSP sent by the client does not choose the nonce', async ({ request }) => {
  const response = await request.get('/', { headers: { 'content-security-policy': "script-src 'nonce-chosenbyattacker'" } })
  expect(nonceOf(response)).not.toBe('chosenbyattacker')
  expect(await response.text()).not.toContain('chosenbyattacker')
})

test('the static headers are on every response, and HSTS only over HTTPS', async ({ request }) => {
  for (const path of ['/', '/api/v1/claims?limit=1', '/feed.xml', '/embed/c/kfm2023']) {
    const headers = (await request.get(path)).headers()
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
  // No trusted proxy is configured here, so a client claiming HTTPS is not believed.
  const forged = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(forged.headers()['strict-transport-security']).toBeUndefined()
})

test('the site still works under the policy: home to claim, with no CSP violations', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/')
  // Next's inline bootstrap scripts ran (they define __next_f); a blocked one would leave it undefined.
  expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true)
  await (await searchFromHome(page, '파운데이션 모델', 'kfm2023')).click()
  await expect(page).toHaveURL(/\/kfm2023\//)
  await expect(page.getByTestId('verdict-label').first()).toContainText('대체로 사실 아님')
  // Search from the home page's form.
  await page.goto('/')
  await page.getByRole('searchbox', { name: /주장 검색/ }).fill('foundation model')
  await page.getByRole('button', { name: /찾기/ }).click()
  await expect(page).toHaveURL(/[?&]q=foundation\+model/)
  await expect(page.getByTestId('result-count')).toContainText('2건')
  expect(violations).toEqual([])
})
