import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/session'
import { getPublishedClaim } from '../../lib/claims/queries'
import { browseClaims } from '../../lib/reader/queries'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { publish, saveDraft, submitForReview, withdraw } from '../../lib/verdicts/actions'
import { reviewQueue } from '../../lib/verdicts/queries'
import { makeUser } from '../support/users'

let editor: Actor
let reviewer: Actor
let ratings: Map<string, string>

beforeAll(async () => {
  await loadDemoDataset(db())
  editor = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER')
  ratings = new Map((await db().rating.findMany()).map((rating) => [rating.labelEn, rating.id]))
})

const verdictOf = (shortId: string) => db().verdict.findFirstOrThrow({ where: { claim: { shortId } } })

async function expectOk(promise: Promise<{ status: string }>) {
  const result = await promise
  expect(result.status, JSON.stringify(result)).toBe('ok')
}

/** An editor drafts a change to a claim's verdict and sends it for review. */
async function draftChange(shortId: string, changes: { ratingEn?: string; summary?: string; analysis?: string }) {
  const verdict = await verdictOf(shortId)
  await expectOk(
    saveDraft.execute(editor, {
      claimId: verdict.claimId,
      version: verdict.version,
      ratingId: changes.ratingEn ? ratings.get(changes.ratingEn) : verdict.ratingId,
      summary: changes.summary ?? verdict.summary,
      analysis: changes.analysis ?? verdict.analysis,
    }),
  )
  const draft = await verdictOf(shortId)
  await expectOk(submitForReview.execute(editor, { verdictId: draft.id, version: draft.version }))
  return verdictOf(shortId)
}

describe('readers see the latest published revision, never a draft', () => {
  it('keeps showing the published text while a change is drafted and reviewed', async () => {
    const published = await getPublishedClaim('knt2023')
    await draftChange('knt2023', { summary: 'DRAFT SUMMARY, not public yet', ratingEn: 'Half true' })

    const during = await getPublishedClaim('knt2023')
    expect(during?.verdict).toMatchObject({ summary: published!.verdict.summary, rating: { labelEn: 'True' }, withdrawn: false })
    const listed = (await browseClaims({}, 1, 50)).items.find((item) => item.shortId === 'knt2023')
    expect(listed).toMatchObject({ summary: published!.verdict.summary, ratingEn: 'True' })
  })

  it('the review queue lists it oldest first with a diff against the published revision', async () => {
    await draftChange('knt2024', { summary: 'second in the queue' })
    const queue = await reviewQueue()
    expect(queue.map((item) => item.claim.shortId)).toEqual(['knt2023', 'knt2024'])
    const [first] = queue
    expect(first.lastPublished?.number).toBe(1)
    expect(first.diff.summary).toEqual([
      { op: 'removed', text: expect.any(String) },
      { op: 'added', text: 'DRAFT SUMMARY, not public yet' },
    ])
    expect(first.diff.rating.map((line) => line.op)).toEqual(['removed', 'added'])
    expect(first.diff.analysis.every((line) => line.op === 'same')).toBe(true)
  })

  it('shows a published rating change at the top: from what to what, when and why, with the corrections log', async () => {
    const inReview = await verdictOf('knt2023')
    await expectOk(publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version, changeNote: 'Counted by release date now.' }))

    const claim = await getPublishedClaim('knt2023')
    expect(claim?.verdict).toMatchObject({
      summary: 'DRAFT SUMMARY, not public yet',
      rating: { labelEn: 'Half true' },
      revision: 2,
      ratingChange: { from: { labelEn: 'True' }, to: { labelEn: 'Half true' }, note: 'Counted by release date now.' },
    })
    expect(claim?.verdict.ratingChange?.at).toEqual(claim?.verdict.publishedAt)
    expect(claim?.verdict.corrections.map((entry) => [entry.number, entry.changeNote])).toEqual([
      [2, 'Counted by release date now.'],
      [1, ''],
    ])
  })

  it('gives no rating notice when a correction keeps the rating', async () => {
    const inReview = await verdictOf('knt2024')
    await expectOk(publish.execute(reviewer, { verdictId: inReview.id, version: inReview.version, changeNote: 'Wording.' }))
    const claim = await getPublishedClaim('knt2024')
    expect(claim?.verdict).toMatchObject({ summary: 'second in the queue', revision: 2, ratingChange: null })
  })

  it('a first draft is invisible until published', async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { shortId: 'kgpucnt' } })
    await db().claim.update({ where: { id: claim.id }, data: { status: 'PUBLISHED' } })
    await expectOk(saveDraft.execute(editor, { claimId: claim.id, ratingId: ratings.get('Undecidable'), summary: 'draft only', analysis: '' }))
    expect(await getPublishedClaim('kgpucnt')).toBeNull()
    expect((await browseClaims({}, 1, 50)).items.map((item) => item.shortId)).not.toContain('kgpucnt')
  })

  it('shows the evidence as cited at publication, whatever happens to the evidence later', async () => {
    const claim = await db().claim.findUniqueOrThrow({ where: { shortId: 'kgpucnt' } })
    const source = await db().source.findFirstOrThrow({ where: { title: 'AI Index Report 2025' } })
    await db().evidence.create({ data: { claimId: claim.id, sourceId: source.id, stance: 'CONTEXT', excerpt: 'as published' } })
    const verdict = await verdictOf('kgpucnt')
    await expectOk(
      saveDraft.execute(editor, {
        claimId: claim.id,
        version: verdict.version,
        ratingId: verdict.ratingId,
        summary: 'with a citation',
        analysis: 'Per the index [^AI-Index-Report-2025].',
      }),
    )
    const draft = await verdictOf('kgpucnt')
    await expectOk(submitForReview.execute(editor, { verdictId: draft.id, version: draft.version }))
    await expectOk(publish.execute(reviewer, { verdictId: draft.id, version: draft.version + 1 }))
    await db().evidence.updateMany({ where: { claimId: claim.id, sourceId: source.id }, data: { excerpt: 'edited later' } })

    const page = await getPublishedClaim('kgpucnt')
    expect(page?.verdict.citations).toEqual([
      expect.objectContaining({ key: 'AI-Index-Report-2025', excerpt: 'as published', source: expect.objectContaining({ title: 'AI Index Report 2025' }) }),
    ])
  })
})

