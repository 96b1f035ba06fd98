// Relations between claims, on the demo dataset: "0 notable models in 2023", "1 in 2024" and "17 cumulative" are
// the same metric over other windows, not a contradiction.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { addRelation, removeRelation } from '../../lib/relations/actions'
import { listClaimRelations } from '../../lib/relations/queries'
import { claimReference } from '../../lib/relations/schema'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

const ids: Record<string, string> = {}

beforeAll(async () => {
  await loadDemoDataset(db())
  for (const claim of await db().claim.findMany({ select: { id: true, shortId: true } })) ids[claim.shortId] = claim.id
})

beforeEach(async () => {
  // The demo's own relations would make "already related" depend on the dataset; each test starts without any.
  await db().claimRelation.deleteMany()
})

describe('relations: who may', () => {
  it('every desk role adds and removes relations; signed out changes nothing', async () => {
    for (const [who, caller] of await everyCaller()) {
      await db().claimRelation.deleteMany()
      const added = await addRelation.execute(caller, { claimId: ids.knt2023, otherClaim: 'knt2024', kind: 'SAME_METRIC_OTHER_WINDOW' })
      const existing = await db().claimRelation.create({ data: { fromClaimId: ids.kpt2022, toClaimId: ids.kpt2023, kind: 'SAME_METRIC_OTHER_WINDOW' } })
      const removed = await removeRelation.execute(caller, { relationId: existing.id })
      const rows = await db().claimRelation.findMany({ select: { fromClaimId: true, toClaimId: true } })
      if (who === 'signed out') {
        expect([added, removed]).toEqual([
          { status: 'forbidden', message: SIGN_IN_REQUIRED },
          { status: 'forbidden', message: SIGN_IN_REQUIRED },
        ])
        expect(rows).toEqual([{ fromClaimId: ids.kpt2022, toClaimId: ids.kpt2023 }])
      } else {
        expect([added.status, removed.status]).toEqual(['ok', 'ok'])
        expect(rows).toEqual([{ fromClaimId: ids.knt2023, toClaimId: ids.knt2024 }])
      }
    }
  })
})

