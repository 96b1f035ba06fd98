// Input rules for the intake page: what it reads claims from (analyse), and the one submit that logs them (commit).
// The commit form names each candidate's fields "candidates.<i>.<field>", so zod's error paths are the form's own
// field names and a refused submit marks the very field that is wrong.
import { z } from 'zod'
import { blankToUndefined, checkbox, idField, isRealDate, optionalText, requiredText } from '../actions/fields'
import { DECIMAL_PATTERN, QUANTITY_BOUNDS, QUANTITY_KINDS, WINDOW_KINDS } from '../claims/quantity-schema'
import { CURRENCIES, DURATION_UNITS } from '../quantities/types'
import { MAX_PASTED_CHARACTERS } from '../sources/schema'

export const MAX_CANDIDATES = 200

const day = z
  .string({ error: '날짜를 입력하세요 (YYYY-MM-DD). Enter a date (YYYY-MM-DD).' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '날짜 형식은 YYYY-MM-DD입니다. Use YYYY-MM-DD.', abort: true })
  .refine(isRealDate, '없는 날짜입니다. Not a real date.')
const optionalDay = z.preprocess(blankToUndefined, day.optional())
const language = z.enum(['ko', 'en'], { error: '언어를 고르세요. Choose a language.' })
const optionalLanguage = z.preprocess(blankToUndefined, language.optional())

/** What the page reads claims from: pasted text (or HTML), or a source's archived text. */
export const analyseInput = z
  .object({
    origin: z.enum(['paste', 'source'], { error: '본문을 붙여넣거나 출처를 고르세요. Paste a text or pick a source.' }),
    pasted: z.preprocess(blankToUndefined, z.string().max(MAX_PASTED_CHARACTERS, `${MAX_PASTED_CHARACTERS}자 이하로 붙여넣으세요. At most ${MAX_PASTED_CHARACTERS} characters.`).optional()),
    sourceId: z.preprocess(blankToUndefined, idField.optional()),
    published: optionalDay,
    language: optionalLanguage,
  })
  .superRefine((input, ctx) => {
    if (input.origin === 'paste' && !input.pasted?.trim()) ctx.addIssue({ code: 'custom', path: ['pasted'], message: '본문을 붙여넣으세요. Paste the article’s text.' })
    if (input.origin === 'source' && !input.sourceId) ctx.addIssue({ code: 'custom', path: ['sourceId'], message: '출처를 고르세요. Pick a source.' })
  })

/** A web page to archive first and read claims from. */
export const archiveUrlInput = z.object({
  url: requiredText(2000, '주소를 입력하세요. Enter the page’s address.'),
  title: optionalText(500),
})

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankToUndefined, z.enum(values).optional())
const decimal = z.preprocess(
  blankToUndefined,
  z.string().trim().regex(DECIMAL_PATTERN, '숫자로 입력하세요 (예: 17.27). Enter a number such as 17.27.').optional(),
)

/** One candidate as the review form sends it. Unticked candidates are skipped and checked no further. */
const candidateFields = z.object({
  include: checkbox,
  /** 'new', or 'claim:<id>' for "this article repeats claim <id>". */
  choice: z.preprocess(blankToUndefined, z.string().max(80).regex(/^(?:new|claim:[A-Za-z0-9_-]{1,64})$/, '무엇을 할지 고르세요. Choose what to do.').optional()),
  text: optionalText(2000),
  translation: optionalText(2000),
  quote: optionalText(2000),
  claimantId: z.preprocess(blankToUndefined, idField.optional()),
  claimantName: optionalText(200),
  kind: optionalEnum(QUANTITY_KINDS),
  bound: optionalEnum(QUANTITY_BOUNDS),
  value: decimal,
  low: decimal,
  high: decimal,
  unit: optionalText(80),
  currency: optionalEnum(CURRENCIES),
  per: decimal,
  perUnit: optionalText(80),
  durationUnit: optionalEnum(DURATION_UNITS),
  rankOf: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(1_000_000).optional()),
  strict: checkbox,
  decimals: z.preprocess(blankToUndefined, z.coerce.number().int().min(-20).max(20).optional()),
  statedText: optionalText(200),
  subject: optionalText(200),
  /** The metric the figure is on: the guess from its sentence, or the editor's pick; blank for none. */
  metricId: z.preprocess(blankToUndefined, idField.optional()),
  windowKind: optionalEnum(WINDOW_KINDS),
  windowStart: optionalDay,
  windowEnd: optionalDay,
})

