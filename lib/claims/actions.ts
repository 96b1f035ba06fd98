// Claim mutations for the editor desk. Each goes through the action pipeline (lib/actions/pipeline.ts): the
// 'claim.edit' permission, zod input (lib/claims/schema.ts), one transaction with its audit event.
import { randomInt } from 'node:crypto'
import { ConflictError, defineAction, type Tx } from '../actions/pipeline'
import { PERMISSIONS } from '../auth/permissions'
import { notify, type Notice } from '../notifications/notify'
import { findOpenEdit, stageClaimEdit } from '../claim-edits/stage'
import { proposalFromJson, publicPartOf, publicPartOfStored } from '../claim-edits/schema'
import type { Prisma } from '../db/generated/client'
import { UserError } from '../errors'
import { escapeLike } from './desk-queries'
import { claimPath } from './permalink'
import { hasVerdictPageWhere } from './visibility'
import { quantitiesInOrder, writeQuantities } from './quantities'
import {
  assignClaimInput,
  claimFormValues,
  createClaimantInput,
  claimInput,
  markDuplicateInput,
  unmarkDuplicateInput,
  updateClaimInput,
  type ClaimData,
  type SavedNow,
} from './schema'

const SHORT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const SHORT_ID_LENGTH = 7
const MAX_SLUG = 60

/** 7 characters of [a-z0-9] from the CSPRNG: 36^7 ≈ 7.8e10 ids, so guessing unpublished claims' links is useless. */
export function randomShortId(): string {
  let id = ''
  for (let i = 0; i < SHORT_ID_LENGTH; i++) id += SHORT_ID_ALPHABET[randomInt(SHORT_ID_ALPHABET.length)]
  return id
}

async function uniqueShortId(tx: Tx): Promise<string> {
  // A collision is so unlikely that a few tries are only a guard; the unique index is the real one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = randomShortId()
    if (!(await tx.claim.findUnique({ where: { shortId: candidate }, select: { id: true } }))) return candidate
  }
  throw new Error('Could not find a free short id in 5 attempts')
}

/**
 * The readable part of a permalink: the ASCII words of the English wording, lower-case, joined by "-", cut at a
 * word boundary. "Korea's 17.27 patents per 100,000" -> "koreas-17-27-patents-per-100000".
 */
export function slugify(text: string): string {
  const words =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/(\d),(?=\d{3})/g, '$1')
      .match(/[a-z0-9]+/g) ?? []
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG) break
    slug = next
  }
  // A first word longer than the limit is cut rather than dropped.
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG)
  return slug || 'claim'
}

/** The slug follows the English wording when there is one; a Korean-only claim keeps its numbers and Latin words. */
export const slugFor = (claim: Pick<ClaimData, 'text' | 'language' | 'translation'>) =>
  slugify(claim.language === 'en' ? claim.text : (claim.translation ?? claim.text))

export async function assertClaimantExists(tx: Tx, claimantId: string | null) {
  if (claimantId && !(await tx.claimant.findUnique({ where: { id: claimantId }, select: { id: true } }))) {
    throw new UserError('고른 주장자가 없습니다. 다시 고르세요. The chosen claimant no longer exists; choose again.')
  }
}

/** The claim as the audit log keeps it: every editable field (values as stored), with its version. */
export const auditedFields = {
  id: true,
  shortId: true,
  slug: true,
  text: true,
  language: true,
  translation: true,
  translationLanguage: true,
  claimantId: true,
  claimantNote: true,
  firstSeenAt: true,
  firstSeenPrecision: true,
  status: true,
  tags: true,
  needsRecheck: true,
  publicUnderResearch: true,
  duplicateOfId: true,
  validAsOf: true,
  recheckAfter: true,
  recheckReason: true,
  version: true,
  // Versioned with the claim: a quantity changes only through a claim save, which moves the claim's version.
  quantities: quantitiesInOrder,
} satisfies Prisma.ClaimSelect

/** A definition belongs to one metric: a quantity cannot count by another metric's definition. */
export async function assertMetricsExist(tx: Tx, quantities: readonly { data: { metricId: string | null; metricDefinitionId: string | null } }[]) {
  for (const { data } of quantities) await assertMetricExists(tx, data)
}

async function assertMetricExists(tx: Tx, data: { metricId: string | null; metricDefinitionId: string | null }) {
  if (!data.metricId) return
  const metric = await tx.metric.findUnique({ where: { id: data.metricId }, select: { id: true } })
  if (!metric) throw new UserError('고른 지표가 없습니다. 다시 고르세요. The chosen metric no longer exists; choose again.')
  if (!data.metricDefinitionId) return
  const definition = await tx.metricDefinition.findUnique({ where: { id: data.metricDefinitionId }, select: { metricId: true } })
  if (definition?.metricId !== data.metricId) {
    throw new UserError('고른 정의는 이 지표의 정의가 아닙니다. The chosen definition does not belong to this metric.')
  }
}

