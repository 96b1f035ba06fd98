import { beforeAll, describe, expect, it } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { addRating, deleteRating, IN_USE_MESSAGE, moveRating, retireRating, unretireRating, updateRating } from '../../lib/ratings/actions'
import { ratingSnapshot } from '../../lib/ratings/schema'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

beforeAll(async () => {
  await loadDemoDataset(db())
})

const scale = () => db().rating.findMany({ orderBy: { position: 'asc' } })
const byLabel = (labelEn: string) => db().rating.findFirstOrThrow({ where: { labelEn } })

/** A rating no verdict uses, so that every action, delete included, can succeed. */
async function unusedRating(labelEn: string) {
  const { id: scaleId } = await db().ratingScale.findFirstOrThrow({ where: { isDefault: true } })
  const last = await db().rating.aggregate({ where: { scaleId }, _max: { position: true } })
  return db().rating.create({
    data: { scaleId, position: (last._max.position ?? -1) + 1, labelKo: '시험', labelEn, colour: '#123456', meaning: 'test' },
  })
}

const editFor = (rating: Awaited<ReturnType<typeof unusedRating>>, changes: Record<string, unknown> = {}) => ({
  ratingId: rating.id,
  loaded: ratingSnapshot(rating),
  labelKo: rating.labelKo,
  labelEn: rating.labelEn,
  value: rating.value === null ? '' : String(rating.value),
  colour: rating.colour,
  meaning: rating.meaning ?? '',
  ...changes,
})

function expectContiguous(positions: number[]) {
  expect(positions).toEqual(positions.map((_, index) => index))
}

