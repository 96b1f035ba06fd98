import { describe, expect, it } from 'vitest'
import { CLAIM_REVIEWED_MAX, claimReview, jsonLdScript, truncateText, type ClaimReviewInput } from '../../lib/claims/claim-review'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

type AppearanceInput = ClaimReviewInput['claim']['appearances'][number]
type SourceInput = AppearanceInput['source']

/** An appearance in source `id` (https://news.example/<id> unless `url` says otherwise), undated unless told. */
function appearance(id: string, fields: Partial<SourceInput> & { appearedAt?: Date | null } = {}): AppearanceInput {
  const { appearedAt = null, ...source } = fields
  return {
    sourceId: id,
    appearedAt,
    source: {
      title: `기사 ${id}`,
      url: `https://news.example/${id}`,
      publisher: '언론사',
      publishedAt: null,
      publishedPrecision: 'DAY',
      publishedApprox: false,
      ...source,
    },
  }
}

function input(overrides: { claim?: Partial<ClaimReviewInput['claim']>; verdict?: Partial<ClaimReviewInput['verdict']>; scale?: ClaimReviewInput['scale'] } = {}): ClaimReviewInput {
  return {
    url: 'https://factcheck.example/c/kfm2023/korea-developed-zero-foundation-models-in-2023',
    claim: {
      text: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.',
      firstSeenAt: day('2024-04-16'),
      claimant: { name: '조선일보', kind: 'MEDIA' },
      appearances: [
        appearance('b', { appearedAt: day('2024-05-01'), title: '후속 기사', publisher: '한겨레' }),
        appearance('a', { publishedAt: day('2024-04-16'), title: '첫 기사', publisher: '조선일보' }),
      ],
      evidence: [],
      ...overrides.claim,
    },
    verdict: {
      withdrawn: false,
      rating: { labelKo: '대체로 사실 아님', labelEn: 'Mostly not true', value: 2 },
      firstPublishedAt: new Date('2024-06-01T09:00:00Z'),
      publishedAt: new Date('2024-06-01T09:00:00Z'),
      ...overrides.verdict,
    },
    scale: overrides.scale === undefined ? { best: 5, worst: 1 } : overrides.scale,
    organization: { name: '팩트체크 Claim Tracker', url: 'https://factcheck.example' },
  }
}

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment)

describe('truncateText', () => {
  it('keeps text within the limit as it is, with whitespace runs collapsed', () => {
    expect(truncateText('  짧은\n주장  ')).toBe('짧은 주장')
    const exact = '가'.repeat(CLAIM_REVIEWED_MAX)
    expect(truncateText(exact)).toBe(exact)
  })

  it('cuts longer text to 75 code units including an ellipsis', () => {
    const cut = truncateText('가'.repeat(200))
    expect(cut.length).toBe(CLAIM_REVIEWED_MAX)
    expect(cut.endsWith('…')).toBe(true)
  })

  it('never splits a grapheme: emoji sequences and decomposed Hangul stay whole', () => {
    // A family emoji is 11 code units; a cut by code units at 74 would leave half of one.
    const family = '👨‍👩‍👧‍👦'
    const cut = truncateText(`${'a'.repeat(70)}${family}${family}`)
    expect(cut.length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX)
    expect(cut).toBe(`${'a'.repeat(70)}…`)
    // Decomposed jamo (NFD) are composed first, so syllables count as one unit each and survive.
    const nfd = '한국'.normalize('NFD').repeat(60)
    const hangul = truncateText(nfd)
    expect(hangul.length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX)
    expect(graphemes(hangul.slice(0, -1)).every((g) => g === '한' || g === '국')).toBe(true)
  })

  it('does not leave a space before the ellipsis', () => {
    expect(truncateText(`${'a'.repeat(73)} bcdef`)).toBe(`${'a'.repeat(73)}…`)
  })
})

