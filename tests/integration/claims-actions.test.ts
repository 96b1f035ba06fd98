import { describe, expect, it, vi } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { createClaim, createClaimant, markDuplicate, randomShortId, unmarkDuplicate, updateClaim } from '../../lib/claims/actions'
import { createClaimAction, updateClaimAction } from '../../lib/claims/form-actions'
import { getPublishedClaim, publishedCanonicalOf } from '../../lib/claims/queries'
import { claimFormValues, mergeOnConflict, PUBLISHED_FOLLOWS_VERDICT, type SavedNow } from '../../lib/claims/schema'
import { db } from '../../lib/db/client'
import { publish, saveDraft, submitForReview } from '../../lib/verdicts/actions'
import { everyCaller, makeUser } from '../support/users'

// The form wrappers ('use server') read the caller from the session cookie; here the session is the one stand-in
// (the pipeline still reads the caller's role from the database). The actions called directly take their caller.
const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
}))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const claimForm = {
  text: '국내 GPU 보유량은 2000장에 불과하다.',
  language: 'ko',
  translation: 'Domestic GPU holdings amount to only 2,000 units.',
  status: 'NEW',
  tags: 'GPU, 인프라',
}

let counter = 0
/** A claim created through the action by an editor, with wording unique to the test. */
async function newClaim(overrides: Record<string, string> = {}, actor?: Actor) {
  counter += 1
  const editor = actor ?? (await makeUser('EDITOR'))
  const result = await createClaim.execute(editor, { ...claimForm, text: `${claimForm.text} #${counter}`, ...overrides })
  if (result.status !== 'ok') throw new Error(`createClaim: ${result.message}`)
  return withQuantities(result.data.id)
}

/** The form fields of quantity row `row` (quantities.<row>.<field>). */
const q = (row: number, fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([field, value]) => [`quantities.${row}.${field}`, value]))

/** A claim with its quantities in order, as the form and the assertions read it. */
const withQuantities = (id: string) => db().claim.findUniqueOrThrow({ where: { id }, include: { quantities: { orderBy: { position: 'asc' } } } })

/** The edit form as it is sent back: the loaded claim's values, the version, and the changes. */
async function editForm(claimId: string, changes: Record<string, string> = {}): Promise<Record<string, string>> {
  const claim = await withQuantities(claimId)
  return { ...claimFormValues(claim), claimId, version: String(claim.version), ...changes }
}

const refusal = (who: string) => ({ status: 'forbidden', message: who === 'signed out' ? SIGN_IN_REQUIRED : NOT_ALLOWED })

describe('claim actions: who may', () => {
  it('every desk role creates claims; signed out is refused and nothing is written', async () => {
    for (const [who, caller] of await everyCaller()) {
      const text = `${who} 주장 텍스트`
      const result = await createClaim.execute(caller, { ...claimForm, text })
      const row = await db().claim.findFirst({ where: { text } })
      if (caller) {
        expect(result.status, who).toBe('ok')
        expect(row).toMatchObject({ createdById: caller.id, status: 'NEW', version: 1 })
      } else {
        expect(result).toEqual(refusal(who))
        expect(row).toBeNull()
      }
    }
  })

  it('every desk role edits claims; signed out is refused and the claim stays as it was', async () => {
    for (const [who, caller] of await everyCaller()) {
      const claim = await newClaim()
      const result = await updateClaim.execute(caller, await editForm(claim.id, { status: 'RESEARCHING' }))
      const after = await db().claim.findUniqueOrThrow({ where: { id: claim.id } })
      if (caller) {
        expect(result.status, who).toBe('ok')
        expect(after).toMatchObject({ status: 'RESEARCHING', version: 2 })
      } else {
        expect(result).toEqual(refusal(who))
        expect(after).toMatchObject({ status: 'NEW', version: 1 })
      }
    }
  })

  it('every desk role marks and unmarks duplicates; signed out is refused', async () => {
    for (const [who, caller] of await everyCaller()) {
      const canonical = await newClaim()
      const duplicate = await newClaim()
      const marked = await markDuplicate.execute(caller, { claimId: duplicate.id, canonicalShortId: canonical.shortId })
      const afterMark = await db().claim.findUniqueOrThrow({ where: { id: duplicate.id } })
      if (!caller) {
        expect(marked).toEqual(refusal(who))
        expect(afterMark.duplicateOfId).toBeNull()
        // Signed out cannot undo a merge either.
        await db().claim.update({ where: { id: duplicate.id }, data: { duplicateOfId: canonical.id } })
        expect(await unmarkDuplicate.execute(caller, { claimId: duplicate.id })).toEqual(refusal(who))
        expect((await db().claim.findUniqueOrThrow({ where: { id: duplicate.id } })).duplicateOfId).toBe(canonical.id)
        continue
      }
      expect(marked.status, who).toBe('ok')
      expect(afterMark.duplicateOfId).toBe(canonical.id)
      expect((await unmarkDuplicate.execute(caller, { claimId: duplicate.id })).status).toBe('ok')
      expect((await db().claim.findUniqueOrThrow({ where: { id: duplicate.id } })).duplicateOfId).toBeNull()
    }
  })

  it('every desk role adds claimants inline; signed out is refused', async () => {
    for (const [who, caller] of await everyCaller()) {
      const name = `${who} 연구소`
      const result = await createClaimant.execute(caller, { name, nameEn: `${who} Institute`, kind: 'ORGANIZATION' })
      const row = await db().claimant.findFirst({ where: { name } })
      if (caller) {
        expect(result.status, who).toBe('ok')
        expect(row).toMatchObject({ nameEn: `${who} Institute`, kind: 'ORGANIZATION' })
      } else {
        expect(result).toEqual(refusal(who))
        expect(row).toBeNull()
      }
    }
  })

  it('a deactivated editor is refused, whatever their session says', async () => {
    const editor = await makeUser('EDITOR', { active: false })
    expect(await createClaim.execute(editor, claimForm)).toEqual(refusal('EDITOR'))
  })
})

