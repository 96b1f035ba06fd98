// Two growth figures of one metric, subject, window and definition, one given as a multiple and one as a percent
// change (issue 14, item 3): an editor sets up the metric, logs "5배 이상" and "300% 증가" and sees each parsed
// into kind, bound and value, and records that they contradict; a reviewer publishes both verdicts; the public
// metric page says, in Korean and in English, that they cannot both be true, with the conversion
// ×k ≡ +(k − 1)·100 % written out (5-fold or more is a rise of 400 % or more, which 300 % is not).
import { expect, test, type Page } from '@playwright/test'
import { newDeskUser } from './auth'
import { deskShortId, openDetails, publishVerdict } from './desk'

// Names and texts of their own, so that no other spec ever finds this metric or these claims.
const RUN = Date.now().toString(36)
const METRIC = { nameKo: `AI 투자 증가율 (${RUN})`, nameEn: `AI investment growth (${RUN})`, slug: `ai-investment-growth-${RUN}`, unit: '%' }
const DEFINITION = `민간 AI 투자, 전년 대비 (${RUN})`

// What lib/metrics/pairs.ts says of the pair once the desk has recorded the contradiction (tests/unit/metric-pairs).
const PAIR_KO = '5배 이상과 300% 증가: 편집부는 두 주장이 서로 모순된다고 판단했습니다. 둘 다 참일 수는 없습니다. 환산: 5배는 400% 증가와 같습니다: k배는 (k − 1) × 100% 증가입니다.'
const PAIR_EN =
  'at least 5-fold and 300% increase: the desk found that these two claims contradict each other; they cannot both be true. Conversion: 5× is the same as a 400% increase: k-fold is an increase of (k − 1) × 100%.'

/** Logs a claim whose one figure is typed as stated; checks what the form read; returns its desk URL and short id. */
async function logGrowth(page: Page, text: string, stated: string, read: { kind: string; bound: string; value: string }) {
  await page.goto('/desk/claims/new')
  await page.getByLabel('원문 Original text').fill(text)
  const figure = page.getByRole('group', { name: /수치 1 Figure 1/ })
  await figure.getByLabel('있는 그대로 Figure as stated').fill(stated)
  await expect(figure.getByLabel('수치 종류 Kind')).toHaveValue(read.kind)
  await expect(figure.getByLabel('정확도 Bound')).toHaveValue(read.bound)
  await expect(figure.getByLabel('값 Value')).toHaveValue(read.value)
  await figure.getByLabel('대상 Subject').fill('한국')
  await figure.getByLabel('기간 종류 Window kind').selectOption('PERIOD')
  await figure.getByLabel('시작일 Start').fill('2024-01-01')
  await figure.getByLabel('끝날 End').fill('2024-12-31')
  await figure.getByLabel('지표 묶음 Metric page').selectOption({ label: `${METRIC.nameKo} · ${METRIC.nameEn}` })
  await figure.getByLabel('지표 정의 Metric definition').selectOption({ label: DEFINITION })
  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  return { url: page.url().replace(/\?.*$/, ''), shortId: await deskShortId(page) }
}

test('a multiple and a percent change of one growth are compared through ×k ≡ +(k − 1)·100 %, in both languages', async ({ browser }) => {
  // Two desk users, a metric, two claims, a relation, two reviews and a reader in two languages.
  test.slow()
  const editor = await newDeskUser(browser, 'EDITOR')

  await editor.goto('/desk/metrics')
  const newMetric = editor.getByRole('region', { name: /새 지표 New metric/ })
  await newMetric.getByLabel('이름 (한국어) Name in Korean').fill(METRIC.nameKo)
  await newMetric.getByLabel('이름 (영어) Name in English').fill(METRIC.nameEn)
  await newMetric.getByLabel('주소 Address').fill(METRIC.slug)
  await newMetric.getByLabel('단위 Unit').fill(METRIC.unit)
  await newMetric.getByLabel('대상 Subject').fill('한국')
  await newMetric.getByRole('button', { name: '지표 만들기 Create metric' }).click()
  await expect(editor).toHaveURL(/\/desk\/metrics\/[^/?]+$/)
  await editor.getByLabel('정의 이름 Name').fill(DEFINITION)
  await editor.getByRole('button', { name: '정의 추가 Add definition' }).click()
  await expect(editor.getByRole('status').filter({ hasText: '정의를 추가했습니다. Definition added.' })).toBeVisible()

  const fold = await logGrowth(editor, `한국의 민간 AI 투자는 2024년에 5배 이상 늘었다 (${RUN})`, '5배 이상', { kind: 'MULTIPLE', bound: 'AT_LEAST', value: '5' })
  const percent = await logGrowth(editor, `한국의 민간 AI 투자는 2024년에 300% 증가했다 (${RUN})`, '300% 증가', { kind: 'PERCENT_CHANGE', bound: 'EXACT', value: '300' })

  // On the second claim's desk page: it contradicts the first.
  const relations = editor.getByRole('region', { name: /관련 주장 Related claims/ })
  await openDetails(relations, '관계 추가 Add relation')
  await relations.getByLabel(/다른 주장 Other claim/).fill(fold.shortId)
  await relations.getByLabel('관계 Relation').selectOption('CONTRADICTS')
  await relations.getByRole('button', { name: '관계 추가 Add relation' }).click()
  await expect(relations.getByRole('link', { name: new RegExp(fold.shortId) })).toBeVisible()

  const reviewer = await newDeskUser(browser, 'REVIEWER')
  await publishVerdict(editor, reviewer, fold.url, { rating: /Mostly not true/, summary: '300% 증가라는 다른 보도와 맞지 않는다.' })
  await publishVerdict(editor, reviewer, percent.url, { rating: /Mostly true/, summary: '투자액은 네 배가 되었다.' })

  const reader = await (await browser.newContext()).newPage()
  await reader.goto(`/metrics/${METRIC.slug}`)
  await expect(reader.locator('html')).toHaveAttribute('lang', 'ko')
  const rows = reader.getByTestId('metric-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText('5배 이상')
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('300% 증가')
  const explanation = reader.getByTestId('metric-explanation')
  await expect(explanation).toHaveAttribute('data-tone', 'conflict')
  await expect(explanation).toContainText('이 지표에는 함께 참일 수 없는 수치가 있습니다.')
  const pair = explanation.getByTestId('metric-pairs').locator('li')
  await expect(pair).toHaveCount(1)
  await expect(pair).toHaveAttribute('data-outcome', 'CONFLICT')
  await expect(pair).toContainText(PAIR_KO)
  await expect(pair.locator('span[lang="en"]')).toHaveText(PAIR_EN)

  await reader.getByRole('link', { name: 'English' }).click()
  await expect(reader.locator('html')).toHaveAttribute('lang', 'en')
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText('at least 5-fold')
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('300% increase')
  await expect(explanation).toContainText('Some figures on this metric cannot both be true.')
  await expect(pair).toContainText(PAIR_EN)
  await expect(pair.locator('span[lang="ko"]')).toHaveText(PAIR_KO)
})
