// How crawlers, aggregators and link previews find and read the site, checked with software we did not write:
// structured-data-testing-tool's Google preset for the ClaimReview, @extractus/oembed-extractor for oEmbed
// discovery, fast-xml-parser for robots → sitemap index → files → URLs; then the share tags of every reader page,
// the icons, and the 404 page (one banner, one <main>, axe) in both languages. Demo data only (read-only).
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { extract } from '@extractus/oembed-extractor'
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { pngSize } from './png'

const KFM_PATH = '/c/kfm2023/korea-developed-zero-foundation-models-in-2023'
// The ministry's rebuttal of that claim (prisma/seed/demo-dataset.ts): evidence against it, recorded as an appearance.
const MSIT_REBUTTAL_URL = 'https://www.korea.kr/news/policyNewsView.do?newsId=148928248'
const SDTT = path.resolve(import.meta.dirname, '../../node_modules/.bin/sdtt')
const run = promisify(execFile)

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '')

/** structured-data-testing-tool as its users run it: its exit code and what it printed. */
async function sdtt(url: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(SDTT, ['-u', url, '-p', 'Google', '-s', 'jsonld:ClaimReview'], { timeout: 60_000 })
    return { code: 0, output: plain(stdout + stderr) }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof failed.code === 'number' ? failed.code : -1, output: plain(`${failed.stdout ?? ''}${failed.stderr ?? ''}`) }
  }
}

