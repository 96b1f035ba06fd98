// Readers' tips end to end below the browser: the public submit through its form action (honeypot, size limits,
// the per-address rate limit kept in tip_rate_limits), the receipt code and what the status page reads, and the
// desk's triage (mark, link, turn into a claim) with who may do it.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { NOT_ALLOWED, SIGN_IN_REQUIRED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { randomShortId } from '../../lib/claims/actions'
import { db } from '../../lib/db/client'
import { linkTipToClaim, NOT_ACCEPTED, setTipStatus, submitTip, tipToClaim } from '../../lib/tips/actions'
import { isReceiptCode } from '../../lib/tips/code'
import { countTip, RATE_LIMITED } from '../../lib/tips/rate-limit'
import { tipReceipt } from '../../lib/tips/queries'
import { makeUser } from '../support/users'

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
}))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { submitTipAction } = await import('../../lib/tips/form-actions')

const run = Math.random().toString(36).slice(2, 8)
let counter = 0
const unique = (text: string) => `${text} ${run}-${++counter}`
/** A fresh sending address per test, so no test meets another's count. */
const address = () => `203.0.113.${++counter} ${run}`

let editor: Actor
let reviewer: Actor
let deactivated: Actor
beforeAll(async () => {
  process.env.TIP_RATE_LIMIT = '5'
  editor = await makeUser('EDITOR')
  reviewer = await makeUser('REVIEWER')
  deactivated = await makeUser('EDITOR', { active: false })
})

/** A rating to publish with: the database's, or one made here when it has none. */
async function anyRatingId(): Promise<string> {
  const rating = await db().rating.findFirst({ where: { retired: false } })
  if (rating) return rating.id
  const scale = await db().ratingScale.create({ data: { name: unique('Scale') } })
  return (await db().rating.create({ data: { scaleId: scale.id, position: 1, labelKo: unique('등급'), labelEn: unique('Rating'), colour: '#123456', meaning: 'Meaning.' } })).id
}

/** Publishes a verdict on the claim directly (a revision by a reviewer), as the verdict actions would leave it. */
async function publishVerdict(claimId: string) {
  const ratingId = await anyRatingId()
  await db().claim.update({ where: { id: claimId }, data: { status: 'PUBLISHED' } })
  const verdict = await db().verdict.create({ data: { claimId, ratingId, summary: 'Summary.', analysis: 'Analysis.', status: 'PUBLISHED', authorId: editor.id } })
  await db().verdictRevision.create({
    data: { verdictId: verdict.id, number: 1, ratingId, summary: 'Summary.', analysis: 'Analysis.', changeNote: '', publishedById: reviewer.id, publishedAt: new Date() },
  })
}

/** A claim with a published verdict (its permalink is public). */
async function publishedClaim(text = unique('Published claim')) {
  const claim = await db().claim.create({ data: { shortId: randomShortId(), slug: 'published-claim', text, language: 'en' } })
  await publishVerdict(claim.id)
  return claim
}

async function submitted(input: Record<string, unknown>, from = address()) {
  const result = await submitTip.execute(null, input, { address: from })
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'ok' })
  const code = (result as { data: { code: string } }).data.code
  return db().tip.findUniqueOrThrow({ where: { code } })
}

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

async function redirectOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call()
    return null
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest)
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return digest.split(';')[2] ?? null
  }
}

