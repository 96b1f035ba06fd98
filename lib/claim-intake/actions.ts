// The intake page's mutations. `commitIntake` is the one submit: every ticked figure becomes a claim (with its
// quantity at position 0 and an appearance in the source, quoting its sentence) or an appearance of an existing
// claim, in one transaction with an audit event for each row. Any refusal rolls all of it back.
//
// Idempotent by construction, so running intake again on a source never duplicates: a figure already logged from
// this source (a claim appearing there with the same quoted sentence and the same figure as written, or with the
// same wording) is reused instead of created, and an appearance (claim, source) that exists is left as it is. Two submits at once for one source are serialised by a lock on the source (or, for pasted text, on its hash),
// so neither can miss the other's rows.
import { defineAction, defineSteps, type ActionResult, type AuditEntry, type Tx } from '../actions/pipeline'
import { randomShortId, slugFor } from '../claims/actions'
import { claimPath } from '../claims/permalink'
import { quantitiesInOrder } from '../claims/quantities'
import { UserError } from '../errors'
import { archiveSource, createSource, findSourceByUrl } from '../sources/actions'
import { addCopy } from '../sources/copies'
import { sourcePath, SOURCES_PATH } from '../sources/paths'
import { normalizeUrl } from '../sources/url'
import { normalizedPaste, pasteHash } from './paste'
import { archiveUrlInput, commitInput, type CommitCandidate, type CommitInput } from './schema'

const NO_SUCH_SOURCE = '출처를 찾을 수 없습니다. No such source.'
const NO_SUCH_CLAIM = '고른 기존 주장이 없습니다. 다시 고르세요. A chosen existing claim no longer exists; choose again.'
const NO_SUCH_CLAIMANT = '고른 주장자가 없습니다. 다시 고르세요. A chosen claimant no longer exists; choose again.'
const NO_SUCH_METRIC = '고른 지표가 없습니다. 다시 고르세요. A chosen metric no longer exists; choose again.'

const date = (day: string) => new Date(`${day}T00:00:00Z`)

async function uniqueShortId(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = randomShortId()
    if (!(await tx.claim.findUnique({ where: { shortId: candidate }, select: { id: true } }))) return candidate
  }
  throw new Error('Could not find a free short id in 5 attempts')
}

