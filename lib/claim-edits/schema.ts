// A pending edit to a published claim (model ClaimEdit): which of the claim form's fields readers see (and so go
// through review once the claim is published), the proposal as it is stored (JSON) and read back, how two versions
// of those fields compare, and what the review steps' forms may send. Shared by the actions, the desk and tests.
import { z } from 'zod'
import { checkbox, idField, optionalText, requiredText, versionField } from '@/lib/actions/fields'
import type { ClaimEditStatus, DatePrecision } from '@/lib/db/generated/enums'
import type { Prisma } from '@/lib/db/generated/client'
import { claimFormValues, sameFormValue, type ClaimData, type Language } from '@/lib/claims/schema'
import { parseQuantityFieldName } from '@/lib/claims/quantity-form'
import type { QuantityData } from '@/lib/claims/quantity-schema'
import { MAX_NOTE } from '@/lib/verdicts/schema'

/**
 * The claim form's fields readers see (the permalink, API, feeds, export, ClaimReview, tag and claimant pages): on a
 * published claim a change to any of them, or to a quantity row, is stored as a pending edit. The form's other
 * fields are the desk's bookkeeping and save at once: needs re-check, valid as of, re-check after, "under research"
 * (which only matters before a verdict is published), and the status (which a published claim takes from its verdict).
 */
export const PUBLIC_FORM_FIELDS = ['text', 'language', 'translation', 'claimantId', 'claimantNote', 'firstSeenAt', 'tags'] as const

export const isPublicFormField = (field: string) => (PUBLIC_FORM_FIELDS as readonly string[]).includes(field) || parseQuantityFieldName(field) !== null

/** A quantity as a proposal keeps it: what the claim form saves, and the stored position the row updates. */
export type ProposedQuantity = QuantityData & { position: number }

/** The reader-visible part of a claim: what a pending edit proposes, and the base it was drafted against. */
export interface PublicClaim {
  text: string
  language: Language
  translation: string | null
  translationLanguage: Language | null
  claimantId: string | null
  claimantNote: string | null
  firstSeenAt: Date | null
  firstSeenPrecision: DatePrecision
  tags: string[]
  /** In row order; `position` is the stored quantity's (a new row counts on from the last), as writeQuantities reads it. */
  quantities: ProposedQuantity[]
}

/** Every field of a saved quantity (QuantityData), listed once so that the stored row and the proposal agree. */
const QUANTITY_KEYS = {
  kind: true,
  bound: true,
  strict: true,
  value: true,
  low: true,
  high: true,
  decimals: true,
  statedText: true,
  subject: true,
  metricLabel: true,
  unit: true,
  unitEn: true,
  currency: true,
  per: true,
  perUnit: true,
  rankOf: true,
  durationUnit: true,
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  definition: true,
  metricId: true,
  metricDefinitionId: true,
} as const satisfies Record<keyof QuantityData, true>

/** The reader-visible part of a claim form's parsed input (updateClaimInput's output). */
export function publicPartOf(data: Omit<ClaimData, 'status'> & { status?: unknown }): PublicClaim {
  return {
    text: data.text,
    language: data.language,
    translation: data.translation,
    translationLanguage: data.translationLanguage,
    claimantId: data.claimantId,
    claimantNote: data.claimantNote,
    firstSeenAt: data.firstSeenAt,
    firstSeenPrecision: data.firstSeenPrecision,
    tags: data.tags,
    quantities: data.quantities.map(({ row, data: quantity }) => ({ ...quantity, position: row })),
  }
}

type Decimalish = { toString(): string } | null
const text = (value: Decimalish) => (value === null ? null : value.toString())

/** A stored claim's reader-visible part (the claim as lib/claims/actions.ts reads it, quantities in order). */
export function publicPartOfStored(claim: {
  text: string
  language: string
  translation: string | null
  translationLanguage: string | null
  claimantId: string | null
  claimantNote: string | null
  firstSeenAt: Date | null
  firstSeenPrecision: DatePrecision
  tags: string[]
  quantities: readonly (Record<keyof typeof QUANTITY_KEYS, unknown> & { position: number; value: Decimalish; low: Decimalish; high: Decimalish; per: Decimalish })[]
}): PublicClaim {
  return {
    text: claim.text,
    // The claims' columns hold only what the claim form allowed.
    language: claim.language as Language,
    translation: claim.translation,
    translationLanguage: claim.translationLanguage as Language | null,
    claimantId: claim.claimantId,
    claimantNote: claim.claimantNote,
    firstSeenAt: claim.firstSeenAt,
    firstSeenPrecision: claim.firstSeenPrecision,
    tags: [...claim.tags],
    quantities: claim.quantities.map((stored) => {
      const quantity = Object.fromEntries(Object.keys(QUANTITY_KEYS).map((key) => [key, stored[key as keyof typeof QUANTITY_KEYS] ?? null]))
      return { ...(quantity as unknown as QuantityData), value: text(stored.value), low: text(stored.low), high: text(stored.high), per: text(stored.per), position: stored.position }
    }),
  }
}

