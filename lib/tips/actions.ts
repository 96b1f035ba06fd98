// Readers' tips: the public submit (no sign-in; abuse controls instead: a honeypot field, size limits in the schema,
// a per-address rate limit) and the desk's triage in the inbox ('tips.triage'). Every one goes through the action
// pipeline (lib/actions/pipeline.ts), the submit through its public form.
import { definePublicAction, defineAction, type Tx } from '../actions/pipeline'
import { randomShortId, slugify } from '../claims/actions'
import { isShortId } from '../claims/permalink'
import { hasVerdictPageWhere } from '../claims/visibility'
import { UserError } from '../errors'
import { normalizeUrl } from '../sources/url'
import { randomReceiptCode, receiptPath } from './code'
import { countTip } from './rate-limit'
import { HONEYPOT_FIELD, linkTipInput, setTipStatusInput, submitTipInput, tipToClaimInput } from './schema'

export const INBOX_PATH = '/desk/inbox'

/** Said to a robot that filled the hidden field: nothing about why, nothing stored. */
export const NOT_ACCEPTED = '제보를 받을 수 없습니다. This tip could not be accepted.'
export const NO_SUCH_TIP = '제보를 찾을 수 없습니다. No such tip.'
const NO_SUCH_CLAIM = '그런 주장이 없습니다. No such claim.'

/** What the audit log keeps of a tip: never the sender's e-mail. */
const auditedTip = { id: true, kind: true, status: true, text: true, url: true, claimId: true, triagedById: true } as const

export const submitTip = definePublicAction({
  name: 'tips.submit',
  input: submitTipInput,
  async run({ tx, input, caller, audit }) {
    if (input[HONEYPOT_FIELD]) throw new UserError(NOT_ACCEPTED)
    await countTip(tx, caller.address)
    let claimId: string | null = null
    if (input.claim) {
      const claim = await tx.claim.findFirst({ where: { shortId: input.claim, ...hasVerdictPageWhere }, select: { id: true } })
      if (!claim) throw new UserError(NO_SUCH_CLAIM)
      claimId = claim.id
    }
    const tip = await tx.tip.create({
      data: {
        code: randomReceiptCode(),
        kind: claimId ? 'ERROR_REPORT' : 'CLAIM',
        text: input.text,
        url: input.url ?? null,
        contactEmail: input.email ?? null,
        contactConsent: Boolean(input.email && input.consent),
        claimId,
      },
      select: { ...auditedTip, code: true },
    })
    const { code, ...after } = tip
    await audit({ action: 'tip.submit', entityType: 'tip', entityId: tip.id, after: { ...after, contact: Boolean(input.email) } })
    return { code }
  },
  revalidate: () => [INBOX_PATH],
})

async function tipOrThrow(tx: Tx, tipId: string) {
  const tip = await tx.tip.findUnique({ where: { id: tipId }, select: { ...auditedTip, code: true } })
  if (!tip) throw new UserError(NO_SUCH_TIP)
  return tip
}

const triaged = (actorId: string) => ({ triagedById: actorId, triagedAt: new Date() })

export const setTipStatus = defineAction({
  name: 'tips.setStatus',
  permission: 'tips.triage',
  input: setTipStatusInput,
  async run({ tx, actor, input, audit }) {
    const { code, ...before } = await tipOrThrow(tx, input.tipId)
    const after = await tx.tip.update({ where: { id: input.tipId }, data: { status: input.status, ...triaged(actor.id) }, select: auditedTip })
    await audit({ action: 'tip.setStatus', entityType: 'tip', entityId: input.tipId, before, after })
    return { id: input.tipId, code }
  },
  revalidate: (tip) => [INBOX_PATH, receiptPath(tip.code)],
})

