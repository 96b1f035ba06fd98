// A verdict in two languages: an editor writes the Korean verdict and its English translation, a reviewer sees
// both in the review diff and publishes them; the English permalink shows the English verdict (lang="en") with no
// Korean label, the Korean permalink the Korean one with no English label. The claim is this spec's own.
import { expect, test, type Page } from '@playwright/test'
import { newDeskUser } from './auth'
import { addEvidence, AI_INDEX_2024, logClaim, saveDraft, step, verdictRegion } from './desk'

const RUN = Date.now().toString(36)
const CLAIM = { text: `이중 언어 시험: 한국의 AI 모델은 2023년에 3개였다 (${RUN})`, translation: `Bilingual test: Korea had 3 AI models in 2023 (${RUN})` }
const SUMMARY_KO = `한국어 판정 요약입니다 (${RUN}).`
const SUMMARY_EN = `The English verdict summary (${RUN}).`
const ANALYSIS_KO = ['데이터베이스 하나의 집계다 [^AI-Index-Report-2024].', '| 연도 | 모델 |\n| --- | --- |\n| 2023 | 0 |'].join('\n\n')
const ANALYSIS_EN = ['It is one database’s count [^AI-Index-Report-2024].', '| Year | Models |\n| --- | --- |\n| 2023 | 0 |'].join('\n\n')

async function readIn(page: Page, locale: 'ko' | 'en', path: string) {
  await page.goto(`/lang?to=${locale}&back=${encodeURIComponent(path)}`)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}

/** Every piece of page text matching `pattern` whose nearest language mark is not `lang`: a label in the wrong language. */
function textsOutside(page: Page, pattern: RegExp, lang: string): Promise<string[]> {
  return page.evaluate(
    ({ source, lang }) => {
      const re = new RegExp(source)
      const found: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        // The embed snippet is HTML to paste into another site, not text of this page.
        if (!parent || parent.closest('script, style, [hidden], [data-testid="embed-snippet"]') || !re.test(node.textContent ?? '')) continue
        if (parent.closest('[lang]')?.getAttribute('lang') !== lang) found.push(node.textContent!.trim())
      }
      return found
    },
    { source: pattern.source, lang },
  )
}

