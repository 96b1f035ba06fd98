import { describe, expect, it } from 'vitest'
import { fieldErrorsOf } from '../../lib/actions/pipeline'
import { slugify } from '../../lib/claims/actions'
import {
  claimFormValues,
  claimInput,
  conflictRows,
  mergeOnConflict,
  deskFiltersInput,
  markDuplicateInput,
  parseTags,
  PUBLISHED_FOLLOWS_VERDICT,
  sameFormValue,
  updateClaimInput,
} from '../../lib/claims/schema'

const minimal = { text: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.', language: 'ko' }

function errorsOf(raw: Record<string, unknown>) {
  const result = claimInput.safeParse(raw)
  if (result.success) throw new Error('expected the input to be refused')
  return fieldErrorsOf(result.error)
}

describe('claim input', () => {
  it('turns a minimal form into a row with every absent field null and the status NEW', () => {
    const data = claimInput.parse({ ...minimal, translation: '', claimantId: '', firstSeenAt: '', tags: '' })
    expect(data).toMatchObject({
      text: minimal.text,
      language: 'ko',
      translation: null,
      translationLanguage: null,
      claimantId: null,
      firstSeenAt: null,
      tags: [],
      status: 'NEW',
      needsRecheck: false,
      quantity: null,
    })
  })

  it('gives the translation the other language and reads dates and the checkbox as a form sends them', () => {
    const data = claimInput.parse({ ...minimal, translation: ' Korea developed zero. ', firstSeenAt: '2025-04-15', needsRecheck: 'on' })
    expect(data.translation).toBe('Korea developed zero.')
    expect(data.translationLanguage).toBe('en')
    expect(data.firstSeenAt).toEqual(new Date('2025-04-15T00:00:00Z'))
    expect(data.needsRecheck).toBe(true)
    expect(claimInput.parse({ text: 'Korea ranks first.', language: 'en', translation: '한국이 1위' }).translationLanguage).toBe('ko')
  })

  it('refuses each bad field with a message in Korean and English', () => {
    const errors = errorsOf({ text: ' ', language: 'fr', status: 'DONE', firstSeenAt: '2023-02-30', translation: 'x'.repeat(2001) })
    expect(Object.keys(errors).sort()).toEqual(['firstSeenAt', 'language', 'status', 'text', 'translation'])
    expect(errors.text?.[0]).toMatch(/[가-힣].*Enter the claim/)
    expect(errors.firstSeenAt?.[0]).toContain('Not a real date')
    expect(errorsOf({ ...minimal, text: 'x'.repeat(2001) }).text?.[0]).toContain('At most 2000')
  })

  it('refuses PUBLISHED as a status: a claim is published by publishing its verdict', () => {
    expect(errorsOf({ ...minimal, status: 'PUBLISHED' })).toEqual({ status: [PUBLISHED_FOLLOWS_VERDICT] })
    for (const status of ['NEW', 'RESEARCHING', 'IN_REVIEW', 'ARCHIVED']) expect(claimInput.parse({ ...minimal, status }).status).toBe(status)
  })
})

describe('tags', () => {
  it('are trimmed, emptied ones dropped and repeats (ignoring case) kept once, full-width commas included', () => {
    expect(parseTags(' AI ,특허,, ai，  foundation   models ,특허')).toEqual(['AI', '특허', 'foundation models'])
    expect(claimInput.parse({ ...minimal, tags: 'b, a, b' }).tags).toEqual(['b', 'a'])
  })

  it('allow at most 20 tags of at most 40 characters', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`)
    expect(claimInput.parse({ ...minimal, tags: twenty.join(',') }).tags).toHaveLength(20)
    expect(errorsOf({ ...minimal, tags: [...twenty, 't20'].join(',') }).tags?.[0]).toContain('At most 20 tags')
    expect(errorsOf({ ...minimal, tags: `ok, ${'x'.repeat(41)}` }).tags?.[0]).toContain('at most 40 characters')
    expect(claimInput.parse({ ...minimal, tags: 'x'.repeat(40) }).tags).toEqual(['x'.repeat(40)])
  })
})

describe('quantity rules', () => {
  const period = { quantityValue: '0', quantityUnit: 'models', windowKind: 'PERIOD', windowStart: '2023-01-01', windowEnd: '2023-12-31' }

  it('keeps a period with its start and end, and the value as exact decimal text', () => {
    const data = claimInput.parse({ ...minimal, ...period, quantityValue: '10.26', definition: 'notable per Epoch AI' })
    expect(data.quantity).toMatchObject({
      value: '10.26',
      unit: 'models',
      windowKind: 'PERIOD',
      windowStart: new Date('2023-01-01T00:00:00Z'),
      windowEnd: new Date('2023-12-31T00:00:00Z'),
      definition: 'notable per Epoch AI',
    })
  })

  it('once any part is given, asks for the value, the unit and the window kind', () => {
    expect(Object.keys(errorsOf({ ...minimal, definition: 'notable models' })).sort()).toEqual([
      'quantityUnit',
      'quantityValue',
      'windowKind',
    ])
    expect(Object.keys(errorsOf({ ...minimal, quantityValue: '17' })).sort()).toEqual(['quantityUnit', 'windowKind'])
  })

  it('a period needs a start and an end, in order', () => {
    expect(Object.keys(errorsOf({ ...minimal, ...period, windowStart: '', windowEnd: '' })).sort()).toEqual(['windowEnd', 'windowStart'])
    expect(errorsOf({ ...minimal, ...period, windowStart: '2024-01-01', windowEnd: '2023-12-31' }).windowEnd?.[0]).toContain(
      'end is before the start',
    )
    expect(claimInput.parse({ ...minimal, ...period, windowStart: '2023-05-01', windowEnd: '2023-05-01' }).quantity?.windowStart).toEqual(
      new Date('2023-05-01T00:00:00Z'),
    )
  })

  it('a point or cumulative value takes an as-of date, stored as the window end; period dates are ignored', () => {
    for (const windowKind of ['POINT', 'CUMULATIVE']) {
      const quantity = { quantityValue: '17', quantityUnit: 'models', windowKind }
      expect(errorsOf({ ...minimal, ...quantity }).asOf?.[0]).toContain('as-of date')
      const data = claimInput.parse({ ...minimal, ...quantity, asOf: '2025-04-10', windowStart: '2020-01-01', windowEnd: '2020-12-31' })
      expect(data.quantity).toMatchObject({ windowKind, windowStart: null, windowEnd: new Date('2025-04-10T00:00:00Z') })
    }
  })

  it('the value is a decimal that fits NUMERIC(24, 6)', () => {
    for (const good of ['0', '-3', '17.27', '123456789012345678.123456']) {
      expect(claimInput.parse({ ...minimal, ...period, quantityValue: good }).quantity?.value).toBe(good)
    }
    for (const bad of ['1e3', '1,385', '17.', '.5', '1234567890123456789', '1.1234567', 'NaN', '0x10']) {
      expect(errorsOf({ ...minimal, ...period, quantityValue: bad }).quantityValue?.[0], bad).toContain('Enter a number')
    }
  })

  it('are checked together with the other fields, so one refusal lists everything to fix', () => {
    expect(Object.keys(errorsOf({ text: '', language: 'ko', quantityValue: '5' })).sort()).toEqual(['quantityUnit', 'text', 'windowKind'])
    // An unknown window kind is reported once, not also as a missing as-of date.
    expect(Object.keys(errorsOf({ ...minimal, quantityValue: '5', quantityUnit: 'x', windowKind: 'DECADE' }))).toEqual(['windowKind'])
  })

  it('without any quantity field, no quantity is stored', () => {
    const data = claimInput.parse({ ...minimal, windowKind: '', quantityValue: ' ', quantityKind: 'RANK', quantityBound: 'EXACT' })
    expect(data.quantity).toBeNull()
  })

  it('a metric alone is a quantity with no figure: the metric and definition, nothing else', () => {
    expect(claimInput.parse({ ...minimal, metricId: 'm1', metricDefinitionId: 'd1' }).quantity).toMatchObject({
      metricId: 'm1',
      metricDefinitionId: 'd1',
      value: null,
      unit: null,
      windowKind: null,
      decimals: null,
    })
    expect(errorsOf({ ...minimal, metricDefinitionId: 'd1' }).metricId?.[0]).toContain('Choose the metric')
  })

  it('records kind and bound: automatic kind is COUNT, or PERCENT for a percent sign; bound EXACT', () => {
    expect(claimInput.parse({ ...minimal, ...period }).quantity).toMatchObject({ kind: 'COUNT', bound: 'EXACT', strict: false })
    expect(claimInput.parse({ ...minimal, ...period, quantityUnit: '%' }).quantity?.kind).toBe('PERCENT')
    expect(claimInput.parse({ ...minimal, ...period, quantityUnit: '%', quantityKind: 'PERCENT_CHANGE' }).quantity?.kind).toBe('PERCENT_CHANGE')
    expect(errorsOf({ ...minimal, ...period, quantityKind: 'FOLD' }).quantityKind?.[0]).toContain('Choose a kind')
    expect(errorsOf({ ...minimal, ...period, quantityBound: 'ROUGHLY' }).quantityBound?.[0]).toContain('Choose how the figure is bounded')
  })

  it('keeps strict only for "at least" and "at most"', () => {
    expect(claimInput.parse({ ...minimal, ...period, quantityBound: 'AT_LEAST', quantityStrict: 'on' }).quantity).toMatchObject({ bound: 'AT_LEAST', strict: true })
    expect(claimInput.parse({ ...minimal, ...period, quantityBound: 'APPROX', quantityStrict: 'on' }).quantity).toMatchObject({ bound: 'APPROX', strict: false })
  })

  it('a range takes a low and a high end in order, and no single value', () => {
    const range = { ...period, quantityValue: '', quantityBound: 'RANGE' }
    expect(claimInput.parse({ ...minimal, ...range, quantityLow: '1', quantityHigh: '2.5' }).quantity).toMatchObject({
      bound: 'RANGE',
      value: null,
      low: '1',
      high: '2.5',
      decimals: 1,
    })
    expect(Object.keys(errorsOf({ ...minimal, ...range })).sort()).toEqual(['quantityHigh', 'quantityLow'])
    expect(errorsOf({ ...minimal, ...range, quantityLow: '3', quantityHigh: '2' }).quantityHigh?.[0]).toContain('below the low end')
    expect(errorsOf({ ...minimal, ...range, quantityValue: '2', quantityLow: '1', quantityHigh: '2' }).quantityValue?.[0]).toContain('instead of one value')
    // Ends without a range are refused rather than silently dropped.
    expect(errorsOf({ ...minimal, ...period, quantityLow: '1' }).quantityLow?.[0]).toContain('for a range only')
  })

  it('keeps the stated precision: the decimals as typed', () => {
    const decimals = (quantityValue: string) => claimInput.parse({ ...minimal, ...period, quantityValue }).quantity?.decimals
    expect([decimals('4.4'), decimals('4.35'), decimals('4.40'), decimals('2000'), decimals('-0.36')]).toEqual([1, 2, 2, 0, 2])
  })
})

describe('other inputs', () => {
  it('an update also needs the claim id and the version it was loaded at', () => {
    const result = updateClaimInput.safeParse({ ...minimal })
    expect(result.success).toBe(false)
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(['claimId', 'version'])
    expect(updateClaimInput.parse({ ...minimal, claimId: 'c1', version: '3' })).toMatchObject({ claimId: 'c1', version: 3, text: minimal.text })
  })

  it('a canonical claim is named by a 7-character short id, case and spaces forgiven', () => {
    expect(markDuplicateInput.parse({ claimId: 'c1', canonicalShortId: ' KFM2023 ' }).canonicalShortId).toBe('kfm2023')
    expect(markDuplicateInput.safeParse({ claimId: 'c1', canonicalShortId: 'kfm-2023' }).success).toBe(false)
  })

  it('desk filters from the URL fall back to "no filter" instead of failing', () => {
    expect(deskFiltersInput.parse({ q: ' 파운데이션 ', status: 'PUBLISHED', page: '2', sort: 'created' })).toMatchObject({
      q: '파운데이션',
      status: 'PUBLISHED',
      page: 2,
      sort: 'created',
    })
    expect(deskFiltersInput.parse({ status: 'NOPE', page: '-1', verdict: 'maybe', sort: 'x', q: ['a', 'b'] })).toEqual({
      q: 'a',
      status: undefined,
      claimant: undefined,
      tag: undefined,
      verdict: undefined,
      recheck: undefined,
      sort: undefined,
      page: 1,
    })
  })
})

/** A stored quantity with nothing in it, to spread the few fields a test needs over. */
const noQuantity = {
  position: 0,
  kind: 'COUNT',
  bound: 'EXACT',
  strict: false,
  value: null,
  low: null,
  high: null,
  decimals: null,
  subject: null,
  metricLabel: null,
  unit: null,
  windowKind: null,
  windowStart: null,
  windowEnd: null,
  definition: null,
  metricId: null,
  metricDefinitionId: null,
}
const storedClaim = {
  text: 't',
  language: 'ko',
  translation: null,
  claimantId: null,
  claimantNote: null,
  firstSeenAt: null,
  tags: [],
  status: 'NEW',
  needsRecheck: false,
}

describe('form values', () => {
  it('show a stored claim as the form does, the as-of date in its own field', () => {
    const values = claimFormValues({
      text: 't',
      language: 'ko',
      translation: null,
      claimantId: null,
      claimantNote: null,
      firstSeenAt: new Date('2025-04-15T00:00:00Z'),
      tags: ['AI', '특허'],
      status: 'NEW',
      needsRecheck: true,
      quantities: [
        {
          ...noQuantity,
          position: 0,
          value: { toString: () => '17.270000' },
          decimals: 2,
          unit: 'models',
          windowKind: 'CUMULATIVE',
          windowEnd: new Date('2025-04-10T00:00:00Z'),
        },
      ],
    })
    expect(values).toMatchObject({ firstSeenAt: '2025-04-15', tags: 'AI, 특허', needsRecheck: 'on', quantityValue: '17.27', asOf: '2025-04-10', windowEnd: '' })
    // Parsing those values again gives the same claim back.
    expect(claimInput.parse({ ...values }).quantity?.windowEnd).toEqual(new Date('2025-04-10T00:00:00Z'))
  })

  it('show the main figure (position 0) at its stated precision, with its kind and bound', () => {
    const quantity = { ...noQuantity, kind: 'RATE', bound: 'AT_LEAST', strict: true, unit: 'x', windowKind: 'POINT', windowEnd: new Date('2025-01-01T00:00:00Z') }
    const values = claimFormValues({
      ...storedClaim,
      quantities: [
        { ...quantity, position: 1, value: { toString: () => '9.000000' }, decimals: 0 },
        { ...quantity, position: 0, value: { toString: () => '4.400000' }, decimals: 2 },
      ],
    })
    expect(values).toMatchObject({ quantityValue: '4.40', quantityKind: 'RATE', quantityBound: 'AT_LEAST', quantityStrict: 'on' })
    const range = claimFormValues({
      ...storedClaim,
      quantities: [{ ...quantity, position: 0, bound: 'RANGE', strict: false, low: { toString: () => '1.000000' }, high: { toString: () => '2.000000' }, decimals: 0 }],
    })
    expect(range).toMatchObject({ quantityValue: '', quantityLow: '1', quantityHigh: '2', quantityBound: 'RANGE', quantityStrict: '' })
  })

  it('compare by meaning: spacing, tag lists, checkbox spellings and trailing zeros do not count as changes', () => {
    expect(sameFormValue('tags', 'a,b', ' a , b ')).toBe(true)
    expect(sameFormValue('tags', 'a,b', 'b,a')).toBe(false)
    expect(sameFormValue('needsRecheck', undefined, '')).toBe(true)
    expect(sameFormValue('needsRecheck', 'on', '')).toBe(false)
    expect(sameFormValue('quantityValue', '17.270', '17.27')).toBe(true)
    expect(sameFormValue('text', 'same ', 'same')).toBe(true)
  })
})

describe('after a version conflict', () => {
  const loaded = claimFormValues({
    text: '원문',
    language: 'ko',
    translation: 'original',
    claimantId: null,
    claimantNote: null,
    firstSeenAt: null,
    tags: ['a', 'b'],
    status: 'NEW',
    needsRecheck: false,
    quantities: [],
  })
  const savedNow = { ...loaded, text: '그들의 문장', status: 'RESEARCHING', tags: 'z', version: 4, savedBy: '김', savedAt: null }
  // This editor changed the tags and (to the same value as the other editor) the status; not the text.
  const mine = { ...loaded, tags: 'c', status: 'RESEARCHING' }

  it('lists each field the other editor changed that now differs from the form, saying whether both changed it', () => {
    expect(conflictRows(loaded, mine, savedNow)).toEqual([
      { field: 'text', yours: '원문', saved: '그들의 문장', bothChanged: false },
      { field: 'tags', yours: 'c', saved: 'z', bothChanged: true },
    ])
  })

  it('keeps every edit of this editor and takes the other editor’s changes elsewhere, so re-saving undoes nothing', () => {
    expect(mergeOnConflict(loaded, mine, savedNow)).toMatchObject({ text: '그들의 문장', tags: 'c', status: 'RESEARCHING', translation: 'original' })
  })

  it('without the loaded values, keeps everything typed and shows every difference as a conflict', () => {
    expect(conflictRows(null, mine, savedNow).map((row) => [row.field, row.bothChanged])).toEqual([
      ['text', true],
      ['tags', true],
    ])
    expect(mergeOnConflict(null, mine, savedNow)).toMatchObject({ text: '원문', tags: 'c' })
  })
})

describe('slugs', () => {
  it('are the ASCII words of the wording, lower-case, joined by "-"', () => {
    expect(slugify('Korea developed zero foundation models in 2023.')).toBe('korea-developed-zero-foundation-models-in-2023')
    expect(slugify('Korea ranks first with 17.27 AI patents per 100,000 people.')).toBe('korea-ranks-first-with-17-27-ai-patents-per-100000-people')
    expect(slugify("Korea's net outflow of AI talent")).toBe('koreas-net-outflow-of-ai-talent')
    expect(slugify('Café résumé')).toBe('cafe-resume')
  })

  it('stop at a word boundary within 60 characters, and fall back to "claim"', () => {
    const slug = slugify('In 2024 only one Korean made AI model was globally notable according to Epoch AI data')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toBe('in-2024-only-one-korean-made-ai-model-was-globally-notable')
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(60))
    expect(slugify('국내 반도체 주장')).toBe('claim')
    expect(slugify('국내 GPU 보유량은 2000장에 불과하다')).toBe('gpu-2000')
  })
})