/** A short id, or a permalink (…/c/<shortId>/…) or desk address pasted whole. */
function shortIdOf(text: string): string | null {
  const trimmed = text.trim()
  if (isShortId(trimmed)) return trimmed
  const fromPath = /\/c\/([a-z0-9]{7})(?:[/?#]|$)/.exec(trimmed)?.[1]
  return fromPath ?? null
}

export const linkTipToClaim = defineAction({
  name: 'tips.linkClaim',
  permission: 'tips.triage',
  input: linkTipInput,
  async run({ tx, actor, input, audit }) {
    const { code, ...before } = await tipOrThrow(tx, input.tipId)
    const shortId = shortIdOf(input.claim)
    const claim = shortId ? await tx.claim.findUnique({ where: { shortId }, select: { id: true, duplicateOfId: true } }) : null
    if (!claim) throw new UserError(NO_SUCH_CLAIM)
    const after = await tx.tip.update({
      where: { id: input.tipId },
      // A merged duplicate's tip follows it to the canonical claim, where the verdict is.
      data: { claimId: claim.duplicateOfId ?? claim.id, status: 'TAKEN_UP', ...triaged(actor.id) },
      select: auditedTip,
    })
    await audit({ action: 'tip.linkClaim', entityType: 'tip', entityId: input.tipId, before, after })
    return { id: input.tipId, code }
  },
  revalidate: (tip) => [INBOX_PATH, receiptPath(tip.code)],
})

/** Hangul in the text: a Korean claim; anything else is taken for English until an editor says otherwise. */
const languageOf = (text: string) => (/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/.test(text) ? 'ko' : 'en')

async function uniqueShortId(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = randomShortId()
    if (!(await tx.claim.findUnique({ where: { shortId: candidate }, select: { id: true } }))) return candidate
  }
  throw new Error('Could not find a free short id in 5 attempts')
}

/**
 * A new claim from the tip: its text as the claim's wording, its URL as a source (the library's, if it has the
 * address already) where the claim appeared. The editor goes on in the claim form, which has it all filled in.
 */
export const tipToClaim = defineAction({
  name: 'tips.toClaim',
  permission: 'tips.triage',
  input: tipToClaimInput,
  async run({ tx, actor, input, audit }) {
    const { code, ...before } = await tipOrThrow(tx, input.tipId)
    if (before.claimId) throw new UserError('이 제보는 이미 주장에 연결되어 있습니다. This tip is already linked to a claim.')
    const text = before.text.slice(0, 2000)
    const language = languageOf(text)
    const claim = await tx.claim.create({
      data: { shortId: await uniqueShortId(tx), slug: slugify(text), text, language, createdById: actor.id },
      select: { id: true, shortId: true, slug: true, text: true, language: true, status: true, version: true },
    })
    await audit({ action: 'claim.create', entityType: 'claim', entityId: claim.id, after: { ...claim, fromTip: input.tipId } })
    if (before.url) {
      const url = normalizeUrl(before.url)
      let source = await tx.source.findFirst({ where: { url }, select: { id: true } })
      if (!source) {
        const host = new URL(url).hostname
        const created = await tx.source.create({
          data: { kind: 'OTHER', publisher: host, title: url.slice(0, 500), url, note: '독자 제보 Reader tip' },
          select: { id: true, kind: true, publisher: true, title: true, url: true },
        })
        await audit({ action: 'source.create', entityType: 'source', entityId: created.id, after: created })
        source = created
      }
      const appearance = await tx.appearance.create({ data: { claimId: claim.id, sourceId: source.id }, select: { id: true, claimId: true, sourceId: true } })
      await audit({ action: 'appearance.add', entityType: 'appearance', entityId: appearance.id, after: appearance })
    }
    const after = await tx.tip.update({ where: { id: input.tipId }, data: { claimId: claim.id, status: 'TAKEN_UP', ...triaged(actor.id) }, select: auditedTip })
    await audit({ action: 'tip.toClaim', entityType: 'tip', entityId: input.tipId, before, after })
    return { id: input.tipId, code, claimId: claim.id }
  },
  revalidate: (tip) => [INBOX_PATH, receiptPath(tip.code), '/desk'],
})