describe('creating a claim', () => {
  it('stores every field, with a 7-character short id and a slug from the English wording', async () => {
    const editor = await makeUser('EDITOR')
    const claimant = await db().claimant.create({ data: { name: '과학기술정보통신부', kind: 'GOVERNMENT' } })
    const result = await createClaim.execute(editor, {
      text: "2023년 '주목할 만한 AI 모델'에 한국 모델은 0개였다.",
      language: 'ko',
      translation: "In 2023, zero Korean models were among the 'notable AI models'.",
      claimantId: claimant.id,
      claimantNote: '보도자료',
      firstSeenAt: '2024-04-15',
      tags: 'AI 모델, Epoch AI, ai 모델',
      status: 'RESEARCHING',
      needsRecheck: 'on',
      'quantities.0.subject': 'Korea',
      'quantities.0.metricLabel': 'notable-ai-models',
      'quantities.0.value': '10.26',
      'quantities.0.unit': 'models',
      'quantities.0.windowKind': 'PERIOD',
      'quantities.0.windowStart': '2023-01-01',
      'quantities.0.windowEnd': '2023-12-31',
      'quantities.0.definition': 'notable per Epoch AI',
    })
    if (result.status !== 'ok') throw new Error(result.message)
    const row = await withQuantities(result.data.id)
    expect(row.shortId).toMatch(/^[a-z0-9]{7}$/)
    expect(row.slug).toBe('in-2023-zero-korean-models-were-among-the-notable-ai-models')
    expect(row).toMatchObject({
      translationLanguage: 'en',
      claimantId: claimant.id,
      claimantNote: '보도자료',
      firstSeenAt: new Date('2024-04-15T00:00:00Z'),
      tags: ['AI 모델', 'Epoch AI'],
      status: 'RESEARCHING',
      needsRecheck: true,
    })
    // The main figure is the claim's quantity at position 0.
    expect(row.quantities).toHaveLength(1)
    expect(row.quantities[0]).toMatchObject({
      position: 0,
      kind: 'COUNT',
      bound: 'EXACT',
      decimals: 2,
      subject: 'Korea',
      metricLabel: 'notable-ai-models',
      unit: 'models',
      windowKind: 'PERIOD',
      windowStart: new Date('2023-01-01T00:00:00Z'),
      windowEnd: new Date('2023-12-31T00:00:00Z'),
      definition: 'notable per Epoch AI',
    })
    // Exactly the decimal typed, not a float's approximation.
    expect(row.quantities[0].value?.toString()).toBe('10.26')
  })

  it('a cumulative value keeps its as-of date as the window end', async () => {
    const claim = await newClaim({ 'quantities.0.value': '17', 'quantities.0.unit': 'models', 'quantities.0.windowKind': 'CUMULATIVE', 'quantities.0.asOf': '2025-04-10' })
    expect(claim.quantities[0]).toMatchObject({ windowKind: 'CUMULATIVE', windowStart: null, windowEnd: new Date('2025-04-10T00:00:00Z') })
  })

  it('saves a range with its ends and no value, and a strict bound', async () => {
    const range = await newClaim({ 'quantities.0.kind': 'DURATION', 'quantities.0.durationUnit': 'year', 'quantities.0.bound': 'RANGE', 'quantities.0.low': '1', 'quantities.0.high': '2', 'quantities.0.unit': '년', 'quantities.0.windowKind': 'POINT', 'quantities.0.asOf': '2025-02-06' })
    expect(range.quantities[0]).toMatchObject({ kind: 'DURATION', bound: 'RANGE', value: null, decimals: 0 })
    expect([range.quantities[0].low?.toString(), range.quantities[0].high?.toString()]).toEqual(['1', '2'])
    const more = await newClaim({ 'quantities.0.kind': 'MULTIPLE', 'quantities.0.bound': 'AT_LEAST', 'quantities.0.strict': 'on', 'quantities.0.value': '5', 'quantities.0.unit': '배', 'quantities.0.windowKind': 'POINT', 'quantities.0.asOf': '2025-02-06' })
    expect(more.quantities[0]).toMatchObject({ kind: 'MULTIPLE', bound: 'AT_LEAST', strict: true })
  })

  it('refuses a range whose high end is below its low end, and writes nothing', async () => {
    const editor = await makeUser('EDITOR')
    const before = await db().claimQuantity.count()
    const result = await createClaim.execute(editor, {
      ...claimForm,
      'quantities.0.bound': 'RANGE',
      'quantities.0.low': '3',
      'quantities.0.high': '2',
      'quantities.0.unit': '년',
      'quantities.0.windowKind': 'POINT',
      'quantities.0.asOf': '2025-02-06',
    })
    expect(result).toMatchObject({ status: 'invalid', fieldErrors: { 'quantities.0.high': [expect.stringContaining('below the low end')] } })
    expect(await db().claimQuantity.count()).toBe(before)
  })

  it('puts a claim on a metric without a figure: a quantity holding only the metric and definition', async () => {
    const metric = await db().metric.create({ data: { slug: `m-${counter}-${Date.now()}`, nameKo: '지표', nameEn: 'Metric', unit: 'x' } })
    const definition = await db().metricDefinition.create({ data: { metricId: metric.id, name: 'Def' } })
    const claim = await newClaim({ 'quantities.0.metricId': metric.id, 'quantities.0.metricDefinitionId': definition.id })
    expect(claim.quantities).toEqual([expect.objectContaining({ position: 0, metricId: metric.id, metricDefinitionId: definition.id, value: null, unit: null, windowKind: null })])
    const other = await db().metric.create({ data: { slug: `o-${counter}-${Date.now()}`, nameKo: '다른', nameEn: 'Other', unit: 'x' } })
    const refused = await createClaim.execute(await makeUser('EDITOR'), { ...claimForm, 'quantities.0.metricId': other.id, 'quantities.0.metricDefinitionId': definition.id })
    expect(refused).toMatchObject({ status: 'error', message: expect.stringContaining('does not belong to this metric') })
  })

  it('gives every claim its own short id, and a Korean-only claim a slug from its Latin words or "claim"', async () => {
    const editor = await makeUser('EDITOR')
    const ids = new Set<string>()
    for (let i = 0; i < 20; i++) ids.add((await newClaim({}, editor)).shortId)
    expect(ids.size).toBe(20)
    expect((await newClaim({ translation: '' })).slug).toMatch(/^gpu-2000/)
    expect((await newClaim({ text: '국내 반도체 주장', translation: '' })).slug).toBe('claim')
    expect(new Set(Array.from({ length: 200 }, randomShortId).join('')).size).toBeGreaterThan(30)
  })

  it('refuses bad input field by field and writes nothing', async () => {
    const editor = await makeUser('EDITOR')
    const before = await db().claim.count()
    const result = await createClaim.execute(editor, {
      text: '',
      language: 'de',
      'quantities.0.value': '1.2.3',
      'quantities.0.windowKind': 'PERIOD',
      'quantities.0.windowStart': '2024-02-01',
      'quantities.0.windowEnd': '2024-01-01',
      tags: Array.from({ length: 21 }, (_, i) => `tag${i}`).join(','),
    })
    expect(result.status).toBe('invalid')
    if (result.status === 'invalid') {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(['language', 'quantities.0.unit', 'quantities.0.value', 'quantities.0.windowEnd', 'tags', 'text'])
      // One message in Korean then English, as every desk form shows them.
      expect(result.fieldErrors['quantities.0.unit']?.[0]).toMatch(/^[^A-Za-z]+\. Enter the unit\.$/)
    }
    expect(await db().claim.count()).toBe(before)
  })

  it('refuses a claimant that does not exist', async () => {
    const editor = await makeUser('EDITOR')
    const result = await createClaim.execute(editor, { ...claimForm, claimantId: 'no-such-claimant' })
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('claimant no longer exists') })
  })

  it('records who created the claim and every field in the audit log', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim({ 'quantities.0.value': '0.5', 'quantities.0.unit': '%', 'quantities.0.windowKind': 'POINT', 'quantities.0.asOf': '2025-02-28' }, editor)
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.create', entityId: claim.id } })
    expect(event).toMatchObject({ actorId: editor.id, entityType: 'claim' })
    expect(event.data).toMatchObject({
      after: {
        shortId: claim.shortId,
        text: claim.text,
        version: 1,
        quantities: [{ position: 0, kind: 'PERCENT', value: '0.5', unit: '%', windowEnd: '2025-02-28T00:00:00.000Z' }],
      },
    })
  })
})