/** As stored in the JSON column: dates as ISO text. */
export const proposalJson = (claim: PublicClaim) => JSON.parse(JSON.stringify(claim)) as Prisma.InputJsonValue

const dateOrNull = (value: unknown) => (typeof value === 'string' ? new Date(value) : null)

/** A stored proposal (or base) read back, its dates as Dates again. */
export function proposalFromJson(json: unknown): PublicClaim {
  const raw = json as Omit<PublicClaim, 'firstSeenAt'> & { firstSeenAt: string | null }
  return {
    ...raw,
    firstSeenAt: dateOrNull(raw.firstSeenAt),
    tags: raw.tags ?? [],
    quantities: (raw.quantities ?? []).map((q) => ({ ...q, windowStart: dateOrNull(q.windowStart), windowEnd: dateOrNull(q.windowEnd) })),
  }
}

/** The form values of a claim's reader-visible part, as the claim form would show them. */
export function publicFormValues(claim: PublicClaim): Record<string, string> {
  const values = claimFormValues({ ...claim, status: 'PUBLISHED', needsRecheck: false })
  return Object.fromEntries(Object.entries(values).filter(([field]) => isPublicFormField(field)))
}

/** Two versions say the same to readers: field by field as the claim form compares them (numbers, tags, dates). */
export function samePublicClaim(a: PublicClaim, b: PublicClaim): boolean {
  const [left, right] = [publicFormValues(a), publicFormValues(b)]
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].every((field) => sameFormValue(field, left[field], right[field]))
}

export const OPEN_EDIT_STATUSES = ['DRAFT', 'IN_REVIEW', 'SENT_BACK'] as const satisfies readonly ClaimEditStatus[]

export const CLAIM_EDIT_STATUS_LABELS: Record<ClaimEditStatus, string> = {
  DRAFT: '초안 Draft',
  IN_REVIEW: '검토 중 In review',
  PUBLISHED: '공개 Published',
  SENT_BACK: '돌려보냄 Sent back',
  DISCARDED: '취소 Discarded',
}

export const CORRECTION_NOTE_REQUIRED =
  '독자에게 보일 정정 사유를 적거나, 오탈자 수정이면 ‘사소한 수정’을 고르세요. ' +
  'Write the public correction note, or mark the change minor if it only fixes a typo.'
export const OWN_EDIT_REFUSED =
  '2인 원칙: 직접 쓰거나 고친 수정은 다른 검토자가 공개해야 합니다. Two-person rule: someone who wrote or edited this change cannot publish it.'
export const EDIT_IN_REVIEW =
  '공개된 주장의 수정이 검토 중입니다. 검토자가 돌려보내면 고칠 수 있습니다. ' +
  'A change to this published claim is in review; it can be edited once a reviewer sends it back.'
export const BASE_CHANGED =
  '이 수정을 쓴 뒤 공개된 주장이 바뀌었습니다. 수정 양식을 열어 확인하고 다시 저장하세요. ' +
  'The published claim changed since this edit was written: open the edit form, review it and save again.'

const transition = { claimEditId: idField, version: versionField }

export const submitClaimEditInput = z
  .object({
    ...transition,
    /** A typo fix: listed in the claim's history, with no public correction note. */
    minor: checkbox,
    correctionNote: optionalText(MAX_NOTE),
  })
  .refine((input) => input.minor || Boolean(input.correctionNote), { message: CORRECTION_NOTE_REQUIRED, path: ['correctionNote'] })

export const sendBackClaimEditInput = z.object({
  ...transition,
  comment: requiredText(MAX_NOTE, '돌려보내는 이유를 적으세요. Say what needs to change.'),
})

export const publishClaimEditInput = z.object(transition)

export const discardClaimEditInput = z.object(transition)
