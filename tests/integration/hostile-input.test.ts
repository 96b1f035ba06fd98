// Hostile input (tests/support/hostile-inputs.ts) against every boundary that takes text: every 'use server' form
// action, as an ADMIN, with each payload in each field its schema names; every action called directly with JSON
// of the wrong type; the public GET routes with raw bytes in their query; the CSV importer; and the reader's
// renderings of a claim whose every text field is a script payload.
//
// The rule everywhere: a clear refusal (a field error, a message, a 4xx), never an exception, a 5xx or the
// pipeline's "something went wrong"; and what is saved reads back as the schema's output, unchanged by the trip
// through the database.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { formValues } from '../../lib/actions/form'
import type { FormState } from '../../lib/actions/form-state'
import { UNSTORABLE_TEXT, isStorableText } from '../../lib/actions/fields'
import { fieldErrorsOf, UNEXPECTED } from '../../lib/actions/pipeline'
import type { Actor } from '../../lib/auth/session'
import { checkCredentials, INVALID_CREDENTIALS } from '../../lib/auth/credentials'
import { createClaim, createClaimant, randomShortId } from '../../lib/claims/actions'
import { truncateText } from '../../lib/claims/claim-review'
import { findSimilarAction } from '../../lib/claims/form-actions'
import { claimPath } from '../../lib/claims/permalink'
import { importDatasetInput } from '../../lib/datasets/schema'
import { db } from '../../lib/db/client'
import type { VerdictStatus } from '../../lib/db/generated/enums'
import { addEvidence } from '../../lib/evidence/actions'
import { addRating } from '../../lib/ratings/actions'
import { ratingSnapshot } from '../../lib/ratings/schema'
import { loadDemoDataset } from '../../lib/seed/demo'
import { createSource } from '../../lib/sources/actions'
import { updateSitePage } from '../../lib/pages/actions'
import { publish, saveDraft, submitForReview, withdraw } from '../../lib/verdicts/actions'
import { proposalJson, publicPartOfStored } from '../../lib/claim-edits/schema'
import { submitTip } from '../../lib/tips/actions'
import { randomReceiptCode } from '../../lib/tips/code'
import { HOSTILE_INPUTS, hostileTexts, queryValue, type HostileInput } from '../support/hostile-inputs'
import { parseFeed } from '../support/feedparser'
import { described, servedDescription } from '../support/openapi'
import { discoverFormWrappers, type AnyAction } from '../support/server-actions'
import { makeUser, TEST_PASSWORD } from '../support/users'
import { assertWellFormedXml } from '../support/well-formed-xml'

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('../../lib/auth/session', () => ({
  currentUser: async () => session.actor,
  requireUser: async () => ({ user: session.actor, allowed: true }),
  // The cookie work after one's own password change and "sign out everywhere" (no request here to hold cookies).
  renewSession: async () => {},
  endSession: async () => {},
}))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

// Absolute URLs (feeds, oEmbed, JSON-LD) come from NEXTAUTH_URL, read on each call.
const SITE = 'https://factcheck.example'
process.env.NEXTAUTH_URL = `${SITE}/`
// Every tip below comes from one (absent) address: the per-address limit (tests/integration/tips.test.ts) is not tested here.
process.env.TIP_RATE_LIMIT = '100000'

const wrappers = await discoverFormWrappers()

// The pipeline logs what it did not expect before answering "something went wrong"; so do the routes.
const logged = vi.spyOn(console, 'error')
beforeEach(() => logged.mockClear())
afterEach(() => expect(logged.mock.calls.map((call) => call.map(String).join(' '))).toEqual([]))

let admin: Actor
let otherReviewer: Actor
let ratingId: string
beforeAll(async () => {
  await loadDemoDataset(db())
  admin = await makeUser('ADMIN')
  otherReviewer = await makeUser('REVIEWER')
  ratingId = (await db().rating.findFirstOrThrow({ where: { retired: false, scale: { isDefault: true } }, orderBy: { position: 'asc' } })).id
})
beforeEach(() => {
  session.actor = admin
})

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: fresh rows for each baseline, so that a payload saved by one call never meets the next one.

let counter = 0
const unique = (prefix: string) => `${prefix} ${++counter}`

const claim = (data: { duplicateOfId?: string } = {}) =>
  db().claim.create({ data: { shortId: randomShortId(), slug: 'plain-claim', text: unique('평범한 주장 A plain claim'), ...data } })
// No URL: the archive action then refuses instead of fetching anything.
const source = () => db().source.create({ data: { kind: 'NEWS', publisher: 'Publisher', title: unique('Source') } })
/** A claim stating one figure of `kind` (money in US dollars), for the derivation forms. */
const figureClaim = (kind: 'MONEY' | 'MULTIPLE', value: string) =>
  db().claim.create({
    data: {
      shortId: randomShortId(),
      slug: 'plain-claim',
      text: unique('수치 주장 A figure'),
      quantities: { create: { position: 0, kind, value, decimals: kind === 'MONEY' ? -8 : 0, currency: kind === 'MONEY' ? 'USD' : null } },
    },
    include: { quantities: true },
  })
/** A figure recorded as the ratio of two amounts: the derived claim, its inputs, the derivation. */
async function ratioFigures() {
  const [derived, a, b] = [await figureClaim('MULTIPLE', '2'), await figureClaim('MONEY', '400000000'), await figureClaim('MONEY', '200000000')]
  return { derived, a, b }
}
const tip = () => db().tip.create({ data: { code: randomReceiptCode(), text: unique('제보 A tip'), url: `https://example.org/tip/${++counter}` } })
const metric = () => db().metric.create({ data: { slug: `metric-${++counter}`, nameKo: '지표', nameEn: 'Metric', unit: 'models' } })

async function rating(data: { retired?: boolean } = {}) {
  const scale = await db().ratingScale.findFirstOrThrow({ where: { isDefault: true } })
  const last = await db().rating.aggregate({ where: { scaleId: scale.id }, _max: { position: true } })
  return db().rating.create({
    data: { scaleId: scale.id, position: (last._max.position ?? 0) + 1, labelKo: unique('등급'), labelEn: unique('Rating'), colour: '#123456', meaning: 'Meaning.', ...data },
  })
}

/** A verdict in `status`; PUBLISHED ones (and `revisions`) come with published revisions, written by someone else. */
async function verdict(status: VerdictStatus, revisions = status === 'PUBLISHED' ? 1 : 0) {
  const author = await makeUser('EDITOR')
  const row = await db().verdict.create({
    data: { claimId: (await claim()).id, ratingId, summary: 'Summary.', analysis: 'Analysis.', status, authorId: author.id },
  })
  for (let number = 1; number <= revisions; number++) {
    await db().verdictRevision.create({
      data: { verdictId: row.id, number, ratingId, summary: 'Summary.', analysis: 'Analysis.', changeNote: '', publishedById: otherReviewer.id, publishedAt: new Date() },
    })
  }
  return { verdictId: row.id, version: String(row.version) }
}

/**
 * A pending edit of a claim in `status`, written by someone else: its proposal changes the wording, its base is the
 * claim as stored (so a publish is not refused as stale).
 */
async function claimEdit(status: 'DRAFT' | 'IN_REVIEW') {
  const author = await makeUser('EDITOR')
  const row = await claim()
  const stored = await db().claim.findUniqueOrThrow({ where: { id: row.id }, include: { quantities: true } })
  const base = publicPartOfStored(stored)
  const edit = await db().claimEdit.create({
    data: {
      claimId: row.id,
      proposed: proposalJson({ ...base, text: `${base.text} (고침 fixed)` }),
      base: proposalJson(base),
      baseVersion: row.version,
      status,
      minor: true,
      authorId: author.id,
    },
  })
  return { claimEditId: edit.id, version: String(edit.version) }
}

const evidenceRow = async () =>
  db().evidence.create({ data: { claimId: (await claim()).id, sourceId: (await source()).id, stance: 'SUPPORTS' } })