/** A form post, as the browser (or someone forging one) sends it. */
const formData = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe('the status follows the verdict', () => {
  it('a forged form post with status PUBLISHED is refused on create and on edit, and nothing is written', async () => {
    const editor = await makeUser('EDITOR')
    session.actor = editor
    const claim = await newClaim({}, editor)
    const metric = await db().metric.create({ data: { slug: `forged-${claim.shortId}`, nameKo: '지표', nameEn: 'Metric', unit: 'models' } })
    const audits = await db().auditEvent.count()
    const claims = await db().claim.count()
    // The attack on the edit form: published by hand, a public metric and an invented value.
    const forged = {
      status: 'PUBLISHED',
      'quantities.0.metricId': metric.id,
      'quantities.0.value': '999',
      'quantities.0.unit': 'models',
      'quantities.0.windowKind': 'POINT',
      'quantities.0.asOf': '2025-01-01',
    }

    const created = await createClaimAction(undefined as never, formData({ ...claimForm, text: `forged ${claim.shortId}`, ...forged }))
    expect(created).toMatchObject({ status: 'invalid', fieldErrors: { status: [PUBLISHED_FOLLOWS_VERDICT] } })
    const edited = await updateClaimAction(undefined as never, formData({ ...(await editForm(claim.id)), ...forged }))
    expect(edited).toMatchObject({ status: 'invalid', fieldErrors: { status: [PUBLISHED_FOLLOWS_VERDICT] } })

    expect(await db().claim.count()).toBe(claims)
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'NEW', version: 1 })
    expect(await db().claimQuantity.count({ where: { claimId: claim.id } })).toBe(0)
    expect(await db().auditEvent.count()).toBe(audits)
    expect(await getPublishedClaim(claim.shortId)).toBeNull()
  })

  it('publishing the verdict publishes the claim; afterwards the claim form cannot change its status', async () => {
    const [editor, reviewer] = [await makeUser('EDITOR'), await makeUser('REVIEWER')]
    const claim = await newClaim({}, editor)
    // A verdict rates on the default scale.
    const rating =
      (await db().rating.findFirst({ where: { scale: { isDefault: true }, retired: false } })) ??
      (await db().rating.create({ data: { position: 0, labelKo: '사실', labelEn: 'True', colour: '#1a7f37', value: 5, scale: { create: { name: 'default', isDefault: true } } } }))
    expect(await saveDraft.execute(editor, { claimId: claim.id, ratingId: rating.id, summary: '요약', analysis: '' })).toMatchObject({ status: 'ok' })
    const draft = await db().verdict.findUniqueOrThrow({ where: { claimId: claim.id } })
    expect(await submitForReview.execute(editor, { verdictId: draft.id, version: draft.version })).toMatchObject({ status: 'ok' })
    expect(await publish.execute(reviewer, { verdictId: draft.id, version: draft.version + 1 })).toMatchObject({ status: 'ok' })
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'PUBLISHED' })

    // The form shows no status for a published claim, so it sends none; a status sent anyway is ignored. (What
    // readers see goes to a pending edit, tests/integration/claim-edits.test.ts; the claim keeps its translation.)
    const { status: _none, ...form } = await editForm(claim.id, { translation: 'Edited after publication.' })
    expect(await updateClaim.execute(editor, form)).toMatchObject({ status: 'ok' })
    expect(await updateClaim.execute(editor, await editForm(claim.id, { status: 'ARCHIVED', translation: 'Edited after publication.' }))).toMatchObject({ status: 'ok' })
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: 'PUBLISHED', translation: claim.translation, version: 5 })
    expect(await db().claimEdit.count({ where: { claimId: claim.id, status: 'DRAFT' } })).toBe(1)
    expect(await getPublishedClaim(claim.shortId)).not.toBeNull()
  })
})