const REQUIRED = '필수 항목입니다. Required.'

const candidate = candidateFields.superRefine((c, ctx) => {
  if (!c.include) return
  const need = (field: keyof typeof c, message = REQUIRED) => ctx.addIssue({ code: 'custom', path: [field], message })
  if (!c.choice) return need('choice', '무엇을 할지 고르세요. Choose what to do.')
  if (!c.quote) need('quote')
  if (c.choice !== 'new') return
  if (!c.text) need('text')
  if (!c.kind) need('kind')
  const bound = c.bound ?? 'EXACT'
  if (bound === 'RANGE') {
    if (!c.low) need('low')
    if (!c.high) need('high')
    if (c.low && c.high && Number(c.low) > Number(c.high)) need('low', '아래 끝이 위 끝보다 큽니다. Low is above high.')
  } else if (!c.value) need('value')
  if (c.kind === 'MONEY' && !c.currency) need('currency', '통화를 고르세요. Choose a currency.')
  if (c.kind === 'RATE' && !c.per) need('per', '기준(예: 100000)을 입력하세요. Enter the base, e.g. 100000.')
  if (c.kind === 'DURATION' && !c.durationUnit) need('durationUnit', '시간 단위를 고르세요. Choose a time unit.')
  if (c.strict && bound !== 'AT_LEAST' && bound !== 'AT_MOST') need('strict', '초과·미만은 이상·이하에만 씁니다. Only a bound can be strict.')
  if (c.windowStart && c.windowEnd && c.windowStart > c.windowEnd) need('windowEnd', '끝날이 시작일보다 앞섭니다. The end is before the start.')
  if ((c.windowStart || c.windowEnd) && !c.windowKind) need('windowKind', '기간 종류를 고르세요. Choose the kind of window.')
})

export type CommitCandidate = z.output<typeof candidate>

/** Form values "candidates.<i>.<field>" gathered into a list; other keys pass through. */
function gatherCandidates(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const rest: Record<string, unknown> = {}
  const rows: Record<string, unknown>[] = []
  for (const [key, value] of Object.entries(raw)) {
    const match = /^candidates\.(\d{1,3})\.(\w{1,40})$/.exec(key)
    if (!match) {
      rest[key] = value
      continue
    }
    const index = Number(match[1])
    if (index >= MAX_CANDIDATES) continue
    ;(rows[index] ??= {})[match[2]] = value
  }
  if (!('candidates' in rest)) rest.candidates = Array.from(rows, (row) => row ?? {})
  return rest
}

export const commitInput = z.preprocess(
  gatherCandidates,
  z
    .object({
      /** The source the text came from; none when it was pasted (a source is then made from the fields below). */
      sourceId: z.preprocess(blankToUndefined, idField.optional()),
      text: z.preprocess(blankToUndefined, z.string().max(MAX_PASTED_CHARACTERS).optional()),
      title: optionalText(500),
      publisher: optionalText(300),
      published: day,
      language,
      candidates: z.array(candidate).max(MAX_CANDIDATES),
    })
    .superRefine((input, ctx) => {
      if (!input.sourceId) {
        if (!input.text?.trim()) ctx.addIssue({ code: 'custom', path: ['text'], message: '본문이 없습니다. The text is missing.' })
        if (!input.title) ctx.addIssue({ code: 'custom', path: ['title'], message: '기사 제목을 입력하세요. Enter the article’s title.' })
        if (!input.publisher) ctx.addIssue({ code: 'custom', path: ['publisher'], message: '매체를 입력하세요. Enter the publisher.' })
      }
      if (!input.candidates.some((c) => c.include)) {
        ctx.addIssue({ code: 'custom', path: ['candidates'], message: '하나 이상 고르세요. Tick at least one figure.' })
      }
    }),
)

export type CommitInput = z.output<typeof commitInput>
