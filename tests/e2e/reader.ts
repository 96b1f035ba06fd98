// A reader reaching a demo claim from the home page. Other specs publish claims of their own, newest first, which
// push the demo's off the home page's first page (and may repeat their wording), so the reader searches, and the
// link is the one to the demo claim's permalink.
import type { Locator, Page } from '@playwright/test'

export async function searchFromHome(page: Page, query: string, shortId: string): Promise<Locator> {
  const search = page.getByRole('search')
  await search.getByRole('searchbox').fill(query)
  await search.getByRole('button').click()
  return page.locator(`main a[href^="/c/${shortId}/"]`)
}
