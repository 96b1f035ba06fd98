// Optimistic locking under real contention on the real database: many editors saving one record at once, and two
// reviewers publishing one draft at once. Every save is applied or refused as a conflict, nothing is lost, and the
// audit log records exactly what was applied.
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ActionResult } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { createClaim, updateClaim } from '../../lib/claims/actions'
import { claimFormValues } from '../../lib/claims/schema'
import { db } from '../../lib/db/client'
import { PrismaClient } from '../../lib/db/generated/client'
import { serverEnv } from '../../lib/env'
import { updateEvidence } from '../../lib/evidence/actions'
import { publish, saveDraft, submitForReview } from '../../lib/verdicts/actions'
import { makeUser } from '../support/users'

const EDITORS = 50
const PUBLISH_RACES = 20

// The app's pool is pg's default of 10 connections: only 10 of the 50 saves could be inside a transaction at once,
// and the rest would start after the winner committed and conflict trivially. A pool with room for every editor
// (plus the lock-watching query) puts all 50 at the row lock together. db() keeps its client on globalThis.prisma,
// which tests/support/database-per-file.ts disconnects after the file.
;(globalThis as { prisma?: PrismaClient }).prisma = new PrismaClient({
  adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL, max: EDITORS + 5 }),
})

/**
 * A row lock held from outside the app, so that every contender has read the record and is waiting to write it
 * before any of them can: the race happens every run instead of when the scheduler happens to allow it.
 */
async function holdRowLock(table: 'claims' | 'evidence' | 'verdicts', id: string) {
  const holder = new pg.Client({ connectionString: serverEnv().DATABASE_URL })
  await holder.connect()
  await holder.query('BEGIN')
  await holder.query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [id])
  return {
    async releaseWhenWaiting(contenders: number) {
      try {
        const deadline = Date.now() + 30_000
        for (;;) {
          const [{ waiting }] = await db().$queryRaw<[{ waiting: number }]>`
            SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`
          if (waiting >= contenders) return
          if (Date.now() > deadline) throw new Error(`only ${waiting} of ${contenders} writers reached the row lock`)
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
      } finally {
        await holder.query('COMMIT')
        await holder.end()
      }
    },
  }
}

let editors: Actor[]

beforeAll(async () => {
  editors = []
  for (let i = 0; i < EDITORS; i++) editors.push(await makeUser('EDITOR', { email: `editor-${i}@concurrency.test` }))
})

/** A record many editors save at once: its own action, its stored value, and how its audit events name it. */
interface Target {
  table: 'claims' | 'evidence'
  entityType: string
  action: string
  create(): Promise<string>
  save(editor: Actor, id: string, version: number, value: string): Promise<ActionResult<unknown>>
  stored(id: string): Promise<{ value: string | null; version: number }>
  /** The saved value as the audit event's before/after snapshot holds it. */
  audited(snapshot: Record<string, unknown>): unknown
}

const claimTarget = (): Target => {
  let startValues: ReturnType<typeof claimFormValues>
  return {
    table: 'claims',
    entityType: 'claim',
    action: 'claim.update',
    async create() {
      const created = await createClaim.execute(editors[0], { text: '동시 편집 시험 주장', language: 'ko', status: 'NEW' })
      if (created.status !== 'ok') throw new Error(`createClaim: ${created.message}`)
      startValues = claimFormValues(await db().claim.findUniqueOrThrow({ where: { id: created.data.id } }))
      return created.data.id
    },
    save: (editor, id, version, value) => updateClaim.execute(editor, { ...startValues, claimId: id, version: String(version), text: value }),
    async stored(id) {
      const row = await db().claim.findUniqueOrThrow({ where: { id } })
      return { value: row.text, version: row.version }
    },
    audited: (snapshot) => snapshot.text,
  }
}

