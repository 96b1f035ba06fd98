// A claim's material from the source library: evidence (a source's stance on the claim, with the quoted passage)
// and appearances (where the claim was made or repeated).
import { ConflictError, defineAction, type Tx } from '../actions/pipeline'
import { Prisma } from '../db/generated/client'
import { UserError } from '../errors'
import { sourcePath } from '../sources/paths'
import { claimPages } from './paths'
import {
  addAppearanceInput,
  addEvidenceInput,
  removeAppearanceInput,
  removeEvidenceInput,
  updateEvidenceInput,
} from './schema'

const NO_SUCH_CLAIM = '주장을 찾을 수 없습니다. No such claim.'
const NO_SUCH_SOURCE = '고른 출처가 없습니다. 목록을 새로 고치세요. The chosen source no longer exists; reload the page.'
const NO_SUCH_EVIDENCE = '근거를 찾을 수 없습니다. 이미 지워졌을 수 있습니다. No such evidence; it may have been removed already.'
const NO_SUCH_APPEARANCE = '등장 기록을 찾을 수 없습니다. 이미 지워졌을 수 있습니다. No such appearance; it may have been removed already.'
const DUPLICATE_APPEARANCE =
  '이 출처는 이미 이 주장이 나온 곳으로 등록되어 있습니다. This source is already listed as a place where the claim appeared.'

const claimRef = { select: { id: true, shortId: true, slug: true } } as const

const evidenceFields = {
  id: true,
  claimId: true,
  sourceId: true,
  stance: true,
  excerpt: true,
  locator: true,
  note: true,
  version: true,
  createdById: true,
} satisfies Prisma.EvidenceSelect

const appearanceFields = { id: true, claimId: true, sourceId: true, appearedAt: true, appearedPrecision: true, quote: true, note: true } satisfies Prisma.AppearanceSelect

async function requireClaim(tx: Tx, id: string) {
  const claim = await tx.claim.findUnique({ where: { id }, select: { id: true, shortId: true, slug: true } })
  if (!claim) throw new UserError(NO_SUCH_CLAIM)
  return claim
}

async function requireSource(tx: Tx, id: string) {
  // The source is picked from a list that may be minutes old; a clear message beats a foreign-key error.
  if (!(await tx.source.findUnique({ where: { id }, select: { id: true } }))) throw new UserError(NO_SUCH_SOURCE)
}

/** The claim's pages and the sources' pages (which list the claims using them). */
const pagesOf = (claim: { id: string; shortId: string; slug: string }, ...sourceIds: string[]) => [
  ...claimPages(claim),
  ...[...new Set(sourceIds)].map(sourcePath),
]

export const addEvidence = defineAction({
  name: 'evidence.add',
  permission: 'evidence.edit',
  input: addEvidenceInput,
  async run({ tx, actor, input, audit }) {
    const claim = await requireClaim(tx, input.claimId)
    await requireSource(tx, input.sourceId)
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: input.sourceId,
        stance: input.stance,
        excerpt: input.excerpt ?? null,
        locator: input.locator ?? null,
        note: input.note ?? null,
        createdById: actor.id,
      },
      select: evidenceFields,
    })
    await audit({ action: 'evidence.add', entityType: 'evidence', entityId: evidence.id, after: evidence })
    return { evidence, claim }
  },
  revalidate: ({ evidence, claim }) => pagesOf(claim, evidence.sourceId),
})