describe('claimReview', () => {
  it('carries the required fields, the url as given and dates as days', () => {
    const review = claimReview(input())!
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/c/kfm2023/korea-developed-zero-foundation-models-in-2023',
      claimReviewed: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.',
      author: { '@type': 'Organization', name: '팩트체크 Claim Tracker', url: 'https://factcheck.example' },
      datePublished: '2024-06-01',
      reviewRating: { '@type': 'Rating', alternateName: '대체로 사실 아님', ratingValue: 2, bestRating: 5, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: '조선일보' }, datePublished: '2024-04-16' },
    })
    expect(review).not.toHaveProperty('dateModified')
  })

  it('orders appearances oldest first (falling back to the source date) and names the first one', () => {
    const item = claimReview(input())!.itemReviewed as { appearance: { url: string }[]; firstAppearance: { url: string; datePublished: string } }
    expect(item.appearance.map((a) => a.url)).toEqual(['https://news.example/a', 'https://news.example/b'])
    expect(item.firstAppearance).toMatchObject({ '@type': 'CreativeWork', url: 'https://news.example/a', datePublished: '2024-04-16' })
  })

  it('dates the claim by its first appearance when nobody recorded when it was first seen', () => {
    const item = claimReview(input({ claim: { firstSeenAt: null } }))!.itemReviewed as { datePublished: string }
    expect(item.datePublished).toBe('2024-04-16')
  })

  it('leaves out what is not known rather than inventing it', () => {
    const item = claimReview(input({ claim: { claimant: null, firstSeenAt: null, appearances: [] } }))!.itemReviewed
    expect(item).toEqual({ '@type': 'Claim' })
  })

  it('calls a person a Person', () => {
    const item = claimReview(input({ claim: { claimant: { name: '홍길동', kind: 'PERSON' } } }))!.itemReviewed as { author: object }
    expect(item.author).toEqual({ '@type': 'Person', name: '홍길동' })
  })

  it('gives numeric fields only for a rating with a value, bounded by the scale', () => {
    const undecidable = claimReview(input({ verdict: { rating: { labelKo: '판단 유보', labelEn: 'Undecidable', value: null } } }))!
    expect(undecidable.reviewRating).toEqual({ '@type': 'Rating', alternateName: '판단 유보' })
    // A scale without numbers gives no bounds either, so no half-numeric rating.
    expect(claimReview(input({ scale: null }))!.reviewRating).toEqual({ '@type': 'Rating', alternateName: '대체로 사실 아님' })
    const other = claimReview(input({ scale: { best: 7, worst: 0 }, verdict: { rating: { labelKo: '사실', labelEn: 'True', value: 7 } } }))!
    expect(other.reviewRating).toMatchObject({ ratingValue: 7, bestRating: 7, worstRating: 0 })
  })

  it('keeps the rating out of claimReviewed, and cuts a long claim to 75 characters', () => {
    const text = '한국은 지난해 세계적으로 주목할 만한 인공지능 모델을 단 하나도 내놓지 못했으며 이는 미국과 중국은 물론 프랑스와 캐나다보다도 뒤처진 결과라고 보도되었다.'
    const review = claimReview(input({ claim: { text } }))!
    const reviewed = review.claimReviewed as string
    expect(reviewed.length).toBeLessThanOrEqual(75)
    expect(reviewed.endsWith('…')).toBe(true)
    expect(text.startsWith(reviewed.slice(0, -1))).toBe(true)
    for (const word of ['대체로 사실 아님', 'Mostly not true', '판정', 'Verdict']) expect(reviewed).not.toContain(word)
  })

  it('gives dateModified only after a correction', () => {
    const review = claimReview(input({ verdict: { publishedAt: new Date('2024-07-02T10:00:00Z') } }))!
    expect(review.dateModified).toBe('2024-07-02')
    expect(review.datePublished).toBe('2024-06-01')
  })

  it('gives nothing for a withdrawn verdict', () => {
    expect(claimReview(input({ verdict: { withdrawn: true } }))).toBeNull()
  })
})

