import { beforeAll, describe, expect, it } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { publish, saveDraft, sendBack, submitForReview, withdraw } from '../../lib/verdicts/actions'
import { claimCitations } from '../../lib/verdicts/queries'
import { CHANGE_NOTE_REQUIRED, OWN_DRAFT_REFUSED } from '../../lib/verdicts/schema'
import { everyCaller, makeUser } from '../support/users'

let ratings: Map<string, string>
let sourceId: string
let author: Actor
let reviewer: Actor

beforeAll(async () => {
  await loadDemoDataset(db())
  const rows = await db().rating.findMany({ where: { scale: { isDefault: true } } })
  ratings = new Map(rows.map((rating) => [rating.labelEn, rating.id]))
  sourceId = (await db().source.findFirstOrThrow({ where: { title: 'AI Index Report 2024' } })).id
  author = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER')
})

const rating = (labelEn: string) => ratings.get(labelEn)!
const refusal = (who: string) => ({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })
const mayPublish = (who: string) => who === 'REVIEWER' || who === 'ADMIN'

let counter = 0
/** A researching claim with one piece of evidence from the AI Index 2024 (citation key AI-Index-Report-2024). */
async function newClaim() {
  counter += 1
  return db().claim.create({
    data: {
      shortId: `tv${String(counter).padStart(5, '0')}`,
      slug: `test-claim-${counter}`,
      text: `시험 주장 ${counter}`,
      status: 'RESEARCHING',
      evidence: { create: [{ sourceId, stance: 'CONTRADICTS', excerpt: 'Korea: 1 notable model', locator: 'p. 48' }] },
    },
  })
}

const draftForm = (claimId: string, changes: Record<string, string> = {}) => ({
  claimId,
  ratingId: rating('Mostly not true'),
  summary: '대체로 사실 아님: 2023년 기준 한국 모델은 1개였다.',
  analysis: 'The index counts one Korean model [^AI-Index-Report-2024].',
  ...changes,
})

const verdictOf = (claimId: string) => db().verdict.findUniqueOrThrow({ where: { claimId } })
const ok = <T extends { status: string }>(result: T, who = '') => {
  expect(result.status, `${who} ${JSON.stringify(result)}`).toBe('ok')
  return result
}

/** A claim whose verdict is in the given state, written by `author` and (when published) published by `reviewer`. */
async function verdictIn(state: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'WITHDRAWN') {
  const claim = await newClaim()
  ok(await saveDraft.execute(author, draftForm(claim.id)))
  if (state === 'DRAFT') return verdictOf(claim.id)
  ok(await submitForReview.execute(author, { verdictId: (await verdictOf(claim.id)).id, version: (await verdictOf(claim.id)).version }))
  if (state === 'IN_REVIEW') return verdictOf(claim.id)
  const inReview = await verdictOf(claim.id)
  ok(await publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version }))
  if (state === 'PUBLISHED') return verdictOf(claim.id)
  const published = await verdictOf(claim.id)
  ok(await withdraw.execute(reviewer, { verdictId: published.id, version: published.version, reason: 'Test withdrawal' }))
  return verdictOf(claim.id)
}