const CLAIM_FORM = {
  text: '한국은 2023년에 파운데이션 모델을 하나도 개발하지 못했다.',
  language: 'ko',
  'quantities.0.statedText': '0개',
  'quantities.0.subject': 'South Korea',
  'quantities.0.value': '0',
  'quantities.0.unit': 'models',
  'quantities.0.windowKind': 'PERIOD',
  'quantities.0.windowStart': '2023-01-01',
  'quantities.0.windowEnd': '2023-12-31',
  'quantities.1.kind': 'MONEY',
  'quantities.1.value': '200000000',
  'quantities.1.currency': 'USD',
  'quantities.1.windowKind': 'NOT_STATED',
}
const metricForm = () => ({ slug: `metric-${++counter}`, nameKo: '지표', nameEn: 'Metric', unit: 'models' })
const ratingForm = () => ({ labelKo: unique('등급'), labelEn: unique('Rating'), value: '', colour: '#2e7d32', meaning: 'What it means.' })
const sourceForm = () => ({ kind: 'NEWS', title: unique('Source'), publisher: 'Publisher' })
const NEW_PASSWORD = 'a new long password 한글'

/**
 * Valid form values for each action's wrapper, built fresh on each call. The hostile payload replaces one field at
 * a time, so every other field is valid and a refusal is about that field alone.
 */
const FORMS: Record<string, () => Promise<Record<string, string>>> = {
  'claims.create': async () => CLAIM_FORM,
  'claims.update': async () => ({ claimId: (await claim()).id, version: '1', ...CLAIM_FORM }),
  'claims.markDuplicate': async () => ({ claimId: (await claim()).id, canonicalShortId: (await claim()).shortId }),
  'claims.unmarkDuplicate': async () => ({ claimId: (await claim({ duplicateOfId: (await claim()).id })).id }),
  'claims.createClaimant': async () => ({ name: unique('주장자'), kind: 'ORGANIZATION' }),
  'claimEdits.submit': async () => ({ ...(await claimEdit('DRAFT')), correctionNote: '2023년 수치를 바로잡았습니다. Corrected the 2023 figure.' }),
  'claimEdits.sendBack': async () => ({ ...(await claimEdit('IN_REVIEW')), comment: 'Check the window.' }),
  'claimEdits.publish': async () => claimEdit('IN_REVIEW'),
  'claimEdits.discard': async () => claimEdit('DRAFT'),
  'metrics.create': async () => metricForm(),
  'metrics.update': async () => ({ metricId: (await metric()).id, version: '1', ...metricForm() }),
  'metrics.addDefinition': async () => ({ metricId: (await metric()).id, name: unique('Definition') }),
  'pages.update': async () => {
    const page = await db().sitePage.findUnique({ where: { slug: 'methodology' } })
    return { slug: 'methodology', title: 'Methodology', body: 'How we check.', version: String(page?.version ?? 0) }
  },
  'ratings.add': async () => ratingForm(),
  'ratings.update': async () => {
    const row = await rating()
    return { ratingId: row.id, loaded: ratingSnapshot(row), ...ratingForm() }
  },
  'ratings.move': async () => ({ ratingId: (await rating()).id, direction: 'up' }),
  'ratings.retire': async () => ({ ratingId: (await rating()).id }),
  'ratings.unretire': async () => ({ ratingId: (await rating({ retired: true })).id }),
  'ratings.delete': async () => ({ ratingId: (await rating()).id }),
  'reconcile.confirm': async () => ({ claimId: (await claim()).id, otherClaimId: (await claim()).id, kind: 'SAME_METRIC_OTHER_WINDOW' }),
  'reconcile.dismiss': async () => ({ claimId: (await claim()).id, otherClaimId: (await claim()).id, kind: 'SAME_METRIC_OTHER_WINDOW' }),
  'derivations.save': async () => {
    const { derived, a, b } = await ratioFigures()
    return { quantityId: derived.quantities[0].id, operation: 'RATIO', inputs: `${a.shortId}\n${b.shortId}` }
  },
  'derivations.remove': async () => {
    const { derived, a, b } = await ratioFigures()
    const row = await db().quantityDerivation.create({
      data: {
        quantityId: derived.quantities[0].id,
        operation: 'RATIO',
        inputCount: 2,
        inputs: { create: [{ position: 0, quantityId: a.quantities[0].id }, { position: 1, quantityId: b.quantities[0].id }] },
      },
    })
    return { derivationId: row.id, version: String(row.version) }
  },
  'relations.add': async () => ({ claimId: (await claim()).id, otherClaim: (await claim()).shortId, kind: 'CONTRADICTS', direction: 'outgoing' }),
  'relations.remove': async () => {
    const relation = await db().claimRelation.create({ data: { fromClaimId: (await claim()).id, toClaimId: (await claim()).id, kind: 'CONTRADICTS' } })
    return { relationId: relation.id }
  },
  'relations.misattribute': async () => {
    const row = await db().claim.create({
      data: { shortId: randomShortId(), slug: 'plain-claim', text: unique('전국 대학 47곳'), quantities: { create: { position: 0, value: '47', unit: '곳' } } },
      include: { quantities: true },
    })
    return {
      claimId: row.id,
      quantityId: row.quantities[0]!.id,
      claimedAsKo: '전국 대학 수',
      claimedAsEn: 'the number of universities nationwide',
      actualKo: '한 도의 참여 대학 수',
      actualEn: 'the number of participating universities in one province',
      actualSubject: '○○도',
      actualWindowKind: 'PERIOD',
      actualWindowStart: '2025-01-01',
      actualWindowEnd: '2025-12-31',
      actualDefinition: 'Definition.',
      otherClaim: (await claim()).shortId,
      note: 'Note.',
    }
  },
  'settings.setTwoPersonRule': async () => ({ enabled: 'true' }),
  'sources.create': async () => sourceForm(),
  'sources.update': async () => ({ sourceId: (await source()).id, version: '1', ...sourceForm() }),
  'sources.archive': async () => ({ sourceId: (await source()).id }),
  'sources.pasteArchive': async () => ({ sourceId: (await source()).id, text: 'The text of the source.' }),
  // A private address: the archiver refuses it without fetching (no server is reached from the tests).
  'intake.archiveUrl': async () => ({ url: 'http://127.0.0.1/article', title: 'Article' }),
  'intake.commit': async () => ({
    sourceId: (await source()).id,
    published: '2025-04-08',
    language: 'ko',
    'candidates.0.include': 'on',
    'candidates.0.choice': 'new',
    'candidates.0.text': unique('국내 AI 스타트업은 지난해 412곳이었다.'),
    'candidates.0.quote': '국내 AI 스타트업은 지난해 412곳이었다.',
    'candidates.0.kind': 'COUNT',
    'candidates.0.value': '412',
    'candidates.0.unit': '곳',
    'candidates.0.subject': 'Korea',
    'candidates.0.statedText': '412곳',
    'candidates.0.metricId': (
      await db().metric.upsert({ where: { slug: 'hostile-intake-metric' }, create: { slug: 'hostile-intake-metric', nameKo: 'AI 스타트업 수', nameEn: 'AI start-ups', unit: '곳' }, update: {} })
    ).id,
  }),
  'evidence.add': async () => ({ claimId: (await claim()).id, sourceId: (await source()).id, stance: 'SUPPORTS' }),
  'evidence.update': async () => {
    const row = await evidenceRow()
    return { evidenceId: row.id, version: '1', sourceId: row.sourceId, stance: 'CONTEXT' }
  },
  'evidence.remove': async () => ({ evidenceId: (await evidenceRow()).id }),
  'appearance.add': async () => ({ claimId: (await claim()).id, sourceId: (await source()).id, quote: '국내 AI 스타트업은 지난해 412곳이었다.', note: '1면' }),
  'appearance.remove': async () => {
    const row = await db().appearance.create({ data: { claimId: (await claim()).id, sourceId: (await source()).id } })
    return { appearanceId: row.id }
  },
  'users.create': async () => ({ email: `new-${++counter}@example.com`, name: 'New user', role: 'EDITOR' }),
  'users.changeRole': async () => ({ userId: (await makeUser('EDITOR')).id, role: 'REVIEWER' }),
  'users.setActive': async () => ({ userId: (await makeUser('EDITOR')).id, active: 'false' }),
  'users.resetPassword': async () => ({ userId: (await makeUser('EDITOR')).id }),
  'users.changeOwnPassword': async () => {
    // One's own password: each baseline gets its own account, so a changed password never stalls the next call.
    session.actor = await makeUser('ADMIN')
    return { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }
  },
  'users.signOutEverywhere': async () => {
    // It ends the caller's sessions: each baseline gets its own account, so the next call's session still counts.
    session.actor = await makeUser('EDITOR')
    return { confirm: 'everywhere' }
  },
  'verdicts.saveDraft': async () => ({ claimId: (await claim()).id, ratingId, summary: 'Summary.', analysis: 'Analysis.' }),
  'verdicts.submitForReview': async () => verdict('DRAFT'),
  'verdicts.sendBack': async () => ({ ...(await verdict('IN_REVIEW')), comment: 'Name the database.' }),
  // A change to a published verdict, so that the change note is kept.
  'verdicts.publish': async () => ({ ...(await verdict('IN_REVIEW', 1)), changeNote: 'Corrected the count.' }),
  'verdicts.withdraw': async () => ({ ...(await verdict('PUBLISHED')), reason: 'The data was wrong.' }),
  'claims.assign': async () => {
    const row = await claim()
    return { claimId: row.id, version: String(row.version), editorId: (await makeUser('EDITOR')).id, reviewerId: otherReviewer.id }
  },
  'comments.add': async () => {
    const row = await claim()
    const parent = await db().claimComment.create({ data: { claimId: row.id, authorId: otherReviewer.id, body: 'First comment.' } })
    return { claimId: row.id, parentId: parent.id, body: `**Checked** the 2025 report, @${otherReviewer.email.split('@')[0]}.` }
  },
  // One's own comment: the baseline's comment is the admin's.
  'comments.edit': async () => {
    const row = await db().claimComment.create({ data: { claimId: (await claim()).id, authorId: admin.id, body: 'A comment.' } })
    return { commentId: row.id, body: 'A corrected comment.' }
  },
  'notifications.markRead': async () => {
    const row = await db().notification.create({ data: { recipientId: admin.id, kind: 'MENTIONED', claimId: (await claim()).id, actorId: otherReviewer.id } })
    return { notificationId: row.id }
  },
  'notifications.markAllRead': async () => ({ upTo: new Date().toISOString() }),
  'tips.submit': async () => ({ text: unique('제보 A claim to check'), url: 'https://example.org/seen-here', email: 'reader@example.org', consent: 'on' }),
  'tips.setStatus': async () => ({ tipId: (await tip()).id, status: 'TAKEN_UP' }),
  'tips.linkClaim': async () => ({ tipId: (await tip()).id, claim: (await claim()).shortId }),
  'tips.toClaim': async () => ({ tipId: (await tip()).id }),
}