const evidenceTarget = (): Target => {
  let sourceId: string
  return {
    table: 'evidence',
    entityType: 'evidence',
    action: 'evidence.update',
    async create() {
      const claim = await db().claim.create({ data: { shortId: `cc${Math.random().toString(36).slice(2, 7)}`, slug: 'concurrency', text: '근거 동시 편집 시험' } })
      sourceId = (await db().source.create({ data: { kind: 'NEWS', publisher: '시험 신문', title: '동시 편집 출처' } })).id
      return (await db().evidence.create({ data: { claimId: claim.id, sourceId, stance: 'CONTEXT', excerpt: '처음 인용문' } })).id
    },
    save: (editor, id, version, value) => updateEvidence.execute(editor, { evidenceId: id, version: String(version), sourceId, stance: 'SUPPORTS', excerpt: value }),
    async stored(id) {
      const row = await db().evidence.findUniqueOrThrow({ where: { id } })
      return { value: row.excerpt, version: row.version }
    },
    audited: (snapshot) => snapshot.excerpt,
  }
}

const valueOf = (i: number) => `편집자 ${i}의 문구 Editor ${i}'s wording`

async function auditEvents(target: Target, id: string) {
  const events = await db().auditEvent.findMany({ where: { entityType: target.entityType, entityId: id, action: target.action } })
  return events.map((event) => ({ actorId: event.actorId, ...(event.data as { before: Record<string, unknown>; after: Record<string, unknown> }) }))
}

describe.each([
  ['claim', claimTarget],
  ['evidence', evidenceTarget],
])('%s: 50 editors save at once', (_name, makeTarget) => {
  it('all from the same version: one is applied, the rest are refused as conflicts that show the newer record', async () => {
    const target = makeTarget()
    const id = await target.create()
    const start = await target.stored(id)
    const lock = await holdRowLock(target.table, id)

    const saving = Promise.all(editors.map((editor, i) => target.save(editor, id, start.version, valueOf(i))))
    await lock.releaseWhenWaiting(EDITORS)
    const results = await saving

    for (const result of results) expect(['ok', 'conflict'], JSON.stringify(result)).toContain(result.status)
    const applied = results.flatMap((result, i) => (result.status === 'ok' ? [i] : []))
    // Everyone wrote against the same version, so the version predicate lets exactly one through.
    expect(applied).toHaveLength(1)
    for (const result of results) {
      // The "what changed" view and the next save's version come from `current`: it must be the record as it is
      // now, not the one the editor already had.
      if (result.status === 'conflict') expect(result.current.version).toBe(start.version + applied.length)
    }

    expect(await target.stored(id)).toEqual({ value: valueOf(applied[0]), version: start.version + applied.length })
    const events = await auditEvents(target, id)
    expect(events.map((event) => event.actorId)).toEqual(applied.map((i) => editors[i].id))
    expect(events.map((event) => target.audited(event.after))).toEqual(applied.map(valueOf))
  })

  it('each retrying on conflict with the version it was shown: all 50 are applied, one version after another', async () => {
    const target = makeTarget()
    const id = await target.create()
    const start = await target.stored(id)

    let conflicts = 0
    const saveUntilApplied = async (editor: Actor, i: number) => {
      let version = start.version
      // A conflict means another editor's save landed since the version was read, and there are only EDITORS - 1
      // others: an editor who needs more attempts than EDITORS was refused without cause.
      for (let attempt = 1; attempt <= EDITORS; attempt++) {
        const result = await target.save(editor, id, version, valueOf(i))
        if (result.status === 'ok') return
        expect(result.status, JSON.stringify(result)).toBe('conflict')
        if (result.status !== 'conflict') return
        conflicts += 1
        version = result.current.version as number
      }
      throw new Error(`editor ${i} was still refused after ${EDITORS} attempts`)
    }
    await Promise.all(editors.map(saveUntilApplied))

    // The first round all wrote against the start version, so at least 49 of them met a conflict: real contention.
    expect(conflicts).toBeGreaterThanOrEqual(EDITORS - 1)
    const final = await target.stored(id)
    expect(final.version).toBe(start.version + EDITORS)

    const events = (await auditEvents(target, id)).sort((a, b) => (a.after.version as number) - (b.after.version as number))
    expect(events).toHaveLength(EDITORS)
    expect(new Set(events.map((event) => event.actorId))).toEqual(new Set(editors.map((editor) => editor.id)))
    expect(events.map((event) => event.after.version)).toEqual(Array.from({ length: EDITORS }, (_, k) => start.version + 1 + k))
    // No lost update: each save started from exactly what the one before it left, and the last one is what is stored.
    let previous: unknown = start.value
    for (const event of events) {
      expect(target.audited(event.before)).toBe(previous)
      previous = target.audited(event.after)
    }
    expect(final.value).toBe(previous)
  })
})

