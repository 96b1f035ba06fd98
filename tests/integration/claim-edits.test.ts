// Edits to a published claim (issue 16): the claim form's save stores a pending edit that readers do not see (the
// permalink's data, the API, the export, the feeds and the corrections log stay as published) until someone other
// than its writers publishes it under the two-person rule; a correction that is not minor is then listed with its
// public note, a minor one only in the histories. Unpublished claims still save at once.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as getClaimRoute } from '@/app/api/v1/claims/[id]/route'
import { GET as exportRoute } from '@/app/api/v1/export/route'
import { GET as rssRoute } from '@/app/feed.xml/route'
import { GET as correctionsRss } from '@/app/(public)/corrections/feed.xml/route'
import type { Actor } from '@/lib/auth/session'
import { auditedFields, claimAsEdited, createClaim, updateClaim } from '@/lib/claims/actions'
import { getPublishedClaim } from '@/lib/claims/queries'
import { claimFormValues } from '@/lib/claims/schema'
import { claimAuditHistory } from '@/lib/claims/desk-queries'
import { listCorrections } from '@/lib/corrections/queries'
import { db } from '@/lib/db/client'
import { discardClaimEdit, publishClaimEdit, sendBackClaimEdit, submitClaimEdit } from '@/lib/claim-edits/actions'
import { claimEditsInReview, getPendingEdit } from '@/lib/claim-edits/queries'
import { BASE_CHANGED, CORRECTION_NOTE_REQUIRED, EDIT_IN_REVIEW, OWN_EDIT_REFUSED } from '@/lib/claim-edits/schema'
import { loadDemoDataset } from '@/lib/seed/demo'
import { publish, saveDraft, submitForReview } from '@/lib/verdicts/actions'
import { makeUser } from '../support/users'

const claimPage = await import('@/app/(public)/c/[shortId]/[[...slug]]/page')
/** The permalink as Next renders it. */
async function permalinkHtml(shortId: string) {
  // At its canonical address (the slug follows the wording, and any other one redirects there).
  const { slug } = await db().claim.findUniqueOrThrow({ where: { shortId }, select: { slug: true } })
  return renderToString(createElement('div', null, await claimPage.default({ params: Promise.resolve({ shortId, slug: [slug] }) })))
}

let editor: Actor
let reviewer: Actor
let otherReviewer: Actor
let ratingId: string

beforeAll(async () => {
  await loadDemoDataset(db())
  editor = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER')
  otherReviewer = await makeUser('REVIEWER')
  ratingId = (await db().rating.findFirstOrThrow({ where: { retired: false, scale: { isDefault: true } }, orderBy: { position: 'asc' } })).id
})

const ok = <T extends { status: string }>(result: T, what = '') => {
  expect(result.status, `${what} ${JSON.stringify(result).slice(0, 400)}`).toBe('ok')
  return result as Extract<T, { status: 'ok' }>
}

let counter = 0
const CLAIM_FORM = {
  language: 'ko',
  translation: 'Korea developed no foundation model in 2023.',
  firstSeenAt: '2024-05',
  tags: 'AI, 모델',
  'quantities.0.statedText': '0개',
  'quantities.0.subject': 'South Korea',
  'quantities.0.value': '0',
  'quantities.0.unit': 'models',
  'quantities.0.windowKind': 'PERIOD',
  'quantities.0.windowStart': '2023-01-01',
  'quantities.0.windowEnd': '2023-12-31',
}

/** A claim with a published verdict, written by the editor and published by the reviewer. */
async function publishedClaim() {
  counter += 1
  const created = ok(await createClaim.execute(editor, { ...CLAIM_FORM, text: `한국은 2023년 파운데이션 모델 0개 (${counter})` }))
  const draft = ok(await saveDraft.execute(editor, { claimId: created.data.id, ratingId, summary: '대체로 사실.', analysis: 'Analysis.' }))
  const submitted = ok(await submitForReview.execute(editor, { verdictId: draft.data.verdictId, version: draft.data.version }))
  ok(await publish.execute(reviewer, { verdictId: draft.data.verdictId, version: submitted.data.version, changeNote: '' }))
  return db().claim.findUniqueOrThrow({ where: { id: created.data.id } })
}

const withQuantities = (id: string) => db().claim.findUniqueOrThrow({ where: { id }, include: { quantities: { orderBy: { position: 'asc' } } } })

/** The edit form as it loads for the claim now, with `changes`. */
async function editForm(claimId: string, changes: Record<string, string> = {}): Promise<Record<string, string>> {
  const claim = await claimAsEdited(db(), await db().claim.findUniqueOrThrow({ where: { id: claimId }, select: auditedFields }))
  // A published claim's form shows no status (it follows the verdict).
  const { status: _status, ...values } = claimFormValues(claim)
  return { ...values, ...(claim.status === 'PUBLISHED' ? {} : { status: claim.status }), claimId, version: String(claim.version), ...changes }
}

