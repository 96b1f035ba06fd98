import { expect, test } from '@playwright/test'

test('the Korean notable AI models page shows 0 (2023), 1 (2024) and 17 (cumulative) as three reconcilable statements', async ({ page }) => {
  await page.goto('/metrics/korean-notable-ai-models')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Korean notable AI models')

  const rows = page.getByTestId('metric-row')
  await expect(rows).toHaveCount(3)
  for (const [i, value, window] of [
    // Windows in the page's language (Korean here), at the precision their dates have.
    [0, '0', '2023년'],
    [1, '1', '2024년'],
    [2, '17', '2025년 4월 10일까지 누적'],
  ] as const) {
    const row = rows.nth(i)
    await expect(row.getByRole('cell').first()).toHaveText(value)
    await expect(row).toContainText(window)
    await expect(row.getByTestId('verdict-label')).toContainText('사실')
    await expect(row.getByTestId('verdict-label')).toContainText('True')
  }

  const explanation = page.getByRole('region', { name: /모순/ })
  await expect(explanation).toContainText('0 counts 2023 only, 1 counts 2024 only, 17 counts every year up to 2025-04-10')
  await expect(explanation).toContainText('they can all be true at once')
  await expect(explanation).toContainText('모두 동시에 참일 수 있습니다')

  // The chart is one labelled image, drawn on the server, labelled in the page's language only.
  const chart = page.getByRole('img', { name: /한국의 주목할 만한 AI 모델 수/ })
  await expect(chart).toBeVisible()
  await expect(page.getByTestId('metric-chart').locator('text')).toContainText(['● ━ 연도·기간 · ◆ 누적·시점', '17 · 사실'])
  await expect(page.getByTestId('metric-chart')).not.toContainText(/calendar|cumulative|True|year or period/)
  await expect(page.getByTestId('metric-table')).not.toContainText(/calendar|cumulative to/)

  await rows.nth(2).getByRole('link').click()
  // The permalink as lib/claims/permalink.ts builds it (/c/… or the older /claims/…).
  await expect(page).toHaveURL(/\/(c|claims)\/kntcumu\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('17개')
})

test('an unknown metric is not found', async ({ page }) => {
  const response = await page.goto('/metrics/no-such-metric')
  expect(response?.status()).toBe(404)
})
