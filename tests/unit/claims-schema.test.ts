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
      quantities: [],
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
  /** Fields of the form's first quantity row (quantities.0.*). */
  const q = (fields: Record<string, string>, row = 0) => Object.fromEntries(Object.entries(fields).map(([field, value]) => [`quantities.${row}.${field}`, value]))
  const period = { value: '0', unit: 'models', windowKind: 'PERIOD', windowStart: '2023-01-01', windowEnd: '2023-12-31' }
  const first = (raw: Record<string, unknown>) => claimInput.parse({ ...minimal, ...raw }).quantities[0]?.data
  const errors = (raw: Record<string, unknown>) => errorsOf({ ...minimal, ...raw })

  it('keeps a period with its start and end, and the value as exact decimal text', () => {
    expect(first(q({ ...period, value: '10.26', definition: 'notable per Epoch AI' }))).toMatchObject({
      value: '10.26',
      unit: 'models',
      windowKind: 'PERIOD',
      windowStart: new Date('2023-01-01T00:00:00Z'),
      windowEnd: new Date('2023-12-31T00:00:00Z'),
      definition: 'notable per Epoch AI',
    })
  })

  it('once any part is given, asks for the value, the unit and the window kind', () => {
    expect(Object.keys(errors(q({ definition: 'notable models' }))).sort()).toEqual(['quantities.0.unit', 'quantities.0.value', 'quantities.0.windowKind'])
    expect(Object.keys(errors(q({ value: '17' }))).sort()).toEqual(['quantities.0.unit', 'quantities.0.windowKind'])
  })

  it('a window may be "not stated", chosen on purpose: stored as no window', () => {
    expect(first(q({ value: '17', unit: 'models', windowKind: 'NOT_STATED', asOf: '2025-01-01' }))).toMatchObject({ windowKind: null, windowStart: null, windowEnd: null })
  })

  it('a period needs a start and an end, in order', () => {
    expect(Object.keys(errors(q({ ...period, windowStart: '', windowEnd: '' }))).sort()).toEqual(['quantities.0.windowEnd', 'quantities.0.windowStart'])
    expect(errors(q({ ...period, windowStart: '2024-01-01', windowEnd: '2023-12-31' }))['quantities.0.windowEnd']?.[0]).toContain('end is before the start')
    expect(first(q({ ...period, windowStart: '2023-05-01', windowEnd: '2023-05-01' }))?.windowStart).toEqual(new Date('2023-05-01T00:00:00Z'))
  })

  it('a point or cumulative value takes an as-of date, stored as the window end; period dates are ignored', () => {
    for (const windowKind of ['POINT', 'CUMULATIVE']) {
      const quantity = { value: '17', unit: 'models', windowKind }
      expect(errors(q(quantity))['quantities.0.asOf']?.[0]).toContain('as-of date')
      expect(first(q({ ...quantity, asOf: '2025-04-10', windowStart: '2020-01-01', windowEnd: '2020-12-31' }))).toMatchObject({
        windowKind,
        windowStart: null,
        windowEnd: new Date('2025-04-10T00:00:00Z'),
      })
    }
  })

  it('the value is a decimal that fits NUMERIC(24, 6)', () => {
    for (const good of ['0', '-3', '17.27', '123456789012345678.123456']) expect(first(q({ ...period, value: good }))?.value).toBe(good)
    for (const bad of ['1e3', '1,385', '17.', '.5', '1234567890123456789', '1.1234567', 'NaN', '0x10']) {
      expect(errors(q({ ...period, value: bad }))['quantities.0.value']?.[0], bad).toContain('Enter a number')
    }
  })

  it('are checked together with the other fields, so one refusal lists everything to fix', () => {
    expect(Object.keys(errorsOf({ text: '', language: 'ko', ...q({ value: '5' }) })).sort()).toEqual(['quantities.0.unit', 'quantities.0.windowKind', 'text'])
    // An unknown window kind is reported once, not also as a missing as-of date.
    expect(Object.keys(errors(q({ value: '5', unit: 'x', windowKind: 'DECADE' })))).toEqual(['quantities.0.windowKind'])
  })

  it('a row without any quantity field stores no quantity', () => {
    expect(claimInput.parse({ ...minimal, ...q({ windowKind: '', value: ' ', kind: 'RANK', bound: 'EXACT' }) }).quantities).toEqual([])
    expect(claimInput.parse(minimal).quantities).toEqual([])
  })

  it('a metric alone is a quantity with no figure: the metric and definition, nothing else', () => {
    expect(first(q({ metricId: 'm1', metricDefinitionId: 'd1' }))).toMatchObject({
      metricId: 'm1',
      metricDefinitionId: 'd1',
      value: null,
      unit: null,
      windowKind: null,
      decimals: null,
    })
    expect(errors(q({ metricDefinitionId: 'd1' }))['quantities.0.metricId']?.[0]).toContain('Choose the metric')
  })

  it('records kind and bound: automatic kind is COUNT, or PERCENT for a percent sign; bound EXACT', () => {
    expect(first(q(period))).toMatchObject({ kind: 'COUNT', bound: 'EXACT', strict: false })
    expect(first(q({ ...period, unit: '%' }))?.kind).toBe('PERCENT')
    expect(first(q({ ...period, unit: '%', kind: 'PERCENT_CHANGE' }))?.kind).toBe('PERCENT_CHANGE')
    expect(errors(q({ ...period, kind: 'FOLD' }))['quantities.0.kind']?.[0]).toContain('Choose a kind')
    expect(errors(q({ ...period, bound: 'ROUGHLY' }))['quantities.0.bound']?.[0]).toContain('Choose how the figure is bounded')
  })

  it('keeps strict only for "at least" and "at most"', () => {
    expect(first(q({ ...period, bound: 'AT_LEAST', strict: 'on' }))).toMatchObject({ bound: 'AT_LEAST', strict: true })
    expect(first(q({ ...period, bound: 'APPROX', strict: 'on' }))).toMatchObject({ bound: 'APPROX', strict: false })
  })

  it('a range takes a low and a high end in order, and no single value', () => {
    const range = { ...period, value: '', bound: 'RANGE' }
    expect(first(q({ ...range, low: '1', high: '2.5' }))).toMatchObject({ bound: 'RANGE', value: null, low: '1', high: '2.5', decimals: 1 })
    expect(Object.keys(errors(q(range))).sort()).toEqual(['quantities.0.high', 'quantities.0.low'])
    expect(errors(q({ ...range, low: '3', high: '2' }))['quantities.0.high']?.[0]).toContain('below the low end')
    expect(errors(q({ ...range, value: '2', low: '1', high: '2' }))['quantities.0.value']?.[0]).toContain('instead of one value')
    // Ends without a range are refused rather than silently dropped.
    expect(errors(q({ ...period, low: '1' }))['quantities.0.low']?.[0]).toContain('for a range only')
  })

  it('keeps the stated precision: the decimals as typed, or as the editor (or the parser) gave them', () => {
    const decimals = (value: string, extra: Record<string, string> = {}) => first(q({ ...period, value, ...extra }))?.decimals
    expect([decimals('4.4'), decimals('4.35'), decimals('4.40'), decimals('2000'), decimals('-0.36')]).toEqual([1, 2, 2, 0, 2])
    expect(decimals('20000', { decimals: '-4' })).toBe(-4)
    expect(errors(q({ ...period, decimals: '1.5' }))['quantities.0.decimals']?.[0]).toContain('whole number')
  })

  it('holds the invariants of a quantity: money has a currency, a rate its base, a duration its time unit (Korean and English)', () => {
    const point = { windowKind: 'POINT', asOf: '2024-12-31' }
    expect(errors(q({ ...point, kind: 'MONEY', value: '2100000000' }))['quantities.0.currency']?.[0]).toMatch(/^[^A-Za-z]+\. Choose the currency of the amount\.$/)
    expect(errors(q({ ...point, kind: 'RATE', value: '17.27', unit: '건' }))['quantities.0.per']?.[0]).toContain('Enter the base of the rate')
    expect(errors(q({ ...point, kind: 'RATE', value: '17.27', unit: '건', per: '0' }))['quantities.0.per']?.[0]).toContain('above zero')
    expect(errors(q({ ...point, kind: 'DURATION', value: '2' }))['quantities.0.durationUnit']?.[0]).toContain('Choose the time unit')
    // A unit word that names a time unit is enough: "년" is years.
    expect(first(q({ ...point, kind: 'DURATION', value: '2', unit: '년' }))).toMatchObject({ durationUnit: 'year', unit: '년' })
    // Another kind's fields are dropped, not kept against the kind: a currency left on a count.
    expect(first(q({ ...point, kind: 'COUNT', value: '3', unit: '곳', currency: 'USD', per: '1000' }))).toMatchObject({ currency: null, per: null })
    expect(first(q({ ...point, kind: 'MONEY', value: '2100000000', currency: 'USD', decimals: '-8' }))).toMatchObject({ currency: 'USD', decimals: -8, unit: null })
  })

  it('saves several quantities in row order, skipping blank rows, each with its row', () => {
    const point = { windowKind: 'POINT', asOf: '2024-12-31' }
    const data = claimInput.parse({
      ...minimal,
      ...q({ ...point, kind: 'RANK', value: '7', rankOf: '30' }, 5),
      ...q({ ...point, kind: 'MULTIPLE', bound: 'AT_LEAST', value: '5', statedText: '5배 이상' }, 0),
      ...q({ kind: '', bound: 'EXACT' }, 2),
    })
    expect(data.quantities.map(({ row, data }) => [row, data.kind, data.value, data.statedText, data.rankOf])).toEqual([
      [0, 'MULTIPLE', '5', '5배 이상', null],
      [5, 'RANK', '7', null, 30],
    ])
    // Each row's errors name that row's field.
    expect(Object.keys(errors({ ...q(period, 0), ...q({ value: 'x' }, 3) })).sort()).toEqual(['quantities.3.unit', 'quantities.3.value', 'quantities.3.windowKind'])
  })

  it('takes at most 20 quantities', () => {
    const many = Object.assign({}, ...Array.from({ length: 21 }, (_, row) => q({ value: '1', unit: 'x', windowKind: 'NOT_STATED' }, row)))
    expect(errors(many).quantities?.[0]).toContain('At most 20 quantities')
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
    expect(values).toMatchObject({
      firstSeenAt: '2025-04-15',
      tags: 'AI, 특허',
      needsRecheck: 'on',
      'quantities.0.value': '17.27',
      'quantities.0.asOf': '2025-04-10',
      'quantities.0.windowEnd': '',
    })
    // Parsing those values again gives the same claim back.
    expect(claimInput.parse({ ...values }).quantities[0]?.data.windowEnd).toEqual(new Date('2025-04-10T00:00:00Z'))
  })

  it('show every quantity, row = position, at its stated precision, with its kind and bound', () => {
    const quantity = { ...noQuantity, kind: 'RATE', bound: 'AT_LEAST', strict: true, unit: 'x', windowKind: 'POINT', windowEnd: new Date('2025-01-01T00:00:00Z') }
    const values = claimFormValues({
      ...storedClaim,
      quantities: [
        { ...quantity, position: 1, value: { toString: () => '9.000000' }, decimals: 0 },
        { ...quantity, position: 0, value: { toString: () => '4.400000' }, decimals: 2 },
      ],
    })
    expect(values).toMatchObject({
      'quantities.0.value': '4.40',
      'quantities.0.decimals': '2',
      'quantities.0.kind': 'RATE',
      'quantities.0.bound': 'AT_LEAST',
      'quantities.0.strict': 'on',
      'quantities.1.value': '9',
    })
    const range = claimFormValues({
      ...storedClaim,
      quantities: [{ ...quantity, position: 0, bound: 'RANGE', strict: false, low: { toString: () => '1.000000' }, high: { toString: () => '2.000000' }, decimals: 0 }],
    })
    expect(range).toMatchObject({
      'quantities.0.value': '',
      'quantities.0.low': '1',
      'quantities.0.high': '2',
      'quantities.0.bound': 'RANGE',
      'quantities.0.strict': '',
    })
    // A figure whose window the claim does not state shows "not stated"; a metric-only quantity shows no window kind.
    const unstated = claimFormValues({ ...storedClaim, quantities: [{ ...noQuantity, value: { toString: () => '5' } }, { ...noQuantity, position: 1, metricId: 'm1' }] })
    expect(unstated).toMatchObject({ 'quantities.0.windowKind': 'NOT_STATED', 'quantities.1.windowKind': '', 'quantities.1.metricId': 'm1' })
  })

  it('compare by meaning: spacing, tag lists, checkbox spellings and trailing zeros do not count as changes', () => {
    expect(sameFormValue('tags', 'a,b', ' a , b ')).toBe(true)
    expect(sameFormValue('tags', 'a,b', 'b,a')).toBe(false)
    expect(sameFormValue('needsRecheck', undefined, '')).toBe(true)
    expect(sameFormValue('needsRecheck', 'on', '')).toBe(false)
    expect(sameFormValue('quantities.0.value', '17.270', '17.27')).toBe(true)
    expect(sameFormValue('quantities.3.strict', undefined, '')).toBe(true)
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

  it('compares the quantity rows too: a figure the other editor added comes into the form, one both edited stays mine', () => {
    const withFigure = { ...loaded, 'quantities.0.value': '5', 'quantities.0.unit': '곳' }
    const theirs = { ...withFigure, 'quantities.0.value': '6', 'quantities.1.value': '7', 'quantities.1.kind': 'RANK', version: 4, savedBy: null, savedAt: null }
    const edited = { ...withFigure, 'quantities.0.value': '8' }
    expect(conflictRows(withFigure, edited, theirs).map((row) => [row.field, row.bothChanged])).toEqual([
      ['quantities.0.value', true],
      ['quantities.1.kind', false],
      ['quantities.1.value', false],
    ])
    expect(mergeOnConflict(withFigure, edited, theirs)).toMatchObject({ 'quantities.0.value': '8', 'quantities.1.value': '7', 'quantities.1.kind': 'RANK' })
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