test.describe('ClaimReview', () => {
  test('passes structured-data-testing-tool’s Google preset on a permalink, and the check fails on a page without one', async ({ baseURL }) => {
    test.slow()
    const result = await sdtt(`${baseURL}${KFM_PATH}`)
    expect(result.output).toMatch(/Google > ClaimReview/)
    expect(result.output).toMatch(/Failed:\s*0\b/)
    expect(result.code, result.output).toBe(0)
    // The control: -s makes a ClaimReview mandatory, so a page without one fails.
    const control = await sdtt(`${baseURL}/methodology`)
    expect(control.code, control.output).not.toBe(0)
  })

  test('names where the claim was made, never the rebuttal, each with a URL, and dates the claim no later than its first appearance', async ({ page }) => {
    await page.goto(KFM_PATH)
    const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    const claim = review.itemReviewed
    // The page itself still lists the rebuttal where readers see the claim's appearances and the evidence.
    await expect(page.locator(`a[href="${MSIT_REBUTTAL_URL}"]`).first()).toBeAttached()
    const appearances = [...claim.appearance, claim.firstAppearance] as { url?: string; datePublished?: string }[]
    expect(appearances.map((a) => a.url)).not.toContain(MSIT_REBUTTAL_URL)
    for (const appearance of appearances) expect(appearance.url).toMatch(/^https?:\/\//)
    expect(claim.appearance).toContainEqual(claim.firstAppearance)
    if (claim.firstAppearance.datePublished) expect(claim.datePublished <= claim.firstAppearance.datePublished).toBe(true)
  })
})

test.describe('oEmbed', () => {
  test('an oEmbed consumer discovers the endpoint from the permalink and gets the embed', async ({ baseURL }) => {
    const fetched: string[] = []
    // The extractor defaults to globalThis.fetch; handing it one keeps a record of what it asked for.
    const fetcher = (url: string) => {
      fetched.push(url)
      return fetch(url)
    }
    const permalink = `${baseURL}${KFM_PATH}`
    const embed = await extract(permalink, {}, fetcher)
    expect(embed).toMatchObject({ version: '1.0', type: 'rich', method: 'auto-discovery', width: 480, height: 220 })
    expect(embed.html).toContain(`<iframe src="${baseURL}/embed/c/kfm2023"`)
    expect(embed.title).toContain('한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
    // First the page, then the endpoint its <link> named, for this very permalink.
    expect(fetched).toHaveLength(2)
    expect(fetched[0]).toBe(permalink)
    const endpoint = new URL(fetched[1]!)
    expect(`${endpoint.origin}${endpoint.pathname}`).toBe(`${baseURL}/api/oembed`)
    expect(endpoint.searchParams.get('url')).toBe(permalink)
  })

  test('the link is absolute and only on permalinks', async ({ page, baseURL }) => {
    await page.goto(KFM_PATH)
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
    expect(href).toBe(`${baseURL}/api/oembed?url=${encodeURIComponent(`${baseURL}${KFM_PATH}`)}`)
    await expect(extract(`${baseURL}/`, {}, (url: string) => fetch(url))).rejects.toThrow(/No oEmbed link/)
  })
})

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' })
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

async function getXml(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  expect(response.headers()['content-type'], url).toMatch(/^application\/xml/)
  const text = await response.text()
  expect(XMLValidator.validate(text), url).toBe(true)
  return xml.parse(text)
}

/** robots.txt's rules for `*`, and whether a path may be crawled: the longest matching rule wins (RFC 9309). */
function robotsRules(text: string) {
  const rules: { allow: boolean; path: string }[] = []
  let forAll = false
  const sitemaps: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const field = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (field === 'user-agent') forAll = value === '*'
    else if (field === 'sitemap') sitemaps.push(value)
    else if (forAll && (field === 'allow' || field === 'disallow') && value) rules.push({ allow: field === 'allow', path: value })
  }
  const allowed = (urlPath: string) => {
    const matching = rules.filter((rule) => urlPath.startsWith(rule.path)).sort((a, b) => b.path.length - a.path.length || Number(b.allow) - Number(a.allow))
    return matching.length === 0 || matching[0]!.allow
  }
  return { sitemaps, allowed }
}

test.describe('robots.txt and the sitemap', () => {
  test('robots.txt lists the sitemap and keeps crawlers out of the desk, sign-in and the API but oEmbed', async ({ request, baseURL }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/plain/)
    const { sitemaps, allowed } = robotsRules(await response.text())
    expect(sitemaps).toEqual([`${baseURL}/sitemap.xml`])
    for (const blocked of ['/desk', '/desk/claims/new', '/signin', '/signin?callbackUrl=%2Fdesk', '/api/auth/session', '/api/v1/claims', '/lang?to=en']) {
      expect(allowed(blocked), blocked).toBe(false)
    }
    for (const open of ['/', KFM_PATH, '/search?q=x', '/methodology', '/metrics/korean-notable-ai-models', '/feed.xml', '/embed/c/kfm2023', '/api/oembed?url=x', '/sitemap.xml']) {
      expect(allowed(open), open).toBe(true)
    }
  })

  test('from robots.txt to the index, its files and every URL: listed permalinks, public metric pages and static pages only', async ({ request, baseURL }) => {
    test.slow()
    const { sitemaps, allowed } = robotsRules(await (await request.get('/robots.txt')).text())
    const index = await getXml(request, sitemaps[0]!)
    expect(index.sitemapindex['@_xmlns']).toBe(SITEMAP_NS)
    const files = (index.sitemapindex.sitemap as { loc: string }[]).map(({ loc }) => loc)
    expect(files.length).toBeGreaterThan(0)

    const urls: { loc: string; lastmod?: string }[] = []
    for (const file of files) {
      expect(file.startsWith(`${baseURL}/sitemaps/`), file).toBe(true)
      const doc = await getXml(request, file)
      expect(doc.urlset['@_xmlns']).toBe(SITEMAP_NS)
      const entries = (doc.urlset.url ?? []) as { loc: string; lastmod?: string }[]
      expect(entries.length, file).toBeLessThanOrEqual(50_000)
      urls.push(...entries)
    }
    const locs = urls.map(({ loc }) => loc)
    expect(new Set(locs).size).toBe(locs.length)

    // The listed claims, as the public API lists them (the same visibility rule).
    const api = await (await request.get('/api/v1/claims?limit=100')).json()
    expect(api.nextCursor).toBeNull()
    const listed = (api.data as { url: string }[]).map(({ url }) => url).sort()
    const permalinks = locs.filter((loc) => loc.startsWith(`${baseURL}/c/`)).sort()
    expect(permalinks).toEqual(listed)
    // An unpublished demo claim is not there.
    expect(locs.some((loc) => loc.includes('/c/kgpucnt/'))).toBe(false)

    const others = locs.filter((loc) => !loc.startsWith(`${baseURL}/c/`))
    const metrics = others.filter((loc) => loc.startsWith(`${baseURL}/metrics/`))
    expect(metrics.length).toBeGreaterThan(0)
    // Claimant and tag pages: the demo's claimants are listed (each with its canonical slug); what other specs add
    // may be there too, so only their shape is checked here (sitemap.test.ts checks which ones).
    const listings = others.filter((loc) => /^\/(claimants|tags)\//.test(new URL(loc).pathname))
    expect(listings.some((loc) => loc.includes('/claimants/') && loc.endsWith('/stanford-hai'))).toBe(true)
    expect(others.filter((loc) => !metrics.includes(loc) && !listings.includes(loc)).sort()).toEqual([`${baseURL}/`, `${baseURL}/about`, `${baseURL}/corrections`, `${baseURL}/methodology`, `${baseURL}/search`])

    for (const { loc, lastmod } of urls) {
      expect(allowed(new URL(loc).pathname), loc).toBe(true)
      const page = await request.get(loc, { maxRedirects: 0 })
      expect(page.status(), loc).toBe(200)
      if (loc.startsWith(`${baseURL}/c/`)) {
        expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
        // The page is the canonical address the sitemap names.
        expect(await page.text()).toContain(`<link rel="canonical" href="${loc}"/>`)
      }
    }
  })
})

test.describe('icons', () => {
  test('/favicon.ico is an icon file, and every icon the pages link exists', async ({ request, page }) => {
    const favicon = await request.get('/favicon.ico')
    expect(favicon.status()).toBe(200)
    const bytes = await favicon.body()
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    expect(bytes.readUInt16LE(0)).toBe(0)
    expect(bytes.readUInt16LE(2)).toBe(1)
    expect(bytes.readUInt16LE(4)).toBeGreaterThanOrEqual(1)

    await page.goto('/')
    const links = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((elements) =>
      elements.map((element) => ({ rel: element.getAttribute('rel'), href: element.getAttribute('href')!, type: element.getAttribute('type') })),
    )
    expect(links.map(({ href }) => href).sort()).toEqual(['/apple-touch-icon.png', '/favicon.ico', '/icon.svg'])
    for (const { href } of links) expect((await request.get(href)).status(), href).toBe(200)
    const touch = await (await request.get('/apple-touch-icon.png')).body()
    expect(pngSize(touch)).toEqual({ width: 180, height: 180 })
    expect((await request.get('/icon.svg')).headers()['content-type']).toMatch(/^image\/svg\+xml/)
  })
})

const READER_PAGES = [
  { name: 'home', path: '/', type: 'website' },
  { name: 'search', path: '/search', type: 'website' },
  { name: 'methodology', path: '/methodology', type: 'website' },
  { name: 'corrections', path: '/corrections', type: 'website' },
  { name: 'about', path: '/about', type: 'website' },
  { name: 'metric page', path: '/metrics/korean-notable-ai-models', type: 'website' },
  { name: 'permalink', path: KFM_PATH, type: 'article' },
]
const LANGUAGES = [
  { lang: 'ko', ogLocale: 'ko_KR', other: 'en_GB' },
  { lang: 'en', ogLocale: 'en_GB', other: 'ko_KR' },
] as const

async function useLanguage(context: BrowserContext, baseURL: string, lang: 'ko' | 'en') {
  await context.addCookies([{ name: 'lang', value: lang, url: baseURL }])
}

const meta = (page: Page, attribute: 'property' | 'name', key: string) => page.locator(`head meta[${attribute}="${key}"]`)

for (const { lang, ogLocale, other } of LANGUAGES) {
  test.describe(`share tags (${lang})`, () => {
    for (const { name, path: pagePath, type } of READER_PAGES) {
      test(`the ${name} has canonical, Open Graph and Twitter card tags`, async ({ page, context, baseURL, request }) => {
        await useLanguage(context, baseURL!, lang)
        expect((await page.goto(pagePath))?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        const canonical = `${baseURL}${pagePath}`
        await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', canonical)
        await expect(meta(page, 'property', 'og:url')).toHaveAttribute('content', canonical)
        await expect(meta(page, 'property', 'og:type')).toHaveAttribute('content', type)
        await expect(meta(page, 'property', 'og:locale')).toHaveAttribute('content', ogLocale)
        await expect(meta(page, 'property', 'og:locale:alternate')).toHaveAttribute('content', other)
        await expect(meta(page, 'property', 'og:site_name')).toHaveAttribute('content', '팩트체크 Claim Tracker')
        for (const key of ['og:title', 'og:description', 'og:image:alt']) await expect(meta(page, 'property', key)).toHaveAttribute('content', /\S/)
        await expect(meta(page, 'name', 'twitter:card')).toHaveAttribute('content', 'summary_large_image')
        for (const key of ['twitter:title', 'twitter:description']) await expect(meta(page, 'name', key)).toHaveAttribute('content', /\S/)
        // The e2e server runs without TWITTER_SITE: then no twitter:site at all, rather than an empty one.
        await expect(meta(page, 'name', 'twitter:site')).toHaveCount(0)

        const image = (await meta(page, 'property', 'og:image').getAttribute('content'))!
        expect(image.startsWith(`${baseURL}/`), image).toBe(true)
        await expect(meta(page, 'name', 'twitter:image')).toHaveAttribute('content', image)
        const card = await request.get(image)
        expect(card.status(), image).toBe(200)
        expect(card.headers()['content-type']).toBe('image/png')
        expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 })
      })
    }

    test('the 404 has the site’s share tags but no canonical address', async ({ page, context, baseURL }) => {
      await useLanguage(context, baseURL!, lang)
      expect((await page.goto('/c/zzzzzzz/nothing'))?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(meta(page, 'name', 'robots')).toHaveAttribute('content', /noindex/)
      await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0)
      await expect(meta(page, 'property', 'og:url')).toHaveCount(0)
      await expect(meta(page, 'property', 'og:locale')).toHaveAttribute('content', ogLocale)
      await expect(meta(page, 'property', 'og:image')).toHaveAttribute('content', `${baseURL}/share-card.png`)
      await expect(meta(page, 'name', 'twitter:card')).toHaveAttribute('content', 'summary_large_image')
    })
  })
}