describe('a withdrawn verdict', () => {
  it('leaves the list but keeps its permalink, with the reason', async () => {
    const before = (await browseClaims({}, 1, 50)).total
    const verdict = await verdictOf('uscnarn')
    await expectOk(withdraw.execute(reviewer, { verdictId: verdict.id, version: verdict.version, reason: 'The arena data was revised.' }))

    const list = await browseClaims({}, 1, 50)
    expect(list.total).toBe(before - 1)
    expect(list.items.map((item) => item.shortId)).not.toContain('uscnarn')

    const claim = await getPublishedClaim('uscnarn')
    expect(claim?.verdict).toMatchObject({ withdrawn: true, withdrawnReason: 'The arena data was revised.', rating: { labelEn: 'True' } })
    expect(claim?.verdict.withdrawnAt).toBeInstanceOf(Date)
  })

  it('appears among a related claim’s relations without a link or rating', async () => {
    // kfm2023 is related to kownmdl in the demo dataset.
    const relatedBefore = async () => {
      const page = await getPublishedClaim('kfm2023')
      return [...page!.relationsFrom.map((r) => r.toClaim), ...page!.relationsTo.map((r) => r.fromClaim)].find((c) => c.shortId === 'kownmdl')
    }
    expect(await relatedBefore()).toMatchObject({ listed: true, rating: { labelEn: 'Mostly true' } })
    const verdict = await verdictOf('kownmdl')
    await expectOk(withdraw.execute(reviewer, { verdictId: verdict.id, version: verdict.version, reason: 'Superseded.' }))
    expect(await relatedBefore()).toMatchObject({ listed: false, rating: null })
  })
})
