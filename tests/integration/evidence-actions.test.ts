// Evidence and appearances on a claim, on the demo dataset (Korean claims about AI, 2024–25).
import { beforeAll, describe, expect, it } from 'vitest'
import { SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import { db } from '../../lib/db/client'
import { addAppearance, addEvidence, removeAppearance, removeEvidence, updateEvidence } from '../../lib/evidence/actions'
import { getClaimEvidence } from '../../lib/evidence/queries'
import { MAX_EXCERPT } from '../../lib/evidence/schema'
import { loadDemoDataset } from '../../lib/seed/demo'
import { everyCaller, makeUser } from '../support/users'

let claimId: string
let sourceIds: string[]

beforeAll(async () => {
  await loadDemoDataset(db())
  claimId = (await db().claim.findUniqueOrThrow({ where: { shortId: 'kfm2023' } })).id
  sourceIds = (await db().source.findMany({ orderBy: { seedKey: 'asc' }, select: { id: true } })).map((s) => s.id)
})

/** A source that is not yet an appearance of the claim, so each test can add one. */
async function freshSource(title = '새 출처') {
  return db().source.create({ data: { kind: 'NEWS', publisher: '뉴시스', title } })
}

describe('evidence and appearances: who may', () => {
  it('every desk role adds, edits and removes evidence; signed out changes nothing', async () => {
    for (const [who, caller] of await everyCaller()) {
      const excerpt = `${who}: 2023년 국내 파운데이션 모델은 0개였다.`
      const added = await addEvidence.execute(caller, { claimId, sourceId: sourceIds[0], stance: 'SUPPORTS', excerpt })
      // Something to edit and remove, whoever the caller is.
      const target = await db().evidence.create({ data: { claimId, sourceId: sourceIds[1], stance: 'CONTEXT', note: who } })
      const updated = await updateEvidence.execute(caller, { evidenceId: target.id, version: '1', sourceId: sourceIds[1], stance: 'CONTRADICTS' })
      const victim = await db().evidence.create({ data: { claimId, sourceId: sourceIds[2], stance: 'CONTEXT' } })
      const removed = await removeEvidence.execute(caller, { evidenceId: victim.id })

      const addedRow = await db().evidence.findFirst({ where: { excerpt } })
      const targetRow = await db().evidence.findUniqueOrThrow({ where: { id: target.id } })
      const victimRow = await db().evidence.findUnique({ where: { id: victim.id } })
      if (who === 'signed out') {
        for (const result of [added, updated, removed]) expect(result).toEqual({ status: 'forbidden', message: SIGN_IN_REQUIRED })
        expect(addedRow).toBeNull()
        expect(targetRow).toMatchObject({ stance: 'CONTEXT', version: 1 })
        expect(victimRow).not.toBeNull()
      } else {
        expect([added.status, updated.status, removed.status]).toEqual(['ok', 'ok', 'ok'])
        expect(addedRow?.createdById).toBe(caller!.id)
        expect(targetRow).toMatchObject({ stance: 'CONTRADICTS', version: 2 })
        expect(victimRow).toBeNull()
      }
    }
  })

  it('every desk role adds and removes appearances; signed out changes nothing', async () => {
    for (const [who, caller] of await everyCaller()) {
      const source = await freshSource(`등장 ${who}`)
      const added = await addAppearance.execute(caller, { claimId, sourceId: source.id, appearedAt: '2024-10-07' })
      const existing = await db().appearance.create({ data: { claimId, sourceId: (await freshSource()).id } })
      const removed = await removeAppearance.execute(caller, { appearanceId: existing.id })
      const addedRow = await db().appearance.findFirst({ where: { claimId, sourceId: source.id } })
      const existingRow = await db().appearance.findUnique({ where: { id: existing.id } })
      if (who === 'signed out') {
        expect([added.status, removed.status]).toEqual(['forbidden', 'forbidden'])
        expect(addedRow).toBeNull()
        expect(existingRow).not.toBeNull()
      } else {
        expect([added.status, removed.status]).toEqual(['ok', 'ok'])
        expect(addedRow?.appearedAt).toEqual(new Date('2024-10-07T00:00:00Z'))
        expect(existingRow).toBeNull()
      }
    }
  })
})

describe('evidence', () => {
  it('stores stance, passage, locator and note, audits them, and shows them grouped on the claim', async () => {
    const editor = await makeUser('EDITOR')
    const result = await addEvidence.execute(editor, {
      claimId,
      sourceId: sourceIds[3],
      stance: 'REBUTS',
      excerpt: '  과기정통부는 “국내 기업도 자체 파운데이션 모델을 공개했다”고 반박했다.  ',
      locator: '2번째 문단 paragraph 2',
      note: '공식 반론',
    })
    if (result.status !== 'ok') throw new Error(result.message)
    const row = await db().evidence.findUniqueOrThrow({ where: { id: result.data.evidence.id } })
    expect(row).toMatchObject({
      stance: 'REBUTS',
      excerpt: '과기정통부는 “국내 기업도 자체 파운데이션 모델을 공개했다”고 반박했다.',
      locator: '2번째 문단 paragraph 2',
      note: '공식 반론',
      createdById: editor.id,
      version: 1,
    })
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'evidence.add', entityId: row.id } })
    expect(audit).toMatchObject({ actorId: editor.id, entityType: 'evidence', data: { after: { stance: 'REBUTS', sourceId: sourceIds[3] } } })

    const material = await getClaimEvidence(claimId)
    const shown = material?.evidence.find((item) => item.id === row.id)
    expect(shown).toMatchObject({ stance: 'REBUTS', source: { id: sourceIds[3] } })
  })

  it('refuses bad input field by field, and a claim or source that does not exist', async () => {
    const editor = await makeUser('EDITOR')
    const invalid = await addEvidence.execute(editor, { claimId, sourceId: '', stance: 'AGREES', excerpt: '가'.repeat(MAX_EXCERPT + 1) })
    if (invalid.status !== 'invalid') throw new Error(invalid.status)
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(['excerpt', 'sourceId', 'stance'])
    expect(invalid.fieldErrors.sourceId).toEqual(['출처를 고르세요. Choose a source.'])
    expect(invalid.fieldErrors.stance).toEqual(['입장을 고르세요. Choose a stance.'])

    expect(await addEvidence.execute(editor, { claimId, sourceId: 'gone', stance: 'SUPPORTS' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('no longer exists'),
    })
    expect(await addEvidence.execute(editor, { claimId: 'gone', sourceId: sourceIds[0], stance: 'SUPPORTS' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('No such claim'),
    })
  })

  it('edits against the loaded version: a stale edit is refused with the current row and writes nothing', async () => {
    const [a, b] = [await makeUser('EDITOR'), await makeUser('REVIEWER')]
    const evidence = await db().evidence.create({ data: { claimId, sourceId: sourceIds[0], stance: 'SUPPORTS', excerpt: '원문' } })
    const first = await updateEvidence.execute(a, { evidenceId: evidence.id, version: '1', sourceId: sourceIds[4], stance: 'CONTEXT', locator: 'p. 12' })
    expect(first.status).toBe('ok')
    const stale = await updateEvidence.execute(b, { evidenceId: evidence.id, version: '1', sourceId: sourceIds[0], stance: 'SUPPORTS', excerpt: '덮어쓰기' })
    expect(stale).toMatchObject({ status: 'conflict', current: { version: 2, stance: 'CONTEXT', locator: 'p. 12' } })
    const row = await db().evidence.findUniqueOrThrow({ where: { id: evidence.id } })
    // Cleared fields are cleared: an edit replaces the whole piece of evidence.
    expect(row).toMatchObject({ version: 2, sourceId: sourceIds[4], stance: 'CONTEXT', locator: 'p. 12', excerpt: null })
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'evidence.update', entityId: evidence.id } })
    expect(audit.data).toMatchObject({ before: { stance: 'SUPPORTS', excerpt: '원문' }, after: { stance: 'CONTEXT', version: 2 } })
  })

  it('removes evidence with an audit record of what it was, and says so when it is already gone', async () => {
    const editor = await makeUser('EDITOR')
    const evidence = await db().evidence.create({ data: { claimId, sourceId: sourceIds[0], stance: 'CONTRADICTS', excerpt: '지울 인용' } })
    expect((await removeEvidence.execute(editor, { evidenceId: evidence.id })).status).toBe('ok')
    expect(await db().evidence.findUnique({ where: { id: evidence.id } })).toBeNull()
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'evidence.remove', entityId: evidence.id } })
    expect(audit.data).toMatchObject({ before: { excerpt: '지울 인용', stance: 'CONTRADICTS' } })
    expect(await removeEvidence.execute(editor, { evidenceId: evidence.id })).toMatchObject({ status: 'error' })
  })
})