describe('submitting a tip', () => {
  it('signed out through the form: a random receipt code, and the status page as the way on', async () => {
    session.actor = null
    const text = unique('국내 AI 기업이 1000곳을 넘었다고 했다')
    const location = await redirectOf(() => submitTipAction({ status: 'idle', submission: 0 }, form({ text, url: 'https://example.org/news/1?utm_source=x', email: 'reader@example.org', consent: 'on' })))
    const tip = await db().tip.findFirstOrThrow({ where: { text } })
    expect(location).toBe(`/submit/${tip.code}?sent=1`)
    expect(tip).toMatchObject({ kind: 'CLAIM', status: 'NEW', url: 'https://example.org/news/1', contactEmail: 'reader@example.org', contactConsent: true, claimId: null })
    expect(isReceiptCode(tip.code)).toBe(true)
    // Nothing about the sender in the audit log: no e-mail, no address.
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: 'tip', entityId: tip.id } })
    expect(event.actorId).toBeNull()
    expect(JSON.stringify(event.data)).not.toContain('reader@example.org')
  })

  it('receipt codes are random, not counted: no two alike, no shared prefix or order', async () => {
    const codes: string[] = []
    for (let i = 0; i < 5; i++) codes.push((await submitted({ text: unique('Tip for codes') })).code)
    expect(new Set(codes).size).toBe(5)
    expect(codes.every(isReceiptCode)).toBe(true)
    expect(new Set(codes.map((code) => code.slice(0, 3))).size).toBeGreaterThan(1)
    const ids = await db().tip.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })
    for (const { id, code } of ids) expect(id.includes(code) || code.includes(id)).toBe(false)
  })

  it('a filled honeypot is refused and nothing is stored', async () => {
    const text = unique('Robot tip')
    const auditsBefore = await db().auditEvent.count()
    const result = await submitTip.execute(null, { text, website: 'https://spam.example' }, { address: address() })
    expect(result).toEqual({ status: 'error', message: NOT_ACCEPTED })
    expect(await db().tip.count({ where: { text } })).toBe(0)
    expect(await db().auditEvent.count()).toBe(auditsBefore)
  })

  it('size limits and the consent rule', async () => {
    const from = address()
    const refused = async (input: Record<string, unknown>, field: string) => {
      const result = await submitTip.execute(null, input, { address: from })
      expect(result.status, JSON.stringify(input).slice(0, 80)).toBe('invalid')
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toContain(field)
    }
    await refused({ text: 'x'.repeat(2001) }, 'text')
    await refused({ text: '   ' }, 'text')
    await refused({ text: 'ok', url: `https://example.org/${'a'.repeat(2000)}` }, 'url')
    await refused({ text: 'ok', url: 'javascript:alert(1)' }, 'url')
    await refused({ text: 'ok', url: 'https://user:pw@example.org/' }, 'url')
    await refused({ text: 'ok', email: 'not an address' }, 'email')
    await refused({ text: 'ok', email: 'reader@example.org' }, 'consent')
    await refused({ text: 'ok', website: 'x'.repeat(501) }, 'website')
    // Refused input does not count against the address.
    expect(await db().tipRateLimit.count({ where: { key: (await import('../../lib/tips/rate-limit')).rateLimitKey(from) } })).toBe(0)
  })

  it('the rate limit: TIP_RATE_LIMIT tips per address and hour, then a refusal; other addresses unaffected', async () => {
    process.env.TIP_RATE_LIMIT = '3'
    try {
      const from = address()
      for (let i = 0; i < 3; i++) await submitted({ text: unique('Limited tip') }, from)
      const text = unique('One too many')
      expect(await submitTip.execute(null, { text }, { address: from })).toEqual({ status: 'error', message: RATE_LIMITED })
      expect(await submitTip.execute(null, { text }, { address: from })).toEqual({ status: 'error', message: RATE_LIMITED })
      expect(await db().tip.count({ where: { text } })).toBe(0)
      await submitted({ text: unique('Another address') })
      // An hour on, the address starts over.
      const later = new Date(Date.now() + 61 * 60 * 1000)
      await db().$transaction((tx) => countTip(tx, from, 3, later))
      await expect(db().$transaction((tx) => countTip(tx, from, 3, later))).resolves.toBeUndefined()
    } finally {
      process.env.TIP_RATE_LIMIT = '5'
    }
  })

  it('an error report names a published claim; an unpublished one is refused', async () => {
    const claim = await publishedClaim()
    const tip = await submitted({ text: unique('The figure is from 2022'), claim: claim.shortId })
    expect(tip).toMatchObject({ kind: 'ERROR_REPORT', claimId: claim.id })
    const hidden = await db().claim.create({ data: { shortId: randomShortId(), slug: 'hidden', text: unique('Hidden claim') } })
    expect(await submitTip.execute(null, { text: 'x', claim: hidden.shortId }, { address: address() })).toMatchObject({ status: 'error' })
    // The receipt links the published fact-check at once.
    expect((await tipReceipt(tip.code))?.verdict).toMatchObject({ shortId: claim.shortId, path: `/c/${claim.shortId}/published-claim` })
  })
})

describe('the status page', () => {
  it('says what became of the tip, never the e-mail, and 404s for unknown or malformed codes', async () => {
    const tip = await submitted({ text: unique('Status tip'), email: 'private@example.org', consent: 'on' })
    const { default: StatusPage } = await import('../../app/(public)/submit/[code]/page')
    const render = async (code: string) =>
      renderToString(createElement('div', null, await StatusPage({ params: Promise.resolve({ code }), searchParams: Promise.resolve({}) })))
    const first = await render(tip.code)
    expect(first).toContain('data-status="NEW"')
    expect(first).not.toContain('private@example.org')
    expect(first).not.toContain('data-testid="tip-verdict"')

    expect(await setTipStatus.execute(editor, { tipId: tip.id, status: 'TAKEN_UP' })).toMatchObject({ status: 'ok' })
    expect(await render(tip.code)).toContain('data-status="TAKEN_UP"')

    for (const code of ['', 'abc', tip.code.toUpperCase(), `${tip.code}x`, 'a'.repeat(16)]) {
      await expect(render(code), code).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404/) })
    }
  })
})

