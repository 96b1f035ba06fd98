// Input rules for relations between claims, shared by the desk form and the actions.
import { z } from 'zod'
import { idField, optionalText, requiredText } from '../actions/fields'
import type { RelationKind } from '../db/generated/enums'

export const RELATION_KINDS = [
  'SAME_METRIC_OTHER_WINDOW',
  'OTHER_DEFINITION',
  'SUPERSEDES',
  'CONTRADICTS',
  'DUPLICATE_OF',
] as const satisfies readonly RelationKind[]

/**
 * How a relation reads from either end. Symmetric kinds read the same both ways; "A supersedes B" is
 * "B is superseded by A" on B's page.
 */
export const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string; symmetric: boolean }> = {
  SAME_METRIC_OTHER_WINDOW: { outgoing: '같은 지표, 다른 기간 · Same metric, other window', incoming: '같은 지표, 다른 기간 · Same metric, other window', symmetric: true },
  OTHER_DEFINITION: { outgoing: '다른 정의 · Other definition', incoming: '다른 정의 · Other definition', symmetric: true },
  SUPERSEDES: { outgoing: '이 주장이 대체함 · Supersedes', incoming: '이 주장을 대체함 · Superseded by', symmetric: false },
  CONTRADICTS: { outgoing: '상충 · Contradicts', incoming: '상충 · Contradicts', symmetric: true },
  DUPLICATE_OF: { outgoing: '이 주장이 중복임 · Duplicate of', incoming: '이 주장의 중복 · Has duplicate', symmetric: false },
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
