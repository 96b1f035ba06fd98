// The built-in demo dataset: claims about Korea's AI standing (2024–2025).
// Made from the fact sheet /work/shared/dataset/korea-ai-claims.md, which is its only source. Keys are the fact
// sheet's own keys (claimant keys, which the sheet does not give, start with "C-"). Excerpts quote sources
// verbatim and are rare; what the fact sheet says about a source, in its own words, goes in `note`.
import type { DemoDataset } from './types'

const HAI24_UNDERCOUNT =
  'The report itself warns that it may under-count models from some countries, Korea among them.'

export const demoDataset: DemoDataset = {
  ratingScale: {
    name: '기본 척도 (Default scale)',
    ratings: [
      {
        labelKo: '사실',
        labelEn: 'True',
        value: 5,
        colour: '#2e7d32',
        meaning: '주장이 정확하며 빠진 중요한 맥락이 없다.',
      },
      {
        labelKo: '대체로 사실',
        labelEn: 'Mostly true',
        value: 4,
        colour: '#7cb342',
        meaning: '주장이 대체로 정확하지만 보충 설명이나 맥락이 필요하다.',
      },
      {
        labelKo: '절반의 사실',
        labelEn: 'Half true',
        value: 3,
        colour: '#f9a825',
        meaning: '주장이 부분적으로만 정확하며 중요한 맥락이 빠져 있다.',
      },
      {
        labelKo: '대체로 사실 아님',
        labelEn: 'Mostly not true',
        value: 2,
        colour: '#ef6c00',
        meaning: '주장에 사실 요소가 있지만 중요한 맥락을 빠뜨려 다른 인상을 준다.',
      },
      {
        labelKo: '전혀 사실 아님',
        labelEn: 'Not true',
        value: 1,
        colour: '#c62828',
        meaning: '주장이 사실과 다르다.',
      },
      {
        labelKo: '판단 유보',
        labelEn: 'Undecidable',
        value: null,
        colour: '#9e9e9e',
        meaning: '현재 확보한 근거로는 사실 여부를 판단할 수 없다.',
      },
    ],
  },

  claimants: [
    {
      key: 'C-HANKYUNG-CHOSUN',
      name: '한국경제·조선일보',
      nameEn: 'Hankyung and Chosun Ilbo',
      kind: 'MEDIA',
      description:
        'Reports by 한국경제 and 조선일보 on the AI Index 2024, grouped as one claimant because the fact sheet names them together.',
    },
    {
      key: 'C-MSIT',
      name: '과학기술정보통신부',
      nameEn: 'Ministry of Science and ICT (MSIT)',
      kind: 'GOVERNMENT',
    },
    {
      key: 'C-IITP',
      name: '정보통신기획평가원',
      nameEn: 'IITP',
      kind: 'GOVERNMENT',
    },
    {
      key: 'C-SKT-CEO',
      name: 'SK텔레콤 대표',
      nameEn: 'CEO of SK Telecom',
      kind: 'PERSON',
      description: 'Named by role only, as reported by AI타임스.',
    },
    {
      key: 'C-STANFORD-HAI',
      name: '스탠퍼드 HAI',
      nameEn: 'Stanford HAI',
      kind: 'ORGANIZATION',
      description: 'Publisher of the AI Index; claimant for figures the AI Index states itself.',
    },
    {
      key: 'C-BYLINE',
      name: '바이라인네트워크',
      nameEn: 'Byline Network',
      kind: 'MEDIA',
    },
  ],

  sources: [
    {
      key: 'S-HAI24',
      kind: 'PRIMARY_REPORT',
      publisher: 'Stanford HAI',
      title: 'AI Index Report 2024',
      url: 'https://aiindex.stanford.edu/report/',
      language: 'en',
      publishedAt: '2024-04-15',
      publishedPrecision: 'DAY',
    },
    {
      key: 'S-HAI25',
      kind: 'PRIMARY_REPORT',
      publisher: 'Stanford HAI',
      title: 'AI Index Report 2025',
      url: 'https://hai.stanford.edu/ai-index/2025-ai-index-report',
      language: 'en',
      publishedAt: '2025-04-07',
      publishedPrecision: 'DAY',
    },
    {
      key: 'S-EPOCH',
      kind: 'DATASET',
      publisher: 'Epoch AI',
      title: 'Notable AI Models (database)',
      url: 'https://epoch.ai/data/notable-ai-models',
      language: 'en',
      accessedAt: '2025-04-10',
    },
    {
      key: 'S-CRFM',
      kind: 'DATASET',
      publisher: 'Stanford CRFM',
      title: 'Ecosystem Graphs',
      url: 'https://crfm.stanford.edu/ecosystem-graphs/',
      language: 'en',
      accessedAt: '2024-07-01',
      note: 'Accessed July 2024; only the month is known.',
    },
    {
      key: 'S-MSIT',
      kind: 'OFFICIAL_STATEMENT',
      publisher: '과학기술정보통신부 (MSIT)',
      title: "'한국기업 파운데이션 모델 개발 0건' 보도, 사실과 달라",
      url: 'https://www.korea.kr/news/policyNewsView.do?newsId=148928248',
      language: 'ko',
      publishedAt: '2024-04-17',
      publishedPrecision: 'DAY',
      note: 'Official rebuttal of press reports on the AI Index 2024.',
    },
    {
      key: 'S-NEWSIS',
      kind: 'NEWS',
      publisher: '뉴시스',
      author: '윤정민',
      title: "스탠퍼드 'AI 인덱스 2025' — 주목할 만한 국산 AI 1개",
      language: 'ko',
      publishedAt: '2025-04-08',
      publishedPrecision: 'DAY',
      publishedApprox: true,
      note: 'Publication date approximate; no URL known.',
    },
    {
      key: 'S-BYLINE',
      kind: 'NEWS',
      publisher: '바이라인네트워크',
      author: '최가람',
      title: "우리나라에 '주목할 만한' AI 모델이 한 개뿐이라고?",
      language: 'ko',
      publishedAt: '2025-04-01',
      publishedPrecision: 'MONTH',
      note: 'Published April 2025 (day not known); its counts are as of 2025-04-10. No URL known.',
    },
    {
      key: 'S-AITIMES',
      kind: 'NEWS',
      publisher: 'AI타임스',
      author: '박수빈',
      title: '2024 결산: 국내 파운데이션 모델',
      language: 'ko',
      publishedAt: '2024-12-01',
      publishedPrecision: 'MONTH',
      note: 'Year-end review, December 2024 (day not known). No URL known.',
    },
    {
      key: 'S-YONHAP',
      kind: 'NEWS',
      publisher: '연합뉴스',
      author: '이정현',
      title: '자본 열위에도 10대 모델 확보',
      language: 'ko',
      publishedAt: '2025-02-06',
      publishedPrecision: 'DAY',
      note: 'No URL known.',
    },
    {
      key: 'S-NEWSDAO',
      kind: 'BLOG',
      publisher: '뉴스다오',
      title: '한국기업 파운데이션 모델 개발 진실 과기정통부 해명',
      url: 'https://newsdao.kr/3612',
      language: 'ko',
      publishedAt: '2024-04-01',
      publishedPrecision: 'MONTH',
      note: 'Published April 2024; only the month is known.',
    },
  ],

  claims: [
    // 1
    {
      key: 'K-FM-2023',
      shortId: 'kfm2023',
      slug: 'korea-developed-zero-foundation-models-in-2023',
      text: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.',
      language: 'ko',
      translation: 'Korea developed zero foundation models in 2023.',
      translationLanguage: 'en',
      claimantKey: 'C-HANKYUNG-CHOSUN',
      claimantNote: 'Made in 한국경제 and 조선일보 reports of the AI Index 2024.',
      firstSeenAt: '2024-04-17',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'COUNT',
          subject: 'South Korea',
          metric: 'korean-foundation-models',
          value: '0',
          decimals: 0,
          statedText: '하나도 … 못했다',
          unit: 'foundation models',
          windowKind: 'PERIOD',
          windowStart: '2023-01-01',
          windowEnd: '2023-12-31',
          definition: 'Models listed in Stanford CRFM Ecosystem Graphs, as used by the AI Index 2024.',
          metricKey: 'korean-foundation-models',
          definitionName: 'CRFM Ecosystem Graphs listing, as used by AI Index 2024',
        },
      ],
      appearances: [
        {
          sourceKey: 'S-MSIT',
          appearedAt: '2024-04-17',
          note: "The ministry's rebuttal names the reports' '0건' claim in its title.",
        },
        {
          sourceKey: 'S-NEWSDAO',
          note: 'April 2024 (day not known): covers the claim and the ministry’s rebuttal.',
        },
      ],
      evidence: [
        {
          sourceKey: 'S-HAI24',
          stance: 'SUPPORTS',
          locator: 'Foundation-model table',
          note: `Its foundation-model table lists no Korean model. ${HAI24_UNDERCOUNT}`,
        },
        {
          sourceKey: 'S-MSIT',
          stance: 'REBUTS',
          excerpt: "'한국기업 파운데이션 모델 개발 0건' 보도, 사실과 달라",
          locator: 'Title',
          note:
            'The ministry says the AI Index is not a census; HyperCLOVA X (Naver), EXAONE 2.0 (LG AI Research) and Gauss (Samsung) were released; it will work with Stanford so that Korean models are counted.',
        },
        {
          sourceKey: 'S-AITIMES',
          stance: 'CONTEXT',
          note:
            'The gap came from Korean developers not publishing the technical reports or papers that the database relies on.',
        },
        {
          sourceKey: 'S-CRFM',
          stance: 'CONTEXT',
          note: 'Ecosystem Graphs later added Korean models.',
        },
      ],
      verdict: {
        rating: 'Mostly not true',
        summary:
          "'0'은 한 데이터베이스의 수록 범위를 나타낼 뿐, 한국 기업이 실제로 개발한 모델 수가 아니다.",
        analysis: [
          "스탠퍼드 HAI의 「AI 인덱스 2024」 파운데이션 모델 표에는 한국 모델이 하나도 없다. 이 집계는 스탠퍼드 CRFM의 Ecosystem Graphs 데이터베이스에 실린 모델을 기준으로 한다.",
          '과학기술정보통신부는 이 보고서가 전수조사가 아니며 네이버의 HyperCLOVA X, LG AI연구원의 EXAONE 2.0, 삼성의 Gauss가 공개됐다고 반박했다. 한국 모델이 집계되도록 스탠퍼드와 협의하겠다고도 밝혔다.',
          'AI타임스에 따르면 누락은 데이터베이스가 근거로 삼는 기술 보고서나 논문을 국내 개발사가 공개하지 않은 데서 비롯됐다. 스탠퍼드 CRFM은 이후 한국 모델을 추가했고, 보고서 스스로도 한국 등 일부 국가의 모델을 적게 셀 수 있다고 경고한다.',
          "따라서 '0'은 데이터베이스가 무엇을 수록했는지를 보여 줄 뿐, 한국 기업이 무엇을 만들었는지를 보여 주지 않는다.",
        ].join('\n\n'),
        summaryEn:
          "The zero describes one database's coverage, not the number of models Korean firms actually built.",
        analysisEn: [
          "Stanford HAI's AI Index 2024 table of foundation models lists no Korean model. It counts the models in Stanford CRFM's Ecosystem Graphs database.",
          "The Ministry of Science and ICT replied that the report is not a census and that Naver's HyperCLOVA X, LG AI Research's EXAONE 2.0 and Samsung's Gauss had been released. It also said it would work with Stanford so that Korean models are counted.",
          "According to AI Times, the gap came from Korean developers not publishing the technical reports or papers the database relies on. Stanford CRFM later added Korean models, and the report itself warns that it may undercount models from some countries, Korea among them.",
          "So the zero shows what the database listed, not what Korean companies built.",
        ].join('\n\n'),
      },
    },

    // 2
    {
      key: 'K-NOTABLE-2023',
      shortId: 'knt2023',
      slug: 'zero-korean-models-among-notable-ai-models-in-2023',
      text: "2023년 '주목할 만한 AI 모델'에 한국 모델은 0개였다.",
      language: 'ko',
      translation: "In 2023, zero Korean models were among the 'notable AI models'.",
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote: 'The fact sheet names no claimant; the figure is stated by the AI Index 2024 itself.',
      firstSeenAt: '2024-04-15',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'COUNT',
          subject: 'South Korea',
          metric: 'korean-notable-ai-models',
          value: '0',
          decimals: 0,
          statedText: '0개',
          unit: 'notable AI models',
          windowKind: 'PERIOD',
          windowStart: '2023-01-01',
          windowEnd: '2023-12-31',
          definition: "Epoch AI's notable-model criteria, as used by the AI Index 2024.",
          metricKey: 'korean-notable-ai-models',
          definitionName: 'Epoch AI notable criteria, as used by AI Index 2024',
        },
      ],
      appearances: [{ sourceKey: 'S-HAI24', appearedAt: '2024-04-15' }],
      evidence: [
        {
          sourceKey: 'S-HAI24',
          stance: 'SUPPORTS',
          note: `Counts no Korean notable model for 2023. ${HAI24_UNDERCOUNT}`,
        },
      ],
      verdict: {
        rating: 'True',
        summary:
          '발표된 데이터베이스 기준으로는 사실이나, 보고서 스스로 한국 모델이 적게 집계됐을 수 있다고 밝힌다.',
        analysis: [
          "스탠퍼드 HAI의 「AI 인덱스 2024」는 Epoch AI의 '주목할 만한 모델' 기준으로 2023년 한국 모델을 0개로 집계했다. 주장은 이 수치를 그대로 옮겼다.",
          '다만 보고서 스스로 한국 등 일부 국가의 모델을 적게 셀 수 있다고 경고한다. 0개는 데이터베이스에 수록된 수이며, 한국이 만든 모델 전체를 뜻하지 않는다.',
        ].join('\n\n'),
        summaryEn:
          "True for the database as published, though the report itself says Korean models may be undercounted.",
        analysisEn: [
          "Stanford HAI's AI Index 2024 counts zero Korean models for 2023 under Epoch AI's 'notable model' criteria. The claim repeats that figure as it stands.",
          "The report itself warns that it may undercount models from some countries, Korea among them. Zero is the number the database lists, not every model Korea built.",
        ].join('\n\n'),
      },
    },

    // 3
    {
      key: 'K-NOTABLE-2024',
      shortId: 'knt2024',
      slug: 'only-one-korean-ai-model-was-globally-notable-in-2024',
      text: '2024년 세계적으로 주목할 만한 국산 AI 모델은 1개뿐이다 (엑사원 3.5 32B).',
      language: 'ko',
      translation: 'In 2024, only one Korean-made AI model was globally notable (EXAONE 3.5 32B).',
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote:
        'The fact sheet names no claimant; the count is the AI Index 2025’s, as reported by 뉴시스. The report does not name the model; EXAONE 3.5 32B is the Korean model Epoch AI listed in 2024-12.',
      firstSeenAt: '2025-04-07',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'COUNT',
          subject: 'South Korea',
          metric: 'korean-notable-ai-models',
          value: '1',
          decimals: 0,
          statedText: '1개뿐',
          unit: 'notable AI models',
          windowKind: 'PERIOD',
          windowStart: '2024-01-01',
          windowEnd: '2024-12-31',
          definition: "Epoch AI's notable-model criteria, as used by the AI Index 2025.",
          metricKey: 'korean-notable-ai-models',
          definitionName: 'Epoch AI notable criteria, as used by AI Index 2025',
        },
      ],
      appearances: [
        { sourceKey: 'S-HAI25', appearedAt: '2025-04-07' },
        { sourceKey: 'S-NEWSIS', appearedAt: '2025-04-08', note: 'Date approximate.' },
      ],
      evidence: [
        {
          sourceKey: 'S-HAI25',
          stance: 'SUPPORTS',
          note: 'Notable models of 2024 by country: US 40, China 15, France 3; Korea, Canada and Israel 1 each. The report does not name the Korean model.',
        },
        {
          sourceKey: 'S-NEWSIS',
          stance: 'SUPPORTS',
          note: 'Reports the AI Index 2025 count of one notable Korean model.',
        },
        {
          sourceKey: 'S-EPOCH',
          stance: 'CONTEXT',
          note: 'Epoch AI listed EXAONE 3.5 32B in 2024-12.',
        },
      ],
      verdict: {
        rating: 'True',
        summary:
          '「AI 인덱스 2025」 기준 2024년 주목할 만한 한국 모델은 1개다.',
        analysis: [
          '스탠퍼드 HAI의 「AI 인덱스 2025」는 2024년 주목할 만한 AI 모델을 미국 40개, 중국 15개, 프랑스 3개, 한국·캐나다·이스라엘 각 1개로 집계했다. 뉴시스도 이 수치를 보도했다.',
          '보고서는 한국 모델의 이름을 밝히지 않는다. Epoch AI 데이터베이스에는 2024년 12월 EXAONE 3.5 32B가 올라 있다.',
          '이 수치는 한 해(2024년)만 센 것이다. 같은 기준의 누적 수치(17개)와는 서로 모순되지 않는다.',
        ].join('\n\n'),
        summaryEn:
          "True: the AI Index 2025 counts one notable Korean model for 2024.",
        analysisEn: [
          "Stanford HAI's AI Index 2025 counts the notable AI models of 2024 as 40 from the United States, 15 from China, 3 from France and one each from Korea, Canada and Israel. Newsis reported the same figures.",
          "The report does not name the Korean model. Epoch AI's database lists EXAONE 3.5 32B, released in December 2024.",
          "The figure counts one year (2024) only. It does not contradict the cumulative figure (17) under the same criteria.",
        ].join('\n\n'),
      },
    },

    // 4
    {
      key: 'K-NOTABLE-CUM',
      shortId: 'kntcumu',
      slug: '17-korean-ai-models-selected-as-notable-ai-models-so-far',
      text: "한국 AI 모델은 지금까지 총 17개가 '주목할 만한 AI 모델'에 선정됐다.",
      language: 'ko',
      translation: "A total of 17 Korean AI models have been selected as 'notable AI models' so far.",
      translationLanguage: 'en',
      claimantKey: 'C-BYLINE',
      claimantNote:
        'The fact sheet names no claimant; the cumulative count appears in 바이라인네트워크’s article (counts as of 2025-04-10).',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'COUNT',
          subject: 'South Korea',
          metric: 'korean-notable-ai-models',
          value: '17',
          decimals: 0,
          statedText: '총 17개',
          unit: 'notable AI models',
          windowKind: 'CUMULATIVE',
          windowEnd: '2025-04-10',
          definition: "Epoch AI's notable AI models list, all years.",
          metricKey: 'korean-notable-ai-models',
          definitionName: 'Epoch AI notable list, all years',
        },
      ],
      appearances: [
        { sourceKey: 'S-BYLINE', note: 'April 2025 (day not known); counts as of 2025-04-10.' },
      ],
      evidence: [
        {
          sourceKey: 'S-BYLINE',
          stance: 'SUPPORTS',
          note: 'Counts 17 Korean models on the notable list, as of 2025-04-10.',
        },
        {
          sourceKey: 'S-EPOCH',
          stance: 'SUPPORTS',
          note: 'The notable AI models database, all years, accessed 2025-04-10.',
        },
      ],
      verdict: {
        rating: 'True',
        summary:
          "2025년 4월 10일 기준 Epoch AI 목록에 오른 한국 모델은 모든 연도를 합쳐 17개다.",
        analysis: [
          "바이라인네트워크는 Epoch AI의 '주목할 만한 AI 모델' 데이터베이스에서 한국 모델을 모든 연도에 걸쳐 세어 17개로 집계했다(2025년 4월 10일 기준).",
          "「AI 인덱스 2025」가 2024년 한 해의 한국 모델을 1개로 센 것과 같은 지표이지만 기간이 다르다. 누적 17개와 2024년 1개는 동시에 참일 수 있다.",
        ].join('\n\n'),
        summaryEn:
          "True: 17 Korean models on Epoch AI's notable list, all years together, as of 10 April 2025.",
        analysisEn: [
          "Byline Network counted Korean models across all years in Epoch AI's 'notable AI models' database and found 17 (as of 10 April 2025).",
          "It is the same metric as the AI Index 2025's count of one Korean model for 2024, over a different window. A cumulative 17 and one in 2024 can both be true.",
        ].join('\n\n'),
      },
    },

    // 5
    {
      key: 'K-PATENTS-2022',
      shortId: 'kpt2022',
      slug: 'korea-ranks-first-in-ai-patents-per-100000-people',
      text: '한국은 인구 10만 명당 AI 특허 수 세계 1위 (10.26건).',
      language: 'ko',
      translation: 'Korea ranks first in the world in AI patents per 100,000 people (10.26).',
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote: 'The fact sheet names no claimant; the figure is stated by the AI Index 2024 itself.',
      firstSeenAt: '2024-04-15',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'RATE',
          subject: 'South Korea',
          metric: 'ai-patents-per-100k',
          value: '10.26',
          decimals: 2,
          statedText: '10.26건',
          unit: 'granted AI patents per 100,000 people',
          per: '100000',
          perUnit: 'people',
          windowKind: 'PERIOD',
          windowStart: '2022-01-01',
          windowEnd: '2022-12-31',
          definition: 'Granted AI patents per 100,000 people, by country, as reported by the AI Index 2024.',
          metricKey: 'ai-patents-per-100k',
          definitionName: 'AI patents per 100,000 people, as reported by AI Index 2024',
        },
        // "1위": the same report's ranking by that rate.
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'ai-patents-per-100k-rank',
          value: '1',
          decimals: 0,
          statedText: '세계 1위',
          unit: '위',
          unitEn: 'place',
          rankHighFirst: true,
          windowKind: 'PERIOD',
          windowStart: '2022-01-01',
          windowEnd: '2022-12-31',
          definition: 'Rank among countries by granted AI patents per 100,000 people, as reported by the AI Index 2024.',
        },
      ],
      appearances: [
        { sourceKey: 'S-HAI24', appearedAt: '2024-04-15' },
        { sourceKey: 'S-MSIT', appearedAt: '2024-04-17' },
      ],
      evidence: [
        {
          sourceKey: 'S-HAI24',
          stance: 'SUPPORTS',
          note: 'Korea first in granted AI patents per 100,000 people, 10.26, for 2022.',
        },
        {
          sourceKey: 'S-MSIT',
          stance: 'SUPPORTS',
          note: "The ministry's statement repeats this AI Index 2024 ranking.",
        },
      ],
      verdict: {
        rating: 'True',
        summary:
          '「AI 인덱스 2024」 기준 2022년 한국의 인구 10만 명당 AI 특허 수는 10.26건으로 세계 1위다.',
        analysis: [
          '스탠퍼드 HAI의 「AI 인덱스 2024」는 2022년 인구 10만 명당 AI 특허 등록 건수에서 한국을 10.26건으로 1위에 올렸다. 과학기술정보통신부도 같은 순위를 인용했다.',
          '이 수치는 2022년 것이다. 「AI 인덱스 2025」의 2023년 수치(17.27건, 1위)가 더 최신이다.',
        ].join('\n\n'),
        summaryEn:
          "True for 2022: Korea had 10.26 AI patents per 100,000 people, first in the world, per the AI Index 2024.",
        analysisEn: [
          "Stanford HAI's AI Index 2024 ranks Korea first in granted AI patents per 100,000 people in 2022, with 10.26. The Ministry of Science and ICT cited the same ranking.",
          "The figure is for 2022. The AI Index 2025's figure for 2023 (17.27, first) is more recent.",
        ].join('\n\n'),
      },
    },

    // 6
    {
      key: 'K-PATENTS-2023',
      shortId: 'kpt2023',
      slug: 'korea-first-with-17-27-ai-patents-per-100000-people',
      text: '한국은 인구 10만 명당 AI 특허 수 17.27건으로 1위.',
      language: 'ko',
      translation: 'Korea ranks first with 17.27 AI patents per 100,000 people.',
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote: 'The fact sheet names no claimant; the figure is the AI Index 2025’s, as reported by 뉴시스.',
      firstSeenAt: '2025-04-07',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'RATE',
          subject: 'South Korea',
          metric: 'ai-patents-per-100k',
          value: '17.27',
          decimals: 2,
          statedText: '17.27건',
          unit: 'granted AI patents per 100,000 people',
          per: '100000',
          perUnit: 'people',
          windowKind: 'PERIOD',
          windowStart: '2023-01-01',
          windowEnd: '2023-12-31',
          definition: 'Granted AI patents per 100,000 people, by country, as reported by the AI Index 2025.',
          metricKey: 'ai-patents-per-100k',
          definitionName: 'AI patents per 100,000 people, as reported by AI Index 2025',
        },
        // "1위": the same report's ranking by that rate.
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'ai-patents-per-100k-rank',
          value: '1',
          decimals: 0,
          statedText: '1위',
          unit: '위',
          unitEn: 'place',
          rankHighFirst: true,
          windowKind: 'PERIOD',
          windowStart: '2023-01-01',
          windowEnd: '2023-12-31',
          definition: 'Rank among countries by granted AI patents per 100,000 people, as reported by the AI Index 2025.',
        },
      ],
      appearances: [
        { sourceKey: 'S-HAI25', appearedAt: '2025-04-07' },
        { sourceKey: 'S-NEWSIS', appearedAt: '2025-04-08', note: 'Date approximate.' },
      ],
      evidence: [
        {
          sourceKey: 'S-HAI25',
          stance: 'SUPPORTS',
          note: 'Korea first in granted AI patents per 100,000 people, 17.27, for 2023.',
        },
        {
          sourceKey: 'S-NEWSIS',
          stance: 'SUPPORTS',
          note: 'Reports the ranking: Korea 17.27, Luxembourg 15.31, China 6.08, US 5.20, Japan 4.58.',
        },
      ],
      verdict: {
        rating: 'True',
        summary:
          '「AI 인덱스 2025」 기준 2023년 한국의 인구 10만 명당 AI 특허 수는 17.27건으로 1위다.',
        analysis: [
          '스탠퍼드 HAI의 「AI 인덱스 2025」는 2023년 인구 10만 명당 AI 특허 등록 건수에서 한국을 17.27건으로 1위에 올렸다. 뉴시스 보도에 따르면 룩셈부르크 15.31건, 중국 6.08건, 미국 5.20건, 일본 4.58건이 뒤를 이었다.',
          '같은 지표의 2022년 수치(10.26건, 「AI 인덱스 2024」)를 대체하는 최신 수치다.',
        ].join('\n\n'),
        summaryEn:
          "True for 2023: Korea had 17.27 AI patents per 100,000 people, first, per the AI Index 2025.",
        analysisEn: [
          "Stanford HAI's AI Index 2025 ranks Korea first in granted AI patents per 100,000 people in 2023, with 17.27. According to Newsis, Luxembourg (15.31), China (6.08), the United States (5.20) and Japan (4.58) followed.",
          "It is the newer figure of the same metric and supersedes the 2022 figure (10.26, AI Index 2024).",
        ].join('\n\n'),
      },
    },

    // 7
    {
      key: 'K-INVEST-2024',
      shortId: 'kinv024',
      slug: 'korea-private-ai-investment-fell-to-11th-in-2024',
      text: '한국의 민간 AI 투자액은 2024년 13억 달러로 세계 11위로 떨어졌다 (2022년 6위, 2023년 9위).',
      language: 'ko',
      translation:
        "Korea's private AI investment was 1.3 billion dollars in 2024, falling to 11th in the world (6th in 2022, 9th in 2023).",
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote:
        'The fact sheet names no claimant; the figure is the AI Index 2025’s, as reported by 뉴시스 and 바이라인네트워크.',
      firstSeenAt: '2025-04-07',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'MONEY',
          subject: 'South Korea',
          metric: 'private-ai-investment',
          // In the currency's unit: 13억 달러 is 1,300,000,000 dollars, stated to hundred millions.
          value: '1300000000',
          decimals: -8,
          statedText: '13억 달러',
          unit: '달러',
          unitEn: 'US dollars',
          currency: 'USD',
          windowKind: 'PERIOD',
          windowStart: '2024-01-01',
          windowEnd: '2024-12-31',
          definition: 'Private investment in AI, by country, as reported by the AI Index 2025.',
        },
        // "세계 11위로 떨어졌다 (2022년 6위, 2023년 9위)": the rank in 2024, then the two earlier ranks it compares.
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'private-ai-investment-rank',
          value: '11',
          decimals: 0,
          statedText: '세계 11위',
          unit: '위',
          unitEn: 'place',
          rankHighFirst: true,
          windowKind: 'PERIOD',
          windowStart: '2024-01-01',
          windowEnd: '2024-12-31',
          definition: 'Rank among countries by private investment in AI, as reported by the AI Index 2025.',
        },
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'private-ai-investment-rank',
          value: '6',
          decimals: 0,
          statedText: '2022년 6위',
          unit: '위',
          unitEn: 'place',
          rankHighFirst: true,
          windowKind: 'PERIOD',
          windowStart: '2022-01-01',
          windowEnd: '2022-12-31',
          definition: 'Rank among countries by private investment in AI, as reported by the AI Index 2025.',
        },
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'private-ai-investment-rank',
          value: '9',
          decimals: 0,
          statedText: '2023년 9위',
          unit: '위',
          unitEn: 'place',
          rankHighFirst: true,
          windowKind: 'PERIOD',
          windowStart: '2023-01-01',
          windowEnd: '2023-12-31',
          definition: 'Rank among countries by private investment in AI, as reported by the AI Index 2025.',
        },
      ],
      appearances: [
        { sourceKey: 'S-HAI25', appearedAt: '2025-04-07' },
        { sourceKey: 'S-NEWSIS', appearedAt: '2025-04-08', note: 'Date approximate.' },
        { sourceKey: 'S-BYLINE', note: 'April 2025 (day not known).' },
      ],
      evidence: [
        { sourceKey: 'S-HAI25', stance: 'SUPPORTS' },
        { sourceKey: 'S-NEWSIS', stance: 'SUPPORTS' },
        { sourceKey: 'S-BYLINE', stance: 'SUPPORTS' },
      ],
      verdict: {
        rating: 'True',
        summary:
          '「AI 인덱스 2025」 기준 한국의 2024년 민간 AI 투자는 13억 달러로 11위다.',
        analysis: [
          '스탠퍼드 HAI의 「AI 인덱스 2025」에 따르면 한국의 2024년 민간 AI 투자액은 13억 달러로 세계 11위였다. 순위는 2022년 6위, 2023년 9위에서 내려갔다.',
          '뉴시스와 바이라인네트워크도 같은 수치를 보도했다.',
        ].join('\n\n'),
        summaryEn:
          "True: Korea's private AI investment was 1.3 billion USD in 2024, 11th in the world, per the AI Index 2025.",
        analysisEn: [
          "According to Stanford HAI's AI Index 2025, Korea's private AI investment in 2024 was 1.3 billion US dollars, 11th in the world. Its rank fell from 6th in 2022 and 9th in 2023.",
          "Newsis and Byline Network reported the same figures.",
        ].join('\n\n'),
      },
    },

    // 8
    {
      key: 'K-TALENT-2024',
      shortId: 'ktal024',
      slug: 'korea-is-a-net-exporter-of-ai-talent',
      text: '한국은 AI 인재 순유출국이다 (인구 1만 명당 -0.36, 48개국 중 유출률 5위).',
      language: 'ko',
      translation:
        'Korea is a net exporter of AI talent (-0.36 per 10,000 people; fifth-highest outflow rate among 48 countries).',
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote: 'The fact sheet names no claimant; the figure is the AI Index 2025’s, as reported by 뉴시스.',
      firstSeenAt: '2025-04-07',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'RATE',
          subject: 'South Korea',
          metric: 'ai-talent-net-migration',
          value: '-0.36',
          decimals: 2,
          statedText: '인구 1만 명당 -0.36',
          unit: 'net AI talent migration per 10,000 people',
          per: '10000',
          perUnit: 'people',
          windowKind: 'PERIOD',
          windowStart: '2024-01-01',
          windowEnd: '2024-12-31',
          definition:
            'Net migration of AI talent per 10,000 people (negative means net outflow), as reported by the AI Index 2025.',
        },
        // "48개국 중 유출률 5위": fifth-highest outflow rate, so 1 is the highest.
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'ai-talent-outflow-rank',
          value: '5',
          decimals: 0,
          statedText: '48개국 중 유출률 5위',
          unit: '위',
          unitEn: 'place',
          rankOf: 48,
          rankHighFirst: true,
          windowKind: 'PERIOD',
          windowStart: '2024-01-01',
          windowEnd: '2024-12-31',
          definition: 'Rank among 48 countries by AI talent outflow rate (highest first), as reported by the AI Index 2025.',
        },
      ],
      appearances: [
        { sourceKey: 'S-HAI25', appearedAt: '2025-04-07' },
        { sourceKey: 'S-NEWSIS', appearedAt: '2025-04-08', note: 'Date approximate.' },
      ],
      evidence: [
        { sourceKey: 'S-HAI25', stance: 'SUPPORTS' },
        { sourceKey: 'S-NEWSIS', stance: 'SUPPORTS' },
      ],
      verdict: {
        rating: 'True',
        summary:
          '「AI 인덱스 2025」 기준 한국은 인구 1만 명당 -0.36으로 AI 인재 순유출국이다.',
        analysis: [
          '스탠퍼드 HAI의 「AI 인덱스 2025」에 따르면 한국의 AI 인재 순이동은 인구 1만 명당 -0.36으로, 48개국 중 유출률이 다섯 번째로 높았다.',
          '뉴시스도 같은 수치를 보도했다.',
        ].join('\n\n'),
        summaryEn:
          "True: Korea is a net exporter of AI talent, at -0.36 per 10,000 people, per the AI Index 2025.",
        analysisEn: [
          "According to Stanford HAI's AI Index 2025, Korea's net migration of AI talent was -0.36 per 10,000 people, the fifth-highest outflow rate of 48 countries.",
          "Newsis reported the same figure.",
        ].join('\n\n'),
      },
    },

    // 9
    {
      key: 'K-TALENT-CONC',
      shortId: 'ktlconc',
      slug: 'korea-ranks-third-in-ai-talent-concentration',
      text: '한국의 AI 인재 집중도는 세계 3위다.',
      language: 'ko',
      translation: "Korea's AI talent concentration ranks third in the world.",
      translationLanguage: 'en',
      claimantKey: 'C-MSIT',
      firstSeenAt: '2024-04-17',
      status: 'PUBLISHED',
      // The claim states no year for the ranking: the window is "not stated".
      quantities: [
        {
          kind: 'RANK',
          subject: 'South Korea',
          metric: 'ai-talent-concentration-rank',
          value: '3',
          decimals: 0,
          statedText: '세계 3위',
          unit: '위',
          unitEn: 'place',
          rankHighFirst: true,
          definition: 'Rank among countries by AI talent concentration, as the ministry cites it from the AI Index 2024.',
        },
      ],
      appearances: [{ sourceKey: 'S-MSIT', appearedAt: '2024-04-17' }],
      evidence: [
        {
          sourceKey: 'S-MSIT',
          stance: 'SUPPORTS',
          note: 'The ministry cites the AI Index 2024 for this ranking.',
        },
        {
          sourceKey: 'S-HAI24',
          stance: 'SUPPORTS',
          note: 'The report the ministry cites as the source of the ranking.',
        },
      ],
      verdict: {
        rating: 'True',
        summary:
          '과학기술정보통신부가 「AI 인덱스 2024」를 근거로 제시한 순위다.',
        analysis: [
          '과학기술정보통신부는 스탠퍼드 HAI의 「AI 인덱스 2024」를 인용해 한국의 AI 인재 집중도가 세계 3위라고 밝혔다.',
          '순위의 출처는 「AI 인덱스 2024」이며, 과기정통부는 그 순위를 그대로 옮겼다.',
        ].join('\n\n'),
        summaryEn:
          "True: the ranking the ministry cites from the AI Index 2024.",
        analysisEn: [
          "The Ministry of Science and ICT, citing Stanford HAI's AI Index 2024, said Korea ranks third in the world for AI talent concentration.",
          "The ranking comes from the AI Index 2024; the ministry repeated it as it stands.",
        ].join('\n\n'),
      },
    },

    // 10
    {
      key: 'K-OWN-MODELS',
      shortId: 'kownmdl',
      slug: 'korea-has-secured-10-of-its-own-ai-foundation-models',
      text: '한국은 자체 AI 기반 모델 10개를 확보했다.',
      language: 'ko',
      translation: 'Korea has secured 10 AI foundation models of its own.',
      translationLanguage: 'en',
      claimantKey: 'C-IITP',
      claimantNote: 'Reported by 연합뉴스.',
      firstSeenAt: '2025-02-06',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'COUNT',
          subject: 'South Korea',
          metric: 'korean-foundation-models',
          value: '10',
          decimals: 0,
          statedText: '10개',
          unit: 'foundation models',
          windowKind: 'CUMULATIVE',
          windowEnd: '2025-02-06',
          definition:
            'Korean models listed in Stanford CRFM Ecosystem Graphs, all years, after the database added Korean models. The window ends on the date of the 연합뉴스 report; the fact sheet gives no count date.',
          metricKey: 'korean-foundation-models',
          definitionName: 'Korean models listed in CRFM Ecosystem Graphs',
        },
      ],
      appearances: [{ sourceKey: 'S-YONHAP', appearedAt: '2025-02-06' }],
      evidence: [
        {
          sourceKey: 'S-CRFM',
          stance: 'CONTEXT',
          note: 'The 10 are the Korean models listed in Ecosystem Graphs: Naver HyperCLOVA X, LG EXAONE, SKT A.X, KT Mi:dm, NCSOFT VARCO and others.',
        },
      ],
      verdict: {
        rating: 'Mostly true',
        summary:
          '스탠퍼드 CRFM 데이터베이스에 오른 한국 모델은 10개이나, 이는 데이터베이스 수록 기준의 수치다.',
        analysis: [
          '연합뉴스에 따르면 정보통신기획평가원(IITP)은 한국이 자체 AI 기반 모델 10개를 확보했다고 밝혔다. 이 10개는 스탠퍼드 CRFM의 Ecosystem Graphs에 오른 한국 모델(네이버 HyperCLOVA X, LG EXAONE, SKT A.X, KT Mi:dm, 엔씨소프트 VARCO 등)이다.',
          "「AI 인덱스 2024」의 '2023년 0개'와는 정의와 시점이 다르다. 그 집계 이후 데이터베이스에 한국 모델이 추가됐고, 10개는 한 해가 아니라 전체 수록 모델을 센 것이다.",
          '수치는 데이터베이스 수록 현황에 따른 것이므로 어느 데이터베이스를 언제 보느냐에 따라 달라질 수 있다.',
        ].join('\n\n'),
        summaryEn:
          "Mostly true: 10 Korean models are listed in Stanford CRFM's database, a count of what the database lists.",
        analysisEn: [
          "According to Yonhap, the Institute of Information & Communications Technology Planning & Evaluation (IITP) said Korea has 10 foundation models of its own. The 10 are the Korean models listed in Stanford CRFM's Ecosystem Graphs (Naver's HyperCLOVA X, LG's EXAONE, SKT's A.X, KT's Mi:dm, NCSOFT's VARCO and others).",
          "The definition and date differ from the AI Index 2024's 'zero in 2023'. Korean models were added to the database after that count, and the 10 count every model listed, not one year's.",
          "The figure follows what the database lists, so it can differ by which database is read and when.",
        ].join('\n\n'),
      },
    },

    // 11
    {
      key: 'K-GPU-2000',
      shortId: 'kgpucnt',
      slug: 'domestic-gpu-holdings-are-only-2000-units',
      text: '국내 GPU 보유량은 2000장에 불과하다.',
      language: 'ko',
      translation: 'Domestic GPU holdings amount to only 2,000 units.',
      translationLanguage: 'en',
      claimantKey: 'C-SKT-CEO',
      claimantNote: 'As reported by AI타임스.',
      status: 'RESEARCHING',
      // "2000장에 불과하다": a count, stated without a date.
      quantities: [
        {
          kind: 'COUNT',
          subject: 'South Korea',
          metric: 'domestic-gpu-holdings',
          value: '2000',
          decimals: 0,
          statedText: '2000장',
          unit: '장',
          unitEn: 'GPUs',
          definition: 'GPUs held in Korea, as the claimant put it; the claim names no date, kind of GPU or count.',
        },
      ],
      appearances: [{ sourceKey: 'S-AITIMES', note: 'December 2024 year-end review (day not known).' }],
      evidence: [],
    },

    // 12
    {
      key: 'K-GAP-1-2Y',
      shortId: 'kgap12y',
      slug: 'korean-models-lag-global-leaders-by-one-to-two-years',
      text: '국내 대표 기업 모델 성능은 글로벌 선두 대비 약 1~2년 격차가 있다.',
      language: 'ko',
      translation:
        "The performance of leading Korean companies' models lags the global leaders by about one to two years.",
      translationLanguage: 'en',
      claimantKey: 'C-IITP',
      claimantNote: 'Reported by 연합뉴스.',
      firstSeenAt: '2025-02-06',
      status: 'PUBLISHED',
      // "약 1~2년": a range of durations. The bound is the range; the "about" stays in the stated text.
      quantities: [
        {
          kind: 'DURATION',
          bound: 'RANGE',
          subject: 'Leading Korean models vs the global leaders',
          metric: 'model-performance-gap',
          low: '1',
          high: '2',
          decimals: 0,
          statedText: '약 1~2년',
          unit: '년',
          unitEn: 'years',
          durationUnit: 'year',
          definition: "IITP's estimate of how far leading Korean companies' models lag the global leaders in performance; not a measurement.",
        },
      ],
      appearances: [{ sourceKey: 'S-YONHAP', appearedAt: '2025-02-06' }],
      evidence: [
        {
          sourceKey: 'S-YONHAP',
          stance: 'CONTEXT',
          note: "Reports the gap as IITP's estimate; it is not a count.",
        },
      ],
      verdict: {
        rating: 'Undecidable',
        summary:
          '측정값이 아닌 추정치여서 사실 여부를 판단할 수 없다.',
        analysis: [
          "연합뉴스에 따르면 정보통신기획평가원(IITP)은 국내 대표 기업 모델의 성능이 글로벌 선두와 약 1~2년 격차가 있다고 밝혔다.",
          '이는 집계가 아니라 기관의 추정이어서 참·거짓을 가릴 수 있는 수치가 없다. 따라서 판단을 유보한다.',
        ].join('\n\n'),
        summaryEn:
          "Undecidable: an estimate, not a measurement, so it cannot be checked as true or false.",
        analysisEn: [
          "According to Yonhap, IITP said the performance of leading Korean companies' models is about one to two years behind the global leaders.",
          "This is the institute's estimate, not a count, so there is no figure that could be found true or false. We withhold a rating.",
        ].join('\n\n'),
      },
    },

    // 13
    {
      key: 'US-CN-ARENA',
      shortId: 'uscnarn',
      slug: 'us-china-chatbot-arena-gap-narrowed-to-1-7-points',
      text: 'LMSYS 챗봇 아레나에서 미·중 최고 모델 격차는 2025년 2월 1.7%p(1385점 vs 1362점)로, 2024년 1월 9.26%p에서 크게 줄었다.',
      language: 'ko',
      translation:
        'On the LMSYS Chatbot Arena, the gap between the top US and Chinese models narrowed sharply from 9.26 percentage points in January 2024 to 1.7 points in February 2025 (1385 vs 1362).',
      translationLanguage: 'en',
      claimantKey: 'C-STANFORD-HAI',
      claimantNote: 'The fact sheet names no claimant; the figure is the AI Index 2025’s, as reported by 뉴시스.',
      firstSeenAt: '2025-04-07',
      status: 'PUBLISHED',
      quantities: [
        {
          kind: 'PERCENTAGE_POINTS',
          subject: 'Top US model vs top Chinese model',
          metric: 'us-china-arena-gap',
          value: '1.7',
          decimals: 1,
          statedText: '1.7%p',
          unit: 'percentage points',
          windowKind: 'POINT',
          windowEnd: '2025-02-28',
          definition:
            'Gap between the top US and the top Chinese model on the LMSYS Chatbot Arena (1385 vs 1362 points), as reported by the AI Index 2025.',
        },
        // "2024년 1월 9.26%p에서": the gap it narrowed from.
        {
          kind: 'PERCENTAGE_POINTS',
          subject: 'Top US model vs top Chinese model',
          metric: 'us-china-arena-gap',
          value: '9.26',
          decimals: 2,
          statedText: '2024년 1월 9.26%p',
          unit: 'percentage points',
          windowKind: 'POINT',
          windowEnd: '2024-01-31',
          definition: 'Gap between the top US and the top Chinese model on the LMSYS Chatbot Arena, as reported by the AI Index 2025.',
        },
        // "(1385점 vs 1362점)": the two scores behind the 2025 gap.
        {
          kind: 'SCORE',
          subject: 'Top US model',
          metric: 'lmsys-arena-score',
          value: '1385',
          decimals: 0,
          statedText: '1385점',
          unit: '점',
          unitEn: 'points',
          windowKind: 'POINT',
          windowEnd: '2025-02-28',
          definition: 'LMSYS Chatbot Arena score of the top US model, as reported by the AI Index 2025.',
        },
        {
          kind: 'SCORE',
          subject: 'Top Chinese model',
          metric: 'lmsys-arena-score',
          value: '1362',
          decimals: 0,
          statedText: '1362점',
          unit: '점',
          unitEn: 'points',
          windowKind: 'POINT',
          windowEnd: '2025-02-28',
          definition: 'LMSYS Chatbot Arena score of the top Chinese model, as reported by the AI Index 2025.',
        },
      ],
      appearances: [
        { sourceKey: 'S-HAI25', appearedAt: '2025-04-07' },
        { sourceKey: 'S-NEWSIS', appearedAt: '2025-04-08', note: 'Date approximate.' },
      ],
      evidence: [
        { sourceKey: 'S-HAI25', stance: 'SUPPORTS' },
        { sourceKey: 'S-NEWSIS', stance: 'SUPPORTS' },
      ],
      verdict: {
        rating: 'True',
        summary:
          '「AI 인덱스 2025」 기준 미·중 최고 모델 격차는 2024년 1월 9.26%p에서 2025년 2월 1.7%p로 줄었다.',
        analysis: [
          '스탠퍼드 HAI의 「AI 인덱스 2025」에 따르면 LMSYS 챗봇 아레나에서 미국과 중국 최고 모델의 격차는 2024년 1월 9.26%p였다가 2025년 2월 1.7%p(1385점 대 1362점)로 줄었다.',
          '뉴시스도 같은 수치를 보도했다.',
        ].join('\n\n'),
        summaryEn:
          "True: the gap between the best US and Chinese models narrowed from 9.26 points in January 2024 to 1.7 points in February 2025, per the AI Index 2025.",
        analysisEn: [
          "According to Stanford HAI's AI Index 2025, the gap between the best US and Chinese models on the LMSYS Chatbot Arena was 9.26 percentage points in January 2024 and narrowed to 1.7 points (1385 to 1362) by February 2025.",
          "Newsis reported the same figures.",
        ].join('\n\n'),
      },
    },
  ],

  relations: [
    {
      from: 'K-OWN-MODELS',
      to: 'K-FM-2023',
      kind: 'OTHER_DEFINITION',
      note: "The '10 own models' counts Korean models in CRFM Ecosystem Graphs across all years, after the database added them; the '0' counts 2023 models as used by the AI Index 2024. Different definition and later data, so both can hold.",
    },
    {
      from: 'K-NOTABLE-2023',
      to: 'K-NOTABLE-2024',
      kind: 'SAME_METRIC_OTHER_WINDOW',
      note: 'Korean notable AI models (Epoch AI criteria): 2023 = 0, 2024 = 1.',
    },
    {
      from: 'K-NOTABLE-2024',
      to: 'K-NOTABLE-CUM',
      kind: 'SAME_METRIC_OTHER_WINDOW',
      note: 'One year (2024 = 1) vs cumulative up to 2025-04-10 (17): both can be true at once.',
    },
    {
      from: 'K-PATENTS-2023',
      to: 'K-PATENTS-2022',
      kind: 'SUPERSEDES',
      note: 'Same metric, newer window: the AI Index 2025 figure for 2023 (17.27) replaces the AI Index 2024 figure for 2022 (10.26).',
    },
  ],
  // Metrics group the quantity claims above, so that "0 in 2023", "1 in 2024" and "17 cumulative" show as three
  // windows of one thing. A report's definition carries its publication date as its snapshot date, so that a
  // newer release of the same publisher can be told apart from a different definition.
  metrics: [
    {
      key: 'korean-notable-ai-models',
      nameKo: '한국의 주목할 만한 AI 모델 수',
      nameEn: 'Korean notable AI models',
      unit: 'notable AI models',
      subject: 'South Korea',
      datasetCountry: 'Korea (Republic of)',
      description: "Korean models on Epoch AI's list of notable AI models, as counted by the AI Index and by Epoch AI itself.",
      definitions: [
        { name: 'Epoch AI notable criteria, as used by AI Index 2024', sourceKey: 'S-HAI24', versionLabel: 'AI Index 2024', snapshotDate: '2024-04-15' },
        { name: 'Epoch AI notable criteria, as used by AI Index 2025', sourceKey: 'S-HAI25', versionLabel: 'AI Index 2025', snapshotDate: '2025-04-07' },
        { name: 'Epoch AI notable list, all years', sourceKey: 'S-EPOCH', versionLabel: 'accessed 2025-04-10', snapshotDate: '2025-04-10' },
      ],
    },
    {
      key: 'korean-foundation-models',
      nameKo: '한국의 파운데이션 모델 수',
      nameEn: 'Korean foundation models',
      unit: 'foundation models',
      subject: 'South Korea',
      description: 'Korean foundation models as listed in Stanford CRFM Ecosystem Graphs.',
      definitions: [
        { name: 'CRFM Ecosystem Graphs listing, as used by AI Index 2024', sourceKey: 'S-HAI24', versionLabel: 'AI Index 2024', snapshotDate: '2024-04-15' },
        { name: 'Korean models listed in CRFM Ecosystem Graphs', sourceKey: 'S-CRFM', versionLabel: 'accessed 2024-07', snapshotDate: '2024-07-01' },
      ],
    },
    {
      key: 'ai-patents-per-100k',
      nameKo: '인구 10만 명당 AI 특허 수',
      nameEn: 'AI patents per 100,000 people',
      unit: 'granted AI patents per 100,000 people',
      subject: 'South Korea',
      definitions: [
        { name: 'AI patents per 100,000 people, as reported by AI Index 2024', sourceKey: 'S-HAI24', versionLabel: 'AI Index 2024', snapshotDate: '2024-04-15' },
        { name: 'AI patents per 100,000 people, as reported by AI Index 2025', sourceKey: 'S-HAI25', versionLabel: 'AI Index 2025', snapshotDate: '2025-04-07' },
      ],
    },
  ],

}