test('a verdict written in Korean and English is reviewed, published and read in each language', async ({ browser }) => {
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const claimUrl = await logClaim(editor, {
    ...CLAIM,
    // A calendar year: the Korean page writes its window "2023년", never "calendar 2023".
    quantity: { subject: 'South Korea', metric: `bilingual test models ${RUN}`, value: '3', unit: 'models', start: '2023-01-01', end: '2023-12-31', definition: 'Test definition' },
  })
  await addEvidence(editor, AI_INDEX_2024, /뒷받침 Supports/, {})

  await editor.goto(claimUrl)
  const verdict = verdictRegion(editor)
  const translation = verdict.getByTestId('verdict-translation')
  await expect(translation).toContainText('translation')
  await translation.getByLabel(/English one-line summary/).fill(SUMMARY_EN)
  await translation.getByLabel(/English analysis/).fill(ANALYSIS_EN)
  await saveDraft(editor, { rating: /Mostly not true/, summary: SUMMARY_KO, analysis: ANALYSIS_KO })
  // The preview shows the English page's verdict too, with its table and footnote.
  await expect(verdict.getByTestId('verdict-preview-en').getByTestId('verdict-summary')).toHaveText(SUMMARY_EN)
  await expect(verdict.getByTestId('verdict-preview-en').locator('table')).toContainText('Models')
  await step(editor, '검토 요청 Send for review')

  // The reviewer sees the translation in the queue's diff, like the Korean text, and publishes both.
  const reviewer = await newDeskUser(browser, 'REVIEWER')
  await reviewer.goto('/desk/review')
  const item = reviewer.locator('li', { has: reviewer.getByRole('link', { name: CLAIM.text }) })
  await expect(item).toContainText('English summary (translation)')
  await expect(item).toContainText(SUMMARY_EN)
  // Published from the queue itself: the queue confirms it and links the public page.
  await item.getByRole('button', { name: '공개 Publish' }).click()
  await expect(reviewer).toHaveURL(/\/desk\/review\?published=/)
  const confirmation = reviewer.getByRole('status').filter({ hasText: 'The verdict is published' })
  await expect(confirmation).toContainText(CLAIM.text)
  const permalink = (await confirmation.getByRole('link', { name: /공개 페이지 Public page/ }).getAttribute('href'))!
  await reviewer.goto(claimUrl)
  await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()

  // English: the English verdict, marked as English; no Korean text except what is marked Korean (the original
  // claim, the rating's Korean name, the language switch).
  const reader = await (await browser.newContext()).newPage()
  await readIn(reader, 'en', permalink)
  await expect(reader.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB')
  const english = reader.getByRole('region', { name: 'Verdict' })
  await expect(english.getByTestId('verdict-summary')).toHaveText(SUMMARY_EN)
  await expect(english.getByTestId('verdict-summary')).toHaveAttribute('lang', 'en')
  await expect(english.getByTestId('verdict-analysis')).toHaveAttribute('lang', 'en')
  await expect(english.getByTestId('verdict-analysis')).toContainText('It is one database’s count')
  await expect(english.getByTestId('verdict-analysis').locator('table th')).toHaveText(['Year', 'Models'])
  await expect(english.getByRole('link', { name: 'Footnote 1' })).toBeVisible()
  await expect(english.getByTestId('verdict-untranslated')).toHaveCount(0)
  await expect(reader.locator('main')).not.toContainText(SUMMARY_KO)
  expect(await textsOutside(reader, /[\uAC00-\uD7A3]/, 'ko')).toEqual([])

  // Korean: the Korean verdict; none of the English labels the page used to mix in.
  await readIn(reader, 'ko', permalink)
  await expect(reader.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko_KR')
  const korean = reader.getByRole('region', { name: '판정' })
  await expect(korean.getByTestId('verdict-summary')).toHaveText(SUMMARY_KO)
  await expect(korean.getByTestId('verdict-analysis').locator('table th')).toHaveText(['연도', '모델'])
  await expect(korean.getByRole('link', { name: '각주 1' })).toBeVisible()
  await expect(reader.locator('main')).not.toContainText(SUMMARY_EN)
  await expect(reader.locator('main')).toContainText('2023년')
  const outsideEnglish = (await textsOutside(reader, /[A-Za-z]/, 'en')).join(' | ')
  for (const label of ['calendar', 'Primary report', 'Supports', 'Verdict', 'Published', 'Sources', 'Footnote', 'Window', 'translation']) {
    expect(outsideEnglish, label).not.toContain(label)
  }
})

test('the English permalink of a verdict without a translation shows the Korean text, marked untranslated', async ({ browser, page }) => {
  // Every demo verdict is translated: this is a claim of this spec's own.
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')
  const text = `번역 없는 판정 시험 (${RUN})`
  const claimUrl = await logClaim(editor, { text, translation: `Untranslated verdict test (${RUN})` })
  await editor.goto(claimUrl)
  await saveDraft(editor, { rating: /Mostly not true/, summary: SUMMARY_KO, analysis: '한국어 분석만 있습니다.' })
  await step(editor, '검토 요청 Send for review')
  const reviewer = await newDeskUser(browser, 'REVIEWER')
  await reviewer.goto(claimUrl)
  await step(reviewer, '공개 Publish')
  await expect(verdictRegion(reviewer).getByText(/^#1$/)).toBeVisible()
  const permalink = (await reviewer.getByRole('link', { name: /공개 페이지 Public page/ }).getAttribute('href'))!

  await readIn(page, 'en', permalink)
  const verdict = page.getByRole('region', { name: 'Verdict' })
  await expect(verdict.getByTestId('verdict-untranslated')).toHaveText(/Not translated yet/)
  await expect(verdict.getByTestId('verdict-summary')).toHaveText(SUMMARY_KO)
  await expect(verdict.getByTestId('verdict-summary')).toHaveAttribute('lang', 'ko')
  await expect(verdict.getByTestId('verdict-analysis')).toHaveAttribute('lang', 'ko')
  expect(await textsOutside(page, /[\uAC00-\uD7A3]/, 'ko')).toEqual([])
})