describe('who may do what, for every transition', () => {
  it('draft: every desk role writes a draft; signed out is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      const claim = await newClaim()
      const result = await saveDraft.execute(caller, draftForm(claim.id))
      const row = await db().verdict.findUnique({ where: { claimId: claim.id } })
      if (!caller) {
        expect(result).toEqual(refusal(who))
        expect(row).toBeNull()
        continue
      }
      ok(result, who)
      expect(row).toMatchObject({ status: 'DRAFT', authorId: caller.id, version: 1, ratingId: rating('Mostly not true') })
      // And edits it again at the version it loaded.
      ok(await saveDraft.execute(caller, draftForm(claim.id, { version: '1', summary: '고친 요약' })), who)
      expect(await verdictOf(claim.id)).toMatchObject({ summary: '고친 요약', version: 2, status: 'DRAFT' })
    }
  })

  it('submit: every desk role sends a draft for review; signed out is refused', async () => {
    for (const [who, caller] of await everyCaller()) {
      const verdict = await verdictIn('DRAFT')
      const result = await submitForReview.execute(caller, { verdictId: verdict.id, version: verdict.version })
      const after = await db().verdict.findUniqueOrThrow({ where: { id: verdict.id }, include: { claim: true } })
      if (!caller) {
        expect(result).toEqual(refusal(who))
        expect(after).toMatchObject({ status: 'DRAFT', submittedAt: null })
        continue
      }
      ok(result, who)
      expect(after).toMatchObject({ status: 'IN_REVIEW', version: verdict.version + 1 })
      expect(after.submittedAt).toBeInstanceOf(Date)
      expect(after.claim.status).toBe('IN_REVIEW')
    }
  })

  it('send back: reviewers and admins, with a desk comment; editors and signed out are refused', async () => {
    for (const [who, caller] of await everyCaller()) {
      const verdict = await verdictIn('IN_REVIEW')
      const result = await sendBack.execute(caller, { verdictId: verdict.id, version: verdict.version, comment: `${who}: cite the 2025 report` })
      const after = await verdictOf(verdict.claimId)
      const comments = await db().verdictComment.findMany({ where: { verdictId: verdict.id } })
      if (!mayPublish(who)) {
        expect(result).toEqual(refusal(who))
        expect(after.status).toBe('IN_REVIEW')
        expect(comments).toEqual([])
        continue
      }
      ok(result, who)
      expect(after.status).toBe('DRAFT')
      expect(comments).toEqual([expect.objectContaining({ kind: 'SENT_BACK', authorId: caller!.id, body: `${who}: cite the 2025 report` })])
    }
  })

  it('publish: reviewers and admins publish someone else’s draft; editors and signed out are refused', async () => {
    for (const [who, caller] of await everyCaller()) {
      const verdict = await verdictIn('IN_REVIEW')
      const result = await publish.execute(caller, { verdictId: verdict.id, version: verdict.version })
      const after = await db().verdict.findUniqueOrThrow({ where: { id: verdict.id }, include: { claim: true, revisions: true } })
      if (!mayPublish(who)) {
        expect(result).toEqual(refusal(who))
        expect(after.status).toBe('IN_REVIEW')
        expect(after.revisions).toEqual([])
        continue
      }
      ok(result, who)
      expect(after).toMatchObject({ status: 'PUBLISHED', reviewerId: caller!.id })
      expect(after.publishedAt).toBeInstanceOf(Date)
      expect(after.claim.status).toBe('PUBLISHED')
      expect(after.revisions).toHaveLength(1)
    }
  })

  it('withdraw: reviewers and admins, with a public reason; editors and signed out are refused', async () => {
    for (const [who, caller] of await everyCaller()) {
      const verdict = await verdictIn('PUBLISHED')
      const result = await withdraw.execute(caller, { verdictId: verdict.id, version: verdict.version, reason: `${who}: the data was revised` })
      const after = await verdictOf(verdict.claimId)
      if (!mayPublish(who)) {
        expect(result).toEqual(refusal(who))
        expect(after).toMatchObject({ status: 'PUBLISHED', withdrawnAt: null, withdrawnReason: null })
        continue
      }
      ok(result, who)
      expect(after).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: `${who}: the data was revised` })
      expect(after.withdrawnAt).toBeInstanceOf(Date)
    }
  })
})

