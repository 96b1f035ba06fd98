import { describe, expect, it } from 'vitest'
import { articleText } from '../../../lib/bench/extraction'
import { extractCandidates } from '../../../lib/intake/extract'
import { ARTICLES, DECOY_KINDS } from '../../fixtures/intake/labels'

const found = (text: string, lang: 'ko' | 'en' = 'ko') => extractCandidates(text, { lang, published: '2025-06-01' }).candidates.map((c) => text.slice(c.start, c.end))

describe('what is not a quantity', () => {
  it('dates and times: a day of the month is no duration, a clock time no count', () => {
    expect(found('과기정통부는 12일 발표했다. 회의는 28일 오전 9시에 열린다. 1일(현지시간) 공개됐다.')).toEqual([])
    expect(found('The data, released on July 24 at 10:15 a.m., cover March 2025.', 'en')).toEqual([])
    expect(found('비가 10일 연속 내렸다.')).toEqual(['10일']) // a duration of days says so
  })

  it('model names and versions, product and event names', () => {
    expect(found('EXAONE 3.5와 Gemini 2.5, n3n-10B, GPT-4o, Llama 3.1 405B, V2.5, 3B급 모델을 비교했다.')).toEqual([])
    expect(found("갤럭시 S25와 아이오닉 5, 'AI 반도체 챌린지 2026', CES 2025에 나온 HBM3E 12단 제품.")).toEqual([])
  })

  it('stock codes, numbering, report titles, URLs, e-mails, phone numbers, markup and bare years', () => {
    expect(found('삼성전자[005930]와 SK Hynix (KRX: 000660), 005930.KS')).toEqual([])
    expect(found('(4) 개요\n1. 현황 ① 표 3-2 [2024 결산]')).toEqual([])
    expect(found('「2024 AI 산업 실태조사」와 AI Index 2025에 따르면')).toEqual([])
    expect(found('https://example.kr/2025/12/report?id=3곳 ai2025@example.kr 044-202-6110 +82 2 398 3114 1588-0000')).toEqual([])
    expect(found('&nbsp;&lt;표 1&gt; <br/> &#9654; ⓒ 2025 (2024)')).toEqual([])
  })

  it('attributive counters, the scale of a score, survey boilerplate and durations that are windows', () => {
    expect(found('12대 국가전략기술과 3기 신도시')).toEqual([])
    expect(found('차량 12대를 팔았다.')).toEqual(['12대'])
    expect(found('100점 만점에 88.4점')).toEqual(['88.4점'])
    expect(found('표본오차는 95% 신뢰수준에서 ±2.5%p다.')).toEqual([])
    expect(found('석 달 새 13조 원 늘었다. 1년 전보다 24만 명 늘었다.')).toEqual(['13조 원', '24만 명'])
  })

  it('no candidate in the corpus overlaps a labelled decoy, and every article carries every kind of decoy', () => {
    for (const article of ARTICLES) {
      const text = articleText(article)
      const kinds = new Set(article.decoys.map((d) => d.kind))
      expect(DECOY_KINDS.filter((k) => k !== 'other' && !kinds.has(k)), article.file).toEqual([])
      const { candidates } = extractCandidates(text, { lang: article.lang, published: article.published })
      for (const decoy of article.decoys) {
        const start = text.indexOf(decoy.text)
        expect(start, `${article.file}: ${decoy.text}`).toBeGreaterThanOrEqual(0)
        const hit = candidates.find((c) => c.start < start + decoy.text.length && c.end > start)
        expect(hit && text.slice(hit.start, hit.end), `${article.file}: decoy ${decoy.kind} "${decoy.text}"`).toBeUndefined()
      }
    }
  })
})