describe('triage in the desk inbox', () => {
  it('is refused signed out and for a deactivated account, and writes nothing', async () => {
    const tip = await submitted({ text: unique('Untouched tip') })
    const before = await db().auditEvent.count()
    for (const [actor, message] of [
      [null, SIGN_IN_REQUIRED],
      [deactivated, NOT_ALLOWED],
    ] as const) {
      expect(await setTipStatus.execute(actor, { tipId: tip.id, status: 'SPAM' })).toEqual({ status: 'forbidden', message })
      expect(await linkTipToClaim.execute(actor, { tipId: tip.id, claim: 'abcdefg' })).toEqual({ status: 'forbidden', message })
      expect(await tipToClaim.execute(actor, { tipId: tip.id })).toEqual({ status: 'forbidden', message })
    }
    expect(await db().auditEvent.count()).toBe(before)
    expect(await db().tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({ status: 'NEW', claimId: null })
  })

  it('marks a tip duplicate or spam, with who and when', async () => {
    const tip = await submitted({ text: unique('Spammy tip') })
    expect(await setTipStatus.execute(editor, { tipId: tip.id, status: 'SPAM' })).toMatchObject({ status: 'ok' })
    expect(await db().tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({ status: 'SPAM', triagedById: editor.id })
    expect(await setTipStatus.execute(editor, { tipId: tip.id, status: 'BOGUS' })).toMatchObject({ status: 'invalid' })
  })

  it('turns a tip into a claim, with its URL as a source where the claim appeared', async () => {
    const url = `https://example.org/tip-source/${run}`
    const tip = await submitted({ text: unique('Korea has 1,000 AI companies'), url })
    const result = await tipToClaim.execute(editor, { tipId: tip.id })
    expect(result).toMatchObject({ status: 'ok' })
    const { claimId } = (result as { data: { claimId: string } }).data
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId }, include: { appearances: { include: { source: true } } } })
    expect(claim).toMatchObject({ text: tip.text, language: 'en', status: 'NEW', createdById: editor.id })
    expect(claim.appearances.map((a) => a.source.url)).toEqual([url])
    expect(await db().tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({ status: 'TAKEN_UP', claimId })
    // Once linked, not again.
    expect(await tipToClaim.execute(editor, { tipId: tip.id })).toMatchObject({ status: 'error' })
    // A second tip with the same address finds the source the library has.
    const again = await submitted({ text: unique('같은 주소의 한국어 제보'), url })
    const second = await tipToClaim.execute(editor, { tipId: again.id })
    const secondClaim = await db().claim.findUniqueOrThrow({ where: { id: (second as { data: { claimId: string } }).data.claimId }, include: { appearances: true } })
    expect(secondClaim.language).toBe('ko')
    expect(secondClaim.appearances[0]?.sourceId).toBe(claim.appearances[0]?.sourceId)

    // Until a verdict is published the receipt says it was taken up, with no link; then it links the verdict.
    expect(await tipReceipt(tip.code)).toMatchObject({ status: 'TAKEN_UP', verdict: null })
    await publishVerdict(claimId)
    expect((await tipReceipt(tip.code))?.verdict).toMatchObject({ shortId: claim.shortId })
  })

  it('links a tip to an existing claim by short id or permalink; a merged duplicate links its canonical claim', async () => {
    const canonical = await publishedClaim()
    const merged = await db().claim.create({ data: { shortId: randomShortId(), slug: 'merged', text: unique('Merged claim'), duplicateOfId: canonical.id } })
    const tip = await submitted({ text: unique('Linked tip') })
    expect(await linkTipToClaim.execute(editor, { tipId: tip.id, claim: `https://factcheck.example/c/${merged.shortId}/merged` })).toMatchObject({ status: 'ok' })
    expect(await db().tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({ status: 'TAKEN_UP', claimId: canonical.id })
    expect((await tipReceipt(tip.code))?.verdict).toMatchObject({ shortId: canonical.shortId })
    expect(await linkTipToClaim.execute(editor, { tipId: tip.id, claim: 'zzzzzzz' })).toMatchObject({ status: 'error' })
  })
})