describe('editing a claim', () => {
  it('saves the changes, bumps the version and audits before and after', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim()
    const result = await updateClaim.execute(
      editor,
      await editForm(claim.id, { translation: 'Korea has only 2,000 GPUs.', tags: 'GPU', needsRecheck: 'on' }),
    )
    expect(result).toMatchObject({ status: 'ok', data: { version: 2, slug: 'korea-has-only-2000-gpus' } })
    const after = await db().claim.findUniqueOrThrow({ where: { id: claim.id } })
    expect(after).toMatchObject({ translation: 'Korea has only 2,000 GPUs.', tags: ['GPU'], needsRecheck: true, version: 2, shortId: claim.shortId })
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.update', entityId: claim.id } })
    expect(event.actorId).toBe(editor.id)
    expect(event.data).toMatchObject({
      before: { translation: claimForm.translation, tags: ['GPU', '인프라'], version: 1 },
      after: { translation: 'Korea has only 2,000 GPUs.', tags: ['GPU'], version: 2 },
    })
    // The refresh covers the desk, the claim's pages and both the old and the new permalink.
    if (result.status === 'ok') {
      expect(result.revalidate).toEqual(
        expect.arrayContaining(['/desk', `/desk/claims/${claim.id}`, `/c/${claim.shortId}/${claim.slug}`, `/c/${claim.shortId}/korea-has-only-2000-gpus`]),
      )
    }
  })

  it('saves the public "under research" flag on create and update, off by default, and audits it', async () => {
    const editor = await makeUser('EDITOR')
    expect(await newClaim()).toMatchObject({ publicUnderResearch: false })
    const claim = await newClaim({ publicUnderResearch: 'on' }, editor)
    expect(claim.publicUnderResearch).toBe(true)
    const created = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.create', entityId: claim.id } })
    expect(created.data).toMatchObject({ after: { publicUnderResearch: true } })
    expect(claimFormValues(claim).publicUnderResearch).toBe('on')

    // An unchecked checkbox is absent from the form: the update turns the flag off.
    const { publicUnderResearch: _omitted, ...unchecked } = await editForm(claim.id)
    expect(await updateClaim.execute(editor, unchecked)).toMatchObject({ status: 'ok' })
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ publicUnderResearch: false, version: 2 })
    const updated = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.update', entityId: claim.id } })
    expect(updated.data).toMatchObject({ before: { publicUnderResearch: true }, after: { publicUnderResearch: false } })
  })

  it('clears the quantity when every quantity field is emptied', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim({ 'quantities.0.value': '2000', 'quantities.0.unit': 'GPUs', 'quantities.0.windowKind': 'POINT', 'quantities.0.asOf': '2024-10-01' })
    const form = await editForm(claim.id)
    expect(form).toMatchObject({ 'quantities.0.value': '2000', 'quantities.0.asOf': '2024-10-01' })
    const cleared = { 'quantities.0.value': '', 'quantities.0.unit': '', 'quantities.0.windowKind': '', 'quantities.0.asOf': '' }
    expect((await updateClaim.execute(editor, { ...form, ...cleared })).status).toBe('ok')
    expect(await withQuantities(claim.id)).toMatchObject({ quantities: [], version: 2 })
  })

  it('edits a quantity in the claim\'s version, keeping what the form does not edit while the kind stays', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim(q(0, { kind: 'MONEY', value: '1300000000', currency: 'USD', statedText: '13억 달러', windowKind: 'POINT', asOf: '2024-12-31' }))
    // Not on the form: a money figure's price year.
    await db().claimQuantity.update({ where: { id: claim.quantities[0].id }, data: { priceYear: 2024 } })
    expect(await updateClaim.execute(editor, await editForm(claim.id, { 'quantities.0.subject': '한국' }))).toMatchObject({ status: 'ok', data: { version: 2 } })
    expect((await withQuantities(claim.id)).quantities[0]).toMatchObject({ kind: 'MONEY', subject: '한국', statedText: '13억 달러', currency: 'USD', priceYear: 2024 })
    // Another kind: the money's own fields go, the one on the form and the one not on it.
    const recount = { 'quantities.0.kind': 'COUNT', 'quantities.0.unit': '곳', 'quantities.0.statedText': '' }
    expect(await updateClaim.execute(editor, await editForm(claim.id, recount))).toMatchObject({ status: 'ok', data: { version: 3 } })
    expect((await withQuantities(claim.id)).quantities[0]).toMatchObject({ id: claim.quantities[0].id, kind: 'COUNT', statedText: null, currency: null, priceYear: null })
  })

})

