// Feeds, the JSON API and the embed card, as outside programs and other sites use them.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type APIResponse } from '@playwright/test'
import { describedAnswer, fetchedDescription } from '../support/openapi'

test('the RSS and Atom feeds are served as feeds and parse as XML in the browser', async ({ page, request }) => {
  const rss = await request.get('/feed.xml')
  expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  const atom = await request.get('/atom.xml?tag=nothing-tagged')
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')

  await page.goto('/')
  // The browser's own XML parser: a single unescaped character would give a <parsererror> document.
  const parsed = await page.evaluate(async () => {
    const parse = async (url: string) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml')
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.nodeName,
        namespace: doc.documentElement.namespaceURI,
        items: doc.getElementsByTagName('item').length,
        entries: doc.getElementsByTagName('entry').length,
        firstTitle: doc.querySelector('item > title, entry > title')?.textContent ?? null,
        firstLink: doc.querySelector('item > link')?.textContent ?? doc.querySelector('entry > link')?.getAttribute('href') ?? null,
      }
    }
    return { rss: await parse('/feed.xml'), atom: await parse('/atom.xml'), emptyAtom: await parse('/atom.xml?tag=nothing-tagged') }
  })
  expect(parsed.rss).toMatchObject({ error: false, root: 'rss' })
  expect(parsed.rss.items).toBeGreaterThanOrEqual(10)
  expect(parsed.atom).toMatchObject({ error: false, root: 'feed', namespace: 'http://www.w3.org/2005/Atom' })
  expect(parsed.atom.entries).toBe(parsed.rss.items)
  expect(parsed.emptyAtom).toMatchObject({ error: false, entries: 0 })
  expect(parsed.rss.firstTitle).toMatch(/^\[.+\] /)

  // A feed item's link opens the claim.
  await page.goto(parsed.rss.firstLink!)
  await expect(page.getByTestId('verdict-label').first()).toBeVisible()
})

test('the API pages to the end without repeats, and refuses a bad cursor, each answer as its OpenAPI description says', async ({ request }) => {
  const description = await fetchedDescription(request)
  const seen: string[] = []
  let next: string | null = '/api/v1/claims?limit=5'
  for (let pages = 0; next; pages++) {
    expect(pages, 'the walk never ends').toBeLessThan(20)
    const response: APIResponse = await request.get(next)
    expect(response.status()).toBe(200)
    expect(response.headers()['access-control-allow-origin']).toBe('*')
    const body: { data: { id: string }[]; links: { next: string | null } } = await describedAnswer(description, response)
    expect(body.data.length).toBeLessThanOrEqual(5)
    seen.push(...body.data.map((claim) => claim.id))
    next = body.links.next
  }
  expect(seen.length).toBeGreaterThanOrEqual(10)
  expect(new Set(seen).size).toBe(seen.length)
  expect(seen).toContain('kfm2023')
  expect(seen).not.toContain('kgpucnt')

  const bad = await request.get('/api/v1/claims?cursor=not-a-cursor')
  expect(bad.status()).toBe(400)
  expect((await describedAnswer(description, bad)).error).toBeTruthy()
  const unpublished = await request.get('/api/v1/claims/kgpucnt')
  expect(unpublished.status()).toBe(404)
  await describedAnswer(description, unpublished)
  // One claim in full, and the export, as a generated client would read them.
  const claim = await request.get(`/api/v1/claims/${seen[0]}`)
  expect(claim.status()).toBe(200)
  expect(claim.headers().link).toBe('</api/v1/openapi.json>; rel="service-desc"')
  expect((await describedAnswer(description, claim)).data.id).toBe(seen[0])
  const exported: { claims: { id: string }[] } = await describedAnswer(description, await request.get('/api/v1/export'))
  expect(exported.claims.map((item) => item.id)).toContain('kfm2023')
})

test.describe('the embed card on another site', () => {
  let otherSite: Server
  let otherOrigin: string
  let hostPage = ''

  test.beforeAll(async () => {
    // Another origin (127.0.0.1, its own port; the app is on localhost) that frames whatever hostPage holds.
    otherSite = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(hostPage)
    })
    await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
    otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`
  })

  test.afterAll(async () => {
    await new Promise((resolve) => otherSite.close(resolve))
  })

  test('renders inside an iframe on another origin, from the oEmbed html', async ({ page, request, baseURL }) => {
    const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/c/kfm2023/any-slug`)}`)
    expect(oembed.status()).toBe(200)
    const { html, type } = await describedAnswer(await fetchedDescription(request), oembed)
    expect(type).toBe('rich')
    hostPage = `<!doctype html><title>Someone's blog</title><h1>A blog post</h1>${html}`

    await page.goto(otherOrigin)
    const card = page.frameLocator('iframe')
    await expect(card.getByTestId('verdict-label')).toContainText('대체로 사실 아님')
    await expect(card.getByRole('heading', { name: /파운데이션 모델/ })).toBeVisible()
    // The site header stays out of the card.
    await expect(card.getByRole('link', { name: /방법론/ })).toBeHidden()
    const link = card.getByRole('link', { name: /Read the full check/ })
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/(c|claims)/kfm2023/`))
  })

  test('an ordinary page refuses to be framed', async ({ page, request, baseURL }) => {
    const home = await request.get('/')
    expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(home.headers()['x-frame-options']).toBe('DENY')
    const embed = await request.get('/embed/c/kfm2023')
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *')
    expect(embed.headers()['x-frame-options']).toBeUndefined()

    // And the browser holds to it: the frame gets Chromium's error page, never the home page's content. The
    // control frame (the embed) proves that frames do load on this host page.
    hostPage = `<!doctype html><title>Clickjacker</title><iframe id="home" src="${baseURL}/"></iframe><iframe id="card" src="${baseURL}/embed/c/kfm2023"></iframe>`
    await page.goto(otherOrigin)
    await expect(page.frameLocator('#card').getByTestId('verdict-label')).toBeVisible()
    await expect(page.frameLocator('#home').getByText('검증된 주장')).toHaveCount(0)
    await expect(page.frameLocator('#home').getByTestId('verdict-label')).toHaveCount(0)
  })
})