// ---------------------------------------------------------------------------------------------------------------
// Harness.

/** Field names a zod schema names, through transforms, pipes and intersections. */
function schemaFields(schema: unknown): string[] {
  const def = (schema as { _zod: { def: { type: string; shape?: object; in?: unknown; left?: unknown; right?: unknown } } })._zod.def
  if (def.type === 'object') return Object.keys(def.shape!)
  if (def.type === 'pipe') return schemaFields(def.in)
  if (def.type === 'intersection') return [...schemaFields(def.left), ...schemaFields(def.right)]
  return []
}

type FieldClass = 'text' | 'date' | 'number' | 'other'

/** What a field takes, by what its schema accepts in it: ordinary words, a date, a number, or none of these. */
function fieldClass(action: AnyAction, baseline: Record<string, string>, field: string): FieldClass {
  if (!action.input) return 'text'
  const accepts = (value: string) => {
    const parsed = action.input!.safeParse({ ...baseline, [field]: value })
    return parsed.success || !(field in fieldErrorsOf(parsed.error))
  }
  if (accepts('평범한 낱말 plain words')) return 'text'
  if (accepts('2024-01-31')) return 'date'
  if (accepts('17')) return 'number'
  return 'other'
}

const PAYLOADS: Record<FieldClass, (HostileInput & { text: string })[]> = {
  text: hostileTexts('xss', 'sql', 'size', 'unstorable', 'unicode'),
  date: hostileTexts('date', 'sql', 'size', 'unstorable', 'unicode'),
  number: hostileTexts('number', 'sql', 'size', 'unstorable', 'unicode'),
  other: hostileTexts('xss', 'sql', 'size', 'unstorable', 'unicode'),
}

/** Submits a form as the browser would; Next's redirect after a save counts as the 'ok' it follows. */
async function submit(fn: (...args: unknown[]) => Promise<unknown>, form: FormData): Promise<FormState> {
  try {
    return (await fn(undefined, form)) as FormState
  } catch (error) {
    if (String((error as { digest?: unknown }).digest).startsWith('NEXT_REDIRECT')) return { status: 'ok', submission: 0 }
    throw error
  }
}

// Every text and text[] column of every table, with its row's primary key, to find where a value was stored.
let textColumns: { table: string; column: string; key: string; array: boolean }[] | undefined
async function placesHolding(value: string | string[]): Promise<Set<string>> {
  textColumns ??= await db().$queryRaw`
    SELECT c.table_name AS "table", c.column_name AS "column", c.data_type = 'ARRAY' AS array,
           (SELECT string_agg(a.attname, ',') FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
             WHERE i.indrelid = (quote_ident(c.table_name))::regclass AND i.indisprimary) AS key
    FROM information_schema.columns c
    WHERE c.table_schema = current_schema() AND c.table_name <> '_prisma_migrations'
      AND (c.data_type IN ('text', 'character varying') OR c.udt_name IN ('_text', '_varchar'))`
  const array = Array.isArray(value)
  const selects = textColumns!
    .filter((c) => c.array === array)
    .map((c) => `SELECT '${c.table}.${c.column}:' || (${c.key.split(',').map((k) => `"${k}"::text`).join(" || ','|| ")}) AS place FROM "${c.table}" WHERE "${c.column}" = $1${array ? '::text[]' : ''}`)
  const rows = await db().$queryRawUnsafe<{ place: string }[]>(selects.join(' UNION ALL '), value)
  return new Set(rows.map((row) => row.place))
}

/** The schema's output for a field, as the action would store it: a string or a list of strings, else undefined. */
function storedForm(action: AnyAction, raw: Record<string, unknown>, field: string): string | string[] | undefined {
  const parsed = action.input?.safeParse(raw)
  if (!parsed?.success) return undefined
  const value = (parsed.data as Record<string, unknown>)[field]
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')) ? (value as string | string[]) : undefined
}

/**
 * Markup that could run script, in server-rendered HTML: a script element other than JSON-LD, a frame, svg, object
 * or embed, an on* attribute, a javascript:/data: URL, or a tag that is not the strict `<name attr="…">` React writes
 * (a payload that reached the page as markup would not be).
 */
