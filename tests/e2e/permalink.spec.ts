// The claim permalink as the outside world sees it: canonical addresses and their redirects, a real 404, the
// metadata and share card that platforms read, and the ClaimReview that search engines read. Demo data only
// (read-only), so these tests run in parallel with the desk tests.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { decodePng, pngSize } from './png'

const KFM = { shortId: 'kfm2023', slug: 'korea-developed-zero-foundation-models-in-2023' }
const KFM_PATH = `/c/${KFM.shortId}/${KFM.slug}`
// "대체로 사실 아님 / Mostly not true" in the demo scale (prisma/seed/demo-dataset.ts).
const MOSTLY_NOT_TRUE_RGB = [0xef, 0x6c, 0x00]

async function expectRedirect(request: APIRequestContext, from: string, to: string) {
  const response = await request.get(from, { maxRedirects: 0 })
  expect(response.status(), from).toBe(308)
  expect(new URL(response.headers().location, 'http://x').pathname, from).toBe(to)
}

test('every other address of a claim redirects permanently to the canonical /c/<id>/<slug>', async ({ request }) => {
  expect((await request.get(KFM_PATH, { maxRedirects: 0 })).status()).toBe(200)
  await expectRedirect(request, `/c/${KFM.shortId}`, KFM_PATH)
  await expectRedirect(request, `/c/${KFM.shortId}/wrong-slug`, KFM_PATH)
  await expectRedirect(request, `/c/${KFM.shortId}/${KFM.slug}/extra`, KFM_PATH)
  // Links shared before the move to /c/ go straight to the canonical address in one hop.
  await expectRedirect(request, `/claims/${KFM.shortId}/${KFM.slug}`, KFM_PATH)
  await expectRedirect(request, `/claims/${KFM.shortId}`, KFM_PATH)
  await expectRedirect(request, `/claims/${KFM.shortId}/old-slug`, KFM_PATH)
})

test('an unknown id, a malformed id and an unpublished claim get the 404 page, old address or new', async ({ page }) => {
  for (const path of ['/c/zzzzzzz/anything', '/c/not-an-id', '/claims/zzzzzzz', '/c/kgpucnt/korea-has-only-2000-gpus', '/claims/kgpucnt']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다')
    // Unpublished claims emit no ClaimReview (nor anything else about the claim).
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0)
  }
})

test('the page carries canonical, Open Graph and Twitter metadata pointing at the current share card', async ({ page, baseURL }) => {
  await page.goto(KFM_PATH)
  const head = page.locator('head')
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${KFM_PATH}`)
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}${KFM_PATH}`)
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.')
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /대체로 사실 아님 \(Mostly not true\)/)
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
  await expect(head.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630')
  const image = await head.locator('meta[property="og:image"]').getAttribute('content')
  expect(image).toBe(`${baseURL}/c/${KFM.shortId}/card/1`)
  await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!)
})

test('the share card is a 1200×630 PNG in the verdict’s colour, with the Hangul claim drawn', async ({ request }) => {
  const response = await request.get(`/c/${KFM.shortId}/card/1`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  // The URL names the revision, so the image behind it never changes.
  expect(response.headers()['cache-control']).toContain('immutable')
  const bytes = await response.body()
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 })

  const png = decodePng(bytes)
  // The bar along the top is the rating's colour (the label itself is drawn beside its swatch).
  expect(png.pixel(600, 10)).toEqual(MOSTLY_NOT_TRUE_RGB)
  // The claim is all Hangul but for "2023": with a font lacking Hangul its band would stay nearly empty.
  let dark = 0
  for (let y = 130; y < 430; y++) for (let x = 64; x < 1136; x++) if (png.pixel(x, y).every((v) => v < 100)) dark++
  expect(dark).toBeGreaterThan(8000)
})

test('a share card of another revision redirects to the current one; unpublished claims have none', async ({ request }) => {
  for (const revision of ['0', '2', '1-withdrawn', 'latest']) {
    const response = await request.get(`/c/${KFM.shortId}/card/${revision}`, { maxRedirects: 0 })
    expect(response.status(), revision).toBe(308)
    expect(response.headers().location).toBe(`/c/${KFM.shortId}/card/1`)
  }
  expect((await request.get('/c/kgpucnt/card/1', { maxRedirects: 0 })).status()).toBe(404)
  expect((await request.get('/c/zzzzzzz/card/1', { maxRedirects: 0 })).status()).toBe(404)
})

test('the page has one ClaimReview that says what the page shows', async ({ page, baseURL }) => {
  await page.goto(KFM_PATH)
  const scripts = page.locator('script[type="application/ld+json"]')
  await expect(scripts).toHaveCount(1)
  const review = JSON.parse((await scripts.textContent())!)

  expect(review['@context']).toBe('https://schema.org')
  expect(review['@type']).toBe('ClaimReview')
  expect(review.url).toBe(`${baseURL}${KFM_PATH}`)
  expect(review.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'))
  expect(review.author).toMatchObject({ '@type': 'Organization', name: '팩트체크 Claim Tracker', url: baseURL })

  const heading = await page.getByRole('heading', { level: 1 }).textContent()
  expect(review.claimReviewed.length).toBeLessThanOrEqual(75)
  expect(heading).toContain(review.claimReviewed.replace(/…$/, ''))

  // The rating's name is the label readers see on the badge (Korean first, English beside it).
  const badge = page.getByRole('region', { name: /판정/ }).getByTestId('verdict-label')
  await expect(badge.locator('span').nth(1)).toHaveText(review.reviewRating.alternateName)
  expect(review.claimReviewed).not.toContain(review.reviewRating.alternateName)
  expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: '대체로 사실 아님', ratingValue: 2, bestRating: 5, worstRating: 1 })

  const published = await page.getByTestId('verdict-dates').locator('time').first().getAttribute('datetime')
  expect(review.datePublished).toBe(published!.slice(0, 10))

  const claim = review.itemReviewed
  expect(claim['@type']).toBe('Claim')
  await expect(page.locator('header').filter({ hasText: '주장한 이' })).toContainText(claim.author.name)
  expect(claim.datePublished).toBe('2024-04-17')
  expect(Array.isArray(claim.appearance) && claim.appearance.length).toBeGreaterThan(0)
  expect(claim.firstAppearance['@type']).toBe('CreativeWork')
  expect(claim.appearance).toContainEqual(claim.firstAppearance)
})

test('a rating outside the numeric scale gives ClaimReview a name but no numbers', async ({ page }) => {
  await page.goto('/c/kgap12y')
  const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: '판단 유보' })
})
