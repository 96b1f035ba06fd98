// From an article to claims in one pass, as an editor would: paste a wire story with ten checkable figures, two of
// which the desk already tracks (the demo's 13억 달러 investment and 17.27건 patents claims), log eight new claims
// and two appearances with one submit, and find each on the desk with its quantity, appearance and quote. Part of the
// review is done from the keyboard alone, and reading the same article again logs nothing twice.
import { expect, test } from '@playwright/test'
import { newDeskUser } from './auth'

/** Invented for this test, in the style of a Korean wire story; one checkable figure a sentence. The figures are
 * the number expressions the extractor reads (lib/intake/extract.ts): a rate with its base, a change with its verb. */
const SENTENCES = [
  '한국의 민간 AI 투자액은 지난해 13억 달러로 집계됐다.',
  '한국은 인구 10만 명당 AI 특허 수 17.27건으로 집계됐다.',
  '국내 AI 스타트업은 지난해 모두 412곳으로 집계됐다.',
  '같은 기간 AI 분야 신규 채용은 1만 2천 명이었다.',
  'AI 분야 신규 채용은 전년보다 18% 늘었다.',
  '정부는 올해 AI 예산으로 1조 8천억 원을 편성했다.',
  '국내 데이터센터 전력 사용량은 지난해 2.3배로 불어났다.',
  'AI 반도체 수출액은 지난해 98억 달러였다.',
  '생성형 AI를 업무에 쓰는 직장인 비율은 지난해 37.5%였다.',
  '국내 GPU 보유량은 지난해 약 2만 장에 그쳤다.',
]
const FIGURES = ['13억 달러', '인구 10만 명당 AI 특허 수 17.27건', '412곳', '1만 2천 명', '18% 늘었다', '1조 8천억 원', '2.3배', '98억 달러', '37.5%', '약 2만 장']