export const claimPaths = (claim: { id: string; shortId: string; slug: string }) => [
  '/desk',
  `/desk/claims/${claim.id}`,
  `/desk/claims/${claim.id}/edit`,
  '/',
  claimPath(claim),
]

export const createClaim = defineAction({
  name: 'claims.create',
  permission: 'claim.edit',
  input: claimInput,
  async run({ tx, actor, input, audit }) {
    const { quantities, ...data } = input
    await assertClaimantExists(tx, data.claimantId)
    await assertMetricsExist(tx, quantities)
    const { id } = await tx.claim.create({
      data: { ...data, shortId: await uniqueShortId(tx), slug: slugFor(data), createdById: actor.id },
      select: { id: true },
    })
    await writeQuantities(tx, id, quantities)
    const claim = await tx.claim.findUniqueOrThrow({ where: { id }, select: auditedFields })
    await audit({ action: 'claim.create', entityType: 'claim', entityId: claim.id, after: claim })
    return { id: claim.id, shortId: claim.shortId, slug: claim.slug }
  },
  revalidate: (claim) => claimPaths(claim),
})

/** Who saved the claim last and when, for the "someone else saved it" message. */
export async function lastSave(tx: Tx, claimId: string) {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: 'claim', entityId: claimId },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true, actor: { select: { name: true } } },
  })
  return { savedBy: event?.actor?.name ?? null, savedAt: event?.createdAt.toISOString() ?? null }
}

/**
 * The claim as its edit form shows it: a published claim with a pending edit shows the edit's proposal (what the
 * editor is working on), the desk's own fields as saved.
 */
export async function claimAsEdited<C extends Prisma.ClaimGetPayload<{ select: typeof auditedFields }>>(tx: Tx, claim: C): Promise<C> {
  const open = await findOpenEdit(tx, claim.id)
  if (!open) return claim
  const { quantities, ...proposal } = proposalFromJson(open.proposed)
  return { ...claim, ...proposal, quantities: quantities as unknown as C['quantities'] }
}

export const updateClaim = defineAction({
  name: 'claims.update',
  permission: 'claim.edit',
  input: updateClaimInput,
  async run({ tx, actor, input, audit }) {
    const { claimId, version, quantities, ...data } = input
    const before = await tx.claim.findUnique({ where: { id: claimId }, select: auditedFields })
    if (!before) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    await assertClaimantExists(tx, data.claimantId)
    await assertMetricsExist(tx, quantities)
    // Readers see this claim (it has a verdict page): what they see changes only through a reviewed edit.
    const published = (await tx.claim.count({ where: { id: claimId, ...hasVerdictPageWhere } })) > 0

    // The version in the where clause is the lock: a save based on an older version matches no row.
    // A published claim's status is its verdict's (published, or withdrawn with a notice): the form has no say,
    // so it shows none and whatever a request sends for it is ignored. (A verdict published since `before` was read
    // moved the version too, so this save then matches no row and is a conflict.)
    const status = before.status === 'PUBLISHED' ? undefined : data.status
    // Clearing "needs re-check" resolves it: the reason goes with it, so the stale list does not show it again.
    const deskFields = {
      needsRecheck: data.needsRecheck,
      ...(data.needsRecheck ? {} : { recheckReason: null }),
      publicUnderResearch: data.publicUnderResearch,
      validAsOf: data.validAsOf,
      recheckAfter: data.recheckAfter,
    }
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: published ? { ...deskFields, version: { increment: 1 } } : { ...data, ...deskFields, status, slug: slugFor(data), version: { increment: 1 } },
    })
    if (count === 0) {
      const current = await claimAsEdited(tx, await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: auditedFields }))
      throw new ConflictError(
        '다른 사람이 이 주장을 먼저 저장했습니다. 바뀐 내용을 확인하고 다시 저장하세요. ' +
          'Someone else saved this claim since you opened it. Review what changed, then save again.',
        { ...claimFormValues(current), version: current.version, ...(await lastSave(tx, claimId)) } satisfies SavedNow,
      )
    }
    // Only after the lock held: a stale save must not touch the quantities (or the pending edit) either.
    const staged = published
      ? await stageClaimEdit(tx, { claimId, baseVersion: before.version, current: publicPartOfStored(before), proposal: publicPartOf({ ...data, quantities }), actorId: actor.id, audit })
      : null
    if (!published) await writeQuantities(tx, claimId, quantities)
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: auditedFields })
    await audit({ action: 'claim.update', entityType: 'claim', entityId: claimId, before, after })
    return {
      id: after.id,
      shortId: after.shortId,
      slug: after.slug,
      version: after.version,
      previousSlug: before.slug,
      /** The pending edit the reader-visible fields went to, on a published claim (null: they said nothing new). */
      pendingEditId: staged?.editId ?? null,
    }
  },
  // The old slug's page too: its cached copy would otherwise still show the old wording.
  revalidate: (claim) => [...claimPaths(claim), claimPath({ shortId: claim.shortId, slug: claim.previousSlug })],
})

