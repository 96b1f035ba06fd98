// Editing the rating scale (ADMIN only, 'scale.edit'). Every change is audited.
//
// Order matters to readers (the methodology page lists the scale best to worst), so positions stay 0..n-1 without
// gaps. The unique (scale_id, position) index is not deferrable, so a swap parks one rating at position -1 first.
// Structural changes (add, move, delete) first lock the scale's row: they run one at a time per scale, which keeps
// the parking spot free and makes "append at max + 1" safe.
import { ConflictError, defineAction, type Tx } from '../actions/pipeline'
import { escapeLike } from '../claims/desk-queries'
import { UserError } from '../errors'
import { defaultScaleId, ratingFields } from './queries'
import { addRatingInput, moveRatingInput, ratingIdInput, ratingSnapshot, updateRatingInput } from './schema'

const SCALE_PATHS = ['/desk/scale', '/methodology']
const PARKED = -1

const NO_SUCH_RATING = '등급을 찾을 수 없습니다. No such rating.'

async function lockScale(tx: Tx, scaleId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM rating_scales WHERE id = ${scaleId} FOR UPDATE`
}

/** The rating, with its scale locked for the rest of the transaction. */
async function loadLocked(tx: Tx, ratingId: string) {
  const found = await tx.rating.findUnique({ where: { id: ratingId }, select: { scaleId: true } })
  if (!found) throw new UserError(NO_SUCH_RATING)
  await lockScale(tx, found.scaleId)
  // Read again after the lock: a concurrent delete may have removed it while we waited.
  const rating = await tx.rating.findUnique({ where: { id: ratingId }, select: { ...ratingFields, scaleId: true } })
  if (!rating) throw new UserError(NO_SUCH_RATING)
  return rating
}

async function assertLabelFree(tx: Tx, scaleId: string, labelEn: string, exceptId?: string) {
  // Compared without case: "True" and "true" side by side would confuse readers and the demo loader alike.
  // Prisma compares without case by ILIKE, so the label's % and _ must be escaped to mean themselves.
  const taken = await tx.rating.findFirst({
    where: { scaleId, labelEn: { equals: escapeLike(labelEn), mode: 'insensitive' }, id: exceptId ? { not: exceptId } : undefined },
    select: { id: true },
  })
  if (taken) throw new UserError('같은 영어 이름의 등급이 이미 있습니다. A rating with this English label already exists.')
}

/** Closes the gap a deletion leaves. Ascending order means each target position is already free. */
async function renumber(tx: Tx, scaleId: string): Promise<void> {
  const ratings = await tx.rating.findMany({ where: { scaleId }, orderBy: { position: 'asc' }, select: { id: true, position: true } })
  for (const [index, rating] of ratings.entries()) {
    if (rating.position !== index) await tx.rating.update({ where: { id: rating.id }, data: { position: index } })
  }
}

/** A scale must keep at least one rating a reviewer can choose. */
async function assertAnotherActive(tx: Tx, scaleId: string, ratingId: string, message: string) {
  const others = await tx.rating.count({ where: { scaleId, retired: false, id: { not: ratingId } } })
  if (others === 0) throw new UserError(message)
}

export const updateRating = defineAction({
  name: 'ratings.update',
  permission: 'scale.edit',
  input: updateRatingInput,
  async run({ tx, input, audit }) {
    const { ratingId, loaded, ...data } = input
    // FOR UPDATE: the snapshot comparison and the write must see the same row.
    await tx.$queryRaw`SELECT id FROM ratings WHERE id = ${ratingId} FOR UPDATE`
    const before = await tx.rating.findUnique({ where: { id: ratingId }, select: { ...ratingFields, scaleId: true } })
    if (!before) throw new UserError(NO_SUCH_RATING)
    if (ratingSnapshot(before) !== loaded) {
      throw new ConflictError(
        '다른 사람이 이 등급을 먼저 고쳤습니다. 지금 저장된 내용을 확인하고 다시 저장하세요. ' +
          'Someone else changed this rating since you opened it. Check what is saved now, then save again.',
        { ...before, loaded: ratingSnapshot(before) },
      )
    }
    await assertLabelFree(tx, before.scaleId, data.labelEn, ratingId)
    const after = await tx.rating.update({ where: { id: ratingId }, data, select: ratingFields })
    await audit({ action: 'rating.update', entityType: 'rating', entityId: ratingId, before, after })
    return after
  },
  revalidate: () => SCALE_PATHS,
})

export const addRating = defineAction({
  name: 'ratings.add',
  permission: 'scale.edit',
  input: addRatingInput,
  async run({ tx, input, audit }) {
    const scaleId = await defaultScaleId(tx)
    if (!scaleId) throw new UserError('기본 척도가 없습니다. There is no default rating scale yet.')
    await lockScale(tx, scaleId)
    await assertLabelFree(tx, scaleId, input.labelEn)
    const last = await tx.rating.aggregate({ where: { scaleId }, _max: { position: true } })
    const rating = await tx.rating.create({
      data: { ...input, scaleId, position: (last._max.position ?? -1) + 1 },
      select: ratingFields,
    })
    await audit({ action: 'rating.add', entityType: 'rating', entityId: rating.id, after: rating })
    return rating
  },
  revalidate: () => SCALE_PATHS,
})

export const moveRating = defineAction({
  name: 'ratings.move',
  permission: 'scale.edit',
  input: moveRatingInput,
  async run({ tx, input, audit }) {
    const rating = await loadLocked(tx, input.ratingId)
    const up = input.direction === 'up'
    // The neighbour by order, not position ± 1, so a gap left by older data cannot make the move a no-op.
    const neighbour = await tx.rating.findFirst({
      where: { scaleId: rating.scaleId, position: up ? { lt: rating.position } : { gt: rating.position } },
      orderBy: { position: up ? 'desc' : 'asc' },
      select: { id: true, position: true },
    })
    if (!neighbour) {
      throw new UserError(up ? '이미 맨 위입니다. Already at the top.' : '이미 맨 아래입니다. Already at the bottom.')
    }
    await tx.rating.update({ where: { id: rating.id }, data: { position: PARKED } })
    await tx.rating.update({ where: { id: neighbour.id }, data: { position: rating.position } })
    await tx.rating.update({ where: { id: rating.id }, data: { position: neighbour.position } })
    await audit({
      action: 'rating.move',
      entityType: 'rating',
      entityId: rating.id,
      before: { position: rating.position },
      after: { position: neighbour.position, swappedWith: neighbour.id },
    })
    return { id: rating.id, position: neighbour.position }
  },
  revalidate: () => SCALE_PATHS,
})

function defineRetirement(retired: boolean) {
  return defineAction({
    name: retired ? 'ratings.retire' : 'ratings.unretire',
    permission: 'scale.edit',
    input: ratingIdInput,
    async run({ tx, input, audit }) {
      const before = await loadLocked(tx, input.ratingId)
      if (retired) {
        await assertAnotherActive(
          tx,
          before.scaleId,
          before.id,
          '마지막 사용 가능한 등급은 은퇴시킬 수 없습니다. The last rating in use on the scale cannot be retired.',
        )
      }
      const after = await tx.rating.update({ where: { id: before.id }, data: { retired }, select: ratingFields })
      await audit({ action: retired ? 'rating.retire' : 'rating.unretire', entityType: 'rating', entityId: before.id, before, after })
      return after
    },
    revalidate: () => SCALE_PATHS,
  })
}

/** Retired ratings stay on the verdicts that have them but cannot be chosen for new ones. */
export const retireRating = defineRetirement(true)
export const unretireRating = defineRetirement(false)

export const IN_USE_MESSAGE =
  '판정에 쓰인 등급은 삭제할 수 없습니다. 대신 은퇴시키세요. This rating is in use by a verdict: retire it instead.'

export const deleteRating = defineAction({
  name: 'ratings.delete',
  permission: 'scale.edit',
  input: ratingIdInput,
  async run({ tx, input, audit }) {
    const before = await loadLocked(tx, input.ratingId)
    // Published revisions count too: the corrections log must keep showing the rating each revision had. (The
    // foreign keys would refuse as well, but only with an error no reader of the desk could act on.)
    const verdicts = await tx.verdict.count({ where: { ratingId: before.id } })
    const revisions = await tx.verdictRevision.count({ where: { ratingId: before.id } })
    if (verdicts + revisions > 0) throw new UserError(IN_USE_MESSAGE)
    if (!before.retired) {
      await assertAnotherActive(
        tx,
        before.scaleId,
        before.id,
        '척도에는 사용 가능한 등급이 하나 이상 있어야 합니다. The scale needs at least one rating that is not retired.',
      )
    }
    await tx.rating.delete({ where: { id: before.id } })
    await renumber(tx, before.scaleId)
    await audit({ action: 'rating.delete', entityType: 'rating', entityId: before.id, before })
    return { id: before.id }
  },
  revalidate: () => SCALE_PATHS,
})