test('an editor logs an article’s ten figures, two already on the desk, with one submit', async ({ browser }) => {
  // Reading the article, one submit that writes ten rows and their audits, then ten desk pages to check.
  test.slow()
  const page = await newDeskUser(browser, 'EDITOR')
  const headline = `AI 투자 줄고 특허는 지켜 ${Date.now().toString(36)}`
  const article = `${headline}\n(서울=가상통신) 김하늘 기자 = ${SENTENCES.join(' ')}`

  await page.goto('/desk')
  await page.getByRole('link', { name: /기사에서 가져오기/ }).click()
  await expect(page).toHaveURL(/\/desk\/intake$/)
  await page.getByLabel('게재일 Publication date').fill('2025-04-08')
  await page.getByLabel('본문 Text or HTML').fill(article)
  await page.getByRole('button', { name: /붙여넣은 본문 읽기/ }).click()

  const review = page.getByRole('form', { name: /수치 검토 Review the figures/ })
  await expect(review.getByRole('group', { name: /^수치 \d+ Figure \d+:/ })).toHaveCount(10)
  // The text kept, in Korean, with each figure marked in its sentence.
  await expect(page.getByText(/10 figures · 한국어 Korean · 2025-04-08/)).toBeVisible()
  for (const [i, figure] of FIGURES.entries()) {
    await expect(review.getByRole('group', { name: `수치 ${i + 1} Figure ${i + 1}: ${figure}` }).locator('mark')).toHaveText(figure)
  }

  const figure = (i: number) => review.getByRole('group', { name: `수치 ${i + 1} Figure ${i + 1}: ${FIGURES[i]}` })
  // The two the desk already has: offered as appearances of the demo claims, by figure and by wording.
  await expect(figure(0).getByText(/같은 수치 Same figure/)).toBeVisible()
  // The patents figure's metric is guessed from the words its sentence shares with the demo metric's name.
  await expect(figure(1).getByLabel('지표 Metric').locator('option:checked')).toHaveText(/인구 10만 명당 AI 특허 수 · AI patents per 100,000 people \(.*특허.*\)/)

  // Without the mouse: the list opens on its first figure; j/k move, x ticks, n chooses a new claim, e edits the
  // wording, Esc goes back to the figure.
  await expect(figure(0)).toBeFocused()
  await page.keyboard.press('j')
  await expect(figure(1)).toBeFocused()
  await page.keyboard.press('j')
  await expect(figure(2)).toBeFocused()
  const tick = figure(2).getByRole('checkbox', { name: /이 수치 기록 Log this figure/ })
  await page.keyboard.press('x')
  await expect(tick).not.toBeChecked()
  await page.keyboard.press('x')
  await expect(tick).toBeChecked()
  await page.keyboard.press('n')
  await expect(figure(2).getByRole('radio', { name: '새 주장 New claim' })).toBeChecked()
  await page.keyboard.press('e')
  const wording = figure(2).getByLabel('주장 문장 Claim text')
  await expect(wording).toBeFocused()
  // Keys typed in a field are text.
  await page.keyboard.press('End')
  await page.keyboard.type(' jk')
  await expect(wording).toHaveValue(`${SENTENCES[2]} jk`)
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Escape')
  await expect(figure(2)).toBeFocused()
  await page.keyboard.press('k')
  await expect(figure(1)).toBeFocused()

  const existingUrls = [
    await figure(0).getByRole('link', { name: 'kinv024' }).getAttribute('href'),
    await figure(1).getByRole('link', { name: 'kpt2023' }).getAttribute('href'),
  ]
  await figure(0).getByRole('radio', { name: /Add as an appearance of kinv024/ }).check()
  await figure(1).getByRole('radio', { name: /Add as an appearance of kpt2023/ }).check()
  for (let i = 2; i < 10; i++) {
    await figure(i).getByRole('radio', { name: '새 주장 New claim' }).check()
    await expect(figure(i).getByRole('checkbox', { name: /이 수치 기록 Log this figure/ })).toBeChecked()
  }
  await figure(2).getByLabel('번역 Translation').fill('Korea had 412 AI start-ups last year.')
  await review.getByLabel('매체 Publisher').fill('가상통신')
  await review.getByRole('button', { name: /고른 수치 기록/ }).click()

  const outcome = page.getByRole('region', { name: /기록 결과 Logged/ })
  await expect(outcome).toContainText('8 new claims (each appearing in this article), 2 new appearances of existing claims')
  const links = outcome.getByRole('link', { name: /^[a-z0-9]{7}$/ })
  await expect(links).toHaveCount(8)
  const claimUrls = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))

  // Each new claim on the desk: its wording, its figure as written, and its appearance quoting the sentence.
  for (const [n, url] of claimUrls.entries()) {
    const i = n + 2
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SENTENCES[i])
    await expect(page.getByTestId('desk-quantity').first()).toContainText(FIGURES[i])
    const appearances = page.getByRole('region', { name: /주장이 나온 곳 Where it appeared/ })
    await expect(appearances).toContainText('가상통신')
    await expect(appearances.getByTestId('appearance-quote')).toHaveText(SENTENCES[i])
    await expect(appearances).toContainText('2025')
  }

  // The two existing claims now appear in this article too, with its sentence as the quote.
  for (const [n, url] of existingUrls.entries()) {
    await page.goto(url!)
    const appearances = page.getByRole('region', { name: /주장이 나온 곳 Where it appeared/ })
    await expect(appearances.getByTestId('appearance-quote').filter({ hasText: SENTENCES[n] })).toHaveCount(1)
  }

  // The same article read again: every figure is marked as logged from this source and left unticked; ticking one
  // and submitting adds nothing.
  await page.goto('/desk/intake')
  await page.getByLabel('게재일 Publication date').fill('2025-04-08')
  await page.getByLabel('본문 Text or HTML').fill(article)
  await page.getByRole('button', { name: /붙여넣은 본문 읽기/ }).click()
  await expect(review.getByText(/Already logged from this source as/)).toHaveCount(10)
  await expect(review.getByRole('checkbox', { name: /이 수치 기록 Log this figure/, checked: true })).toHaveCount(0)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('x')
  await expect(figure(2).getByRole('checkbox', { name: /이 수치 기록 Log this figure/ })).toBeChecked()
  await review.getByRole('button', { name: /고른 수치 기록/ }).click()
  await expect(outcome).toContainText('0 new claims (each appearing in this article), 0 new appearances of existing claims, 1 already there')
})


test('the new-claim form shows similar claims while the editor types, before any save or blur', async ({ browser }) => {
  const page = await newDeskUser(browser, 'EDITOR')
  await page.goto('/desk/claims/new')
  const text = page.getByLabel('원문 Original text')
  await text.focus()
  await text.pressSequentially('한국은 2023년에 파운데이션 모델을 하나도')
  // Still in the field: the hint above the save button comes from typing alone.
  await expect(page.getByRole('region', { name: /입력 중인 주장과 비슷한 주장/ })).toContainText('kfm2023')
  await expect(text).toBeFocused()
})