describe('adding a relation', () => {
  it('is shown on both claims, each from its own side, and audited', async () => {
    const editor = await makeUser('EDITOR')
    const result = await addRelation.execute(editor, {
      claimId: ids.kntcumu,
      otherClaim: 'knt2024',
      kind: 'SUPERSEDES',
      direction: 'outgoing',
      note: '누적 수치가 최신',
    })
    if (result.status !== 'ok') throw new Error(result.message)
    expect(await listClaimRelations(ids.kntcumu)).toMatchObject([
      { kind: 'SUPERSEDES', direction: 'outgoing', note: '누적 수치가 최신', other: { shortId: 'knt2024' } },
    ])
    expect(await listClaimRelations(ids.knt2024)).toMatchObject([{ kind: 'SUPERSEDES', direction: 'incoming', other: { shortId: 'kntcumu' } }])
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'relation.add', entityId: result.data.relation.id } })
    expect(audit).toMatchObject({
      actorId: editor.id,
      entityType: 'claimRelation',
      data: { after: { fromClaimId: ids.kntcumu, toClaimId: ids.knt2024, kind: 'SUPERSEDES' } },
    })
    expect((await db().claimRelation.findUniqueOrThrow({ where: { id: result.data.relation.id } })).createdById).toBe(editor.id)
  })

  it('finds the other claim by short id in any case, by permalink or by internal id; incoming reverses the ends', async () => {
    const editor = await makeUser('EDITOR')
    for (const [otherClaim, kind] of [
      ['KNT2024', 'OTHER_DEFINITION'],
      ['https://factcheck.example/claims/knt2024/some-slug?ref=x', 'CONTRADICTS'],
      [ids.knt2024, 'SAME_METRIC_OTHER_WINDOW'],
    ] as const) {
      expect((await addRelation.execute(editor, { claimId: ids.knt2023, otherClaim, kind })).status).toBe('ok')
    }
    const incoming = await addRelation.execute(editor, { claimId: ids.knt2023, otherClaim: 'knt2024', kind: 'SUPERSEDES', direction: 'incoming' })
    expect(incoming).toMatchObject({ status: 'ok', data: { relation: { fromClaimId: ids.knt2024, toClaimId: ids.knt2023 } } })
    expect(await db().claimRelation.count({ where: { fromClaimId: ids.knt2023, toClaimId: ids.knt2024 } })).toBe(3)
  })

  it('refuses to relate a claim to itself, whichever way it is named, and writes nothing', async () => {
    const editor = await makeUser('EDITOR')
    for (const otherClaim of ['kfm2023', 'KFM2023', ids.kfm2023]) {
      expect(await addRelation.execute(editor, { claimId: ids.kfm2023, otherClaim, kind: 'DUPLICATE_OF' })).toEqual({
        status: 'error',
        message: '주장을 자기 자신과 연결할 수 없습니다. A claim cannot be related to itself.',
      })
    }
    expect(await db().claimRelation.count()).toBe(0)
  })

  it('refuses a duplicate, in either direction, but allows another kind between the same claims', async () => {
    const editor = await makeUser('EDITOR')
    const add = (claimId: string, otherClaim: string, kind: string, direction = 'outgoing') =>
      addRelation.execute(editor, { claimId, otherClaim, kind, direction })
    expect((await add(ids.kpt2022, 'kpt2023', 'SAME_METRIC_OTHER_WINDOW')).status).toBe('ok')
    for (const again of [add(ids.kpt2022, 'kpt2023', 'SAME_METRIC_OTHER_WINDOW'), add(ids.kpt2023, 'kpt2022', 'SAME_METRIC_OTHER_WINDOW')]) {
      expect(await again).toMatchObject({ status: 'error', message: expect.stringContaining('already have a relation of this kind') })
    }
    expect((await add(ids.kpt2022, 'kpt2023', 'SUPERSEDES', 'incoming')).status).toBe('ok')
    expect(await add(ids.kpt2022, 'kpt2023', 'SUPERSEDES')).toMatchObject({ status: 'error', message: expect.stringContaining('other way round') })
    expect(await db().claimRelation.count()).toBe(2)
  })

  it('says which claim it could not find, and validates the kind', async () => {
    const editor = await makeUser('EDITOR')
    expect(await addRelation.execute(editor, { claimId: ids.kfm2023, otherClaim: 'zzzzzzz', kind: 'CONTRADICTS' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('“zzzzzzz”'),
    })
    const invalid = await addRelation.execute(editor, { claimId: ids.kfm2023, otherClaim: '', kind: 'RELATED', direction: 'sideways' })
    expect(invalid.status === 'invalid' && Object.keys(invalid.fieldErrors).sort()).toEqual(['direction', 'kind', 'otherClaim'])
  })
})

describe('removing a relation', () => {
  it('removes it from both claims and audits what it was', async () => {
    const editor = await makeUser('EDITOR')
    const relation = await db().claimRelation.create({ data: { fromClaimId: ids.ktal024, toClaimId: ids.ktlconc, kind: 'OTHER_DEFINITION', note: '정의가 다름' } })
    expect((await removeRelation.execute(editor, { relationId: relation.id })).status).toBe('ok')
    expect(await listClaimRelations(ids.ktal024)).toEqual([])
    expect(await listClaimRelations(ids.ktlconc)).toEqual([])
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'relation.remove', entityId: relation.id } })
    expect(audit.data).toMatchObject({ before: { kind: 'OTHER_DEFINITION', note: '정의가 다름', fromClaimId: ids.ktal024 } })
    expect(await removeRelation.execute(editor, { relationId: relation.id })).toMatchObject({ status: 'error' })
  })
})

describe('claimReference', () => {
  it('reads a short id out of what an editor may paste', () => {
    expect(claimReference(' kfm2023 ')).toBe('kfm2023')
    expect(claimReference('kfm2023 — 한국은 2023년에 파운데이션 모델이 0개')).toBe('kfm2023')
    expect(claimReference('/claims/kfm2023')).toBe('kfm2023')
    expect(claimReference('/c/kfm2023')).toBe('kfm2023')
    expect(claimReference('https://factcheck.example/c/KFM2023/slug?ref=x')).toBe('kfm2023')
    expect(claimReference('http://localhost:3000/claims/KFM2023/slug#verdict')).toBe('kfm2023')
  })
})