describe('appearances', () => {
  it('lists a source once per claim: a second appearance in the same source is refused', async () => {
    const editor = await makeUser('EDITOR')
    const source = await freshSource()
    const first = await addAppearance.execute(editor, { claimId, sourceId: source.id, appearedAt: '2024-09-30', note: '1면 기사' })
    if (first.status !== 'ok') throw new Error(first.message)
    expect(await addAppearance.execute(editor, { claimId, sourceId: source.id })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('already listed'),
    })
    expect(await db().appearance.count({ where: { claimId, sourceId: source.id } })).toBe(1)
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'appearance.add', entityId: first.data.appearance.id } })
    expect(audit).toMatchObject({ actorId: editor.id, data: { after: { note: '1면 기사', sourceId: source.id } } })
  })

  it('refuses what is not a day, a month or a year with a field error instead of failing the request', async () => {
    const editor = await makeUser('EDITOR')
    const source = await freshSource()
    for (const appearedAt of ['30/09/2024', '2024-02-30', '2024-9', '2024-13']) {
      const result = await addAppearance.execute(editor, { claimId, sourceId: source.id, appearedAt })
      expect(result.status === 'invalid' && Object.keys(result.fieldErrors)).toEqual(['appearedAt'])
    }
  })

  it('removal is audited and shows up in the claim’s material at once', async () => {
    const editor = await makeUser('EDITOR')
    const source = await freshSource()
    const added = await addAppearance.execute(editor, { claimId, sourceId: source.id })
    if (added.status !== 'ok') throw new Error(added.message)
    expect((await getClaimEvidence(claimId))?.appearances.map((a) => a.id)).toContain(added.data.appearance.id)
    expect((await removeAppearance.execute(editor, { appearanceId: added.data.appearance.id })).status).toBe('ok')
    expect((await getClaimEvidence(claimId))?.appearances.map((a) => a.id)).not.toContain(added.data.appearance.id)
    expect(await db().auditEvent.count({ where: { action: 'appearance.remove', entityId: added.data.appearance.id } })).toBe(1)
  })
})