describe('two reviewers publish the same draft at once', () => {
  let author: Actor
  let reviewers: [Actor, Actor]
  let ratingId: string

  beforeAll(async () => {
    author = editors[0]
    reviewers = [await makeUser('REVIEWER'), await makeUser('REVIEWER')]
    const scale = await db().ratingScale.create({
      data: { name: '동시 공개 시험 척도', isDefault: true, ratings: { create: [{ position: 1, labelKo: '사실 아님', labelEn: 'False', value: 1, colour: '#b42318' }] } },
      include: { ratings: true },
    })
    ratingId = scale.ratings[0].id
  })

  let counter = 0
  /** A verdict in review, written by an editor, so either reviewer may publish it under the two-person rule. */
  async function verdictInReview() {
    counter += 1
    const claim = await db().claim.create({ data: { shortId: `cp${String(counter).padStart(5, '0')}`, slug: `race-${counter}`, text: `공개 경쟁 ${counter}`, status: 'RESEARCHING' } })
    const draft = await saveDraft.execute(author, { claimId: claim.id, ratingId, summary: '사실 아님.', analysis: '근거가 없다.' })
    if (draft.status !== 'ok') throw new Error(`saveDraft: ${draft.message}`)
    const submitted = await submitForReview.execute(author, { verdictId: draft.data.verdictId, version: draft.data.version })
    if (submitted.status !== 'ok') throw new Error(`submitForReview: ${submitted.message}`)
    return { verdictId: draft.data.verdictId, version: submitted.data.version }
  }

  /** Exactly one publish: one winner, one revision by the winner, one audit event, and the verdict names the winner. */
  async function expectOnePublish(verdictId: string, results: ActionResult<unknown>[]) {
    const winners = results.flatMap((result, i) => (result.status === 'ok' ? [reviewers[i]] : []))
    expect(winners, JSON.stringify(results)).toHaveLength(1)
    const revisions = await db().verdictRevision.findMany({ where: { verdictId } })
    expect(revisions.map((revision) => [revision.number, revision.publishedById])).toEqual([[1, winners[0].id]])
    const events = await db().auditEvent.findMany({ where: { entityType: 'verdict', entityId: verdictId, action: 'verdict.publish' } })
    expect(events.map((event) => event.actorId)).toEqual([winners[0].id])
    expect(await db().verdict.findUniqueOrThrow({ where: { id: verdictId } })).toMatchObject({ status: 'PUBLISHED', reviewerId: winners[0].id })
    return results.find((result) => result.status !== 'ok')!
  }

  it('when both arrive while the verdict is busy, the second is refused as a conflict showing the published verdict', async () => {
    const verdict = await verdictInReview()
    const lock = await holdRowLock('verdicts', verdict.verdictId)
    const publishing = Promise.all(reviewers.map((reviewer) => publish.execute(reviewer, verdict)))
    await lock.releaseWhenWaiting(reviewers.length)
    const refused = await expectOnePublish(verdict.verdictId, await publishing)
    expect(refused).toMatchObject({ status: 'conflict', current: { status: 'PUBLISHED', version: verdict.version + 1 } })
  })

  it(`${PUBLISH_RACES} free races: always exactly one publish, and the other reviewer is told why not`, async () => {
    for (let race = 0; race < PUBLISH_RACES; race++) {
      const verdict = await verdictInReview()
      // The second reviewer starts 0–36 ms later from race to race, so the races land at different points of the
      // first one's transaction rather than both reading in step.
      const results = await Promise.all(
        reviewers.map(async (reviewer, i) => {
          if (i === 1) await new Promise((resolve) => setTimeout(resolve, (race % 10) * 4))
          return publish.execute(reviewer, verdict)
        }),
      )
      const refused = await expectOnePublish(verdict.verdictId, results)
      // Whether the loser read the verdict before or after the winner committed, its version is now stale.
      expect(refused.status, JSON.stringify(refused)).toBe('conflict')
    }
  })
})
