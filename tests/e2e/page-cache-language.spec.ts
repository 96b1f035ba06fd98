// The production server's page cache (lib/reader/page-cache.ts) against language cookies that a browser would not
// send but anyone can: a page rendered in English must never be stored where cookieless readers get Korean.
import { expect, test } from '@playwright/test'

const htmlLang = (html: string) => /<html[^>]*\slang="([a-z]+)"/.exec(html)?.[1]

const variants = ['lang=%65n', 'lang=ko; lang=en', 'lang=en; lang=ko', 'lang=EN', 'lang=xx']

for (const [index, cookie] of variants.entries()) {
  test(`a page rendered for "${cookie}" is not served to the next reader without a cookie`, async ({ playwright, baseURL }) => {
    // A query of its own keeps this page's cache entry apart from other tests' (and a fresh context sends no cookie).
    const path = `/methodology?cache-variant=${index}`
    const withCookie = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } })
    for (let i = 0; i < 2; i++) expect((await withCookie.get(path)).status()).toBe(200)
    await withCookie.dispose()
    const plain = await playwright.request.newContext({ baseURL })
    const response = await plain.get(path)
    expect(htmlLang(await response.text())).toBe('ko')
    // The cookieless copy may be shared; the next cookieless reader gets the same Korean page.
    expect(htmlLang(await (await plain.get(path)).text())).toBe('ko')
    await plain.dispose()
  })
}