test('the tags are in the served <head> whatever the user agent, so previews that read only <head> and shared caches get them', async ({ request, baseURL }) => {
  const agents = [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
    'Twitterbot/1.0',
    // KakaoTalk's and LINE's link previews, which Next's own list of crawlers does not name.
    'facebookexternalhit/1.1; kakaotalk-scrap/1.0',
    'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Line/13.0.0',
  ]
  for (const { path: pagePath } of READER_PAGES) {
    for (const agent of agents) {
      const html = await (await request.get(pagePath, { headers: { 'user-agent': agent } })).text()
      const head = html.slice(0, html.indexOf('</head>'))
      for (const tag of [`<link rel="canonical" href="${baseURL}${pagePath}"/>`, '<meta property="og:image"', '<meta name="twitter:card"']) {
        expect(head, `${pagePath} for ${agent}`).toContain(tag)
      }
    }
  }
  const permalink = await (await request.get(KFM_PATH, { headers: { 'user-agent': agents[0]! } })).text()
  expect(permalink.slice(0, permalink.indexOf('</head>'))).toContain('<link rel="alternate" type="application/json+oembed"')
})

const NOT_FOUND = [
  // notFound() from a reader page: shown inside the reader layout's frame.
  { name: 'an unknown claim', path: '/c/zzzzzzz/nothing' },
  { name: 'an unpublished claim', path: '/c/kgpucnt/korea-has-only-2000-gpus' },
  { name: 'a metric without listed claims', path: '/metrics/no-such-metric' },
  // No route at all: the root not-found with its own frame.
  { name: 'an address no route matches', path: '/no/such/page' },
]
const NOT_FOUND_TEXT = {
  ko: { heading: '페이지를 찾을 수 없습니다', links: ['검증된 주장 목록으로', '주장 검색', '방법론'] },
  en: { heading: 'Page not found', links: ['Back to all claims', 'Search claims', 'Methodology'] },
}

for (const { lang } of LANGUAGES) {
  test.describe(`the 404 page (${lang})`, () => {
    for (const { name, path: notFoundPath } of NOT_FOUND) {
      test(`for ${name}: one banner, one <main>, lang set, links on, and axe finds nothing`, async ({ page, context, baseURL }) => {
        await useLanguage(context, baseURL!, lang)
        expect((await page.goto(notFoundPath))?.status()).toBe(404)
        const text = NOT_FOUND_TEXT[lang]
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.heading)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        await expect(page.getByRole('banner')).toHaveCount(1)
        await expect(page.getByRole('main')).toHaveCount(1)
        await expect(page.locator('main main, header header')).toHaveCount(0)
        await expect(page.locator('main')).toHaveAttribute('id', 'main')
        const main = page.getByRole('main')
        for (const [label, href] of [
          [text.links[0], '/'],
          [text.links[1], '/search'],
          [text.links[2], '/methodology'],
        ] as const) {
          await expect(main.getByRole('link', { name: label, exact: true })).toHaveAttribute('href', href)
        }
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
      })
    }
  })
}