type ClaimLd = {
  datePublished?: string
  appearance?: { url: string; datePublished?: string }[]
  firstAppearance?: { url: string; datePublished?: string }
}
const itemReviewed = (claim: Partial<ClaimReviewInput['claim']>) => claimReview(input({ claim }))!.itemReviewed as ClaimLd
const urls = (item: ClaimLd) => item.appearance?.map((a) => a.url)

describe('claimReview: where the claim appeared', () => {
  it('leaves out a source the evidence cites as rebutting or contradicting the claim, though recorded as an appearance', () => {
    const item = itemReviewed({
      appearances: [
        appearance('ministry', { appearedAt: day('2024-04-17') }),
        appearance('critic', { appearedAt: day('2024-04-16') }),
        appearance('report', { appearedAt: day('2024-04-18') }),
      ],
      evidence: [
        { sourceId: 'ministry', stance: 'REBUTS' },
        { sourceId: 'critic', stance: 'CONTRADICTS' },
        { sourceId: 'report', stance: 'SUPPORTS' },
      ],
    })
    expect(urls(item)).toEqual(['https://news.example/report'])
    expect(item.firstAppearance?.url).toBe('https://news.example/report')
  })

  it('takes appearances only from appearances: evidence alone never makes one', () => {
    const item = itemReviewed({
      appearances: [appearance('a', { appearedAt: day('2024-04-16') })],
      evidence: [
        { sourceId: 'other', stance: 'SUPPORTS' },
        { sourceId: 'context', stance: 'CONTEXT' },
      ],
    })
    expect(urls(item)).toEqual(['https://news.example/a'])
  })

  it('keeps a supporting or context source that is also where the claim was made', () => {
    const item = itemReviewed({
      appearances: [appearance('report', { appearedAt: day('2024-04-15') })],
      evidence: [{ sourceId: 'report', stance: 'SUPPORTS' }, { sourceId: 'report', stance: 'CONTEXT' }],
    })
    expect(urls(item)).toEqual(['https://news.example/report'])
  })

  it('gives no appearance without a URL', () => {
    const item = itemReviewed({
      appearances: [appearance('a', { appearedAt: day('2024-04-16') }), appearance('b', { appearedAt: day('2024-04-20'), url: null })],
    })
    expect(urls(item)).toEqual(['https://news.example/a'])
    expect(JSON.stringify(item)).not.toContain('기사 b')
    expect(item.appearance!.every((a) => typeof a.url === 'string' && a.url.length > 0)).toBe(true)
  })

  it('names no first appearance when the earliest one has no URL, rather than a later one', () => {
    const item = itemReviewed({
      firstSeenAt: null,
      appearances: [appearance('print', { appearedAt: day('2024-04-10'), url: null }), appearance('web', { appearedAt: day('2024-04-12') })],
    })
    expect(urls(item)).toEqual(['https://news.example/web'])
    expect(item).not.toHaveProperty('firstAppearance')
    // The claim is still dated by the day it first appeared, URL or not.
    expect(item.datePublished).toBe('2024-04-10')
  })

  it('has neither appearance nor firstAppearance when every appearance is a rebuttal or lacks a URL', () => {
    const item = itemReviewed({
      appearances: [appearance('ministry', { appearedAt: day('2024-04-17') }), appearance('print', { url: null })],
      evidence: [{ sourceId: 'ministry', stance: 'REBUTS' }],
    })
    expect(item).not.toHaveProperty('appearance')
    expect(item).not.toHaveProperty('firstAppearance')
  })

  it('never dates an appearance known only to the month as the first of that month', () => {
    const item = itemReviewed({
      firstSeenAt: day('2024-04-17'),
      appearances: [appearance('blog', { publishedAt: day('2024-04-01'), publishedPrecision: 'MONTH' })],
    })
    expect(item.appearance).toEqual([expect.not.objectContaining({ datePublished: expect.anything() })])
    expect(item.firstAppearance?.url).toBe('https://news.example/blog')
    expect(item.firstAppearance).not.toHaveProperty('datePublished')
    // 17 April may well be within "April 2024": the desk's day stands.
    expect(item.datePublished).toBe('2024-04-17')
  })

  it('does not call a month-precise appearance first when a dated one may have come before it', () => {
    const item = itemReviewed({
      firstSeenAt: null,
      appearances: [appearance('blog', { publishedAt: day('2024-04-01'), publishedPrecision: 'MONTH' }), appearance('news', { appearedAt: day('2024-04-17') })],
    })
    expect(item).not.toHaveProperty('firstAppearance')
    // A whole month before the dated one: then it is first.
    const earlier = itemReviewed({
      firstSeenAt: null,
      appearances: [appearance('news', { appearedAt: day('2024-04-17') }), appearance('blog', { publishedAt: day('2024-03-01'), publishedPrecision: 'MONTH' })],
    })
    expect(earlier.firstAppearance?.url).toBe('https://news.example/blog')
    expect(urls(earlier)).toEqual(['https://news.example/blog', 'https://news.example/news'])
  })

  it('does not use an approximate or a year-precise source date as a day', () => {
    const item = itemReviewed({
      firstSeenAt: null,
      appearances: [
        appearance('approx', { publishedAt: day('2024-04-08'), publishedApprox: true }),
        appearance('year', { publishedAt: day('2024-01-01'), publishedPrecision: 'YEAR' }),
      ],
    })
    expect(item.appearance!.every((a) => !('datePublished' in a))).toBe(true)
    expect(item).not.toHaveProperty('firstAppearance')
    expect(item).not.toHaveProperty('datePublished')
  })

  it('dates the claim no later than its first appearance', () => {
    // The desk saw it on the 20th, but it had appeared on the 16th.
    const item = itemReviewed({ firstSeenAt: day('2024-04-20'), appearances: [appearance('a', { appearedAt: day('2024-04-16') })] })
    expect(item.datePublished).toBe('2024-04-16')
    expect(item.firstAppearance?.datePublished).toBe('2024-04-16')
    expect(item.datePublished! <= item.firstAppearance!.datePublished!).toBe(true)
  })

  it('gives no claim date when an appearance surely came before every day it knows', () => {
    const item = itemReviewed({
      firstSeenAt: day('2024-04-17'),
      appearances: [appearance('blog', { publishedAt: day('2024-03-01'), publishedPrecision: 'MONTH' })],
    })
    expect(item).not.toHaveProperty('datePublished')
    expect(item.firstAppearance?.url).toBe('https://news.example/blog')
  })

  it('the demo claim: the ministry’s rebuttal is not an appearance, and April 2024 is not 1 April', () => {
    // As prisma/seed/demo-dataset.ts records "Korea developed zero foundation models in 2023".
    const item = itemReviewed({
      firstSeenAt: day('2024-04-17'),
      appearances: [
        appearance('msit', { appearedAt: day('2024-04-17'), url: 'https://www.korea.kr/news/policyNewsView.do?newsId=148928248', publishedAt: day('2024-04-17') }),
        appearance('newsdao', { url: 'https://newsdao.kr/3612', publishedAt: day('2024-04-01'), publishedPrecision: 'MONTH' }),
      ],
      evidence: [
        { sourceId: 'hai24', stance: 'SUPPORTS' },
        { sourceId: 'msit', stance: 'REBUTS' },
        { sourceId: 'aitimes', stance: 'CONTEXT' },
      ],
    })
    expect(item).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: '조선일보' },
      datePublished: '2024-04-17',
      appearance: [{ '@type': 'CreativeWork', url: 'https://newsdao.kr/3612', headline: '기사 newsdao', author: { '@type': 'Organization', name: '언론사' } }],
      firstAppearance: { '@type': 'CreativeWork', url: 'https://newsdao.kr/3612', headline: '기사 newsdao', author: { '@type': 'Organization', name: '언론사' } },
    })
  })
})

describe('jsonLdScript', () => {
  it('escapes < so a claim cannot close the script element, and stays valid JSON', () => {
    const data = { claimReviewed: '</script><script>alert(1)</script> <!--' }
    const body = jsonLdScript(data)
    expect(body).not.toContain('<')
    expect(JSON.parse(body)).toEqual(data)
  })
})
