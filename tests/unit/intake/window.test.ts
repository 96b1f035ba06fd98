import { describe, expect, it } from 'vitest'
import { extractCandidates } from '../../../lib/intake/extract'

const windows = (text: string, published: string, lang: 'ko' | 'en' = 'ko') =>
  Object.fromEntries(extractCandidates(text, { lang, published }).candidates.map((c) => [text.slice(c.start, c.end), c.window && `${c.window.kind} ${c.window.start}..${c.window.end}`]))

describe('window guesses', () => {
  it('a year, last year, this year, next year and last month, read against the publication date', () => {
    expect(windows('2023년 매출은 3조 원이다.', '2025-03-12')).toEqual({ '3조 원': 'PERIOD 2023-01-01..2023-12-31' })
    expect(windows('지난해 투자는 13억 달러였다.', '2025-03-12')).toEqual({ '13억 달러': 'PERIOD 2024-01-01..2024-12-31' })
    expect(windows('올해 예산은 1조 원이다.', '2025-03-12')).toEqual({ '1조 원': 'PERIOD 2025-01-01..2025-12-31' })
    expect(windows('내년도 예산은 35조 원이다.', '2025-08-28')).toEqual({ '35조 원': 'PERIOD 2026-01-01..2026-12-31' })
    expect(windows('지난달 취업자는 2,915만 명이다.', '2025-01-11')).toEqual({ '2,915만 명': 'PERIOD 2024-12-01..2024-12-31' })
    expect(windows('Investment reached $109.1 billion last year.', '2025-04-20', 'en')).toEqual({ '$109.1 billion': 'PERIOD 2024-01-01..2024-12-31' })
  })

  it('months, quarters and halves, in the publication year unless that puts them in the future', () => {
    expect(windows('5월 수출은 138억 달러였다.', '2025-06-01')).toEqual({ '138억 달러': 'PERIOD 2025-05-01..2025-05-31' })
    expect(windows('11월 수출은 138억 달러였다.', '2025-02-01')).toEqual({ '138억 달러': 'PERIOD 2024-11-01..2024-11-30' })
    expect(windows('올해 3분기 매출은 79조 원이다.', '2025-10-31')).toEqual({ '79조 원': 'PERIOD 2025-07-01..2025-09-30' })
    expect(windows('상반기 처리율은 98.2%다.', '2025-10-02')).toEqual({ '98.2%': 'PERIOD 2025-01-01..2025-06-30' })
    expect(windows('Exports hit $14.2 billion in July.', '2025-08-01', 'en')).toEqual({ '$14.2 billion': 'PERIOD 2025-07-01..2025-07-31' })
  })

  it('"기준", "말" and "as of" give a point', () => {
    expect(windows('4월 10일 기준 GPU는 2만 6,000장이다.', '2025-04-20')).toEqual({ '2만 6,000장': 'POINT 2025-04-10..2025-04-10' })
    expect(windows('지난해 말 기준 580곳이다.', '2025-11-27')).toEqual({ '580곳': 'POINT 2024-12-31..2024-12-31' })
    expect(windows('As of April 10, 26,000 GPUs were installed.', '2025-04-20', 'en')).toEqual({ '26,000 GPUs': 'POINT 2025-04-10..2025-04-10' })
  })

  it('a span back from the figure\'s year: "10년 전 대비", "N years ago"', () => {
    expect(windows('지난해 출원은 10년 전 대비 7배 늘었다.', '2025-04-15')).toEqual({ '7배 늘었다': 'PERIOD 2014-01-01..2024-12-31' })
    expect(windows('올해 논문은 10년 새 5배가 됐다.', '2025-04-15')).toEqual({ '5배': 'PERIOD 2015-01-01..2025-12-31' })
  })

  it('so far: cumulative to publication; this year so far: from 1 January; a target: to the end of its year', () => {
    expect(windows('지금까지 발사는 5차례다.', '2025-11-27')).toEqual({ '5차례': 'CUMULATIVE null..2025-11-27' })
    expect(windows('누적 가입자는 2,300만 명이다.', '2025-10-02')).toEqual({ '2,300만 명': 'CUMULATIVE null..2025-10-02' })
    expect(windows('Shipments so far total 1,200 units.', '2025-07-24', 'en')).toEqual({ '1,200 units': 'CUMULATIVE null..2025-07-24' })
    expect(windows('So far this year, exports total $98.4 billion.', '2025-08-01', 'en')).toEqual({ '$98.4 billion': 'PERIOD 2025-01-01..2025-08-01' })
    expect(windows('2030년까지 123만 기로 늘린다.', '2025-07-15')).toEqual({ '123만 기': 'PERIOD 2025-07-15..2030-12-31' })
  })

  it('a comparison base gives its window only to the value it introduces', () => {
    expect(windows('지난해 비중은 41.5%로 2023년(28.3%)보다 13.2%p 높아졌다.', '2025-03-12')).toEqual({
      '41.5%': 'PERIOD 2024-01-01..2024-12-31',
      '28.3%': 'PERIOD 2023-01-01..2023-12-31',
      '13.2%p 높아졌다': 'PERIOD 2024-01-01..2024-12-31',
    })
    expect(windows('About 78% used AI in 2024, up from 55% the year before.', '2025-04-20', 'en')).toEqual({
      'About 78%': 'PERIOD 2024-01-01..2024-12-31',
      '55%': 'PERIOD 2023-01-01..2023-12-31',
    })
  })

  it('no time in the text: null; a later sentence takes the lead\'s frame, a headline the body\'s', () => {
    expect(windows('점유율은 35%다.', '2025-06-01')).toEqual({ '35%': null })
    expect(windows('수출 138억 달러\n\n5월 수출은 138억 달러였다. 반도체 비중은 58.7%다.', '2025-06-01')).toEqual({
      '138억 달러': 'PERIOD 2025-05-01..2025-05-31',
      '58.7%': 'PERIOD 2025-05-01..2025-05-31',
    })
  })
})
