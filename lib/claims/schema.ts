// What a claim form may send, and the rules a claim must keep: shared by the desk form (client) and the actions.
// Form fields arrive as strings; the parsed output is ready to write (absent values are null, so an update clears
// a field the editor emptied).
import { z } from 'zod'
import { checkbox, idField, isStorableText, optionalDate, optionalPartialDate, optionalText, requiredText, versionField } from '../actions/fields'
import type { ClaimantKind, ClaimStatus, DatePrecision } from '../db/generated/enums'
import { formatDate, formatQuantity } from '../format'
import { DECIMAL_PATTERN, isBlankRow, quantityRowInput, toQuantityData, type QuantityData } from './quantity-schema'
import {
  MAX_QUANTITIES,
  NUMBER_FIELDS,
  QUANTITY_FIELD_LABELS,
  QUANTITY_ROW_FIELD_NAMES,
  parseQuantityFieldName,
  quantityFieldName,
  rawQuantityRows,
  quantityFormValues,
  type StoredQuantity,
} from './quantity-form'

export {
  DECIMAL_PATTERN,
  QUANTITY_BOUND_LABELS,
  QUANTITY_BOUNDS,
  QUANTITY_KIND_LABELS,
  QUANTITY_KINDS,
  WINDOW_KIND_LABELS,
  WINDOW_KINDS,
} from './quantity-schema'

export const LANGUAGES = ['ko', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const LANGUAGE_LABELS: Record<Language, string> = { ko: '한국어 Korean', en: '영어 English' }

export const CLAIM_STATUSES = ['NEW', 'RESEARCHING', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const satisfies readonly ClaimStatus[]
/**
 * The statuses the claim form may set. Not PUBLISHED: a claim is published when a reviewer publishes its verdict
 * (lib/verdicts/actions.ts), and then its status is the verdict's (updateClaim keeps it), never the form's.
 */
export const HAND_SET_STATUSES = ['NEW', 'RESEARCHING', 'IN_REVIEW', 'ARCHIVED'] as const satisfies readonly ClaimStatus[]
export const PUBLISHED_FOLLOWS_VERDICT =
  '공개 상태는 판정을 따릅니다. 검토자가 판정을 공개하면 주장도 공개됩니다. ' +
  'Published follows the verdict: the claim is published when a reviewer publishes its verdict.'
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  NEW: '새 주장 New',
  RESEARCHING: '조사 중 Researching',
  IN_REVIEW: '검토 중 In review',
  PUBLISHED: '공개 Published',
  ARCHIVED: '보관 Archived',
}

export const CLAIMANT_KINDS = ['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'MEDIA'] as const satisfies readonly ClaimantKind[]
export const CLAIMANT_KIND_LABELS: Record<ClaimantKind, string> = {
  PERSON: '개인 Person',
  ORGANIZATION: '단체 Organization',
  GOVERNMENT: '정부 Government',
  MEDIA: '언론 Media',
}

export const MAX_TAGS = 20
export const MAX_TAG_LENGTH = 40
export const MAX_CLAIM_TEXT = 2000

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/** "AI, 특허,  ai ,," -> ["AI", "특허"]: trimmed, empty ones dropped, repeats (ignoring case) dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  // The full-width comma is what a Korean input method often types.
  for (const part of text.split(/[,，]/)) {
    const tag = part.trim().replace(/\s+/g, ' ')
    if (!tag || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    tags.push(tag)
  }
  return tags
}

const tagsField = z
  .preprocess((value) => value ?? '', z.string({ error: '태그는 쉼표로 구분한 글입니다. Tags are comma-separated text.' }))
  .transform(parseTags)
  .refine((tags) => tags.length <= MAX_TAGS, `태그는 ${MAX_TAGS}개까지입니다. At most ${MAX_TAGS} tags.`)
  .refine(
    (tags) => tags.every((tag) => tag.length <= MAX_TAG_LENGTH),
    `태그 하나는 ${MAX_TAG_LENGTH}자 이하입니다. Each tag has at most ${MAX_TAG_LENGTH} characters.`,
  )

/** The fields of the claim form, each checked on its own; the rules across the quantity fields are `quantityRules`. */
const claimFields = {
  text: requiredText(MAX_CLAIM_TEXT, '주장 원문을 입력하세요. Enter the claim as it was made.'),
  language: z.enum(LANGUAGES, { error: '원문 언어를 고르세요. Choose the language of the original.' }),
  translation: optionalText(MAX_CLAIM_TEXT),
  claimantId: z.preprocess(blankToUndefined, idField.optional()),
  claimantNote: optionalText(500),
  /** A day, a month or a year: "2024-12" is known to the month, not 1 December. */
  firstSeenAt: optionalPartialDate,
  tags: tagsField,
  status: z.preprocess(
    blankToUndefined,
    z
      .enum(HAND_SET_STATUSES, { error: (issue) => (issue.input === 'PUBLISHED' ? PUBLISHED_FOLLOWS_VERDICT : '상태를 고르세요. Choose a status.') })
      .default('NEW'),
  ),
  needsRecheck: checkbox,
  /** Readers may open the permalink before a verdict is published, marked "under research"; never listed. */
  publicUnderResearch: checkbox,
  // The claim's quantities arrive as `quantities.N.field` next to these (lib/claims/quantity-form.ts): checked by
  // quantityRows below, row by row with lib/claims/quantity-schema.ts.
  /** Up to when the verdict is known to hold, and when to look at the claim again (the desk's re-check list). */
  validAsOf: optionalDate,
  recheckAfter: optionalDate,
}

type ClaimFieldsOutput = z.output<z.ZodObject<typeof claimFields>>

/** The other language of a two-language desk: a translation is always into the language the original is not in. */
const otherLanguage = (language: Language): Language => (language === 'ko' ? 'en' : 'ko')

/** Each row checked on its own; its field errors keyed by the form's field names (quantities.1.value). */
function checkQuantityRows(claim: Record<string, unknown>, ctx: z.RefinementCtx) {
  const rows = rawQuantityRows(claim)
  if (rows.length > MAX_QUANTITIES) {
    ctx.addIssue({ code: 'custom', path: ['quantities'], message: `수치는 ${MAX_QUANTITIES}개까지입니다. At most ${MAX_QUANTITIES} quantities.` })
    return
  }
  for (const [row, fields] of rows) {
    const parsed = quantityRowInput.safeParse(fields)
    if (parsed.success) continue
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'value')
      ctx.addIssue({ code: 'custom', path: [quantityFieldName(row, field as never)], message: issue.message })
    }
  }
}

