// Arithmetic between claims (issue 14, item 4), against a real PostgreSQL: an editor records that a figure is the
// ratio (difference, sum, share, change) of others through the action pipeline; the desk computes it and checks
// the stated figure at its stated precision; a reader's page shows it only from figures readers may see.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DerivationBox } from '../../components/DerivationBox'
import type { Actor } from '../../lib/auth/session'
import { randomShortId } from '../../lib/claims/actions'
import { db } from '../../lib/db/client'
import { removeDerivation, saveDerivation } from '../../lib/derivations/actions'
import { evaluateDerivations } from '../../lib/derivations/evaluate'
import { deskDerivations, publicDerivations } from '../../lib/derivations/queries'
import { figureReference } from '../../lib/derivations/schema'
import { messages } from '../../lib/i18n/dictionary'
import { makeUser } from '../support/users'

vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

let editor: Actor
let ratingId: string
beforeAll(async () => {
  editor = await makeUser('EDITOR')
  const scale = await db().ratingScale.create({ data: { name: 'Test scale', isDefault: true } })
  ratingId = (await db().rating.create({ data: { scaleId: scale.id, position: 1, labelKo: '사실', labelEn: 'True', value: 1, colour: '#2e7d32', meaning: 'True.' } })).id
})
beforeEach(async () => {
  await db().claim.deleteMany()
})

type Figure = { kind: 'MONEY' | 'MULTIPLE' | 'COUNT' | 'PERCENT'; value: string; decimals: number; currency?: string; unit?: string }

/** A claim stating `figures` in order; `published` gives it a published verdict with one revision. */
async function claimWith(figures: Figure[], options: { published?: boolean } = {}) {
  const shortId = randomShortId()
  const claim = await db().claim.create({
    data: {
      shortId,
      slug: shortId,
      text: `claim ${shortId}`,
      status: options.published ? 'PUBLISHED' : 'NEW',
      quantities: { create: figures.map((f, position) => ({ position, kind: f.kind, value: f.value, decimals: f.decimals, currency: f.currency ?? null, unit: f.unit ?? null })) },
      verdict: options.published ? { create: { ratingId, summary: 's', status: 'PUBLISHED', publishedAt: new Date() } } : undefined,
    },
    include: { quantities: { orderBy: { position: 'asc' } }, verdict: true },
  })
  if (claim.verdict) {
    await db().verdictRevision.create({ data: { verdictId: claim.verdict.id, number: 1, ratingId, summary: 's', analysis: 'a', changeNote: '', publishedById: editor.id, publishedAt: new Date() } })
  }
  return claim
}
const usd = (value: string): Figure => ({ kind: 'MONEY', value, decimals: -6, currency: 'USD' })
const times = (value: string, decimals = 1): Figure => ({ kind: 'MULTIPLE', value, decimals })

/** "A invested 2.6 times as much as B": A US$528 million, B US$200 million (2.64, so 2.6 at one decimal). */
async function ratioCase(stated: string, options: { published?: boolean; inputsPublished?: [boolean, boolean] } = {}) {
  const derived = await claimWith([times(stated)], { published: options.published })
  const a = await claimWith([usd('528000000')], { published: options.inputsPublished?.[0] })
  const b = await claimWith([usd('200000000')], { published: options.inputsPublished?.[1] })
  return { derived, a, b, quantityId: derived.quantities[0].id }
}