/** The source the claims appear in: the one named, or the pasted text's (made on the first intake of that text). */
async function intakeSource(tx: Tx, input: CommitInput, actorId: string, audit: (entry: AuditEntry) => Promise<void>) {
  if (input.sourceId) {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sources WHERE id = ${input.sourceId} FOR UPDATE`
    if (!locked) throw new UserError(NO_SUCH_SOURCE)
    return { id: locked.id, created: false }
  }
  const text = normalizedPaste(input.text!)
  const sha256 = pasteHash(text)
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`intake:${sha256}`}, 0))`
  // The same text pasted again is the same article: its source, not a second one.
  const earlier = await tx.archivedCopy.findFirst({ where: { method: 'PASTED', sha256 }, orderBy: { takenAt: 'asc' }, select: { sourceId: true } })
  if (earlier) return { id: earlier.sourceId, created: false }
  const source = await tx.source.create({
    data: { kind: 'NEWS', title: input.title!, publisher: input.publisher!, language: input.language, publishedAt: date(input.published) },
  })
  const copy = await addCopy(tx, { sourceId: source.id, method: 'PASTED', text, sha256, takenAt: new Date(), url: null, createdById: actorId })
  await audit({ action: 'source.create', entityType: 'source', entityId: source.id, after: source })
  await audit({ action: 'source.pasteArchive', entityType: 'source', entityId: source.id, after: { currentCopy: copy, characters: text.length } })
  return { id: source.id, created: true }
}

/** The candidate's figure as claim_quantities columns; kind-only fields of other kinds are dropped. */
function quantityColumns(c: CommitCandidate) {
  const kind = c.kind!
  const bound = c.bound ?? 'EXACT'
  const range = bound === 'RANGE'
  return {
    kind,
    bound,
    strict: c.strict,
    value: range ? null : c.value!,
    low: range ? c.low! : null,
    high: range ? c.high! : null,
    decimals: c.decimals ?? decimalsOf(range ? c.low! : c.value!),
    statedText: c.statedText ?? null,
    unit: c.unit ?? null,
    currency: kind === 'MONEY' ? (c.currency ?? null) : null,
    per: kind === 'RATE' ? (c.per ?? null) : null,
    perUnit: kind === 'RATE' ? (c.perUnit ?? null) : null,
    rankOf: kind === 'RANK' ? (c.rankOf ?? null) : null,
    rankHighFirst: kind === 'RANK' ? true : null,
    durationUnit: kind === 'DURATION' ? (c.durationUnit ?? null) : null,
    subject: c.subject ?? null,
    metricId: c.metricId ?? null,
    windowKind: c.windowKind ?? null,
    windowStart: c.windowStart ? date(c.windowStart) : null,
    windowEnd: c.windowEnd ? date(c.windowEnd) : null,
  }
}

const decimalsOf = (value: string) => (value.includes('.') ? value.split('.')[1].length : 0)

export interface CommitOutcome {
  sourceId: string
  sourceCreated: boolean
  created: { id: string; shortId: string; slug: string }[]
  reused: { id: string; shortId: string }[]
  /** Every appearance added: one for each new claim, and those of claims the desk already had. */
  appearancesAdded: number
  /** Of those, the appearances of claims the desk already had (this article repeats them). */
  appearancesOfExisting: number
  appearancesKept: number
}

export const commitIntake = defineAction({
  name: 'intake.commit',
  permission: 'intake.commit',
  input: commitInput,
  async run({ tx, actor, input, audit }): Promise<CommitOutcome> {
    const source = await intakeSource(tx, input, actor.id, audit)
    const chosen = input.candidates.filter((c) => c.include)
    const outcome: CommitOutcome = { sourceId: source.id, sourceCreated: source.created, created: [], reused: [], appearancesAdded: 0, appearancesOfExisting: 0, appearancesKept: 0 }
    const claimantsByName = new Map<string, string>()

    /** The appearance of a claim in the source, added unless the claim already appears there. */
    const appear = async (claimId: string, quote: string, existingClaim: boolean) => {
      const existing = await tx.appearance.findUnique({ where: { claimId_sourceId: { claimId, sourceId: source.id } }, select: { id: true } })
      if (existing) {
        outcome.appearancesKept++
        return
      }
      const appearance = await tx.appearance.create({
        data: { claimId, sourceId: source.id, appearedAt: date(input.published), quote },
        select: { id: true, claimId: true, sourceId: true, appearedAt: true, quote: true, note: true },
      })
      await audit({ action: 'appearance.add', entityType: 'appearance', entityId: appearance.id, after: appearance })
      outcome.appearancesAdded++
      if (existingClaim) outcome.appearancesOfExisting++
    }

    const claimantFor = async (c: CommitCandidate): Promise<string | null> => {
      if (c.claimantId) {
        if (!(await tx.claimant.findUnique({ where: { id: c.claimantId }, select: { id: true } }))) throw new UserError(NO_SUCH_CLAIMANT)
        return c.claimantId
      }
      if (!c.claimantName) return null
      const known = claimantsByName.get(c.claimantName) ?? (await tx.claimant.findFirst({ where: { name: c.claimantName }, select: { id: true } }))?.id
      if (known) return known
      const claimant = await tx.claimant.create({ data: { name: c.claimantName } })
      await audit({ action: 'claimant.create', entityType: 'claimant', entityId: claimant.id, after: claimant })
      claimantsByName.set(c.claimantName, claimant.id)
      return claimant.id
    }

    for (const c of chosen) {
      if (c.choice !== 'new') {
        const claimId = c.choice!.slice('claim:'.length)
        if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw new UserError(NO_SUCH_CLAIM)
        await appear(claimId, c.quote!, true)
        continue
      }
      // A claim appearing in this source with this sentence and figure, or with this very text, is the one an earlier
      // intake logged (the editor may have reworded it then, or now).
      const sameFigure = c.statedText ? { statedText: c.statedText } : { kind: c.kind!, value: c.value ?? null, low: c.low ?? null, high: c.high ?? null }
      const earlier = await tx.claim.findFirst({
        where: {
          OR: [
            { appearances: { some: { sourceId: source.id, quote: c.quote! } }, quantities: { some: sameFigure } },
            { text: c.text!, appearances: { some: { sourceId: source.id } } },
          ],
        },
        orderBy: { createdAt: 'asc' },
        select: { id: true, shortId: true },
      })
      if (earlier) {
        outcome.reused.push(earlier)
        await appear(earlier.id, c.quote!, true)
        continue
      }
      const data = {
        text: c.text!,
        language: input.language,
        translation: c.translation ?? null,
        translationLanguage: c.translation ? (input.language === 'ko' ? 'en' : 'ko') : null,
        claimantId: await claimantFor(c),
        firstSeenAt: date(input.published),
      }
      const claim = await tx.claim.create({
        data: { ...data, shortId: await uniqueShortId(tx), slug: slugFor({ text: data.text, language: data.language, translation: data.translation }), createdById: actor.id },
        select: { id: true },
      })
      if (c.metricId && !(await tx.metric.findUnique({ where: { id: c.metricId }, select: { id: true } }))) throw new UserError(NO_SUCH_METRIC)
      await tx.claimQuantity.create({ data: { ...quantityColumns(c), claimId: claim.id, position: 0 } })
      const after = await tx.claim.findUniqueOrThrow({
        where: { id: claim.id },
        select: { id: true, shortId: true, slug: true, text: true, language: true, translation: true, claimantId: true, firstSeenAt: true, status: true, version: true, quantities: quantitiesInOrder },
      })
      await audit({ action: 'claim.create', entityType: 'claim', entityId: claim.id, after: { ...after, via: 'intake' } })
      outcome.created.push({ id: after.id, shortId: after.shortId, slug: after.slug })
      await appear(claim.id, c.quote!, false)
    }
    return outcome
  },
  revalidate: (outcome) => ['/desk', SOURCES_PATH, sourcePath(outcome.sourceId), ...outcome.created.flatMap((c) => [`/desk/claims/${c.id}`, claimPath(c)])],
})

/** The source stored under this address, or a new NEWS source for it. */
const prepareUrl = defineAction({
  name: 'intake.archiveUrl',
  permission: 'source.edit',
  input: archiveUrlInput,
  async run({ tx, input }) {
    let url: string
    try {
      url = normalizeUrl(input.url)
    } catch (error) {
      throw new UserError(`웹 주소를 확인하세요. ${(error as Error).message}`)
    }
    const existing = await findSourceByUrl(tx, url)
    return { url, title: input.title ?? null, existingId: existing?.id ?? null }
  },
})

/**
 * A web page for intake: its source (found by URL, or made), archived now through the source library's own
 * archiver, so that the text claims are read from is the copy the desk keeps.
 */
export const archiveUrlForIntake = defineSteps({
  name: 'intake.archiveUrl',
  permission: 'source.edit',
  input: archiveUrlInput,
  async steps(actor, raw): Promise<ActionResult<{ sourceId: string }>> {
    const prepared = await prepareUrl.execute(actor, raw)
    if (prepared.status !== 'ok') return prepared
    let sourceId = prepared.data.existingId
    if (!sourceId) {
      const host = new URL(prepared.data.url).hostname
      const created = await createSource.execute(actor, { kind: 'NEWS', title: prepared.data.title ?? prepared.data.url, publisher: host, url: prepared.data.url })
      if (created.status !== 'ok') return created
      sourceId = created.data.id
    }
    const archived = await archiveSource.execute(actor, { sourceId })
    if (archived.status !== 'ok') return archived
    if (!archived.data.archived) {
      return { status: 'error', message: `페이지를 가져오지 못했습니다: ${archived.data.reason}. 본문을 붙여넣으세요. The page could not be fetched (${archived.data.reason}); paste its text instead.` }
    }
    return { status: 'ok', data: { sourceId }, revalidate: archived.revalidate }
  },
})
