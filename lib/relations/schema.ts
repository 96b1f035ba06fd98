// Input rules for relations between claims, shared by the desk form and the actions.
import { z } from 'zod'
import { blankToUndefined, idField, optionalDate, optionalText, requiredText } from '../actions/fields'
import type { RelationKind } from '../db/generated/enums'
import { WINDOW_KINDS } from '../claims/quantity-schema'

export const RELATION_KINDS = [
  'SAME_METRIC_OTHER_WINDOW',
  'OTHER_DEFINITION',
  'SUPERSEDES',
  'CONTRADICTS',
  'DUPLICATE_OF',
] as const satisfies readonly RelationKind[]

/** The kinds that relate two claims; MISATTRIBUTED is about one quantity of a claim (misattributionInput). */
export type ClaimPairKind = (typeof RELATION_KINDS)[number]

/**
 * How a relation reads from either end. Symmetric kinds read the same both ways; "A supersedes B" is
 * "B is superseded by A" on B's page.
 */
export const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string; symmetric: boolean }> = {
  SAME_METRIC_OTHER_WINDOW: { outgoing: '같은 지표, 다른 기간 · Same metric, other window', incoming: '같은 지표, 다른 기간 · Same metric, other window', symmetric: true },
  OTHER_DEFINITION: { outgoing: '다른 정의 · Other definition', incoming: '다른 정의 · Other definition', symmetric: true },
  SUPERSEDES: { outgoing: '이 주장이 대체함 · Supersedes', incoming: '이 주장을 대체함 · Superseded by', symmetric: false },
  CONTRADICTS: { outgoing: '서로 모순 · Contradicts each other', incoming: '서로 모순 · Contradicts each other', symmetric: true },
  DUPLICATE_OF: { outgoing: '이 주장이 중복임 · Duplicate of', incoming: '이 주장의 중복 · Has duplicate', symmetric: false },
  MISATTRIBUTED: { outgoing: '수치의 대상이 틀림 · Misattributed figure', incoming: '다른 주장의 수치가 실제로 세는 것을 보여 줌 · Shows what another claim’s figure counts', symmetric: false },
}

export const RELATION_DIRECTIONS = ['outgoing', 'incoming'] as const

export const addRelationInput = z.object({
  /** The claim whose page the form is on. */
  claimId: idField,
  /** The other claim as the editor gives it: short id, permalink or internal id. */
  otherClaim: requiredText(500, '다른 주장의 짧은 ID를 입력하세요. Enter the other claim’s short id.'),
  kind: z.enum(RELATION_KINDS, { error: '관계 종류를 고르세요. Choose a kind of relation.' }),
  /** outgoing: "this claim <kind> the other"; incoming: "the other <kind> this claim". */
  direction: z.enum(RELATION_DIRECTIONS, { error: '방향을 고르세요. Choose a direction.' }).default('outgoing'),
  note: optionalText(1000),
})

export const removeRelationInput = z.object({ relationId: idField })

/**
 * "kfm2023", "KFM2023", "https://…/c/kfm2023/slug", "/c/kfm2023" or the older "/claims/kfm2023/…" -> "kfm2023";
 * anything else as typed.
 */
export function claimReference(text: string): string {
  const trimmed = text.trim()
  const permalink = /\/(?:c|claims)\/([A-Za-z0-9]+)(?:[/?#]|$)/.exec(trimmed)
  if (permalink) return permalink[1].toLowerCase()
  // The picker's suggestions read "kfm2023 — claim text"; the id is the first word.
  return trimmed.split(/\s/, 1)[0]
}

const optionalId = z.preprocess(blankToUndefined, idField.optional())

/**
 * A misattributed figure: the claim's quantity is a right number with the wrong label ("전국 대학 47곳" where 47
 * counts one province's participating universities). The editor says what the claim presents it as and what it
 * actually counts, in words for readers in both languages, and what it really belongs to; optionally which other
 * claim or which source shows it.
 */
export const misattributionInput = z
  .object({
    claimId: idField,
    quantityId: idField,
    claimedAsKo: optionalText(300),
    claimedAsEn: optionalText(300),
    actualKo: requiredText(300, '이 수치가 실제로 세는 것을 한국어로 쓰세요. Say in Korean what the figure actually counts.'),
    actualEn: requiredText(300, '이 수치가 실제로 세는 것을 영어로 쓰세요. Say in English what the figure actually counts.'),
    actualSubject: optionalText(200),
    actualMetricId: optionalId,
    actualWindowKind: z.preprocess(blankToUndefined, z.enum(WINDOW_KINDS, { error: '기간 종류를 고르세요. Choose a window kind.' }).optional()),
    actualWindowStart: optionalDate,
    actualWindowEnd: optionalDate,
    actualDefinition: optionalText(2000),
    /** The other claim that shows what the figure counts, as the editor gives it (short id or permalink). */
    otherClaim: optionalText(500),
    sourceId: optionalId,
    note: optionalText(1000),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if ((input.claimedAsKo === undefined) !== (input.claimedAsEn === undefined)) {
      issue(input.claimedAsKo === undefined ? 'claimedAsKo' : 'claimedAsEn', '주장이 내세운 대상은 두 언어로 모두 쓰세요. Give what the claim presents it as in both languages.')
    }
    const dates = input.actualWindowStart !== undefined || input.actualWindowEnd !== undefined
    if (dates && input.actualWindowKind === undefined) issue('actualWindowKind', '날짜를 쓰려면 기간 종류를 고르세요. Choose the kind of window for these dates.')
    if (input.actualWindowKind === 'PERIOD' && (input.actualWindowStart === undefined || input.actualWindowEnd === undefined)) {
      issue(input.actualWindowStart === undefined ? 'actualWindowStart' : 'actualWindowEnd', '기간의 시작일과 끝날을 모두 입력하세요. A period needs its start and its end.')
    }
    if ((input.actualWindowKind === 'POINT' || input.actualWindowKind === 'CUMULATIVE') && input.actualWindowEnd === undefined) {
      issue('actualWindowEnd', '기준일을 입력하세요. Enter the as-of date.')
    }
    if (input.actualWindowKind !== undefined && input.actualWindowKind !== 'PERIOD' && input.actualWindowStart !== undefined) {
      issue('actualWindowStart', '시작일은 기간에만 씁니다. A start date is for a period only.')
    }
    const [start, end] = [input.actualWindowStart, input.actualWindowEnd]
    if (start instanceof Date && end instanceof Date && start > end) issue('actualWindowEnd', '끝날이 시작일보다 앞섭니다. The end is before the start.')
  })

export type MisattributionInput = z.output<typeof misattributionInput>