describe('a claim\'s several quantities', () => {
  const multiple = { statedText: '5배 이상', kind: 'MULTIPLE', bound: 'AT_LEAST', value: '5', windowKind: 'NOT_STATED' }
  const rank = { statedText: '7위', kind: 'RANK', value: '7', rankOf: '30', subject: '한국', windowKind: 'POINT', asOf: '2024-12-31' }
  const money = { statedText: '2억 달러', kind: 'MONEY', value: '200000000', currency: 'USD', decimals: '-8', windowKind: 'PERIOD', windowStart: '2024-01-01', windowEnd: '2024-12-31' }
  const figures = (claimId: string) => withQuantities(claimId).then((claim) => claim.quantities.map((x) => [x.position, x.kind, x.value?.toString() ?? null, x.statedText]))

  it('saves two quantities from one form, the first row as the main figure, with their stated text', async () => {
    const claim = await newClaim({ ...q(0, multiple), ...q(1, rank) })
    expect(await figures(claim.id)).toEqual([
      [0, 'MULTIPLE', '5', '5배 이상'],
      [1, 'RANK', '7', '7위'],
    ])
    expect(claim.quantities[0]).toMatchObject({ bound: 'AT_LEAST', windowKind: null, windowEnd: null, decimals: 0 })
    expect(claim.quantities[1]).toMatchObject({ rankOf: 30, subject: '한국', windowKind: 'POINT', windowEnd: new Date('2024-12-31T00:00:00Z') })
    // The edit form shows both, row = position, and reads back the same.
    expect(await editForm(claim.id)).toMatchObject({ 'quantities.0.statedText': '5배 이상', 'quantities.0.windowKind': 'NOT_STATED', 'quantities.1.rankOf': '30', 'quantities.1.asOf': '2024-12-31' })
  })

  it('edits one quantity and leaves the other as it was, the same records', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim({ ...q(0, money), ...q(1, rank) })
    const result = await updateClaim.execute(editor, await editForm(claim.id, { 'quantities.1.value': '6', 'quantities.1.statedText': '6위' }))
    expect(result).toMatchObject({ status: 'ok', data: { version: 2 } })
    const after = await withQuantities(claim.id)
    expect(after.quantities.map((x) => x.id)).toEqual(claim.quantities.map((x) => x.id))
    expect(await figures(claim.id)).toEqual([
      [0, 'MONEY', '200000000', '2억 달러'],
      [1, 'RANK', '6', '6위'],
    ])
    expect(after.quantities[0]).toMatchObject({ currency: 'USD', decimals: -8, windowStart: new Date('2024-01-01T00:00:00Z') })
  })

  it('removes a quantity by its row: the rows left are numbered from 0, a new row is added after them', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim({ ...q(0, multiple), ...q(1, rank), ...q(2, money) })
    const form = await editForm(claim.id)
    // Row 0 removed in the browser: its fields are no longer sent. A new row was added as row 3.
    const kept = Object.fromEntries(Object.entries(form).filter(([name]) => !name.startsWith('quantities.0.')))
    expect(await updateClaim.execute(editor, { ...kept, ...q(3, { value: '3', unit: '곳', windowKind: 'NOT_STATED' }) })).toMatchObject({ status: 'ok' })
    const after = await withQuantities(claim.id)
    expect(await figures(claim.id)).toEqual([
      [0, 'RANK', '7', '7위'],
      [1, 'MONEY', '200000000', '2억 달러'],
      [2, 'COUNT', '3', null],
    ])
    // The rank and the money are the records they were, moved up; the multiple is gone.
    expect(after.quantities.slice(0, 2).map((x) => x.id)).toEqual([claim.quantities[1].id, claim.quantities[2].id])
    expect(await db().claimQuantity.findUnique({ where: { id: claim.quantities[0].id } })).toBeNull()
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.update', entityId: claim.id } })
    expect(event.data).toMatchObject({ before: { quantities: [{ kind: 'MULTIPLE' }, { kind: 'RANK' }, { kind: 'MONEY' }] }, after: { quantities: [{ kind: 'RANK' }, { kind: 'MONEY' }, { kind: 'COUNT' }] } })
  })

  it('a stale save changes no quantity and comes back with every typed value, by field name', async () => {
    const [first, second] = [await makeUser('EDITOR'), await makeUser('EDITOR')]
    const claim = await newClaim({ ...q(0, multiple), ...q(1, rank) })
    const loaded = await editForm(claim.id)
    expect(await updateClaim.execute(first, { ...loaded, 'quantities.0.value': '6' })).toMatchObject({ status: 'ok' })
    const before = await withQuantities(claim.id)

    session.actor = second
    const typed = { ...loaded, 'quantities.1.value': '3', 'quantities.1.statedText': '3위', ...q(2, money) }
    const state = await updateClaimAction(undefined as never, formData(typed))
    expect(state).toMatchObject({ status: 'conflict', current: { version: 2, 'quantities.0.value': '6', 'quantities.1.value': '7' } })
    expect(state.values).toMatchObject({ 'quantities.1.value': '3', 'quantities.1.statedText': '3위', 'quantities.2.currency': 'USD', 'quantities.2.windowStart': '2024-01-01' })
    expect(await withQuantities(claim.id)).toEqual(before)
    // The form merges: the other editor's value where only they changed it, mine where I did.
    const merged = mergeOnConflict(loaded, state.values!, state.current as unknown as SavedNow)
    expect(merged).toMatchObject({ 'quantities.0.value': '6', 'quantities.1.value': '3', 'quantities.2.kind': 'MONEY' })
    expect(await updateClaim.execute(second, { ...merged, version: '2' })).toMatchObject({ status: 'ok', data: { version: 3 } })
    expect(await figures(claim.id)).toEqual([
      [0, 'MULTIPLE', '6', '5배 이상'],
      [1, 'RANK', '3', '3위'],
      [2, 'MONEY', '200000000', '2억 달러'],
    ])
  })

  it('refuses a quantity that breaks the rules with errors on its row\'s fields, in Korean and English, keeping what was typed', async () => {
    const editor = await makeUser('EDITOR')
    session.actor = editor
    const claim = await newClaim(q(0, multiple))
    const bad = {
      ...(await editForm(claim.id)),
      ...q(1, { kind: 'MONEY', value: '2100000000', windowKind: 'NOT_STATED' }),
      ...q(2, { kind: 'RATE', value: '17.27', unit: '건', windowKind: 'NOT_STATED' }),
      ...q(3, { bound: 'RANGE', low: '5', high: '2', unit: '년', kind: 'DURATION', durationUnit: 'year', windowKind: 'NOT_STATED' }),
    }
    const state = await updateClaimAction(undefined as never, formData(bad))
    expect(state.status, state.message).toBe('invalid')
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['quantities.1.currency', 'quantities.2.per', 'quantities.3.high'])
    for (const messages of Object.values(state.fieldErrors ?? {})) expect(messages[0]).toMatch(/^[^A-Za-z]+\. [A-Z][^가-힣]+\.$/)
    expect(state.values).toMatchObject({ 'quantities.1.value': '2100000000', 'quantities.2.unit': '건', 'quantities.3.low': '5' })
    expect(await withQuantities(claim.id)).toMatchObject({ version: 1, quantities: [{ kind: 'MULTIPLE' }] })
  })
})