describe('rating scale: who may', () => {
  it('every action is ADMIN only; other callers are refused and the scale is unchanged', async () => {
    for (const [who, caller] of await everyCaller()) {
      const slug = who.replace(' ', '-')
      const rating = await unusedRating(`Probe ${slug}`)
      const before = await scale()
      const results = {
        update: await updateRating.execute(caller, editFor(rating, { meaning: `edited by ${who}` })),
        move: await moveRating.execute(caller, { ratingId: rating.id, direction: 'up' }),
        retire: await retireRating.execute(caller, { ratingId: rating.id }),
        unretire: await unretireRating.execute(caller, { ratingId: rating.id }),
        add: await addRating.execute(caller, { labelKo: '새', labelEn: `Added ${slug}`, value: '', colour: '#000000', meaning: 'new' }),
        delete: await deleteRating.execute(caller, { ratingId: rating.id }),
      }
      if (who === 'ADMIN') {
        expect(Object.values(results).map((result) => result.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok'])
        expect(await db().rating.findUnique({ where: { id: rating.id } })).toBeNull()
        expect(await db().rating.count({ where: { labelEn: `Added ${slug}` } })).toBe(1)
        const actions = await db().auditEvent.findMany({ where: { actorId: caller?.id }, select: { action: true } })
        expect(actions.map((event) => event.action).sort()).toEqual(
          ['rating.add', 'rating.delete', 'rating.move', 'rating.retire', 'rating.unretire', 'rating.update'].sort(),
        )
      } else {
        const refusal = { status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED }
        for (const result of Object.values(results)) expect(result).toEqual(refusal)
        expect(await scale()).toEqual(before)
        await db().rating.delete({ where: { id: rating.id } })
      }
    }
  })
})

describe('rating scale: behaviour', () => {
  it('a rating used by a verdict cannot be deleted, only retired, and stays on its verdicts', async () => {
    const admin = await makeUser('ADMIN')
    const used = await byLabel('Mostly not true')
    expect(await deleteRating.execute(admin, { ratingId: used.id })).toEqual({ status: 'error', message: IN_USE_MESSAGE })
    expect(await db().rating.findUnique({ where: { id: used.id } })).not.toBeNull()

    expect((await retireRating.execute(admin, { ratingId: used.id })).status).toBe('ok')
    expect((await byLabel('Mostly not true')).retired).toBe(true)
    expect(await db().verdict.count({ where: { ratingId: used.id } })).toBeGreaterThan(0)
    // Still refused when retired: the corrections log keeps pointing at it.
    expect(await deleteRating.execute(admin, { ratingId: used.id })).toMatchObject({ status: 'error' })
    expect((await unretireRating.execute(admin, { ratingId: used.id })).status).toBe('ok')
    expect((await byLabel('Mostly not true')).retired).toBe(false)
  })

  it('a rating only an old published revision used cannot be deleted either', async () => {
    const admin = await makeUser('ADMIN')
    const rating = await unusedRating('Revision only')
    const verdict = await db().verdict.findFirstOrThrow()
    await db().verdictRevision.create({
      data: { verdictId: verdict.id, number: 99, ratingId: rating.id, summary: 's', analysis: 'a' },
    })
    expect(await deleteRating.execute(admin, { ratingId: rating.id })).toEqual({ status: 'error', message: IN_USE_MESSAGE })
  })

  it('moving swaps neighbours and keeps positions unique and contiguous', async () => {
    const admin = await makeUser('ADMIN')
    const before = await scale()
    const second = before[1]
    expect(await moveRating.execute(admin, { ratingId: second.id, direction: 'up' })).toMatchObject({ status: 'ok', data: { position: 0 } })
    let after = await scale()
    expect(after.slice(0, 2).map((rating) => rating.id)).toEqual([second.id, before[0].id])
    expectContiguous(after.map((rating) => rating.position))

    expect((await moveRating.execute(admin, { ratingId: second.id, direction: 'up' })).status).toBe('error')
    const last = after[after.length - 1]
    expect(await moveRating.execute(admin, { ratingId: last.id, direction: 'down' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Already at the bottom'),
    })
    expect((await moveRating.execute(admin, { ratingId: second.id, direction: 'down' })).status).toBe('ok')
    after = await scale()
    expect(after.map((rating) => rating.id)).toEqual(before.map((rating) => rating.id))
  })

  it('concurrent moves and additions never break the order', async () => {
    const admin = await makeUser('ADMIN')
    const ratings = await scale()
    await Promise.all([
      moveRating.execute(admin, { ratingId: ratings[2].id, direction: 'up' }),
      moveRating.execute(admin, { ratingId: ratings[3].id, direction: 'down' }),
      addRating.execute(admin, { labelKo: '동시 1', labelEn: 'Concurrent 1', value: '', colour: '#111111', meaning: 'x' }),
      addRating.execute(admin, { labelKo: '동시 2', labelEn: 'Concurrent 2', value: '', colour: '#222222', meaning: 'x' }),
    ]).then((results) => expect(results.map((result) => result.status)).toEqual(['ok', 'ok', 'ok', 'ok']))
    const after = await scale()
    expectContiguous(after.map((rating) => rating.position))
    expect(after).toHaveLength(ratings.length + 2)
  })

  it('adding appends at the end; deleting closes the gap', async () => {
    const admin = await makeUser('ADMIN')
    const added = await addRating.execute(admin, { labelKo: '추가', labelEn: 'Appended', value: '3', colour: '#ABCDEF', meaning: '끝에 붙는다.' })
    if (added.status !== 'ok') throw new Error(added.message)
    let ratings = await scale()
    expect(ratings.at(-1)).toMatchObject({ id: added.data.id, value: 3, colour: '#abcdef', retired: false })

    const middle = await unusedRating('Middle')
    // Bring it into the middle of the scale, then delete it.
    for (let i = 0; i < 3; i++) await moveRating.execute(admin, { ratingId: middle.id, direction: 'up' })
    expect((await deleteRating.execute(admin, { ratingId: middle.id })).status).toBe('ok')
    ratings = await scale()
    expectContiguous(ratings.map((rating) => rating.position))
    expect(ratings.some((rating) => rating.id === middle.id)).toBe(false)
  })

  it('updates labels, value, colour and meaning; an empty value means none', async () => {
    const admin = await makeUser('ADMIN')
    const rating = await unusedRating('Editable')
    const result = await updateRating.execute(
      admin,
      editFor(rating, { labelKo: '고침', labelEn: 'Edited', value: ' ', colour: '#FF00aa', meaning: '새 뜻.' }),
    )
    expect(result.status).toBe('ok')
    expect(await db().rating.findUniqueOrThrow({ where: { id: rating.id } })).toMatchObject({
      labelKo: '고침',
      labelEn: 'Edited',
      value: null,
      colour: '#ff00aa',
      meaning: '새 뜻.',
    })
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'rating.update', entityId: rating.id } })
    expect(audit.data).toMatchObject({ before: { labelEn: 'Editable' }, after: { labelEn: 'Edited', value: null } })
  })

  it('refuses a bad colour, value, meaning or a taken label, with field errors', async () => {
    const admin = await makeUser('ADMIN')
    const rating = await unusedRating('Validated')
    for (const [field, bad] of [
      ['colour', 'red'],
      ['colour', '#12345'],
      ['colour', '#12345g'],
      ['value', 'abc'],
      ['value', '2.5'],
      ['value', '101'],
      ['value', '-1'],
      ['meaning', ''],
      ['meaning', 'x'.repeat(1001)],
      ['meaning', 'one paragraph\n\nand another'],
      ['labelKo', ''],
    ] as const) {
      const result = await updateRating.execute(admin, editFor(rating, { [field]: bad }))
      expect(result.status, `${field}=${bad}`).toBe('invalid')
      if (result.status === 'invalid') expect(Object.keys(result.fieldErrors)).toEqual([field])
    }
    expect(await updateRating.execute(admin, editFor(rating, { labelEn: 'true' }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('English label already exists'),
    })
    expect(await db().rating.findUniqueOrThrow({ where: { id: rating.id } })).toEqual(rating)
  })

  it('refuses an edit based on what someone else has changed since', async () => {
    const [first, second] = [await makeUser('ADMIN'), await makeUser('ADMIN')]
    const rating = await unusedRating('Contested')
    expect((await updateRating.execute(first, editFor(rating, { meaning: 'first' }))).status).toBe('ok')
    const stale = await updateRating.execute(second, editFor(rating, { meaning: 'second' }))
    expect(stale).toMatchObject({ status: 'conflict', current: { meaning: 'first' } })
    expect((await db().rating.findUniqueOrThrow({ where: { id: rating.id } })).meaning).toBe('first')
    // Saving again on top of what is saved now works.
    if (stale.status !== 'conflict') throw new Error('expected a conflict')
    const retry = await updateRating.execute(second, { ...editFor(rating, { meaning: 'second' }), loaded: stale.current.loaded })
    expect(retry.status).toBe('ok')
  })

  it('keeps at least one rating that can be chosen', async () => {
    const admin = await makeUser('ADMIN')
    const ratings = await db().rating.findMany({ where: { retired: false }, orderBy: { position: 'asc' } })
    for (const rating of ratings.slice(1)) expect((await retireRating.execute(admin, { ratingId: rating.id })).status).toBe('ok')
    expect(await retireRating.execute(admin, { ratingId: ratings[0].id })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('cannot be retired'),
    })
    expect(await db().rating.count({ where: { retired: false } })).toBe(1)
    for (const rating of ratings.slice(1)) await unretireRating.execute(admin, { ratingId: rating.id })
  })
})
