// Reads of pending claim edits for the desk: the claim's open edit with a diff against what readers see (the
// verdicts' line diff, lib/verdicts/diff.ts), who may publish it, and the edits published so far.
import 'server-only'
import { db } from '@/lib/db/client'
import { deskFigure } from '@/lib/claims/figure'
import { LANGUAGE_LABELS, type Language } from '@/lib/claims/schema'
import { describeWindow, formatDate } from '@/lib/format'
import { twoPersonRule } from '@/lib/settings/queries'
import { diffLines, type DiffLine } from '@/lib/verdicts/diff'
import type { PublishRight } from '@/lib/verdicts/publishers'
import { editPublishRight } from './publishers'
import { OPEN_EDIT_STATUSES, proposalFromJson, publicPartOfStored, type PublicClaim } from './schema'
import { quantitiesInOrder } from '@/lib/claims/quantities'

/** The parts of a claim the diff shows, each as lines of text. */
export const DIFF_FIELDS = [
  ['text', '원문 Text'],
  ['language', '원문 언어 Language'],
  ['translation', '번역 Translation'],
  ['claimant', '주장한 이 Claimant'],
  ['claimantNote', '주장한 이 메모 Claimant note'],
  ['firstSeen', '처음 확인 First seen'],
  ['tags', '태그 Tags'],
  ['quantities', '수치 Quantities'],
] as const

export type ClaimEditDiff = Record<(typeof DIFF_FIELDS)[number][0], DiffLine[]>

function quantityLine(q: PublicClaim['quantities'][number], index: number): string {
  const parts = [
    `#${index + 1} ${deskFigure(q)}`,
    q.statedText ? `원문 표기 as stated: ${q.statedText}` : null,
    q.subject ? `대상 subject: ${q.subject}` : null,
    q.metricLabel ? `지표 metric: ${q.metricLabel}` : null,
    q.windowKind ? `기간 window: ${describeWindow(q.windowKind, q.windowStart, q.windowEnd)}` : null,
    q.definition ? `정의 definition: ${q.definition}` : null,
  ]
  return parts.filter(Boolean).join(' · ')
}

/** A claim's reader-visible part as the diff's lines, field by field. */
function asText(claim: PublicClaim, claimantNames: Map<string, string>): Record<ClaimEditDiff extends Record<infer K, unknown> ? K : never, string> {
  return {
    text: claim.text,
    language: LANGUAGE_LABELS[claim.language as Language] ?? claim.language,
    translation: claim.translation ?? '',
    claimant: claim.claimantId ? (claimantNames.get(claim.claimantId) ?? claim.claimantId) : '',
    claimantNote: claim.claimantNote ?? '',
    firstSeen: claim.firstSeenAt ? formatDate(claim.firstSeenAt, claim.firstSeenPrecision) : '',
    tags: claim.tags.join(', '),
    quantities: claim.quantities.map(quantityLine).join('\n'),
  }
}

export function diffClaims(before: PublicClaim, after: PublicClaim, claimantNames: Map<string, string>): ClaimEditDiff {
  const [a, b] = [asText(before, claimantNames), asText(after, claimantNames)]
  return Object.fromEntries(DIFF_FIELDS.map(([field]) => [field, diffLines(a[field], b[field])])) as ClaimEditDiff
}

/** The claim's open edit for its desk page: the edit, its diff against what readers see now, and who may publish. */
export async function getPendingEdit(claimId: string, viewerId: string) {
  const edit = await db().claimEdit.findFirst({
    where: { claimId, status: { in: [...OPEN_EDIT_STATUSES] } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      status: true,
      version: true,
      minor: true,
      correctionNote: true,
      sentBackComment: true,
      proposed: true,
      authorId: true,
      submittedAt: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true } },
    },
  })
  if (!edit) return null
  const claim = await db().claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      text: true,
      language: true,
      translation: true,
      translationLanguage: true,
      claimantId: true,
      claimantNote: true,
      firstSeenAt: true,
      firstSeenPrecision: true,
      tags: true,
      quantities: quantitiesInOrder,
    },
  })
  const current = publicPartOfStored(claim)
  const proposed = proposalFromJson(edit.proposed)
  const ids = [current.claimantId, proposed.claimantId].filter((id): id is string => id !== null)
  const claimants = ids.length ? await db().claimant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameEn: true } }) : []
  const names = new Map(claimants.map((c) => [c.id, c.nameEn ? `${c.name} · ${c.nameEn}` : c.name]))
  const publishRight: PublishRight | null = edit.status === 'IN_REVIEW' ? await editPublishRight(db(), edit, viewerId, await twoPersonRule()) : null
  const { proposed: _proposed, ...rest } = edit
  return { ...rest, diff: diffClaims(current, proposed, names), publishRight }
}

export type PendingEdit = NonNullable<Awaited<ReturnType<typeof getPendingEdit>>>

/** Pending claim edits in review, oldest first, for the review queue (their diff and steps are on the claim's page). */
export function claimEditsInReview(take = 100) {
  return db().claimEdit.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      minor: true,
      correctionNote: true,
      submittedAt: true,
      author: { select: { name: true } },
      claim: { select: { id: true, shortId: true, text: true } },
    },
  })
}
