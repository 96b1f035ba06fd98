// Steps of desk work shared by browser tests, done through the UI as an editor would.
import { expect, type Locator, type Page } from '@playwright/test'

/** Opens a collapsed <details> form by its summary, leaving it open if it already is. */
export async function openDetails(region: Locator, summary: string) {
  const details = region.locator('details', { has: region.page().locator('summary', { hasText: summary }) }).last()
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('summary').first().click()
  }
}

export async function addEvidence(
  page: Page,
  source: { option: RegExp; publisher: string },
  stance: RegExp,
  fields: { excerpt?: string; locator?: string; note?: string },
) {
  const panel = page.getByRole('region', { name: /근거 Evidence/ })
  await openDetails(panel, '근거 추가 Add evidence')
  const sourceSelect = panel.getByLabel('출처 Source').last()
  const option = sourceSelect.locator('option', { hasText: source.option })
  await sourceSelect.selectOption((await option.first().getAttribute('value'))!)
  await panel.getByRole('radio', { name: stance }).last().check()
  if (fields.excerpt) await panel.getByLabel(/인용 Quoted passage/).last().fill(fields.excerpt)
  if (fields.locator) await panel.getByLabel(/위치 Locator/).last().fill(fields.locator)
  if (fields.note) await panel.getByLabel('메모 Note').last().fill(fields.note)
  await panel.getByRole('button', { name: '근거 추가 Add evidence' }).click()
  // Saved: the item is listed, with its own remove button.
  await expect(panel.getByRole('button', { name: `근거 삭제 Remove evidence from ${source.publisher}` })).toBeVisible()
}

export const AI_INDEX_2024 = { option: /Stanford HAI — AI Index Report 2024/, publisher: 'Stanford HAI' }
export const MSIT_STATEMENT = { option: /과학기술정보통신부/, publisher: '과학기술정보통신부 (MSIT)' }

/** Logs a claim with the fields of a new-claim form; returns the URL of its desk page. */
export async function logClaim(
  page: Page,
  claim: { text: string; translation: string; quantity?: { subject: string; metric: string; value: string; unit: string; start: string; end: string; definition: string } },
): Promise<string> {
  await page.goto('/desk')
  await page.getByRole('link', { name: /새 주장 New claim/ }).click()
  await page.getByLabel('원문 Original text').fill(claim.text)
  await page.getByLabel('번역 Translation').fill(claim.translation)
  if (claim.quantity) {
    const q = claim.quantity
    await page.getByLabel('대상 Subject').fill(q.subject)
    await page.getByLabel('지표 Metric').fill(q.metric)
    await page.getByLabel('값 Value').fill(q.value)
    await page.getByLabel('단위 Unit').fill(q.unit)
    await page.getByLabel('기간 종류 Window kind').selectOption('PERIOD')
    await page.getByLabel('시작일 Start').fill(q.start)
    await page.getByLabel('끝날 End').fill(q.end)
    await page.getByLabel('정의 Definition').fill(q.definition)
  }
  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  return page.url().replace(/\?.*$/, '')
}

export const verdictRegion = (page: Page) => page.getByRole('region', { name: /판정 Verdict/ })

/** Fills the verdict form's fields that are given, and saves the draft. */
export async function saveDraft(page: Page, fields: { rating?: RegExp; summary?: string; analysis?: string; cite?: RegExp[] }) {
  const verdict = verdictRegion(page)
  if (fields.rating) {
    const select = verdict.getByLabel('판정 등급 Rating')
    await select.selectOption((await select.locator('option', { hasText: fields.rating }).first().getAttribute('value'))!)
  }
  if (fields.summary) await verdict.getByLabel('한 줄 요약 One-line summary').fill(fields.summary)
  if (fields.analysis) await verdict.getByLabel(/분석 Analysis/).fill(fields.analysis)
  for (const key of fields.cite ?? []) await verdict.getByRole('button', { name: key }).click()
  await verdict.getByRole('button', { name: '초안 저장 Save draft' }).click()
  await expect(verdict.getByText('Draft saved.')).toBeVisible()
}

/** The verdict's state line ("검토 중 In review · 버전 version 3 · …"): every workflow step bumps the version. */
const verdictState = (page: Page) => verdictRegion(page).getByText(/버전 version \d+/).first()

/**
 * Presses one of the verdict's workflow buttons, filling its text field first when it has one, and returns once the
 * step has taken effect on this page (its state line changed). Another user's page must not be reloaded before
 * that: it would show the state from before the step.
 */
export async function step(page: Page, button: string, text?: { label: RegExp; value: string }) {
  const verdict = verdictRegion(page)
  if (text) await verdict.getByLabel(text.label).fill(text.value)
  const before = await verdictState(page).textContent()
  await verdict.getByRole('button', { name: button }).click()
  await expect(verdictState(page)).not.toHaveText(before!)
}

/** The short id of the claim whose desk page is open. */
export async function deskShortId(page: Page): Promise<string> {
  return (await page.locator('article > header .font-mono').first().textContent())!.trim()
}

/**
 * Makes a claim public as readers need it (lib/claims/visibility.ts: a published revision of its verdict): the
 * editor drafts the verdict and sends it for review, and a reviewer publishes it. Returns the claim's permalink.
 */
export async function publishVerdict(editor: Page, reviewer: Page, claimUrl: string, draft: { rating: RegExp; summary: string }): Promise<string> {
  await editor.goto(claimUrl)
  await saveDraft(editor, draft)
  await step(editor, '검토 요청 Send for review')
  await reviewer.goto(claimUrl)
  await step(reviewer, '공개 Publish')
  // Published once the revision list shows revision 1 (the button's own label also says 공개).
  await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()
  return (await reviewer.getByRole('link', { name: /공개 페이지 Public page/ }).getAttribute('href'))!
}
