// The intake page's metric guess (lib/claim-intake/metric-guess.ts): existing metrics whose names, description or
// definitions share key words with a figure's sentence, in Korean (particles glued on) and English.
import { describe, expect, it } from 'vitest'
import { guessMetrics, metricKeyWords, prepareMetrics } from '../../lib/claim-intake/metric-guess'

const METRICS = prepareMetrics([
  {
    id: 'm-patents',
    slug: 'ai-patents-per-100k',
    nameKo: '인구 10만 명당 AI 특허 수',
    nameEn: 'AI patents per 100,000 people',
    description: null,
    definitions: ['AI patents per 100,000 people, as reported by AI Index 2024'],
  },
  {
    id: 'm-foundation',
    slug: 'korean-foundation-models',
    nameKo: '한국의 파운데이션 모델 수',
    nameEn: 'Korean foundation models',
    description: 'Korean foundation models as listed in Stanford CRFM Ecosystem Graphs.',
    definitions: [],
  },
  {
    id: 'm-notable',
    slug: 'korean-notable-ai-models',
    nameKo: '한국의 주목할 만한 AI 모델 수',
    nameEn: 'Korean notable AI models',
    description: "Korean models on Epoch AI's list of notable AI models.",
    definitions: ['Epoch AI notable criteria, as used by AI Index 2025'],
  },
  { id: 'm-invest', slug: 'private-ai-investment', nameKo: '민간 AI 투자액', nameEn: 'Private AI investment', description: null, definitions: [] },
])

const ids = (sentence: string) => guessMetrics(sentence, METRICS).map((g) => g.id)

describe('metricKeyWords', () => {
  it('keeps the words that tell metrics apart: no country, no "AI", no particles, no digits', () => {
    expect(metricKeyWords({ nameKo: '한국의 파운데이션 모델 수', nameEn: 'Korean foundation models', description: null, definitions: [] })).toEqual(['파운데이션', '모델', 'foundation', 'model'])
  })
})

describe('guessMetrics', () => {
  it('finds the metric whose words the Korean sentence shares, particles and all', () => {
    expect(ids('한국은 인구 10만 명당 AI 특허 수 17.27건으로 집계됐다.')).toEqual(['m-patents'])
    expect(ids('한국의 민간 AI 투자액은 지난해 13억 달러로 집계됐다.')).toEqual(['m-invest'])
    const guesses = guessMetrics('한국은 2023년에 파운데이션 모델을 하나도 내놓지 못했다.', METRICS)
    expect(guesses[0]).toMatchObject({ id: 'm-foundation', shared: ['파운데이션', '모델'] })
  })

  it('reads English words with their plurals', () => {
    expect(ids('Korea produced one notable model in 2024, down from five.')).toEqual(['m-notable'])
    expect(ids('Korea had 17.27 AI patents per 100,000 people.')).toEqual(['m-patents'])
  })

  it('guesses nothing from words every metric has, or one short shared word', () => {
    expect(ids('한국의 AI 스타트업은 지난해 412곳이었다.')).toEqual([])
    expect(ids('국내 AI 모델 개발사는 12곳이다.')).toEqual([])
    expect(ids('Korea ranked 11th in AI.')).toEqual([])
  })
})