describe('editing a claim, continued', () => {
  it('a stale save changes no quantity', async () => {
    const [first, second] = [await makeUser('EDITOR'), await makeUser('EDITOR')]
    const claim = await newClaim({ 'quantities.0.value': '2000', 'quantities.0.unit': 'GPUs', 'quantities.0.windowKind': 'POINT', 'quantities.0.asOf': '2024-10-01' })
    const loaded = await editForm(claim.id)
    expect(await updateClaim.execute(first, { ...loaded, 'quantities.0.value': '3000' })).toMatchObject({ status: 'ok' })
    const refused = await updateClaim.execute(second, { ...loaded, 'quantities.0.value': '4000' })
    expect(refused).toMatchObject({ status: 'conflict', current: { 'quantities.0.value': '3000' } })
    expect((await withQuantities(claim.id)).quantities.map((q) => q.value?.toString())).toEqual(['3000'])
  })

  it('refuses the second of two saves from the same loaded version, with what is saved now, and keeps the first', async () => {
    const [first, second] = [await makeUser('EDITOR'), await makeUser('REVIEWER')]
    const claim = await newClaim()
    const loaded = await editForm(claim.id)

    const saved = await updateClaim.execute(first, { ...loaded, text: '국내 GPU는 2000장뿐이다.', status: 'RESEARCHING' })
    expect(saved.status).toBe('ok')
    const refused = await updateClaim.execute(second, { ...loaded, text: '두 번째 편집자의 문장', tags: 'second' })

    expect(refused.status).toBe('conflict')
    if (refused.status !== 'conflict') return
    expect(refused.message).toContain('Someone else saved this claim')
    expect(refused.current).toMatchObject({
      text: '국내 GPU는 2000장뿐이다.',
      status: 'RESEARCHING',
      tags: 'GPU, 인프라',
      version: 2,
      savedBy: first.name,
    })
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } })
    expect(row).toMatchObject({ text: '국내 GPU는 2000장뿐이다.', tags: ['GPU', '인프라'], version: 2 })
    expect(await db().auditEvent.count({ where: { action: 'claim.update', entityId: claim.id } })).toBe(1)

    // The form comes back with the second editor's edits on top of what is saved now, at the new version; saving
    // that goes through and keeps the first editor's status change, which the second editor never touched.
    const secondForm = { ...loaded, text: '두 번째 편집자의 문장', tags: 'second' }
    const merged = mergeOnConflict(claimFormValues(claim), secondForm, refused.current as unknown as SavedNow)
    const again = await updateClaim.execute(second, { ...merged, version: String(refused.current.version) })
    expect(again).toMatchObject({ status: 'ok', data: { version: 3 } })
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      text: '두 번째 편집자의 문장',
      tags: ['second'],
      status: 'RESEARCHING',
    })
  })

  it('refuses an unknown claim and a missing version', async () => {
    const editor = await makeUser('EDITOR')
    const claim = await newClaim()
    const form = await editForm(claim.id)
    expect(await updateClaim.execute(editor, { ...form, claimId: 'missing' })).toMatchObject({ status: 'error', message: expect.stringContaining('No such claim') })
    const { version: _version, ...withoutVersion } = form
    const invalid = await updateClaim.execute(editor, withoutVersion)
    expect(invalid.status === 'invalid' && Object.keys(invalid.fieldErrors)).toEqual(['version'])
  })
})