function activeMarkup(html: string): string[] {
  const found: string[] = []
  for (const [tag, name, attributes] of html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    if (!/^(\s+[\w:.-]+="[^"<>]*")*\s*\/?$/.test(attributes)) {
      found.push(`malformed ${tag.slice(0, 80)}`)
      continue
    }
    if (/^(iframe|svg|object|embed|script)$/i.test(name) && tag !== '<script type="application/ld+json">') found.push(`<${name}>`)
    for (const [, attribute, value] of attributes.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (/^on/i.test(attribute)) found.push(`${name} ${attribute}`)
      if (/^(href|src|action|formaction|srcdoc)$/i.test(attribute) && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${name} ${attribute}=${value.slice(0, 40)}`)
    }
  }
  return found
}

const FIVE_MB = 5 * 1024 * 1024

// ---------------------------------------------------------------------------------------------------------------
// 1. Every form action × every field its schema names × every payload for that kind of field.

describe('form actions refuse or store hostile text, never fail', () => {
  it('has valid form values for every form action, and they save', async () => {
    expect(wrappers.length).toBeGreaterThanOrEqual(40)
    const missing = wrappers.filter((w) => !FORMS[w.action!.name]).map((w) => `${w.where} (${w.action!.name}) has no entry in FORMS`)
    expect(missing).toEqual([])
    const refused: string[] = []
    for (const wrapper of wrappers) {
      session.actor = admin
      const values = await FORMS[wrapper.action!.name]()
      const form = new FormData()
      for (const [key, value] of Object.entries(values)) form.append(key, value)
      const state = await submit(wrapper.fn, form)
      // reconcile.* needs a live suggestion and sources.archive (and intake.archiveUrl) a URL to fetch: their refusal is a message.
      if (state.status !== 'ok' && !['reconcile.confirm', 'sources.archive', 'intake.archiveUrl'].includes(wrapper.action!.name)) {
        refused.push(`${wrapper.where}: ${state.status} ${state.message} ${JSON.stringify(state.fieldErrors)}`)
      }
    }
    expect(refused).toEqual([])
  })

  describe.each(wrappers.map((w) => [w.where, w] as const))('%s', (_where, wrapper) => {
    const action = wrapper.action!
    it('answers each payload in each field with a form state, and stores what it accepts unchanged', async () => {
      const problems: string[] = []
      let baseline: Record<string, string> = {}
      const prepare = async () => {
        session.actor = admin
        baseline = await FORMS[action.name]()
      }
      await prepare()
      const fields = [...new Set([...(action.input ? schemaFields(action.input) : []), ...Object.keys(baseline)])]
      for (const field of fields) {
        const kind = fieldClass(action, baseline, field)
        for (const payload of PAYLOADS[kind]) {
          const form = new FormData()
          for (const [key, value] of Object.entries({ ...baseline, [field]: payload.text })) form.append(key, value)
          // What arrives: FormData holds USV strings, so a lone surrogate is already U+FFFD here, as from a browser.
          const arrived = formValues(form)
          // Unstorable text is never stored (checked below); the database could not even be asked where it is.
          const expected = isStorableText(String(arrived[field])) ? storedForm(action, arrived, field) : undefined
          const before = expected === undefined ? undefined : await placesHolding(expected)
          const label = `${field} (${kind}) ← ${payload.name}`

          let state: FormState
          try {
            state = await submit(wrapper.fn, form)
          } catch (error) {
            problems.push(`${label}: threw ${String(error).slice(0, 200)}`)
            continue
          }
          if (state.message === UNEXPECTED || !['ok', 'invalid', 'error', 'conflict'].includes(state.status)) {
            problems.push(`${label}: ${state.status} ${state.message}`)
          }
          if (state.status === 'invalid' && !Object.keys(state.fieldErrors ?? {}).length) problems.push(`${label}: invalid without a field error`)
          if (!isStorableText(String(arrived[field]))) {
            if (!state.fieldErrors?.[field]?.includes(UNSTORABLE_TEXT)) problems.push(`${label}: no unstorable-text error on the field (${state.status})`)
          }
          // 5 MB is more than any field may hold: a field error (or a field that keeps no text, like a checkbox).
          if (payload.text.length > 1_000_000 && expected !== undefined) problems.push(`${label}: accepted ${payload.text.length} characters`)
          if (state.status === 'ok' && expected !== undefined) {
            const after = await placesHolding(expected)
            if (![...after].some((place) => !before!.has(place))) problems.push(`${label}: saved, but ${JSON.stringify(expected).slice(0, 80)} is stored nowhere`)
          }
          // A save used up the baseline's rows (and a refused password check counts against its account).
          if (state.status === 'ok' || action.name === 'users.changeOwnPassword') await prepare()
        }
      }
      expect(problems).toEqual([])
      // A form with many text fields (the misattribution form has thirteen) makes hundreds of submissions, each
      // searched for in every text column: more than the default minute on two shared cores.
    }, 180_000)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// 2. The same actions called with JSON of the wrong type, and with text a form could never carry (a server
//    function's arguments arrive as JSON, which can hold a lone surrogate).

const actions = [...new Map(wrappers.map((w) => [w.action!.name, w.action!])).values()]
const WRONG_TYPES = HOSTILE_INPUTS.filter((input) => input.kind === 'json').map((input) => ({ name: input.name, value: input.json }))
const NOT_IN_A_FORM = hostileTexts('unstorable').map((input) => ({ name: input.name, value: input.text as unknown }))

describe('actions given JSON of the wrong type', () => {
  it.each(actions.map((action) => [action.name, action] as const))('%s refuses it field by field, and as the whole input', async (name, action) => {
    const problems: string[] = []
    let baseline: Record<string, unknown> = {}
    const prepare = async () => {
      session.actor = admin
      baseline = await FORMS[name]()
    }
    await prepare()
    /** `unstorable`: the field whose text must get the unstorable-text error; `refused`: nothing may pass. */
    const check = async (label: string, raw: unknown, rule: { unstorable?: string; refused?: true } = {}) => {
      try {
        const result = await action.execute(session.actor, raw)
        if (result.message === UNEXPECTED || !['ok', 'invalid', 'error', 'conflict'].includes(result.status)) problems.push(`${label}: ${result.status} ${result.message}`)
        const fieldErrors = (result as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {}
        if (rule.unstorable !== undefined && !fieldErrors[rule.unstorable]?.includes(UNSTORABLE_TEXT)) problems.push(`${label}: no unstorable-text error (${result.status})`)
        if (rule.refused && result.status !== 'invalid') problems.push(`${label}: ${result.status}, not invalid`)
        if (result.status === 'ok' || name === 'users.changeOwnPassword') await prepare()
      } catch (error) {
        problems.push(`${label}: threw ${String(error).slice(0, 200)}`)
      }
    }
    for (const field of Object.keys(baseline)) {
      for (const payload of WRONG_TYPES) await check(`${field} ← ${payload.name}`, { ...baseline, [field]: payload.value })
      for (const payload of NOT_IN_A_FORM) await check(`${field} ← ${payload.name}`, { ...baseline, [field]: payload.value }, { unstorable: field })
    }
    for (const payload of WRONG_TYPES) await check(`whole input ← ${payload.name}`, payload.value, { refused: true })
    expect(problems).toEqual([])
  })

  it('the similar-claims lookup (a server function taking an object) answers a list, whatever it is given', async () => {
    for (const value of [...WRONG_TYPES.map((p) => p.value), ...hostileTexts().map((p) => p.text)]) {
      for (const raw of [{ text: value }, { text: 'foundation models', translation: value }, { text: 'foundation models', excludeId: value }, value]) {
        await expect(findSimilarAction(raw as never), JSON.stringify(raw).slice(0, 80)).resolves.toBeInstanceOf(Array)
      }
    }
  })

  it('sign-in refuses hostile emails and passwords with the one sign-in message', async () => {
    for (const payload of hostileTexts('xss', 'sql', 'unstorable', 'unicode')) {
      // A fresh account name each time: five failures for one account would start the throttle's own message.
      for (const raw of [{ email: payload.text, password: 'x' }, { email: `nobody-${++counter}@example.com`, password: payload.text }]) {
        await expect(checkCredentials(db(), raw, undefined), payload.name).rejects.toThrow(INVALID_CREDENTIALS)
      }
    }
    for (const payload of WRONG_TYPES) await expect(checkCredentials(db(), { email: payload.value, password: payload.value }, undefined)).rejects.toThrow(INVALID_CREDENTIALS)
  })

  it('keeps % and _ literal where names are compared without case', async () => {
    // Prisma compares case-insensitively with ILIKE, where "%" matches anything: "Stat%" must not find "Statistics Korea".
    await db().claimant.create({ data: { name: 'Statistics Korea', kind: 'GOVERNMENT' } })
    const result = await createClaimant.execute(admin, { name: 'Stat%', kind: 'ORGANIZATION' })
    expect(result).toMatchObject({ status: 'ok', data: { created: true, claimant: { name: 'Stat%' } } })
    const taken = (await rating()).labelEn
    expect(await addRating.execute(admin, { ...ratingForm(), labelEn: `${taken.slice(0, 3)}%` })).toMatchObject({ status: 'ok' })
    expect(await addRating.execute(admin, { ...ratingForm(), labelEn: taken.toUpperCase() })).toMatchObject({ status: 'error' })
  })
})

// ---------------------------------------------------------------------------------------------------------------
// 3. Public GET routes with hostile query values, as the bytes a client sends (invalid UTF-8 included).

const BASE = 'http://localhost:3000'
const { GET: listClaimsRoute } = await import('../../app/api/v1/claims/route')
const { GET: claimRoute } = await import('../../app/api/v1/claims/[id]/route')
const { GET: exportRoute } = await import('../../app/api/v1/export/route')
const { GET: oembedRoute } = await import('../../app/api/oembed/route')
const { GET: rssRoute } = await import('../../app/feed.xml/route')
const { GET: atomRoute } = await import('../../app/atom.xml/route')
const { GET: langRoute } = await import('../../app/lang/route')
const { GET: sitemapFileRoute } = await import('../../app/sitemaps/[file]/route')

/** A query value as the route's searchParams decode it (invalid UTF-8 becomes U+FFFD, as in Next). */
const decoded = (input: HostileInput) => new URLSearchParams(`v=${queryValue(input)}`).get('v')!

// Everything a URL can carry; the 5 MB payloads are left out (an HTTP server refuses such a URL before any route).
const QUERY_PAYLOADS = HOSTILE_INPUTS.filter((input) => input.kind !== 'json' && (input.text ?? '').length <= 10_000)

/** `api`: the API address the route answers for, whose answers must match the OpenAPI description. */
const GET_ROUTES: { name: string; api?: string; get: (value: string, input: HostileInput) => Response | Promise<Response> }[] = [
  ...['q', 'tag', 'rating', 'claimant', 'cursor', 'limit'].map((parameter) => ({
    name: `GET /api/v1/claims?${parameter}=`,
    api: '/api/v1/claims',
    get: (value: string) => listClaimsRoute(new Request(`${BASE}/api/v1/claims?${parameter}=${value}`)),
  })),
  { name: 'GET /api/v1/claims/<id>', api: '/api/v1/claims/x', get: (_: string, input: HostileInput) => claimRoute(new Request(`${BASE}/api/v1/claims/x`), { params: Promise.resolve({ id: decoded(input) }) }) },
  ...['format', 'table'].map((parameter) => ({ name: `GET /api/v1/export?${parameter}=`, api: '/api/v1/export', get: (value: string) => exportRoute(new Request(`${BASE}/api/v1/export?${parameter}=${value}`)) })),
  { name: 'GET /api/oembed?url=', api: '/api/oembed', get: (value: string) => oembedRoute(new Request(`${BASE}/api/oembed?url=${value}`)) },
  { name: 'GET /api/oembed?url=<permalink + payload>', api: '/api/oembed', get: (value: string) => oembedRoute(new Request(`${BASE}/api/oembed?url=${encodeURIComponent(`${SITE}/c/`)}${value}`)) },
  { name: 'GET /api/oembed?maxwidth=', api: '/api/oembed', get: (value: string) => oembedRoute(new Request(`${BASE}/api/oembed?url=${encodeURIComponent(`${SITE}/c/kfm2023`)}&maxwidth=${value}`)) },
  { name: 'GET /feed.xml?tag=', get: (value: string) => rssRoute(new Request(`${BASE}/feed.xml?tag=${value}`)) },
  { name: 'GET /atom.xml?tag=', get: (value: string) => atomRoute(new Request(`${BASE}/atom.xml?tag=${value}`)) },
  { name: 'GET /feed.xml?claimant=', get: (value: string) => rssRoute(new Request(`${BASE}/feed.xml?claimant=${value}`)) },
  { name: 'GET /atom.xml?claimant=', get: (value: string) => atomRoute(new Request(`${BASE}/atom.xml?claimant=${value}`)) },
  { name: 'GET /sitemaps/<file>', get: (_: string, input: HostileInput) => sitemapFileRoute(new Request(`${BASE}/sitemaps/x`), { params: Promise.resolve({ file: decoded(input) }) }) },
  { name: 'GET /lang?back=', get: (value: string) => langRoute(new Request(`${BASE}/lang?to=en&back=${value}`)) },
  { name: 'GET /lang?back=/path', get: (value: string) => langRoute(new Request(`${BASE}/lang?to=en&back=%2Fsearch%3Fq%3D${value}`)) },
]

/** Where a browser on this site goes for `target` (the WHATWG parser drops tab, LF and CR as browsers do). */
function staysOnSite(target: string): boolean {
  try {
    return new URL(target, `${SITE}/signin`).origin === SITE
  } catch {
    return false
  }
}

describe('public GET routes with hostile query values', () => {
  it.each(GET_ROUTES.map((route) => [route.name, route] as const))('%s answers below 500, in its own format', async (_name, route) => {
    const problems: string[] = []
    const description = await servedDescription()
    for (const input of QUERY_PAYLOADS) {
      let response: Response
      try {
        response = await route.get(queryValue(input), input)
      } catch (error) {
        problems.push(`${input.name}: threw ${String(error).slice(0, 200)}`)
        continue
      }
      const body = await response.text()
      if (response.status >= 500) problems.push(`${input.name}: ${response.status}`)
      if (route.api) {
        try {
          description.check('GET', `${BASE}${route.api}`, { status: response.status, headers: Object.fromEntries(response.headers), body })
        } catch (error) {
          problems.push(`${input.name}: ${String(error).slice(0, 300)}`)
        }
      }
      const type = response.headers.get('content-type') ?? ''
      if (type.startsWith('application/json')) {
        try {
          JSON.parse(body)
        } catch {
          problems.push(`${input.name}: not JSON`)
        }
      }
      if (/xml/.test(type)) {
        try {
          assertWellFormedXml(body)
        } catch (error) {
          problems.push(`${input.name}: ${String(error).slice(0, 200)}`)
        }
      }
      // A filter the database cannot even be asked about is the client's mistake, and the API says so.
      if (route.name.startsWith('GET /api/v1/claims?') && !route.name.includes('limit') && !isStorableText(decoded(input)) && response.status !== 400) {
        problems.push(`${input.name}: ${response.status}, not 400`)
      }
      const location = response.headers.get('location')
      if (location !== null && !staysOnSite(location)) problems.push(`${input.name}: redirects off the site to ${location}`)
    }
    expect(problems).toEqual([])
  })

  it('the home, search and desk list pages render for any query, with the query as inert text', async () => {
    const { default: HomePage } = await import('../../app/(public)/page')
    const { default: SearchPage } = await import('../../app/(public)/search/page')
    for (const Page of [HomePage, SearchPage]) {
      for (const input of QUERY_PAYLOADS) {
        const value = decoded(input)
        const searchParams = Promise.resolve({ q: value, tag: value, rating: value, claimant: value })
        const html = renderToString(createElement('div', null, await Page({ searchParams })))
        expect(activeMarkup(html), input.name).toEqual([])
      }
    }
    // The desk's forms post to server actions, which a plain render writes as javascript: URLs: only rendering is checked.
    const { default: DeskPage } = await import('../../app/(desk)/desk/page')
    const { default: SourcesPage } = await import('../../app/(desk)/desk/sources/page')
    for (const input of QUERY_PAYLOADS) {
      const value = decoded(input)
      renderToString(createElement('div', null, await DeskPage({ searchParams: Promise.resolve({ q: value, tag: value, claimant: value }) } as never)))
      renderToString(createElement('div', null, await SourcesPage({ searchParams: Promise.resolve({ q: value }) } as never)))
    }
  })
})

describe('claimant and tag pages with hostile addresses', () => {
  /** The page's HTML, or what Next's notFound()/redirect() threw (its digest), which must stay on the site. */
  async function renderOrThrown(call: () => Promise<React.ReactNode>): Promise<string> {
    try {
      return renderToString(createElement('div', null, await call()))
    } catch (error) {
      const digest = String((error as { digest?: string }).digest)
      if (!/^NEXT_(HTTP_ERROR_FALLBACK;404|REDIRECT;)/.test(digest)) throw error
      return ''
    }
  }

  it('render any id, slug, tag and page as inert text, or answer 404', async () => {
    const { default: ClaimantPage } = await import('../../app/(public)/claimants/[id]/[[...slug]]/page')
    const { default: TagPage } = await import('../../app/(public)/tags/[tag]/page')
    // A listed claim whose claimant and tags are the payloads, so the pages render them rather than only 404.
    const published = await verdict('PUBLISHED')
    const tags = QUERY_PAYLOADS.map(decoded).filter((text) => isStorableText(text) && text.length <= 100 && text.trim() !== '')
    const row = await db().verdict.findUniqueOrThrow({ where: { id: published.verdictId }, select: { claimId: true } })
    for (const input of QUERY_PAYLOADS) {
      const value = decoded(input)
      const claimant = isStorableText(value) && value.trim() ? await createClaimantRow(value) : null
      await db().claim.update({ where: { id: row.claimId }, data: { status: 'PUBLISHED', tags: tags.slice(0, 20), claimantId: claimant?.id ?? null } })
      const pages = [
        () => ClaimantPage({ params: Promise.resolve({ id: value, slug: [value] }), searchParams: Promise.resolve({ page: value }) }),
        () => TagPage({ params: Promise.resolve({ tag: value }), searchParams: Promise.resolve({ page: value }) }),
        () => TagPage({ params: Promise.resolve({ tag: queryValue(input) }), searchParams: Promise.resolve({}) }),
      ]
      if (claimant) pages.push(() => ClaimantPage({ params: Promise.resolve({ id: claimant.id, slug: [value] }), searchParams: Promise.resolve({}) }))
      for (const page of pages) expect(activeMarkup(await renderOrThrown(page)), input.name).toEqual([])
    }
    // The tags themselves, each on its page.
    await db().claim.update({ where: { id: row.claimId }, data: { tags: tags.slice(0, 20) } })
    for (const tag of tags.slice(0, 20)) {
      const html = await renderOrThrown(() => TagPage({ params: Promise.resolve({ tag }), searchParams: Promise.resolve({}) }))
      expect(html, tag).not.toBe('')
      expect(activeMarkup(html), tag).toEqual([])
    }
  })
})

const createClaimantRow = (name: string) => db().claimant.create({ data: { name: name.slice(0, 200), nameEn: name.slice(0, 200) } })

describe('sign-in callbacks that would leave the site', () => {
  const redirects = QUERY_PAYLOADS.filter((input) => input.kind === 'redirect')

  /** The callbackUrl the sign-in page hands its form (which goes there after a valid sign-in). */
  async function formCallback(callbackUrl: string): Promise<string> {
    const { default: SignInPage } = await import('../../app/(public)/signin/page')
    const { SignInForm } = await import('../../components/desk/SignInForm')
    const found: string[] = []
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit)
      if (!node || typeof node !== 'object' || !('props' in node)) return
      const element = node as { type: unknown; props: { callbackUrl?: string; children?: unknown } }
      if (element.type === SignInForm) found.push(element.props.callbackUrl!)
      visit(element.props.children)
    }
    visit(await SignInPage({ searchParams: Promise.resolve({ callbackUrl }) }))
    expect(found).toHaveLength(1)
    return found[0]
  }

  it('has the redirect payloads at all', () => expect(redirects.length).toBeGreaterThanOrEqual(20))

  it('the sign-in page sends the browser only to a path on this site, whatever the callbackUrl', async () => {
    const problems: string[] = []
    for (const input of redirects) {
      // As the page's searchParams decode it from /signin?callbackUrl=<percent-encoded payload>.
      const target = await formCallback(decoded(input))
      if (!staysOnSite(target) || !target.startsWith('/')) problems.push(`${input.name}: goes to ${JSON.stringify(target)}`)
    }
    expect(problems).toEqual([])
    // A plain same-site path survives unchanged.
    expect(await formCallback('/desk/claims/new?from=search#form')).toBe('/desk/claims/new?from=search#form')
  })

  it("next-auth's own redirects (OAuth callbacks, sign-out) stay on this site too", async () => {
    const { authOptions } = await import('../../lib/auth/options')
    const redirect = authOptions().callbacks!.redirect!
    const problems: string[] = []
    for (const input of redirects) {
      for (const url of [decoded(input), `${SITE}${decoded(input)}`]) {
        const target = await redirect({ url, baseUrl: SITE })
        if (!staysOnSite(target)) problems.push(`${JSON.stringify(url)}: goes to ${JSON.stringify(target)}`)
      }
    }
    expect(problems).toEqual([])
    expect(await redirect({ url: '/desk', baseUrl: SITE })).toBe(`${SITE}/desk`)
    expect(await redirect({ url: `${SITE}/c/abc?x=1`, baseUrl: SITE })).toBe(`${SITE}/c/abc?x=1`)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// 4. The CSV importer, through its route: hostile cells, file names, as-of dates and bodies.

const { POST: importRoute } = await import('../../app/(desk)/desk/sources/[id]/import/route')
const HEADER = 'Model,Organization,Publication date,Country (of organization)\n'

const csvCell = (bytes: Buffer) => Buffer.concat([Buffer.from('"'), Buffer.from(bytes.toString('latin1').replace(/"/g, '""'), 'latin1'), Buffer.from('"')])
const bytesOf = (input: HostileInput) => (input.bytes ? Buffer.from(input.bytes) : Buffer.from(input.text!, 'utf8'))

async function importCsv(body: Buffer | string, query: { asOf?: string; fileName?: string } = {}) {
  const dataset = await db().source.create({ data: { kind: 'DATASET', publisher: 'Epoch AI', title: unique('Notable models') } })
  const params = new URLSearchParams({ asOf: query.asOf ?? '2024-12-31', fileName: query.fileName ?? 'models.csv' })
  const response = await importRoute(
    new Request(`${BASE}/desk/sources/${dataset.id}/import?${params}`, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': 'text/csv' } }),
    { params: Promise.resolve({ id: dataset.id }) },
  )
  const rows = await db().datasetRow.findMany({ where: { snapshot: { sourceId: dataset.id } }, select: { model: true } })
  const snapshots = await db().datasetSnapshot.findMany({ where: { sourceId: dataset.id }, select: { fileName: true } })
  return {
    status: response.status,
    body: (await response.json()) as { status: string; badRows?: { line: number; reason: string }[] },
    models: rows.map((row) => row.model),
    fileNames: snapshots.map((snapshot) => snapshot.fileName),
  }
}

describe('the CSV importer with hostile input', () => {
  it('imports hostile text in a cell unchanged, and refuses a cell that is not text, with its line', async () => {
    const problems: string[] = []
    for (const input of HOSTILE_INPUTS.filter((i) => ['xss', 'sql', 'unicode', 'unstorable', 'invalid-utf8'].includes(i.kind))) {
      const cell = bytesOf(input)
      const body = Buffer.concat([Buffer.from(HEADER), Buffer.from('"Plain model",Lab,2023-05-01,Korea (Republic of)\n'), csvCell(cell), Buffer.from(',Lab,2023-05-01,Korea (Republic of)\n')])
      const result = await importCsv(body)
      const text = cell.toString('utf8')
      // Not UTF-8, NUL, or U+FFFD (what a lone surrogate or a broken byte becomes): no model name can be read.
      // eslint-disable-next-line no-control-regex
      const readable = Buffer.from(text, 'utf8').equals(cell) && !/[\u0000\uFFFD]/.test(text)
      if (readable) {
        if (result.status !== 201 || !result.models.includes(text.trim())) problems.push(`${input.name}: ${result.status} ${JSON.stringify(result.models).slice(0, 100)}`)
      } else if (result.status !== 422 || result.body.badRows?.[0]?.line !== 3 || result.models.length) {
        problems.push(`${input.name}: ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('refuses malformed and unstorable as-of dates with 400, and keeps a hostile file name as the schema cuts it', async () => {
    const row = 'Model A,Lab,2023-05-01,Korea (Republic of)\n'
    for (const input of hostileTexts('date', 'unstorable')) {
      const result = await importCsv(HEADER + row, { asOf: input.text })
      expect(result.status, input.name).toBe(400)
    }
    for (const input of hostileTexts('xss', 'sql', 'unicode', 'unstorable')) {
      const result = await importCsv(HEADER + row, { fileName: input.text })
      // As the query string carries it (a lone surrogate is U+FFFD there); the schema keeps the name's last path
      // segment ("</script>" names a file "script>"), or refuses it.
      const sent = new URLSearchParams({ fileName: input.text }).get('fileName')!
      const expected = importDatasetInput.safeParse({ sourceId: 'x', asOf: '2024-12-31', fileName: sent })
      if (!isStorableText(sent) || !expected.success) {
        expect(result.status, input.name).toBe(400)
      } else {
        expect(result.status, input.name).toBe(201)
        expect(result.fileNames, input.name).toEqual([expected.data.fileName])
      }
    }
  })

  it('refuses 5 MB bodies that are not a dataset with 4xx, and JSON with 415', async () => {
    const oneCell = await importCsv(HEADER + '"' + 'a'.repeat(FIVE_MB) + '",Lab,2023,Korea\n')
    expect(oneCell.status).toBe(422)
    const binary = Buffer.alloc(FIVE_MB, 0xff)
    expect((await importCsv(Buffer.concat([Buffer.from(HEADER), binary]))).status).toBe(422)
    const hangul = await importCsv(HEADER + `${'한'.repeat(FIVE_MB / 3)},Lab,2023,Korea\n`)
    expect(hangul.status).toBe(422)
    const dataset = await db().source.create({ data: { kind: 'DATASET', publisher: 'Epoch AI', title: unique('Notable models') } })
    for (const input of WRONG_TYPES) {
      const response = await importRoute(
        new Request(`${BASE}/desk/sources/${dataset.id}/import?asOf=2024-12-31&fileName=x.json`, { method: 'POST', body: JSON.stringify(input.value), headers: { 'content-type': 'application/json' } }),
        { params: Promise.resolve({ id: dataset.id }) },
      )
      expect(response.status, input.name).toBe(415)
    }
  })
})

// ---------------------------------------------------------------------------------------------------------------
// 5. A published claim whose text fields are script payloads, saved through the actions, on every reader surface.

const xss = (name: string) => HOSTILE_INPUTS.find((input) => input.name === name)!.text!
const STORED = {
  // The claim text is what JSON-LD, the feeds, oEmbed and the share card all carry.
  text: `${xss('closes a script block first')} ${xss('emoji with skin tone, ZWJ and a flag')} ${xss('right-to-left override')}`,
  translation: xss('breaks out of a double-quoted attribute'),
  claimant: xss('svg onload'),
  tag: xss('img onerror'),
  sourceTitle: xss('script element'),
  publisher: xss('iframe srcdoc'),
  // Not the URL the form test saved: one URL, one source.
  url: xss('http URL carrying markup').replace('/x"', '/rendered"'),
  excerpt: xss('breaks out of a single-quoted attribute'),
  summary: xss('script element with alert'),
  analysis: [
    xss('Markdown link to javascript:'),
    xss('Markdown image breaking its src'),
    xss('raw HTML anchor in Markdown'),
    xss('img onerror'),
    xss('XML CDATA end and a fake item'),
  ].join('\n\n'),
}

/** No markup from a payload anywhere on the page, and no payload verbatim (React writes text as entities). */
function expectInert(html: string, where: string) {
  expect(activeMarkup(html), where).toEqual([])
  for (const [field, value] of Object.entries(STORED)) expect(html.includes(value), `${where}: ${field} verbatim`).toBe(false)
}

async function ok<R>(result: Promise<{ status: string; message?: string; data?: R }>): Promise<R> {
  const settled = await result
  expect(settled, settled.message).toMatchObject({ status: 'ok' })
  return settled.data as R
}

describe('a published claim made of script payloads renders inert everywhere', () => {
  let claim: { id: string; shortId: string; slug: string }
  beforeAll(async () => {
    const { claimant } = await ok(createClaimant.execute(admin, { name: STORED.claimant, kind: 'PERSON' }))
    claim = await ok(createClaim.execute(admin, { ...CLAIM_FORM, text: STORED.text, language: 'en', translation: STORED.translation, claimantId: claimant.id, tags: STORED.tag }))
    const source = await ok(createSource.execute(admin, { kind: 'NEWS', title: STORED.sourceTitle, publisher: STORED.publisher, url: STORED.url, published: '2024' }))
    await ok(addEvidence.execute(admin, { claimId: claim.id, sourceId: source.id, stance: 'REBUTS', excerpt: STORED.excerpt, locator: STORED.tag }))
    const draft = await ok(saveDraft.execute(admin, { claimId: claim.id, ratingId, summary: STORED.summary, analysis: STORED.analysis }))
    const submitted = await ok(submitForReview.execute(admin, { verdictId: draft.verdictId, version: draft.version }))
    await ok(publish.execute(otherReviewer, { verdictId: draft.verdictId, version: submitted.version, changeNote: '' }))
    // What was saved is what was typed: nothing stripped, nothing encoded on the way in.
    const saved = await db().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { claimant: true, verdict: true, evidence: { include: { source: true } } } })
    expect([saved.text, saved.translation, saved.claimant?.name, saved.tags]).toEqual([STORED.text, STORED.translation, STORED.claimant, [STORED.tag]])
    expect([saved.evidence[0].source.title, saved.evidence[0].source.publisher, saved.evidence[0].excerpt, saved.verdict?.summary]).toEqual([
      STORED.sourceTitle,
      STORED.publisher,
      STORED.excerpt,
      STORED.summary,
    ])
  })

  it('the permalink: escaped text, JSON-LD that no text can close, no handlers or script URLs', async () => {
    const page = await import('../../app/(public)/c/[shortId]/[[...slug]]/page')
    const html = renderToString(createElement('div', null, await page.default({ params: Promise.resolve({ shortId: claim.shortId, slug: [claim.slug] }) })))
    expect(html).toContain('application/ld+json')
    expectInert(html, 'permalink')
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1])
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).not.toContain('<')
    expect(JSON.parse(blocks[0]).claimReviewed).toBe(truncateText(STORED.text))
    // React escapes text: the payload is on the page as characters, not as elements.
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    const metadata = await page.generateMetadata({ params: Promise.resolve({ shortId: claim.shortId }) })
    expect(metadata.title).toBe(STORED.text)
  })

  it('the embed card, the home page and search', async () => {
    const embed = await import('../../app/embed/c/[shortId]/page')
    expectInert(renderToString(await embed.default({ params: Promise.resolve({ shortId: claim.shortId }) })), 'embed')
    const { default: HomePage } = await import('../../app/(public)/page')
    const { default: SearchPage } = await import('../../app/(public)/search/page')
    const home = renderToString(createElement('div', null, await HomePage({ searchParams: Promise.resolve({}) })))
    expect(home).toContain(claim.shortId)
    expectInert(home, 'home')
    const search = renderToString(createElement('div', null, await SearchPage({ searchParams: Promise.resolve({ q: '<script>', tag: STORED.tag }) })))
    expect(search).toContain(claim.shortId)
    expectInert(search, 'search')
  })

  it('RSS and Atom: well-formed, with the payloads as escaped text', async () => {
    for (const route of [rssRoute, atomRoute]) {
      for (const url of [`${BASE}/feed.xml`, `${BASE}/feed.xml?tag=${encodeURIComponent(STORED.tag)}`]) {
        const xml = await (await route(new Request(url))).text()
        assertWellFormedXml(xml)
        expect(xml).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;')
        expect(xml).toContain(`&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;`)
        for (const value of Object.values(STORED)) expect(xml.includes(value)).toBe(false)
      }
    }
  })

  it('oEmbed, the JSON API and the export carry the payloads as data', async () => {
    const oembedUrl = `${BASE}/api/oembed?url=${encodeURIComponent(`${SITE}${claimPath(claim)}`)}`
    const oembed = await described('GET', oembedUrl, await oembedRoute(new Request(oembedUrl)))
    expect(oembed.title).toContain(STORED.text)
    // The html is one iframe whose attributes hold the text escaped: nothing a consumer pastes can run.
    expect(oembed.html).toMatch(/^<iframe [^<>]*><\/iframe>$/)
    expect(activeMarkup(oembed.html)).toEqual(['<iframe>'])
    expect(oembed.html).toContain('title="&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;')
    const detailUrl = `${BASE}/api/v1/claims/${claim.shortId}`
    const detail = await claimRoute(new Request(detailUrl), { params: Promise.resolve({ id: claim.shortId }) })
    expect(detail.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const { data } = await described('GET', detailUrl, detail)
    expect([data.text, data.translation, data.verdict.summary]).toEqual([STORED.text, STORED.translation, STORED.summary])
    for (const query of ['format=json', 'format=csv', 'format=csv&table=sources']) {
      const response = await exportRoute(new Request(`${BASE}/api/v1/export?${query}`))
      expect(response.status).toBe(200)
      expect(JSON.stringify(await described('GET', `${BASE}/api/v1/export?${query}`, response))).toContain('window.__pwned')
    }
  })

  it('the share card draws a text with emoji and bidi overrides without fetching anything for them', async () => {
    // Where the server can reach the internet the card would render either way; the fetch it tried is the fault.
    // (satori loads its own WebAssembly through fetch of a data: URL, which stays on the machine.)
    const realFetch = globalThis.fetch
    const outbound: string[] = []
    const fetched = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = String(input instanceof Request ? input.url : input)
      if (url.startsWith('data:')) return realFetch(input, init)
      outbound.push(url)
      return Promise.reject(new Error('the share card must not fetch'))
    })
    try {
      const { GET: shareCard } = await import('../../app/(public)/c/[shortId]/card/[revision]/route')
      const response = await shareCard(new Request(`${BASE}/c/${claim.shortId}/card/1`), { params: Promise.resolve({ shortId: claim.shortId, revision: '1' }) })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000)
      expect(outbound).toEqual([])
    } finally {
      fetched.mockRestore()
    }
  })
})