/** Row locks on the claims involved, in a fixed order, so two merges at once cannot build a cycle (A→B and B→A). */
async function lockClaims(tx: Tx, ids: string[]) {
  const sorted = [...new Set(ids)].sort()
  for (const id of sorted) await tx.$queryRaw`SELECT id FROM claims WHERE id = ${id} FOR UPDATE`
}

export const markDuplicate = defineAction({
  name: 'claims.markDuplicate',
  permission: 'claim.edit',
  input: markDuplicateInput,
  async run({ tx, input, audit }) {
    const target = await tx.claim.findUnique({ where: { shortId: input.canonicalShortId }, select: { id: true } })
    if (!target) throw new UserError(`${input.canonicalShortId}: 그런 주장이 없습니다. No claim has this ID.`)
    await lockClaims(tx, [input.claimId, target.id])

    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: auditedFields })
    if (!claim) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    const canonical = await tx.claim.findUniqueOrThrow({
      where: { id: target.id },
      select: { id: true, shortId: true, slug: true, duplicateOf: { select: { id: true, shortId: true } } },
    })
    if (canonical.id === claim.id) {
      throw new UserError('주장을 자기 자신의 중복으로 표시할 수 없습니다. A claim cannot be a duplicate of itself.')
    }
    // Swapping which of two merged claims is the canonical one: the chosen claim stops being a duplicate first.
    const swap = canonical.duplicateOf?.id === claim.id
    // One hop only: a duplicate's permalink redirects straight to a claim that is not itself a duplicate.
    if (canonical.duplicateOf && !swap) {
      throw new UserError(
        `${canonical.shortId}도 중복으로 표시된 주장입니다. 원본 ${canonical.duplicateOf.shortId}을(를) 고르세요. ` +
          `${canonical.shortId} is itself a duplicate; choose its canonical claim ${canonical.duplicateOf.shortId}.`,
      )
    }
    if (swap) {
      await tx.claim.update({ where: { id: canonical.id }, data: { duplicateOfId: null, version: { increment: 1 } } })
      await audit({
        action: 'claim.unmarkDuplicate',
        entityType: 'claim',
        entityId: canonical.id,
        before: { duplicateOfId: claim.id },
        after: { duplicateOfId: null, reason: `${claim.shortId} was merged into this claim instead` },
      })
    }

    const after = await tx.claim.update({
      where: { id: claim.id },
      data: { duplicateOfId: canonical.id, version: { increment: 1 } },
      select: auditedFields,
    })
    // Claims merged into this one before now follow it to the canonical claim, so no chain forms.
    const moved = await tx.claim.findMany({ where: { duplicateOfId: claim.id }, select: { id: true, shortId: true } })
    if (moved.length) {
      await tx.claim.updateMany({
        where: { duplicateOfId: claim.id },
        data: { duplicateOfId: canonical.id, version: { increment: 1 } },
      })
      for (const other of moved) {
        await audit({
          action: 'claim.markDuplicate',
          entityType: 'claim',
          entityId: other.id,
          before: { duplicateOfId: claim.id },
          after: { duplicateOfId: canonical.id, canonicalShortId: canonical.shortId, via: claim.shortId },
        })
      }
    }
    await audit({ action: 'claim.markDuplicate', entityType: 'claim', entityId: claim.id, before: claim, after })
    // The canonical claim's history shows what was merged into it.
    await audit({
      action: 'claim.duplicateMerged',
      entityType: 'claim',
      entityId: canonical.id,
      after: { duplicateId: claim.id, duplicateShortId: claim.shortId, alsoMoved: moved.map((other) => other.shortId) },
    })
    return { id: claim.id, shortId: claim.shortId, slug: claim.slug, canonical: { id: canonical.id, shortId: canonical.shortId, slug: canonical.slug } }
  },
  revalidate: (claim) => [...claimPaths(claim), ...claimPaths(claim.canonical)],
})