describe('the state machine refuses transitions a state does not allow', () => {
  it('only drafts go to review, only verdicts in review are published or sent back, only public ones withdrawn', async () => {
    const admin = await makeUser('ADMIN')
    const cases = [
      ['DRAFT', 'publish'],
      ['DRAFT', 'sendBack'],
      ['DRAFT', 'withdraw'],
      ['IN_REVIEW', 'submit'],
      ['IN_REVIEW', 'withdraw'],
      ['PUBLISHED', 'submit'],
      ['PUBLISHED', 'publish'],
      ['PUBLISHED', 'sendBack'],
      ['WITHDRAWN', 'submit'],
      ['WITHDRAWN', 'publish'],
      ['WITHDRAWN', 'withdraw'],
    ] as const
    for (const [state, step] of cases) {
      const verdict = await verdictIn(state)
      const base = { verdictId: verdict.id, version: verdict.version }
      const result =
        step === 'submit'
          ? await submitForReview.execute(admin, base)
          : step === 'publish'
            ? await publish.execute(admin, base)
            : step === 'sendBack'
              ? await sendBack.execute(admin, { ...base, comment: 'x' })
              : await withdraw.execute(admin, { ...base, reason: 'x' })
      expect(result.status, `${step} from ${state}`).toBe('error')
      expect(await verdictOf(verdict.claimId), `${step} from ${state}`).toMatchObject({ status: state, version: verdict.version })
    }
  })

  it('a verdict in review or withdrawn cannot be edited', async () => {
    for (const state of ['IN_REVIEW', 'WITHDRAWN'] as const) {
      const verdict = await verdictIn(state)
      const result = await saveDraft.execute(author, draftForm(verdict.claimId, { version: String(verdict.version), summary: 'sneaky edit' }))
      expect(result.status, state).toBe('error')
      expect((await verdictOf(verdict.claimId)).summary).not.toBe('sneaky edit')
    }
  })

  it('a stale version is a conflict that reports the verdict as it is now', async () => {
    const verdict = await verdictIn('DRAFT')
    ok(await saveDraft.execute(author, draftForm(verdict.claimId, { version: '1', summary: 'first edit' })))
    const stale = await saveDraft.execute(author, draftForm(verdict.claimId, { version: '1', summary: 'second edit' }))
    expect(stale).toMatchObject({ status: 'conflict', current: { summary: 'first edit', version: 2 } })
    const staleSubmit = await submitForReview.execute(author, { verdictId: verdict.id, version: 1 })
    expect(staleSubmit.status).toBe('conflict')
    expect((await verdictOf(verdict.claimId)).status).toBe('DRAFT')
  })
})

describe('draft validation', () => {
  it('refuses a summary over 280 characters (counted as characters, Hangul included)', async () => {
    const claim = await newClaim()
    const result = await saveDraft.execute(author, draftForm(claim.id, { summary: '가'.repeat(281) }))
    expect(result).toMatchObject({ status: 'invalid', fieldErrors: { summary: [expect.stringContaining('280')] } })
    ok(await saveDraft.execute(author, draftForm(claim.id, { summary: '가'.repeat(280) })))
  })

  it('refuses an unknown citation key and writes nothing', async () => {
    const claim = await newClaim()
    const result = await saveDraft.execute(author, draftForm(claim.id, { analysis: 'See [^AI-Index-Report-2024] and [^Made-Up-2030].' }))
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('unknown citation [^Made-Up-2030]') })
    expect(await db().verdict.findUnique({ where: { claimId: claim.id } })).toBeNull()
  })

  it('refuses a retired rating for a new verdict', async () => {
    const retired = await db().rating.update({ where: { id: rating('Undecidable') }, data: { retired: true } })
    try {
      const claim = await newClaim()
      const result = await saveDraft.execute(author, draftForm(claim.id, { ratingId: retired.id }))
      expect(result.status).toBe('error')
      expect(await db().verdict.findUnique({ where: { claimId: claim.id } })).toBeNull()
    } finally {
      await db().rating.update({ where: { id: retired.id }, data: { retired: false } })
    }
  })
})

