// The accessibility gate: axe-core (WCAG 2.0/2.1 A and AA, colour contrast included) finds nothing on the reader
// pages, and keyboard focus is always visible. Demo data only (read-only).
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './axe'

const PAGES = [
  { name: 'home', path: '/' },
  // The bare short id redirects to the canonical permalink; axe runs on the page it lands on.
  { name: 'claim page', path: '/c/kfm2023' },
  { name: 'search results', path: `/search?q=${encodeURIComponent('파운데이션')}` },
  { name: 'methodology', path: '/methodology' },
  { name: 'metric page', path: '/metrics/korean-notable-ai-models' },
]

for (const { name, path } of PAGES) {
  test(`axe finds no WCAG 2.1 A/AA violations on the ${name}`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await axeViolations(page), `axe violations on ${page.url()}`).toBe('')
  })
}

/** Whether the focused element draws a focus indicator: an outline or a box-shadow (Tailwind's rings). */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    return {
      element: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      visible: outline || shadow,
    }
  })
}

test('every stop of the home page keyboard tab order shows a visible focus indicator', async ({ page }) => {
  await page.goto('/')
  const seen: string[] = []
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab')
    const focus = await focusIndicator(page)
    if (!focus) break
    seen.push(focus.element)
    expect(focus.visible, `no visible focus indicator on ${focus.element}`).toBe(true)
  }
  // The tab order did reach links (the skip link, the header, the claims), not just the body.
  expect(seen.length).toBeGreaterThan(3)
})