describe('duplicates', () => {
  it('points the duplicate at its canonical claim, audits both, and bumps the duplicate’s version', async () => {
    const editor = await makeUser('EDITOR')
    const [canonical, duplicate] = [await newClaim(), await newClaim()]
    const result = await markDuplicate.execute(editor, { claimId: duplicate.id, canonicalShortId: canonical.shortId.toUpperCase() })
    expect(result.status).toBe('ok')
    expect(await db().claim.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({ duplicateOfId: canonical.id, version: 2 })
    const own = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.markDuplicate', entityId: duplicate.id } })
    expect(own).toMatchObject({ actorId: editor.id, data: { before: { duplicateOfId: null }, after: { duplicateOfId: canonical.id } } })
    const merged = await db().auditEvent.findFirstOrThrow({ where: { action: 'claim.duplicateMerged', entityId: canonical.id } })
    expect(merged.data).toMatchObject({ after: { duplicateShortId: duplicate.shortId } })
  })

  it('refuses the claim itself, an unknown id and a canonical claim that is itself a duplicate', async () => {
    const editor = await makeUser('EDITOR')
    const [a, b, c] = [await newClaim(), await newClaim(), await newClaim()]
    expect(await markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: a.shortId })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('cannot be a duplicate of itself'),
    })
    expect(await markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: 'zzzzzzz' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('No claim has this ID'),
    })
    expect((await markDuplicate.execute(editor, { claimId: b.id, canonicalShortId: c.shortId })).status).toBe('ok')
    // a -> b would make a chain a -> b -> c.
    expect(await markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: b.shortId })).toMatchObject({
      status: 'error',
      message: expect.stringContaining(`choose its canonical claim ${c.shortId}`),
    })
    expect((await db().claim.findUniqueOrThrow({ where: { id: a.id } })).duplicateOfId).toBeNull()
    expect(await markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: 'not an id' })).toMatchObject({ status: 'invalid' })
  })

  it('merging a claim that has duplicates moves them to the new canonical claim, so no chain forms', async () => {
    const editor = await makeUser('EDITOR')
    const [a, b, c] = [await newClaim(), await newClaim(), await newClaim()]
    await markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: b.shortId })
    expect((await markDuplicate.execute(editor, { claimId: b.id, canonicalShortId: c.shortId })).status).toBe('ok')
    const rows = await db().claim.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, duplicateOfId: true } })
    expect(rows.map((row) => row.duplicateOfId)).toEqual([c.id, c.id])
    expect(await db().auditEvent.findFirst({ where: { action: 'claim.markDuplicate', entityId: a.id, data: { path: ['after', 'via'], equals: b.shortId } } })).not.toBeNull()
  })

  it('choosing a claim’s own duplicate as canonical swaps the two', async () => {
    const editor = await makeUser('EDITOR')
    const [a, b] = [await newClaim(), await newClaim()]
    await markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: b.shortId })
    expect((await markDuplicate.execute(editor, { claimId: b.id, canonicalShortId: a.shortId })).status).toBe('ok')
    const [rowA, rowB] = await Promise.all([a, b].map((claim) => db().claim.findUniqueOrThrow({ where: { id: claim.id } })))
    expect([rowA.duplicateOfId, rowB.duplicateOfId]).toEqual([null, a.id])
  })

  it('two merges at once in opposite directions cannot both win', async () => {
    const editor = await makeUser('EDITOR')
    const [a, b] = [await newClaim(), await newClaim()]
    // Another transaction holds both rows while the two merges start, so both are in flight at once; without
    // the merges' own row locks each would read "neither is a duplicate" and together they would form a cycle.
    let release!: () => void
    let locked!: () => void
    const isLocked = new Promise<void>((resolve) => (locked = resolve))
    const blocker = db().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM claims WHERE id IN (${a.id}, ${b.id}) FOR UPDATE`
        locked()
        await new Promise<void>((resolve) => (release = resolve))
      },
      { timeout: 20_000 },
    )
    await isLocked
    const merges = Promise.all([
      markDuplicate.execute(editor, { claimId: a.id, canonicalShortId: b.shortId }),
      markDuplicate.execute(editor, { claimId: b.id, canonicalShortId: a.shortId }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 500))
    release()
    await blocker
    expect((await merges).map((result) => result.status)).toEqual(['ok', 'ok'])
    const rows = await db().claim.findMany({ where: { id: { in: [a.id, b.id] } } })
    // Whichever ran second swapped them: exactly one is the duplicate of the other.
    expect(rows.filter((row) => row.duplicateOfId !== null)).toHaveLength(1)
  })

  it('a duplicate’s permalink leads to its canonical claim once that is published, even if the duplicate is not', async () => {
    const editor = await makeUser('EDITOR')
    const [canonical, duplicate] = [await newClaim(), await newClaim()]
    await markDuplicate.execute(editor, { claimId: duplicate.id, canonicalShortId: canonical.shortId })
    expect(await publishedCanonicalOf(duplicate.shortId)).toBeNull()

    const scale = await db().ratingScale.create({ data: { name: `scale ${canonical.id}`, ratings: { create: { position: 0, labelKo: '사실', labelEn: 'True', colour: '#1a7f37', value: 5 } } }, include: { ratings: true } })
    await db().claim.update({
      where: { id: canonical.id },
      // Readers see published revisions (lib/claims/queries.ts): a published verdict always has revision 1.
      data: {
        status: 'PUBLISHED',
        verdict: {
          create: {
            ratingId: scale.ratings[0]!.id,
            summary: 's',
            status: 'PUBLISHED',
            publishedAt: new Date(),
            revisions: { create: { number: 1, ratingId: scale.ratings[0]!.id, summary: 's', analysis: '' } },
          },
        },
      },
    })
    expect(await publishedCanonicalOf(duplicate.shortId)).toEqual({ shortId: canonical.shortId, slug: canonical.slug })
    expect(await publishedCanonicalOf(canonical.shortId)).toBeNull()
    expect((await unmarkDuplicate.execute(editor, { claimId: duplicate.id })).status).toBe('ok')
    expect(await publishedCanonicalOf(duplicate.shortId)).toBeNull()
    expect(await unmarkDuplicate.execute(editor, { claimId: duplicate.id })).toMatchObject({ status: 'error', message: expect.stringContaining('not marked as a duplicate') })
  })
})

describe('claimants', () => {
  it('a name that exists already (ignoring case) gives back that claimant instead of a second one', async () => {
    const editor = await makeUser('EDITOR')
    const first = await createClaimant.execute(editor, { name: 'Stanford HAI', kind: 'ORGANIZATION' })
    const again = await createClaimant.execute(editor, { name: ' stanford hai ', kind: 'MEDIA' })
    if (first.status !== 'ok' || again.status !== 'ok') throw new Error('expected both to succeed')
    expect(first.data.created).toBe(true)
    expect(again.data).toEqual({ claimant: first.data.claimant, created: false })
    expect(await db().claimant.count({ where: { name: { equals: 'Stanford HAI', mode: 'insensitive' } } })).toBe(1)
    expect(await db().auditEvent.count({ where: { action: 'claimant.create', entityId: first.data.claimant.id } })).toBe(1)
  })

  it('needs a name and a known kind', async () => {
    const editor = await makeUser('EDITOR')
    const result = await createClaimant.execute(editor, { name: ' ', kind: 'ROBOT' })
    expect(result.status === 'invalid' && Object.keys(result.fieldErrors).sort()).toEqual(['kind', 'name'])
  })
})