async function readerViews(shortId: string) {
  const claim = await getPublishedClaim(shortId)
  const api = (await (await getClaimRoute(new Request(`http://localhost/api/v1/claims/${shortId}`), { params: Promise.resolve({ id: shortId }) })).json()) as {
    data: { text: string; translation: string | null; quantities: { value: string | null }[]; tags: string[] }
  }
  const exported = await exportRoute(new Request('http://localhost/api/v1/export?format=json')).text()
  const rss = await (await rssRoute(new Request('http://localhost/feed.xml'))).text()
  return { claim: claim!, api: api.data, exported, rss }
}

const openEdit = (claimId: string) => db().claimEdit.findFirstOrThrow({ where: { claimId, status: { in: ['DRAFT', 'IN_REVIEW', 'SENT_BACK'] } } })

async function setTwoPersonRule(value: boolean) {
  await db().setting.upsert({ where: { key: 'twoPersonRule' }, create: { key: 'twoPersonRule', value }, update: { value } })
}

describe('a published claim edited through the claim form', () => {
  it('stores a pending edit that readers do not see until a second person publishes it, with its correction note', async () => {
    await setTwoPersonRule(true)
    const claim = await publishedClaim()
    const newText = `한국은 2023년 파운데이션 모델 1개 (${counter}, 정정)`
    const saved = ok(
      await updateClaim.execute(editor, await editForm(claim.id, { text: newText, 'quantities.0.value': '1', tags: 'AI, 모델, 정정', needsRecheck: 'on' })),
    )
    expect(saved.data.pendingEditId).toBeTruthy()

    // The claim row (what readers see) kept its wording and figure; the desk's own field saved at once.
    const row = await withQuantities(claim.id)
    expect(row).toMatchObject({ text: claim.text, slug: claim.slug, tags: ['AI', '모델'], needsRecheck: true })
    expect(row.quantities[0].value?.toString()).toBe('0')
    const edit = await openEdit(claim.id)
    expect(edit).toMatchObject({ id: saved.data.pendingEditId, status: 'DRAFT', authorId: editor.id, minor: false, baseVersion: claim.version })

    // Every reader surface: unchanged.
    const pending = await readerViews(claim.shortId)
    expect(pending.claim.text).toBe(claim.text)
    expect(pending.claim.quantities[0].value?.toString()).toBe('0')
    expect(pending.api.text).toBe(claim.text)
    expect(pending.api.tags).toEqual(['AI', '모델'])
    expect(pending.exported).toContain(claim.text)
    expect(pending.exported).not.toContain(newText)
    expect(pending.rss).not.toContain(newText)
    const pendingHtml = await permalinkHtml(claim.shortId)
    expect(pendingHtml).toContain(claim.text)
    expect(pendingHtml).not.toContain(newText)

    // The edit form reopens on the proposal, and the desk's view shows a diff of it against what readers see.
    const desk = await getPendingEdit(claim.id, editor.id)
    expect(desk?.diff.text.filter((line) => line.op !== 'same')).toEqual([
      { op: 'removed', text: claim.text },
      { op: 'added', text: newText },
    ])
    expect(desk?.diff.quantities.some((line) => line.op === 'added' && line.text.includes('1 models'))).toBe(true)

    // Submitting needs a public note unless minor; the author alone cannot publish.
    expect(await submitClaimEdit.execute(editor, { claimEditId: edit.id, version: edit.version })).toMatchObject({
      status: 'invalid',
      fieldErrors: { correctionNote: [CORRECTION_NOTE_REQUIRED] },
    })
    const note = '2023년 모델 수를 0개에서 1개로 바로잡았습니다. Corrected the count from 0 to 1.'
    const submitted = ok(await submitClaimEdit.execute(editor, { claimEditId: edit.id, version: edit.version, correctionNote: note }))
    // The review queue lists it.
    expect((await claimEditsInReview()).find((item) => item.id === edit.id)).toMatchObject({ correctionNote: note, claim: { id: claim.id } })
    // An editor lacks the publish permission; a reviewer who edited the draft is refused by the two-person rule.
    expect(await publishClaimEdit.execute(editor, { claimEditId: edit.id, version: submitted.data.version })).toMatchObject({ status: 'forbidden' })
    expect((await readerViews(claim.shortId)).claim.text).toBe(claim.text)

    ok(await publishClaimEdit.execute(reviewer, { claimEditId: edit.id, version: submitted.data.version }))
    const after = await readerViews(claim.shortId)
    expect(after.claim.text).toBe(newText)
    expect(after.claim.quantities[0].value?.toString()).toBe('1')
    expect(after.claim.tags).toEqual(['AI', '모델', '정정'])
    expect(after.api.text).toBe(newText)
    expect(after.exported).toContain(newText)
    // The permalink's notice and log, the corrections page and its feed: the public note.
    expect(after.claim.claimCorrections[0]).toMatchObject({ minor: false, correctionNote: note })
    expect(after.claim.claimCorrectionNotice).toMatchObject({ correctionNote: note })
    const html = await permalinkHtml(claim.shortId)
    expect(html).toContain(newText)
    expect(html).toMatch(/id="claim-correction-notice"[^]*2023년 모델 수를 0개에서 1개로 바로잡았습니다/)
    expect(html).toContain('data-testid="claim-edit-entry"')
    const { items } = await listCorrections(null, 100)
    const listed = items.find((item) => item.kind === 'claimCorrection' && item.shortId === claim.shortId)
    expect(listed).toMatchObject({ note, text: newText, path: expect.stringMatching(/#claim-correction-notice$/) })
    expect(await (await correctionsRss()).text()).toContain(note)

    const published = await db().claimEdit.findUniqueOrThrow({ where: { id: edit.id } })
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedById: reviewer.id, correctionNote: note })
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.editPublished', entityId: claim.id } })
    expect(event).toMatchObject({ actorId: reviewer.id, data: { before: { text: claim.text }, after: { text: newText, claimEditId: edit.id, twoPersonRule: true } } })
  })

  it('refuses the author under the two-person rule, a reviewer who edited it too, and lets another reviewer publish', async () => {
    await setTwoPersonRule(true)
    const claim = await publishedClaim()
    // The reviewer writes the change; another reviewer must publish it.
    ok(await updateClaim.execute(reviewer, await editForm(claim.id, { claimantNote: '과학기술정보통신부 장관 발언' })))
    let edit = await openEdit(claim.id)
    // The other reviewer edits it too: now both wrote it.
    ok(await updateClaim.execute(otherReviewer, await editForm(claim.id, { claimantNote: '과학기술정보통신부 장관 국회 발언' })))
    edit = await openEdit(claim.id)
    const submitted = ok(await submitClaimEdit.execute(reviewer, { claimEditId: edit.id, version: edit.version, minor: 'on' }))
    expect(await publishClaimEdit.execute(reviewer, { claimEditId: edit.id, version: submitted.data.version })).toEqual({ status: 'error', message: OWN_EDIT_REFUSED })
    expect(await publishClaimEdit.execute(otherReviewer, { claimEditId: edit.id, version: submitted.data.version })).toEqual({ status: 'error', message: OWN_EDIT_REFUSED })
    expect((await getPublishedClaim(claim.shortId))?.claimantNote).toBeNull()
    const third = await makeUser('ADMIN')
    ok(await publishClaimEdit.execute(third, { claimEditId: edit.id, version: submitted.data.version }))
    expect((await getPublishedClaim(claim.shortId))?.claimantNote).toBe('과학기술정보통신부 장관 국회 발언')
  })

  it('a minor edit is audited and listed in the histories, with no correction note and no corrections entry', async () => {
    await setTwoPersonRule(true)
    const claim = await publishedClaim()
    const fixed = `${claim.text}.`
    ok(await updateClaim.execute(editor, await editForm(claim.id, { text: fixed })))
    const edit = await openEdit(claim.id)
    const submitted = ok(await submitClaimEdit.execute(editor, { claimEditId: edit.id, version: edit.version, minor: 'on' }))
    ok(await publishClaimEdit.execute(reviewer, { claimEditId: edit.id, version: submitted.data.version }))

    const page = (await getPublishedClaim(claim.shortId))!
    expect(page.text).toBe(fixed)
    // The permalink's change history lists it as minor; no notice, no corrections entry.
    expect(page.claimCorrections).toEqual([expect.objectContaining({ minor: true, correctionNote: '' })])
    expect(page.claimCorrectionNotice).toBeNull()
    const html = await permalinkHtml(claim.shortId)
    expect(html).not.toContain('claim-correction-notice')
    expect(html).toMatch(/data-testid="claim-edit-entry"[^]*사소한 수정/)
    const { items } = await listCorrections(null, 100)
    expect(items.filter((item) => item.shortId === claim.shortId)).toEqual([])
    // The desk's history has the publish, field by field, marked minor.
    const history = await claimAuditHistory(claim.id)
    expect(history.find((event) => event.action === 'claim.editPublished')?.data).toMatchObject({ before: { text: claim.text }, after: { text: fixed, minor: true } })
    expect(history.map((event) => event.action)).toEqual(expect.arrayContaining(['claimEdit.create', 'claimEdit.submit', 'claimEdit.publish']))
  })

  it('send back, edit again, and the in-review edit refuses other changes; a save back to the published claim discards the draft', async () => {
    const claim = await publishedClaim()
    ok(await updateClaim.execute(editor, await editForm(claim.id, { translation: 'Korea made no foundation model in 2023.' })))
    let edit = await openEdit(claim.id)
    const submitted = ok(await submitClaimEdit.execute(editor, { claimEditId: edit.id, version: edit.version, correctionNote: 'Translation fixed.' }))
    // In review: the form may still save the desk's fields with the proposal unchanged, but not a new proposal.
    const loaded = await editForm(claim.id)
    expect(loaded.translation).toBe('Korea made no foundation model in 2023.')
    ok(await updateClaim.execute(editor, { ...loaded, needsRecheck: 'on' }))
    expect(await updateClaim.execute(editor, await editForm(claim.id, { translation: 'Something else.' }))).toEqual({ status: 'error', message: EDIT_IN_REVIEW })

    ok(await sendBackClaimEdit.execute(reviewer, { claimEditId: edit.id, version: submitted.data.version, comment: 'Say "foundation models".' }))
    edit = await openEdit(claim.id)
    expect(edit).toMatchObject({ status: 'SENT_BACK', sentBackComment: 'Say "foundation models".' })
    ok(await updateClaim.execute(editor, await editForm(claim.id, { translation: 'Korea made no foundation models in 2023.' })))
    expect(await openEdit(claim.id)).toMatchObject({ id: edit.id, status: 'DRAFT' })

    // Saved back to what readers see: the draft is discarded, nothing is pending.
    const back = ok(await updateClaim.execute(editor, await editForm(claim.id, { translation: claim.translation! })))
    expect(back.data.pendingEditId).toBeNull()
    expect(await db().claimEdit.findUniqueOrThrow({ where: { id: edit.id } })).toMatchObject({ status: 'DISCARDED' })
  })

  it('publishing refuses when what readers see changed since the edit was written: no silent overwrite', async () => {
    const claim = await publishedClaim()
    ok(await updateClaim.execute(editor, await editForm(claim.id, { claimantNote: 'A note' })))
    const edit = await openEdit(claim.id)
    const submitted = ok(await submitClaimEdit.execute(editor, { claimEditId: edit.id, version: edit.version, minor: 'on' }))
    // Something else wrote the claim's wording behind the edit's back (no action does; a script or a future one).
    await db().claim.update({ where: { id: claim.id }, data: { text: `${claim.text} (changed)` } })
    expect(await publishClaimEdit.execute(reviewer, { claimEditId: edit.id, version: submitted.data.version })).toEqual({ status: 'error', message: BASE_CHANGED })
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantNote).toBeNull()
    expect(await db().claimEdit.findUniqueOrThrow({ where: { id: edit.id } })).toMatchObject({ status: 'IN_REVIEW' })
  })

  it('an edit can be discarded by the desk; an unpublished claim still saves at once', async () => {
    const claim = await publishedClaim()
    ok(await updateClaim.execute(editor, await editForm(claim.id, { claimantNote: 'A note' })))
    const edit = await openEdit(claim.id)
    ok(await discardClaimEdit.execute(editor, { claimEditId: edit.id, version: edit.version }))
    expect(await db().claimEdit.count({ where: { claimId: claim.id, status: { in: ['DRAFT', 'IN_REVIEW', 'SENT_BACK'] } } })).toBe(0)

    const unpublished = ok(await createClaim.execute(editor, { ...CLAIM_FORM, text: '아직 공개 안 된 주장' }))
    const saved = ok(await updateClaim.execute(editor, await editForm(unpublished.data.id, { text: '아직 공개 안 된 주장 (고침)' })))
    expect(saved.data.pendingEditId).toBeNull()
    expect(await db().claim.findUniqueOrThrow({ where: { id: unpublished.data.id } })).toMatchObject({ text: '아직 공개 안 된 주장 (고침)' })
    expect(await db().claimEdit.count({ where: { claimId: unpublished.data.id } })).toBe(0)
  })

  it('with the two-person rule off, the author may publish their own edit, and the audit says so', async () => {
    await setTwoPersonRule(false)
    try {
      const claim = await publishedClaim()
      ok(await updateClaim.execute(reviewer, await editForm(claim.id, { claimantNote: 'Solo newsroom' })))
      const edit = await openEdit(claim.id)
      const submitted = ok(await submitClaimEdit.execute(reviewer, { claimEditId: edit.id, version: edit.version, minor: 'on' }))
      ok(await publishClaimEdit.execute(reviewer, { claimEditId: edit.id, version: submitted.data.version }))
      const event = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.editPublished', entityId: claim.id } })
      expect(event.data).toMatchObject({ after: { twoPersonRule: false, publishedOwnEdit: true } })
    } finally {
      await setTwoPersonRule(true)
    }
  })
})