describe('publishing', () => {
  it('writes revision 1 with the cited evidence, the reviewer and the time', async () => {
    const verdict = await verdictIn('IN_REVIEW')
    ok(await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version }))
    const revision = await db().verdictRevision.findFirstOrThrow({ where: { verdictId: verdict.id } })
    const [citation] = await claimCitations(verdict.claimId)
    expect(revision).toMatchObject({
      number: 1,
      ratingId: rating('Mostly not true'),
      summary: verdict.summary,
      analysis: verdict.analysis,
      changeNote: '',
      publishedById: reviewer.id,
    })
    expect(revision.citedEvidence).toEqual([
      expect.objectContaining({
        key: 'AI-Index-Report-2024',
        evidenceId: citation.evidenceId,
        stance: 'CONTRADICTS',
        excerpt: 'Korea: 1 notable model',
        locator: 'p. 48',
        source: expect.objectContaining({ publisher: 'Stanford HAI', title: 'AI Index Report 2024' }),
      }),
    ])
    expect(Date.now() - revision.publishedAt.getTime()).toBeLessThan(60_000)
  })

  it('asks readers’ pages and the home list to be rebuilt', async () => {
    const verdict = await verdictIn('IN_REVIEW')
    const claim = await db().claim.findUniqueOrThrow({ where: { id: verdict.claimId } })
    const result = await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version })
    expect(result.status === 'ok' && result.revalidate).toEqual(expect.arrayContaining(['/', `/c/${claim.shortId}/${claim.slug}`]))
  })

  it('refuses a dangling citation when the cited evidence was removed after the draft was saved', async () => {
    const verdict = await verdictIn('IN_REVIEW')
    await db().evidence.deleteMany({ where: { claimId: verdict.claimId } })
    const result = await publish.execute(reviewer, { verdictId: verdict.id, version: verdict.version })
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('[^AI-Index-Report-2024]') })
    expect(await db().verdictRevision.count({ where: { verdictId: verdict.id } })).toBe(0)
  })
})

describe('the two-person rule', () => {
  async function setRule(value: boolean | null) {
    if (value === null) await db().setting.deleteMany({ where: { key: 'twoPersonRule' } })
    else await db().setting.upsert({ where: { key: 'twoPersonRule' }, create: { key: 'twoPersonRule', value }, update: { value } })
  }

  it('refuses a reviewer publishing their own draft, and anyone who edited it', async () => {
    await setRule(null)
    const ownAuthor = await makeUser('REVIEWER')
    const claim = await newClaim()
    ok(await saveDraft.execute(ownAuthor, draftForm(claim.id)))
    // A second reviewer edits the draft: they wrote part of it, so they cannot publish it either.
    const editingReviewer = await makeUser('ADMIN')
    ok(await saveDraft.execute(editingReviewer, draftForm(claim.id, { version: '1', summary: 'tightened summary' })))
    const draft = await verdictOf(claim.id)
    ok(await submitForReview.execute(ownAuthor, { verdictId: draft.id, version: draft.version }))
    const inReview = await verdictOf(claim.id)

    for (const actor of [ownAuthor, editingReviewer]) {
      expect(await publish.execute(actor, { verdictId: inReview.id, version: inReview.version })).toEqual({ status: 'error', message: OWN_DRAFT_REFUSED })
    }
    expect((await verdictOf(claim.id)).status).toBe('IN_REVIEW')
    // A third person may.
    ok(await publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version }))
  })

  it('applies to a correction: whoever drafted the change cannot publish it', async () => {
    await setRule(true)
    const published = await verdictIn('PUBLISHED')
    // The reviewer who published revision 1 now edits it; that change needs someone else.
    ok(await saveDraft.execute(reviewer, draftForm(published.claimId, { version: String(published.version), summary: 'corrected' })))
    const draft = await verdictOf(published.claimId)
    ok(await submitForReview.execute(reviewer, { verdictId: draft.id, version: draft.version }))
    const inReview = await verdictOf(published.claimId)
    expect(await publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version, changeNote: 'typo' })).toEqual({
      status: 'error',
      message: OWN_DRAFT_REFUSED,
    })
    // The original author did not touch this change, and may not publish anyway (an editor): an admin does.
    ok(await publish.execute(await makeUser('ADMIN'), { verdictId: inReview.id, version: inReview.version, changeNote: 'typo' }))
  })

  it('when an admin turned it off, lets one person publish their own draft and says so in the audit', async () => {
    await setRule(false)
    try {
      const soloAdmin = await makeUser('ADMIN')
      const claim = await newClaim()
      ok(await saveDraft.execute(soloAdmin, draftForm(claim.id)))
      const draft = await verdictOf(claim.id)
      ok(await submitForReview.execute(soloAdmin, { verdictId: draft.id, version: draft.version }))
      const inReview = await verdictOf(claim.id)
      ok(await publish.execute(soloAdmin, { verdictId: inReview.id, version: inReview.version }))
      const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: 'verdict.publish' } })
      expect(event).toMatchObject({ actorId: soloAdmin.id, data: { after: { twoPersonRule: false, publishedOwnDraft: true } } })
    } finally {
      await setRule(null)
    }
  })

  it('is on by default: the audit of an ordinary publish records the rule on', async () => {
    const verdict = await verdictIn('PUBLISHED')
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: 'verdict.publish' } })
    expect(event.data).toMatchObject({ after: { twoPersonRule: true } })
    expect((event.data as { after: Record<string, unknown> }).after).not.toHaveProperty('publishedOwnDraft')
  })
})

