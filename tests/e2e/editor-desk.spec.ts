// The editor's daily work, tried as a new editor would: log a claim with its quantity, attach supporting
// evidence with a quote and the ministry's rebuttal, relate it to another claim, and check the desk page.
import { expect, test } from '@playwright/test'
import { newDeskUser } from './auth'
import { addEvidence, AI_INDEX_2024, MSIT_STATEMENT, openDetails } from './desk'

const CLAIM = '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다'
const DEFINITION = 'Models listed in Stanford CRFM Ecosystem Graphs, as used by the AI Index 2024'
const QUOTE = 'No Korean model appears in the table of notable foundation models.'

test('a new editor logs a claim with its quantity, evidence, rebuttal and a relation', async ({ browser }) => {
  // A new desk user, a claim with its quantity, two evidence links and a relation: see playwright.config.ts.
  test.slow()
  const page = await newDeskUser(browser, 'EDITOR')
  await page.goto('/desk')
  await page.getByRole('link', { name: /새 주장 New claim/ }).click()

  await page.getByLabel('원문 Original text').fill(CLAIM)
  await page.getByLabel('번역 Translation').fill('Korea developed zero foundation models in 2023.')
  await page.getByLabel('번역 Translation').blur()
  // The demo dataset already has this claim: the desk says so before anything is saved.
  await expect(page.getByRole('region', { name: /비슷한 주장이 이미 있습니다/ })).toContainText('kfm2023')

  await page.getByLabel('대상 Subject').fill('South Korea')
  await page.getByLabel('지표 Metric').fill('korean-foundation-models')
  await page.getByLabel('값 Value').fill('0')
  await page.getByLabel('단위 Unit').fill('foundation models')
  await page.getByLabel('기간 종류 Window kind').selectOption('PERIOD')
  await page.getByLabel('시작일 Start').fill('2023-01-01')
  await page.getByLabel('끝날 End').fill('2023-12-31')
  await page.getByLabel('정의 Definition').fill(DEFINITION)
  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  const claimUrl = page.url().replace(/\?.*$/, '')

  await addEvidence(page, AI_INDEX_2024, /뒷받침 Supports/, { excerpt: QUOTE, locator: 'Chapter 1' })
  await addEvidence(page, MSIT_STATEMENT, /공식 반론 Official rebuttal/, {
    note: 'The ministry says the index is not a census; HyperCLOVA X, EXAONE 2.0 and Gauss were released.',
  })

  const relations = page.getByRole('region', { name: /관련 주장 Related claims/ })
  await openDetails(relations, '관계 추가 Add relation')
  await relations.getByLabel(/다른 주장 Other claim/).fill('kownmdl')
  await relations.getByLabel('관계 Relation').selectOption('OTHER_DEFINITION')
  await relations.getByLabel('메모 Note').fill('"10 own models" counts a later, wider list.')
  await relations.getByRole('button', { name: '관계 추가 Add relation' }).click()
  await expect(relations).toContainText('한국은 자체 AI 기반 모델 10개를 확보했다')

  // Everything is on the claim's desk page after a fresh load.
  await page.goto(claimUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${CLAIM}`)
  const quantity = page.getByRole('region', { name: /수치 Quantity/ })
  await expect(quantity).toContainText('0 foundation models')
  await expect(quantity).toContainText('calendar 2023')
  await expect(quantity).toContainText(DEFINITION)
  const evidence = page.getByRole('region', { name: /근거 Evidence/ })
  await expect(evidence).toContainText('AI Index Report 2024')
  await expect(evidence).toContainText(QUOTE)
  await expect(evidence).toContainText('공식 반론 Official rebuttal')
  await expect(evidence).toContainText('과학기술정보통신부')
  await expect(page.getByRole('region', { name: /관련 주장 Related claims/ })).toContainText('kownmdl')
  await expect(page.getByRole('region', { name: /변경 기록 Audit history/ })).toContainText(/evidence|근거/i)
})

test('an editor logs a range and a strict bound as the kind and bound of the main figure, and edits them back', async ({ browser }) => {
  const page = await newDeskUser(browser, 'EDITOR')
  await page.goto('/desk/claims/new')
  await page.getByLabel('원문 Original text').fill('국내 모델 성능은 글로벌 선두 대비 약 1~2년 뒤처져 있다 (시험용)')
  await page.getByLabel('수치 종류 Kind').selectOption('DURATION')
  // A range has two ends instead of one value: the form swaps the fields.
  await page.getByLabel('정확도 Bound').selectOption('RANGE')
  await expect(page.getByLabel('값 Value')).toHaveCount(0)
  await page.getByLabel('하한 Low').fill('1')
  await page.getByLabel('상한 High').fill('2')
  await page.getByLabel('단위 Unit').fill('년')
  await page.getByLabel('기간 종류 Window kind').selectOption('POINT')
  await page.getByLabel('기준일 As of').fill('2025-02-06')
  await page.getByRole('button', { name: /주장 만들기 Create claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=created/)
  const claimUrl = page.url().replace(/\?.*$/, '')
  const quantity = page.getByRole('region', { name: /수치 Quantity/ })
  await expect(quantity).toContainText('1–2 년')
  await expect(quantity).toContainText('기간 길이 Duration')

  // Edited into "more than 5": the value comes back, and the strict box with it.
  await page.goto(`${claimUrl}/edit`)
  await expect(page.getByLabel('정확도 Bound')).toHaveValue('RANGE')
  await expect(page.getByLabel('하한 Low')).toHaveValue('1')
  await page.getByLabel('수치 종류 Kind').selectOption('MULTIPLE')
  await page.getByLabel('정확도 Bound').selectOption('AT_LEAST')
  await page.getByLabel('값 Value').fill('5')
  await page.getByLabel('단위 Unit').fill('배')
  await page.getByLabel(/경계 제외/).check()
  await page.getByRole('button', { name: /주장 저장 Save claim/ }).click()
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?saved=/)
  await expect(page.getByRole('region', { name: /수치 Quantity/ })).toContainText('> 5 배')
})