/** The quantities to write: the rows that state something, in row order, with the row each came from. */
function toQuantities(claim: Record<string, unknown>): { row: number; data: QuantityData }[] {
  return rawQuantityRows(claim).flatMap(([row, fields]) => {
    const parsed = quantityRowInput.parse(fields)
    return isBlankRow(parsed) ? [] : [{ row, data: toQuantityData(parsed) }]
  })
}

/** The claim's own columns, and its quantities (in row order) for lib/claims/quantities.ts. */
function toClaimData(claim: ClaimFieldsOutput & Record<string, unknown>) {
  return {
    text: claim.text,
    language: claim.language,
    translation: claim.translation ?? null,
    translationLanguage: claim.translation ? otherLanguage(claim.language) : null,
    claimantId: claim.claimantId ?? null,
    claimantNote: claim.claimantNote ?? null,
    firstSeenAt: claim.firstSeenAt?.date ?? null,
    firstSeenPrecision: claim.firstSeenAt?.precision ?? 'DAY',
    tags: claim.tags,
    status: claim.status,
    needsRecheck: claim.needsRecheck,
    publicUnderResearch: claim.publicUnderResearch,
    validAsOf: claim.validAsOf ?? null,
    recheckAfter: claim.recheckAfter ?? null,
    quantities: toQuantities(claim),
  }
}

// Loose: the quantity rows' fields (quantities.N.field) stay in the object for checkQuantityRows and toClaimData.
const claimObject = z.looseObject(claimFields)
// Also when other fields failed, so that one refusal lists everything to fix.
const everyRow = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null }

export const claimInput = claimObject.superRefine(checkQuantityRows, everyRow).transform(toClaimData)
export type ClaimData = z.output<typeof claimInput>

// One object rather than an intersection with claimInput: the loose object keeps every field it is sent, and an
// intersection would have to merge its raw "version" with the parsed one.
export const updateClaimInput = claimObject
  .extend({ claimId: idField, version: versionField })
  .superRefine(checkQuantityRows, everyRow)
  .transform(({ claimId, version, ...claim }) => ({ claimId, version, ...toClaimData(claim) }))

export const markDuplicateInput = z.object({
  claimId: idField,
  canonicalShortId: z
    .string({ error: '원본 주장의 ID를 입력하세요. Enter the canonical claim’s ID.' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]{7}$/, '주장 ID는 영문 소문자와 숫자 7자입니다. A claim ID is 7 letters and digits, e.g. kfm2023.'),
})