describe('recording a derivation', () => {
  it('stores the operation and the inputs in order, audits it, and the desk computes it: 2.6배 holds', async () => {
    const { derived, a, b, quantityId } = await ratioCase('2.6')
    const result = await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId, `https://x.example/c/${b.shortId}/slug`] })
    expect(result.status).toBe('ok')
    const row = await db().quantityDerivation.findUniqueOrThrow({ where: { quantityId }, include: { inputs: { orderBy: { position: 'asc' } } } })
    expect([row.operation, row.inputCount, row.version, row.createdById]).toEqual(['RATIO', 2, 1, editor.id])
    expect(row.inputs.map((input) => input.quantityId)).toEqual([a.quantities[0].id, b.quantities[0].id])
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'derivation.save', entityId: derived.id } })
    expect(audit.entityType).toBe('claim')

    const [shown] = await deskDerivations(derived.id)
    expect(shown.result.status).toBe('computed')
    if (shown.result.status !== 'computed') return
    expect(shown.result.derivation.computation.ko).toBe('5억 2,800만 달러 ÷ 2억 달러 = 2.6배')
    expect(shown.result.derivation.computation.en).toBe('US$528 million ÷ US$200 million = 2.6×')
    expect(shown.result.check.holds).toBe(true)
  })

  it('a stated 2.7배 does not hold against 2.64, at its one decimal', async () => {
    const { derived, a, b, quantityId } = await ratioCase('2.7')
    expect((await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId, b.shortId] })).status).toBe('ok')
    const [shown] = await deskDerivations(derived.id)
    expect(shown.result.status === 'computed' && shown.result.check.holds).toBe(false)
  })

  it('a second figure is named "id#2"; a sum takes its parts', async () => {
    const total = await claimWith([{ kind: 'COUNT', value: '12', decimals: 0, unit: '곳' }])
    const parts = await claimWith([{ kind: 'COUNT', value: '5', decimals: 0, unit: '곳' }, { kind: 'COUNT', value: '7', decimals: 0, unit: '곳' }])
    expect(figureReference(`${parts.shortId}#2 — text`)).toEqual({ claim: parts.shortId, position: 1 })
    const result = await saveDerivation.execute(editor, { quantityId: total.quantities[0].id, operation: 'SUM', inputs: `${parts.shortId}\n${parts.shortId}#2` })
    expect(result.status).toBe('ok')
    const [shown] = await deskDerivations(total.id)
    expect(shown.result.status === 'computed' && [shown.result.derivation.computation.ko, shown.result.check.holds]).toEqual(['5곳 + 7곳 = 12곳', true])
  })

  it('refuses what cannot be computed, and writes nothing', async () => {
    const { a, b, quantityId } = await ratioCase('2.6')
    const count = await claimWith([{ kind: 'COUNT', value: '3', decimals: 0 }])
    const refusals = [
      [{ quantityId, operation: 'RATIO', inputs: [a.shortId, count.shortId] }, /종류가 다른|different kinds/],
      [{ quantityId, operation: 'RATIO', inputs: [a.shortId, 'nosuchid'] }, /No figure matches “nosuchid”/],
      [{ quantityId, operation: 'RATIO', inputs: [a.shortId, a.shortId] }, /chosen twice/],
      [{ quantityId, operation: 'RATIO', inputs: [a.shortId, b.shortId, count.shortId] }, /exactly two figures/],
      [{ quantityId: a.quantities[0].id, operation: 'SUM', inputs: [a.shortId, b.shortId] }, /cannot be computed from itself/],
    ] as const
    for (const [input, message] of refusals) {
      const result = await saveDerivation.execute(editor, input)
      expect(result.status, JSON.stringify(input)).toBe('error')
      expect(result.status === 'error' && result.message).toMatch(message)
    }
    expect((await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId] })).status).toBe('invalid')
    expect(await db().quantityDerivation.count()).toBe(0)
  })

  it('a change is saved against the version loaded; a stale version is a conflict, for saving and removing', async () => {
    const { derived, a, b, quantityId } = await ratioCase('2.6')
    expect((await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId, b.shortId] })).status).toBe('ok')
    // Recording again without the version would overwrite unseen work.
    expect((await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [b.shortId, a.shortId] })).status).toBe('conflict')
    expect((await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [b.shortId, a.shortId], version: '1' })).status).toBe('ok')
    const row = await db().quantityDerivation.findUniqueOrThrow({ where: { quantityId }, include: { inputs: { orderBy: { position: 'asc' } } } })
    expect([row.version, row.inputs.map((i) => i.quantityId)]).toEqual([2, [b.quantities[0].id, a.quantities[0].id]])
    expect((await removeDerivation.execute(editor, { derivationId: row.id, version: '1' })).status).toBe('conflict')
    expect((await removeDerivation.execute(editor, { derivationId: row.id, version: '2' })).status).toBe('ok')
    expect(await db().quantityDerivation.count()).toBe(0)
    expect(await db().auditEvent.count({ where: { entityId: derived.id, action: 'derivation.remove' } })).toBe(1)
  })

  it('an input deleted since leaves the derivation incomplete, never computed from what is left', async () => {
    const { derived, a, b, quantityId } = await ratioCase('2.6')
    await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId, b.shortId] })
    await db().claim.delete({ where: { id: b.id } })
    const [shown] = await evaluateDerivations(db(), { quantity: { claimId: derived.id } })
    expect(shown.result.status).toBe('incomplete')
    // Deleting the derived figure takes its derivation with it.
    await db().claimQuantity.delete({ where: { id: quantityId } })
    expect(await db().quantityDerivation.count()).toBe(0)
  })
})

describe("a published claim's page", () => {
  it('shows the computation in the reader’s language, Korean first, with links to the listed inputs', async () => {
    const { derived, a, b, quantityId } = await ratioCase('2.6', { published: true, inputsPublished: [true, true] })
    await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId, b.shortId] })
    const [shown] = await publicDerivations(derived.id)
    expect(shown).toMatchObject({ visible: true, holds: true, computation: { ko: '5억 2,800만 달러 ÷ 2억 달러 = 2.6배' } })
    const ko = renderToString(createElement(DerivationBox, { derivations: [shown], m: messages('ko'), locale: 'ko' }))
    expect(ko).toContain('수치의 계산')
    expect(ko).toContain('5억 2,800만 달러 ÷ 2억 달러 = 2.6배')
    expect(ko).toContain('밝힌 수치는 적힌 정밀도에서 계산과 맞습니다.')
    expect(ko).toContain(`/c/${a.shortId}/`)
    const en = renderToString(createElement(DerivationBox, { derivations: [shown], m: messages('en'), locale: 'en' }))
    expect(en).toContain('How the figure is computed')
    expect(en.indexOf('US$528 million ÷ US$200 million = 2.6×')).toBeLessThan(en.indexOf('5억 2,800만 달러'))
    expect(en).toContain('The stated figure holds at the precision it is given in.')
  })

  it('says the computation uses unpublished figures when an input is not public, and shows none of them', async () => {
    const { derived, a, b, quantityId } = await ratioCase('2.6', { published: true, inputsPublished: [true, false] })
    await saveDerivation.execute(editor, { quantityId, operation: 'RATIO', inputs: [a.shortId, b.shortId] })
    const shown = await publicDerivations(derived.id)
    expect(shown).toEqual([{ id: expect.any(String), visible: false }])
    const html = renderToString(createElement(DerivationBox, { derivations: shown, m: messages('en'), locale: 'en' }))
    expect(html).toContain('computed from figures of claims that are not published yet')
    for (const hidden of ['US$', 'million', '2.6', b.shortId, a.shortId]) expect(html).not.toContain(hidden)
  })
})
