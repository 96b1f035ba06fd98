// What the verdict forms may send: shared by the desk editor (client) and the actions.
import { z } from 'zod'
import { idField, requiredText, versionField } from '../actions/fields'
import type { VerdictStatus } from '../db/generated/enums'

/** The database's CHECK counts characters (code points), as `[...text].length` does; `.length` counts UTF-16 units. */
export const MAX_SUMMARY = 280
export const MAX_ANALYSIS = 50_000
export const MAX_NOTE = 2000

export const characterCount = (text: string) => [...text].length

export const VERDICT_STATUS_LABELS: Record<VerdictStatus, string> = {
  DRAFT: '초안 Draft',
  IN_REVIEW: '검토 중 In review',
  PUBLISHED: '공개 Published',
  WITHDRAWN: '철회 Withdrawn',
}

const summaryField = z
  .string({ error: '한 줄 요약을 입력하세요. Enter a one-line summary.' })
  // One line: a pasted line break becomes a space rather than a refusal.
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, '한 줄 요약을 입력하세요. Enter a one-line summary.')
      .refine((text) => characterCount(text) <= MAX_SUMMARY, `요약은 ${MAX_SUMMARY}자 이하입니다. At most ${MAX_SUMMARY} characters.`),
  )

const analysisField = z
  .preprocess((value) => value ?? '', z.string())
  // Browsers send textarea line breaks as CRLF; stored text uses LF so diffs and revisions compare cleanly.
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(MAX_ANALYSIS, `분석은 ${MAX_ANALYSIS}자 이하입니다. At most ${MAX_ANALYSIS} characters.`))

/** An empty translation field is no translation: stored as null, never as "". */
const emptyToNull = (text: string) => (text === '' ? null : text)

const summaryEnField = z
  .preprocess((value) => value ?? '', z.string())
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(z.string().refine((text) => characterCount(text) <= MAX_SUMMARY, `영어 요약은 ${MAX_SUMMARY}자 이하입니다. At most ${MAX_SUMMARY} characters.`))
  .transform(emptyToNull)

const analysisEnField = analysisField.transform(emptyToNull)

export const ENGLISH_SUMMARY_REQUIRED =
  '영어 분석을 쓰려면 영어 한 줄 요약도 쓰세요. An English analysis needs an English one-line summary.'

/** The optimistic lock's version is absent only when the claim has no verdict yet. */
export const saveDraftInput = z
  .object({
    claimId: idField,
    version: z.preprocess((value) => (value === '' ? undefined : value), versionField.optional()),
    ratingId: z.string({ error: '판정 등급을 고르세요. Choose a rating.' }).min(1, '판정 등급을 고르세요. Choose a rating.').max(64),
    summary: summaryField,
    analysis: analysisField,
    // The English translation, optional; reviewed and published with the Korean text.
    summaryEn: summaryEnField,
    analysisEn: analysisEnField,
  })
  .refine((input) => input.summaryEn !== null || input.analysisEn === null, { message: ENGLISH_SUMMARY_REQUIRED, path: ['summaryEn'] })

const transition = { verdictId: idField, version: versionField }

export const submitInput = z.object(transition)

export const sendBackInput = z.object({
  ...transition,
  comment: requiredText(MAX_NOTE, '돌려보내는 이유를 적으세요. Say what needs to change.'),
})

export const publishInput = z.object({
  ...transition,
  // Required only for a change to a published verdict: the action decides, since it knows whether one exists.
  changeNote: z.preprocess((value) => (typeof value === 'string' ? value.trim() : ''), z.string().max(MAX_NOTE)),
})

export const withdrawInput = z.object({
  ...transition,
  reason: requiredText(MAX_NOTE, '철회 이유를 적으세요. 독자에게 공개됩니다. Give the reason; readers will see it.'),
})

export const CHANGE_NOTE_REQUIRED =
  '공개된 판정을 바꾸려면 독자에게 보일 변경 사유를 적어야 합니다. A change to a published verdict needs a public change note.'
export const OWN_DRAFT_REFUSED =
  '2인 원칙: 직접 쓰거나 고친 판정은 다른 검토자가 공개해야 합니다. Two-person rule: someone who wrote or edited this draft cannot publish it.'