export const unmarkDuplicateInput = z.object({ claimId: idField })

/** Who works on a claim and who reviews its verdict: blank is nobody. */
export const assignClaimInput = z.object({
  claimId: idField,
  version: versionField,
  editorId: z.preprocess(blankToUndefined, idField.optional()).transform((id) => id ?? null),
  reviewerId: z.preprocess(blankToUndefined, idField.optional()).transform((id) => id ?? null),
})

export const createClaimantInput = z.object({
  name: requiredText(200, '이름을 입력하세요. Enter a name.'),
  nameEn: optionalText(200),
  kind: z.preprocess(blankToUndefined, z.enum(CLAIMANT_KINDS, { error: '종류를 고르세요. Choose a kind.' }).default('ORGANIZATION')),
})

// A server function's argument, not a form: it is JSON, and may hold what no query can compare (NUL, lone surrogates).
export const similarClaimsInput = z.object({
  text: z.string().max(MAX_CLAIM_TEXT).refine(isStorableText).default(''),
  translation: z.string().max(MAX_CLAIM_TEXT).refine(isStorableText).default(''),
  excludeId: idField.refine(isStorableText).optional(),
})

/** The claim form's own fields in their order, with labels for the conflict view; its quantities follow them. */
export const CLAIM_FORM_FIELDS = {
  text: '원문 Original text',
  language: '원문 언어 Language',
  translation: '번역 Translation',
  claimantId: '주장한 이 Claimant',
  claimantNote: '주장한 이 메모 Claimant note',
  firstSeenAt: '처음 확인 First seen',
  tags: '태그 Tags',
  status: '상태 Status',
  needsRecheck: '재확인 필요 Needs re-check',
  publicUnderResearch: '검증 중 공개 Public while under research',
  validAsOf: '유효 기준일 Valid as of',
  recheckAfter: '재확인 예정일 Re-check after',
} as const
/** A claim's own field, or one of its quantities' (`quantities.N.field`, lib/claims/quantity-form.ts). */
export type ClaimFormField = keyof typeof CLAIM_FORM_FIELDS | `quantities.${number}.${string}`
export type ClaimFormValues = Record<string, string>

/** A field's label in the conflict view: a quantity's field names its figure ("수치 2 Figure 2 · 값 Value"). */
export function claimFieldLabel(field: string): string {
  const quantity = parseQuantityFieldName(field)
  if (quantity) return `수치 ${quantity.row + 1} Figure ${quantity.row + 1} · ${QUANTITY_FIELD_LABELS[quantity.field]}`
  return (CLAIM_FORM_FIELDS as Record<string, string>)[field] ?? field
}

/** Every field of some values, in the form's order: the claim's own, then each quantity row's. */
function formFieldsOf(...valueSets: (Record<string, string> | null)[]): string[] {
  const rows = new Set<number>()
  for (const values of valueSets) {
    for (const key of Object.keys(values ?? {})) {
      const name = parseQuantityFieldName(key)
      if (name) rows.add(name.row)
    }
  }
  const quantityFields = [...rows].sort((a, b) => a - b).flatMap((row) => QUANTITY_ROW_FIELD_NAMES.map((field) => quantityFieldName(row, field)))
  return [...Object.keys(CLAIM_FORM_FIELDS), ...quantityFields]
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

/** A stored claim as the form shows it: the edit form's starting values, and "saved now" in a conflict. */
export function claimFormValues(claim: {
  text: string
  language: string
  translation: string | null
  claimantId: string | null
  claimantNote: string | null
  firstSeenAt: Date | null
  firstSeenPrecision?: DatePrecision
  tags: string[]
  status: string
  needsRecheck: boolean
  /** The claim's quantities, one form row each. */
  quantities?: readonly StoredQuantity[]
  validAsOf?: Date | null
  recheckAfter?: Date | null
  publicUnderResearch?: boolean
}): ClaimFormValues {
  return {
    text: claim.text,
    language: claim.language,
    translation: claim.translation ?? '',
    claimantId: claim.claimantId ?? '',
    claimantNote: claim.claimantNote ?? '',
    firstSeenAt: claim.firstSeenAt ? formatDate(claim.firstSeenAt, claim.firstSeenPrecision ?? 'DAY') : '',
    tags: claim.tags.join(', '),
    status: claim.status,
    needsRecheck: claim.needsRecheck ? 'on' : '',
    publicUnderResearch: claim.publicUnderResearch ? 'on' : '',
    ...quantityFormValues(claim.quantities),
    validAsOf: isoDate(claim.validAsOf ?? null),
    recheckAfter: isoDate(claim.recheckAfter ?? null),
  }
}

/** Two form values mean the same thing: compared after trimming, tags as a parsed list, a checkbox as on/off. */
export function sameFormValue(field: string, a: string | undefined, b: string | undefined): boolean {
  const quantityField = parseQuantityFieldName(field)?.field
  if (field === 'tags') return parseTags(a ?? '').join('\n') === parseTags(b ?? '').join('\n')
  if (field === 'needsRecheck' || field === 'publicUnderResearch' || quantityField === 'strict') {
    return (a === 'on' || a === 'true') === (b === 'on' || b === 'true')
  }
  if (quantityField && NUMBER_FIELDS.includes(quantityField)) return normaliseNumber(a) === normaliseNumber(b)
  return (a ?? '').trim() === (b ?? '').trim()
}

const normaliseNumber = (value: string | undefined) => {
  const text = (value ?? '').trim()
  return DECIMAL_PATTERN.test(text) ? formatQuantity(text) : text
}

/** The record as saved now, as updateClaim reports it with a conflict (ConflictError.current). */
export interface SavedNow {
  /** The form values (ClaimFormValues), flat beside the version and who saved. */
  [field: string]: string | number | null
  version: number
  savedBy: string | null
  savedAt: string | null
}

/** The form values of a "saved now" record, without the version and who saved. */
export function savedFormValues(saved: SavedNow): ClaimFormValues {
  const { version: _version, savedBy: _by, savedAt: _at, ...values } = saved
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, String(value ?? '')]))
}