export const updateEvidence = defineAction({
  name: 'evidence.update',
  permission: 'evidence.edit',
  input: updateEvidenceInput,
  async run({ tx, input, audit }) {
    const before = await tx.evidence.findUnique({ where: { id: input.evidenceId }, select: { ...evidenceFields, claim: claimRef } })
    if (!before) throw new UserError(NO_SUCH_EVIDENCE)
    const { claim, ...beforeFields } = before
    if (input.sourceId !== before.sourceId) await requireSource(tx, input.sourceId)
    const { count } = await tx.evidence.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        sourceId: input.sourceId,
        stance: input.stance,
        excerpt: input.excerpt ?? null,
        locator: input.locator ?? null,
        note: input.note ?? null,
        version: { increment: 1 },
      },
    })
    if (count === 0) {
      // Read again: `before` may predate a save that committed while this one waited for the row, and showing it
      // would hand the editor back the version that was just refused.
      const current = await tx.evidence.findUnique({ where: { id: before.id }, select: evidenceFields })
      if (!current) throw new UserError(NO_SUCH_EVIDENCE)
      throw new ConflictError(
        '다른 사람이 먼저 이 근거를 고쳤습니다. 지금 내용을 확인하고 다시 저장하세요. ' +
          'Someone else changed this evidence since you opened it; check the current version and save again.',
        current,
      )
    }
    const evidence = await tx.evidence.findUniqueOrThrow({ where: { id: before.id }, select: evidenceFields })
    await audit({ action: 'evidence.update', entityType: 'evidence', entityId: evidence.id, before: beforeFields, after: evidence })
    return { evidence, claim, previousSourceId: before.sourceId }
  },
  revalidate: ({ evidence, claim, previousSourceId }) => pagesOf(claim, evidence.sourceId, previousSourceId),
})

export const removeEvidence = defineAction({
  name: 'evidence.remove',
  permission: 'evidence.edit',
  input: removeEvidenceInput,
  async run({ tx, input, audit }) {
    const before = await tx.evidence.findUnique({ where: { id: input.evidenceId }, select: { ...evidenceFields, claim: claimRef } })
    if (!before) throw new UserError(NO_SUCH_EVIDENCE)
    const { claim, ...removed } = before
    await tx.evidence.delete({ where: { id: before.id } })
    await audit({ action: 'evidence.remove', entityType: 'evidence', entityId: before.id, before: removed })
    return { evidence: removed, claim }
  },
  revalidate: ({ evidence, claim }) => pagesOf(claim, evidence.sourceId),
})

export const addAppearance = defineAction({
  name: 'appearance.add',
  permission: 'evidence.edit',
  input: addAppearanceInput,
  async run({ tx, input, audit }) {
    const claim = await requireClaim(tx, input.claimId)
    await requireSource(tx, input.sourceId)
    if (await tx.appearance.findUnique({ where: { claimId_sourceId: { claimId: claim.id, sourceId: input.sourceId } } })) {
      throw new UserError(DUPLICATE_APPEARANCE)
    }
    let appearance
    try {
      appearance = await tx.appearance.create({
        data: {
          claimId: claim.id,
          sourceId: input.sourceId,
          appearedAt: input.appearedAt?.date ?? null,
          appearedPrecision: input.appearedAt?.precision ?? 'DAY',
          quote: input.quote ?? null,
          note: input.note ?? null,
        },
        select: appearanceFields,
      })
    } catch (error) {
      // Two editors adding the same source at once: the unique index decides, and the loser hears why.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new UserError(DUPLICATE_APPEARANCE)
      throw error
    }
    await audit({ action: 'appearance.add', entityType: 'appearance', entityId: appearance.id, after: appearance })
    return { appearance, claim }
  },
  revalidate: ({ appearance, claim }) => pagesOf(claim, appearance.sourceId),
})

export const removeAppearance = defineAction({
  name: 'appearance.remove',
  permission: 'evidence.edit',
  input: removeAppearanceInput,
  async run({ tx, input, audit }) {
    const before = await tx.appearance.findUnique({ where: { id: input.appearanceId }, select: { ...appearanceFields, claim: claimRef } })
    if (!before) throw new UserError(NO_SUCH_APPEARANCE)
    const { claim, ...removed } = before
    await tx.appearance.delete({ where: { id: before.id } })
    await audit({ action: 'appearance.remove', entityType: 'appearance', entityId: before.id, before: removed })
    return { appearance: removed, claim }
  },
  revalidate: ({ appearance, claim }) => pagesOf(claim, appearance.sourceId),
})