describe('changing a published verdict', () => {
  async function correction(changes: Record<string, string>) {
    const published = await verdictIn('PUBLISHED')
    ok(await saveDraft.execute(author, draftForm(published.claimId, { version: String(published.version), ...changes })))
    const draft = await verdictOf(published.claimId)
    ok(await submitForReview.execute(author, { verdictId: draft.id, version: draft.version }))
    return verdictOf(published.claimId)
  }

  it('needs a public change note', async () => {
    const inReview = await correction({ ratingId: rating('Not true') })
    const refused = await publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version, changeNote: '   ' })
    expect(refused).toEqual({ status: 'error', message: CHANGE_NOTE_REQUIRED })
    expect(await db().verdictRevision.count({ where: { verdictId: inReview.id } })).toBe(1)

    ok(await publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version, changeNote: 'The 2025 index lowered the count.' }))
    const revisions = await db().verdictRevision.findMany({ where: { verdictId: inReview.id }, orderBy: { number: 'asc' } })
    expect(revisions.map((revision) => [revision.number, revision.ratingId, revision.changeNote])).toEqual([
      [1, rating('Mostly not true'), ''],
      [2, rating('Not true'), 'The 2025 index lowered the count.'],
    ])
  })

  it('keeps revision 1 as it was: the change is a new revision', async () => {
    const inReview = await correction({ summary: 'a new summary' })
    const before = await db().verdictRevision.findFirstOrThrow({ where: { verdictId: inReview.id, number: 1 } })
    ok(await publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version, changeNote: 'clarified' }))
    expect(await db().verdictRevision.findFirstOrThrow({ where: { verdictId: inReview.id, number: 1 } })).toEqual(before)
  })

  it('saving a published verdict unchanged does not start a change', async () => {
    const published = await verdictIn('PUBLISHED')
    ok(await saveDraft.execute(author, draftForm(published.claimId, { version: String(published.version) })))
    expect(await verdictOf(published.claimId)).toMatchObject({ status: 'PUBLISHED', version: published.version })
  })

  it('withdrawal needs a reason, and a verdict never published cannot be withdrawn', async () => {
    const published = await verdictIn('PUBLISHED')
    const blank = await withdraw.execute(reviewer, { verdictId: published.id, version: published.version, reason: ' ' })
    expect(blank).toMatchObject({ status: 'invalid', fieldErrors: { reason: [expect.any(String)] } })
    // A published verdict with a change in progress is still public, so it can be withdrawn.
    ok(await saveDraft.execute(author, draftForm(published.claimId, { version: String(published.version), summary: 'pending change' })))
    const drafting = await verdictOf(published.claimId)
    ok(await withdraw.execute(reviewer, { verdictId: drafting.id, version: drafting.version, reason: 'Source retracted' }))
    expect((await verdictOf(published.claimId)).status).toBe('WITHDRAWN')
  })
})