export interface ConflictRow {
  field: string
  yours: string
  saved: string
  /** Both editors changed this field: the form keeps yours, and offers the saved one. */
  bothChanged: boolean
}

/**
 * What the other save changed, field by field. A field only they changed is taken into the form (re-saving must
 * not quietly undo their work); a field both changed keeps the user's value. Without the loaded values (`base`)
 * every differing field counts as changed by both, so nothing typed is dropped.
 */
export function conflictRows(base: ClaimFormValues | null, yours: Record<string, string>, saved: SavedNow): ConflictRow[] {
  const rows: ConflictRow[] = []
  for (const field of formFieldsOf(base, yours, savedFormValues(saved))) {
    const mine = yours[field] ?? ''
    const theirs = String(saved[field] ?? '')
    if (sameFormValue(field, mine, theirs)) continue
    const changedByThem = !base || !sameFormValue(field, base[field], theirs)
    if (!changedByThem) continue
    rows.push({ field, yours: mine, saved: theirs, bothChanged: !base || !sameFormValue(field, base[field], mine) })
  }
  return rows
}

/** The form's starting values after a conflict: the user's edits on top of what is saved now. */
export function mergeOnConflict(base: ClaimFormValues | null, yours: Record<string, string>, saved: SavedNow): Record<string, string> {
  const merged: Record<string, string> = { ...yours }
  for (const row of conflictRows(base, yours, saved)) if (!row.bothChanged) merged[row.field] = row.saved
  return merged
}

/** The desk list's filters, from the URL: anything unexpected falls back to "no filter" instead of an error page. */
export const DESK_SORTS = ['relevance', 'updated', 'created', 'firstSeen'] as const
export type DeskSort = (typeof DESK_SORTS)[number]
export const DESK_SORT_LABELS: Record<DeskSort, string> = {
  relevance: '관련도 Relevance',
  updated: '최근 수정 Recently updated',
  created: '최근 등록 Recently added',
  firstSeen: '처음 확인일 First seen',
}

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value)
const param = <T extends z.ZodType>(schema: T) => z.preprocess((value) => blankToUndefined(firstOf(value)), schema)

export const deskFiltersInput = z.object({
  q: param(z.string().trim().max(200).refine(isStorableText).optional()).catch(undefined),
  status: param(z.enum(CLAIM_STATUSES).optional()).catch(undefined),
  claimant: param(idField.refine(isStorableText).optional()).catch(undefined),
  tag: param(z.string().trim().max(MAX_TAG_LENGTH).refine(isStorableText).optional()).catch(undefined),
  verdict: param(z.enum(['yes', 'no']).optional()).catch(undefined),
  recheck: param(z.enum(['1']).optional()).catch(undefined),
  sort: param(z.enum(DESK_SORTS).optional()).catch(undefined),
  page: param(z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
})
export type DeskFilters = z.output<typeof deskFiltersInput>