export const unmarkDuplicate = defineAction({
  name: 'claims.unmarkDuplicate',
  permission: 'claim.edit',
  input: unmarkDuplicateInput,
  async run({ tx, input, audit }) {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: auditedFields })
    if (!before) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    if (!before.duplicateOfId) throw new UserError('중복으로 표시된 주장이 아닙니다. This claim is not marked as a duplicate.')
    const after = await tx.claim.update({
      where: { id: before.id },
      data: { duplicateOfId: null, version: { increment: 1 } },
      select: auditedFields,
    })
    await audit({ action: 'claim.unmarkDuplicate', entityType: 'claim', entityId: after.id, before, after })
    return { id: after.id, shortId: after.shortId, slug: after.slug, canonicalId: before.duplicateOfId }
  },
  revalidate: (claim) => [...claimPaths(claim), `/desk/claims/${claim.canonicalId}`],
})

/**
 * Added from the claim form without leaving it. A name that already exists (ignoring case) gives back that
 * claimant rather than a second row for the same ministry.
 */
export const createClaimant = defineAction({
  name: 'claims.createClaimant',
  permission: 'claim.edit',
  input: createClaimantInput,
  async run({ tx, input, audit }) {
    const select = { id: true, name: true, nameEn: true, kind: true } as const
    // Prisma compares without case by ILIKE: escaped, so that "100%" finds "100%" and not every name starting "100".
    const existing = await tx.claimant.findFirst({ where: { name: { equals: escapeLike(input.name), mode: 'insensitive' } }, select })
    if (existing) return { claimant: existing, created: false }
    const claimant = await tx.claimant.create({ data: { name: input.name, nameEn: input.nameEn ?? null, kind: input.kind }, select })
    await audit({ action: 'claimant.create', entityType: 'claimant', entityId: claimant.id, after: claimant })
    return { claimant, created: true }
  },
  revalidate: () => ['/desk/claims/new'],
})

const assignmentFields = { id: true, assignedEditorId: true, assignedReviewerId: true, version: true } satisfies Prisma.ClaimSelect

/**
 * Chooses the claim's editor (any active desk user) and the reviewer of its verdict (someone who may publish),
 * under the claim's optimistic lock like every claim edit. A newly assigned user is notified in the same
 * transaction; one removed is not.
 */
export const assignClaim = defineAction({
  name: 'claims.assign',
  permission: 'claim.assign',
  input: assignClaimInput,
  async run({ tx, actor, input, audit }) {
    const before = await tx.claim.findUnique({ where: { id: input.claimId }, select: assignmentFields })
    if (!before) throw new UserError('주장을 찾을 수 없습니다. No such claim.')
    const ids = [input.editorId, input.reviewerId].filter((id): id is string => Boolean(id))
    const users = await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, role: true } })
    if (input.editorId && !users.some((user) => user.id === input.editorId)) {
      throw new UserError('담당 편집자로 고른 사용자를 찾을 수 없습니다. 다시 고르세요. The chosen editor is not an active desk user; choose again.')
    }
    const reviewer = input.reviewerId ? users.find((user) => user.id === input.reviewerId) : undefined
    if (input.reviewerId && !(reviewer && (PERMISSIONS['verdict.publish'] as readonly string[]).includes(reviewer.role))) {
      throw new UserError('검토자는 판정을 공개할 수 있는 사람(검토자, 관리자)이어야 합니다. The reviewer must be someone who may publish (a reviewer or an admin).')
    }
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: { assignedEditorId: input.editorId, assignedReviewerId: input.reviewerId, version: { increment: 1 } },
    })
    if (count === 0) {
      const current = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: assignmentFields })
      throw new ConflictError(
        '다른 사람이 이 주장을 먼저 바꿨습니다. 다시 열어 확인하세요. Someone else changed this claim since you opened it; reload it and try again.',
        current,
      )
    }
    const notices: Notice[] = []
    if (input.editorId && input.editorId !== before.assignedEditorId) notices.push({ recipientId: input.editorId, kind: 'ASSIGNED', claimId: before.id })
    // Someone assigned as both hears of it once.
    if (input.reviewerId && input.reviewerId !== before.assignedReviewerId && input.reviewerId !== input.editorId) {
      notices.push({ recipientId: input.reviewerId, kind: 'ASSIGNED', claimId: before.id })
    }
    const notified = await notify(tx, actor.id, notices)
    const after = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: assignmentFields })
    await audit({ action: 'claim.assign', entityType: 'claim', entityId: before.id, before, after: { ...after, notified } })
    return { id: after.id, version: after.version }
  },
  revalidate: (claim) => ['/desk', `/desk/claims/${claim.id}`, `/desk/claims/${claim.id}/edit`, '/desk/me', '/desk/notifications'],
})