// ---------------------------------------------------------------------------------------------------------------
// 6. A correction and a withdrawal whose public notes are script payloads, on the corrections page and its feeds;
// and the about page's admin-written Markdown.

const { default: CorrectionsPage } = await import('../../app/(public)/corrections/page')
const { GET: correctionsRss } = await import('../../app/(public)/corrections/feed.xml/route')
const { GET: correctionsAtom } = await import('../../app/(public)/corrections/atom.xml/route')

describe('corrections, withdrawals and the about page made of script payloads render inert', () => {
  const NOTE = xss('script element with alert')
  const REASON = xss('img onerror')

  /** Drafted by the admin, published by the other reviewer (the two-person rule), then each change with its note. */
  async function published(text: string, steps: { ratingId: string; changeNote: string }[]) {
    const claim = await ok<{ id: string }>(createClaim.execute(admin, { ...CLAIM_FORM, text, language: 'en', translation: STORED.translation }))
    let version: number | undefined
    for (const step of steps) {
      const draft = await ok<{ verdictId: string; version: number }>(saveDraft.execute(admin, { claimId: claim.id, version, ratingId: step.ratingId, summary: STORED.summary, analysis: '' }))
      const submitted = await ok<{ version: number }>(submitForReview.execute(admin, { verdictId: draft.verdictId, version: draft.version }))
      version = (await ok<{ version: number }>(publish.execute(otherReviewer, { verdictId: draft.verdictId, version: submitted.version, changeNote: step.changeNote }))).version
    }
    return claim
  }

  beforeAll(async () => {
    const other = (await db().rating.findFirstOrThrow({ where: { retired: false, scale: { isDefault: true }, id: { not: ratingId } } })).id
    await published(`${STORED.text} (rerated)`, [
      { ratingId, changeNote: '' },
      { ratingId: other, changeNote: NOTE },
    ])
    const withdrawn = await published(`${STORED.text} (withdrawn)`, [{ ratingId, changeNote: '' }])
    const verdict = await db().verdict.findUniqueOrThrow({ where: { claimId: withdrawn.id } })
    await ok(withdraw.execute(otherReviewer, { verdictId: verdict.id, version: verdict.version, reason: REASON }))
  })

  it('the corrections page: the notes and the claim as text, whatever the cursor', async () => {
    const html = renderToString(createElement('div', null, await CorrectionsPage({ searchParams: Promise.resolve({}) })))
    expect(html).toContain('data-kind="ratingChange"')
    expect(html).toContain('data-kind="withdrawal"')
    expect(html).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;')
    expectInert(html, 'corrections page')
    for (const input of QUERY_PAYLOADS) {
      const after = renderToString(createElement('div', null, await CorrectionsPage({ searchParams: Promise.resolve({ after: decoded(input) }) })))
      expect(activeMarkup(after), input.name).toEqual([])
    }
  })

  it('the corrections feeds: well-formed RSS and Atom with the payloads as escaped text', async () => {
    for (const [route, version] of [[correctionsRss, 'rss20'], [correctionsAtom, 'atom10']] as const) {
      const xml = await (await route()).text()
      assertWellFormedXml(xml)
      const feed = parseFeed(xml)
      expect(feed.bozo, feed.bozoException ?? '').toBe(false)
      expect(feed.version).toBe(version)
      expect(xml).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;')
      expect(xml).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;')
      for (const value of [...Object.values(STORED), NOTE, REASON]) expect(xml.includes(value), value).toBe(false)
    }
  })

  it("the about page: an admin's Markdown made of payloads renders without markup of its own", async () => {
    const current = await db().sitePage.findUnique({ where: { slug: 'about' } })
    await ok(updateSitePage.execute(admin, { slug: 'about', title: STORED.claimant, body: STORED.analysis, version: String(current?.version ?? 0) }))
    const { default: AboutPage } = await import('../../app/(public)/about/page')
    const html = renderToString(createElement('div', null, await AboutPage()))
    expect(activeMarkup(html)).toEqual([])
    for (const value of [STORED.claimant, STORED.analysis]) expect(html.includes(value)).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// 7. A reader's tip made of script payloads on its status page, the status page for hostile receipt codes, and the
// tip form for hostile claim ids.

describe('reader tips made of script payloads render inert', () => {
  const TIP = { text: `${STORED.text} ${STORED.analysis}`, url: STORED.url.replace('/rendered"', '/tip"') }

  it('the status page shows what was sent as text', async () => {
    session.actor = null
    const { code } = await ok<{ code: string }>(submitTip.execute(null, { ...TIP, email: 'reader@example.org', consent: 'on' }))
    const { default: StatusPage } = await import('../../app/(public)/submit/[code]/page')
    const html = renderToString(createElement('div', null, await StatusPage({ params: Promise.resolve({ code }), searchParams: Promise.resolve({ sent: '1' }) })))
    expect(html).toContain('data-testid="tip-text"')
    expect(html).not.toContain('reader@example.org')
    expect(activeMarkup(html)).toEqual([])
    for (const value of [STORED.text, STORED.analysis]) expect(html.includes(value)).toBe(false)
  })

  it('the status page answers 404 for any hostile code, and the form renders for any claim id', async () => {
    const { default: StatusPage } = await import('../../app/(public)/submit/[code]/page')
    const { default: SubmitPage } = await import('../../app/(public)/submit/page')
    const problems: string[] = []
    for (const input of QUERY_PAYLOADS) {
      const value = decoded(input)
      try {
        await StatusPage({ params: Promise.resolve({ code: value }), searchParams: Promise.resolve({ sent: value }) })
        problems.push(`${input.name}: rendered a status page`)
      } catch (error) {
        if (!/NEXT_HTTP_ERROR_FALLBACK;404/.test(String((error as { digest?: unknown }).digest))) problems.push(`${input.name}: threw ${String(error).slice(0, 200)}`)
      }
      // The form posts to a server action, which a plain render writes as a javascript: URL, with React's own script
      // that replays a submit made before hydration: both are React's, expected, and carry none of the payload.
      const html = renderToString(createElement('div', null, await SubmitPage({ searchParams: Promise.resolve({ claim: value }) }))).replace(
        /<script>addEventListener\("submit",[^<]*React form unexpectedly submitted[^<]*<\/script>/,
        '',
      )
      const markup = activeMarkup(html).filter((found) => !/^form action=javascript:/.test(found))
      if (markup.length) problems.push(`${input.name}: ${markup.join(', ')}`)
    }
    expect(problems).toEqual([])
  })
})
