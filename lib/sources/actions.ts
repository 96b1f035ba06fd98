// The source library's mutations: create, edit, archive (fetch + store a copy) and paste a copy by hand. Copies are
// only ever added (lib/sources/copies.ts): the copy a published verdict cited stays what readers are shown.
//
// One URL, one source. Creating a source whose URL normalises to one the library already has is REFUSED, with a
// link to the existing source, rather than silently answered with the existing row: the editor typed a title,
// publisher and dates that would otherwise be thrown away unseen, and may be about to cite a different document
// than they think. The refusal is a ConflictError (status 'conflict') whose `current` carries `existingSource`,
// so the form can link to it; the message names its path as well.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { ConflictError, defineAction, defineSteps, type ActionResult, type Tx } from '../actions/pipeline'
import { idField } from '../actions/fields'
import { Prisma } from '../db/generated/client'
import { parseEnv } from '../env'
import { UserError } from '../errors'
import { fetchForArchive, type ArchiveOptions } from './archive'
import { addCopy, copyAuditSelect, publicClaimsShowing } from './copies'
import { claimPath } from '../claims/permalink'
import { archiveSourceInput, createSourceInput, pasteArchiveInput, updateSourceInput, type SourceFields } from './schema'
import { sourcePath, SOURCES_PATH } from './paths'

export const NO_SUCH_SOURCE = '출처를 찾을 수 없습니다. No such source.'

/** Everything about a source worth keeping in the audit log; its copies are audited when they are added. */
const auditFields = {
  id: true,
  kind: true,
  title: true,
  publisher: true,
  author: true,
  url: true,
  language: true,
  publishedAt: true,
  publishedPrecision: true,
  publishedApprox: true,
  accessedAt: true,
  archivedUrl: true,
  note: true,
  version: true,
  currentCopyId: true,
  archiveError: true,
} satisfies Prisma.SourceSelect

type AuditedSource = Prisma.SourceGetPayload<{ select: typeof auditFields }>

/** Refusal of a second source for one URL; see the top of this file. */
export class DuplicateSourceError extends ConflictError {
  constructor(existing: { id: string; title: string; publisher: string; url: string | null }) {
    const href = sourcePath(existing.id)
    super(
      `이 주소는 이미 출처 목록에 있습니다: “${existing.title}” (${href}). ` +
        `This URL is already in the library as “${existing.title}” (${href}); open it instead of adding it again.`,
      { existingSource: { ...existing, href } },
    )
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

/** The source stored under this normalised URL, if any (every stored URL is normalised, the demo's included). */
export async function findSourceByUrl(tx: Tx, url: string, exceptId?: string) {
  return tx.source.findFirst({
    where: { url, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, title: true, publisher: true, url: true },
  })
}

/** Form fields to columns; the published date carries its own precision. */
function columns(input: SourceFields) {
  return {
    kind: input.kind,
    title: input.title,
    publisher: input.publisher,
    author: input.author ?? null,
    url: input.url ?? null,
    language: input.language ?? null,
    publishedAt: input.published?.date ?? null,
    publishedPrecision: input.published?.precision ?? 'DAY',
    publishedApprox: input.publishedApprox,
    accessedAt: input.accessedAt ?? null,
    archivedUrl: input.archivedUrl ?? null,
    note: input.note ?? null,
  }
}

export const createSource = defineAction({
  name: 'sources.create',
  permission: 'source.edit',
  input: createSourceInput,
  async run({ tx, input, audit }) {
    const data = columns(input)
    if (data.url) {
      const existing = await findSourceByUrl(tx, data.url)
      if (existing) throw new DuplicateSourceError(existing)
    }
    // ON CONFLICT DO NOTHING: when another editor stores the same URL at the same moment, this returns no row
    // (after waiting for their commit) instead of aborting the transaction, so the winner can still be named.
    const [created] = await tx.source.createManyAndReturn({ data: [data], skipDuplicates: true, select: auditFields })
    if (!created) {
      const winner = data.url ? await findSourceByUrl(tx, data.url) : null
      if (winner) throw new DuplicateSourceError(winner)
      throw new Error('Source insert skipped without a conflicting URL')
    }
    await audit({ action: 'source.create', entityType: 'source', entityId: created.id, after: created })
    return created
  },
  revalidate: (source) => [SOURCES_PATH, sourcePath(source.id)],
})

/**
 * A copy belongs to the URL it was taken from: another URL starts without a current copy (so the next publish
 * cites none of the old page's), while the copies themselves, and what cited them, stay.
 */
const NO_CURRENT_COPY = { currentCopyId: null, archiveError: null }

export const updateSource = defineAction({
  name: 'sources.update',
  permission: 'source.edit',
  input: updateSourceInput,
  async run({ tx, input, audit }) {
    const before = await tx.source.findUnique({ where: { id: input.sourceId }, select: auditFields })
    if (!before) throw new UserError(NO_SUCH_SOURCE)
    if (before.version !== input.version) throw staleSource(before)

    const data = columns(input)
    const urlChanged = (data.url ?? null) !== before.url
    if (data.url && urlChanged) {
      const existing = await findSourceByUrl(tx, data.url, before.id)
      if (existing) throw new DuplicateSourceError(existing)
    }

    let count: number
    try {
      ;({ count } = await tx.source.updateMany({
        where: { id: before.id, version: input.version },
        data: { ...data, ...(urlChanged ? NO_CURRENT_COPY : {}), version: { increment: 1 } },
      }))
    } catch (error) {
      // Another editor gave a source this URL a moment ago; the aborted transaction cannot look it up any more.
      if (isUniqueViolation(error)) throw new UserError('이 주소는 이미 출처 목록에 있습니다. This URL is already in the library.')
      throw error
    }
    if (count === 0) throw staleSource((await tx.source.findUnique({ where: { id: before.id }, select: auditFields })) ?? before)

    const after = await tx.source.findUniqueOrThrow({ where: { id: before.id }, select: auditFields })
    await audit({ action: 'source.update', entityType: 'source', entityId: after.id, before, after })
    return after
  },
  revalidate: (source) => [SOURCES_PATH, sourcePath(source.id)],
})

function staleSource(current: AuditedSource): ConflictError {
  return new ConflictError(
    '다른 사람이 먼저 이 출처를 고쳤습니다. 지금 내용을 확인하고 다시 저장하세요. ' +
      'Someone else changed this source since you opened it; check the current version and save again.',
    current,
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Archiving
//
// Fetching a page can take the archiver's full 10 seconds, and a transaction must not stay open (holding a pooled
// connection, and with it any locks) while a remote server makes up its mind. The pipeline runs `run` inside a
// transaction, so archiving is three steps, each through the pipeline where it touches the database:
//   1. prepareArchive: permission + input check and a read of the URL (a short read-only transaction). A caller
//      without the right never makes the server fetch anything.
//   2. fetchForArchive, outside any transaction.
//   3. recordArchive: the write + audit event, scoped to the URL that was fetched, so an edit of the URL during
//      the fetch is not overwritten by a copy of the old page.
// Archived fields do not bump the optimistic-lock version: they are not part of the edit form, and an archive run
// should not make an editor's open form stale.

const prepareArchive = defineAction({
  name: 'sources.archive',
  permission: 'source.edit',
  input: archiveSourceInput,
  async run({ tx, input }) {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, url: true } })
    if (!source) throw new UserError(NO_SUCH_SOURCE)
    if (!source.url) {
      throw new UserError('주소가 없는 출처는 가져올 수 없습니다. 본문을 직접 붙여넣으세요. This source has no URL to fetch; paste its text instead.')
    }
    return { id: source.id, url: source.url }
  },
})

/** fetchForArchive's result, checked again at the write's boundary like any other input. */
const archiveResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    finalUrl: z.string(),
    status: z.number().int(),
    contentType: z.string(),
    text: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(0),
    fetchedAt: z.date(),
  }),
  z.object({ ok: z.literal(false), reason: z.string(), fetchedAt: z.date() }),
])

export type ArchiveOutcome =
  | { archived: true; sourceId: string; copyId: string; sha256: string; takenAt: Date; bytes: number; publicClaims: PublicClaim[] }
  | { archived: false; sourceId: string; reason: string; publicClaims: PublicClaim[] }

type PublicClaim = { id: string; shortId: string; slug: string }

const archiveState = {
  url: true,
  archiveError: true,
  currentCopy: { select: copyAuditSelect },
} satisfies Prisma.SourceSelect

/** Desk and reader pages a copy shows on: the source's own, and the permalink of every public claim citing it. */
const copyPaths = ({ sourceId, publicClaims }: { sourceId: string; publicClaims: PublicClaim[] }) => [
  SOURCES_PATH,
  sourcePath(sourceId),
  ...publicClaims.map(claimPath),
]

const recordArchive = defineAction({
  name: 'sources.recordArchive',
  permission: 'source.edit',
  input: z.object({ sourceId: idField, url: z.string(), result: archiveResultSchema }),
  async run({ tx, actor, input, audit }): Promise<ArchiveOutcome> {
    const { sourceId, url, result } = input
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: archiveState })
    if (!before) throw new UserError(NO_SUCH_SOURCE)
    // Scoped to the URL that was fetched (and locking the row until commit): an edit of the URL during the fetch
    // wins, and the old page's copy is not stored under the new address. A failed attempt keeps every copy: a
    // dead link is exactly when they matter.
    const { count } = await tx.source.updateMany({ where: { id: sourceId, url }, data: { archiveError: result.ok ? null : result.reason } })
    if (count === 0) {
      throw new ConflictError(
        '가져오는 동안 출처의 주소가 바뀌었습니다. 다시 보관하세요. The source’s URL changed while it was being fetched; archive it again.',
        before,
      )
    }
    const copy = result.ok
      ? await addCopy(tx, {
          sourceId,
          method: 'FETCHED',
          text: result.text,
          sha256: result.sha256,
          takenAt: result.fetchedAt,
          url,
          finalUrl: result.finalUrl,
          httpStatus: result.status,
          contentType: result.contentType,
          bytes: result.bytes,
          createdById: actor.id,
        })
      : null
    const publicClaims = await publicClaimsShowing(tx, sourceId)
    await audit({
      action: result.ok ? 'source.archive' : 'source.archiveFailed',
      entityType: 'source',
      entityId: sourceId,
      before: { currentCopy: before.currentCopy, archiveError: before.archiveError },
      after: {
        currentCopy: copy ?? before.currentCopy,
        archiveError: result.ok ? null : result.reason,
        // Readers of these claims can open the new copy: the desk's log says so.
        publicClaims: publicClaims.map((claim) => claim.shortId),
      },
    })
    if (!result.ok) return { archived: false, sourceId, reason: result.reason, publicClaims }
    return { archived: true, sourceId, copyId: copy!.id, sha256: result.sha256, takenAt: result.fetchedAt, bytes: result.bytes, publicClaims }
  },
  revalidate: (outcome) => copyPaths(outcome),
})

/** The hosts a test setup allows the archiver to reach on private addresses; empty in production. */
function allowedHosts(): string[] {
  return parseEnv().ARCHIVE_ALLOW_HOSTS
}

/**
 * Fetches the source's URL and stores text, SHA-256 and time, or the reason it failed: no transaction is held open
 * during the fetch. `options` lets tests shorten limits.
 */
export const archiveSource = defineSteps({
  name: 'sources.archive',
  permission: 'source.edit',
  async steps(actor, raw, options: ArchiveOptions = {}): Promise<ActionResult<ArchiveOutcome>> {
    const prepared = await prepareArchive.execute(actor, raw)
    if (prepared.status !== 'ok') return prepared
    const result = await fetchForArchive(prepared.data.url, { allowHosts: allowedHosts(), ...options })
    return recordArchive.execute(actor, { sourceId: prepared.data.id, url: prepared.data.url, result })
  },
})

/** Line endings as a browser may send them vary; the stored copy and its hash should not. */
function normalizedPaste(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

/**
 * The manual path when a fetch fails (paywall, bot wall, a PDF whose text the archiver cannot read): the editor
 * pastes the text. It is stored as a new copy marked PASTED with who pasted it, shown so everywhere; the copies
 * before it stay, and a published verdict keeps citing the one it cited. Its hash is of the pasted text's UTF-8
 * bytes. The last fetch error stays, as the record of why the copy was pasted.
 */
export const pasteArchiveText = defineAction({
  name: 'sources.pasteArchive',
  permission: 'source.edit',
  input: pasteArchiveInput,
  async run({ tx, actor, input, audit }) {
    // FOR UPDATE: two pastes at once each become a copy, and the later commit is the current one.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sources WHERE id = ${input.sourceId} FOR UPDATE`
    const before = locked ? await tx.source.findUnique({ where: { id: input.sourceId }, select: archiveState }) : null
    if (!before) throw new UserError(NO_SUCH_SOURCE)
    const text = normalizedPaste(input.text)
    const copy = await addCopy(tx, {
      sourceId: input.sourceId,
      method: 'PASTED',
      text,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      takenAt: new Date(),
      url: before.url,
      createdById: actor.id,
    })
    const publicClaims = await publicClaimsShowing(tx, input.sourceId)
    await audit({
      action: 'source.pasteArchive',
      entityType: 'source',
      entityId: input.sourceId,
      before: { currentCopy: before.currentCopy },
      after: { currentCopy: copy, characters: text.length, publicClaims: publicClaims.map((claim) => claim.shortId) },
    })
    return { sourceId: input.sourceId, copyId: copy.id, sha256: copy.sha256, takenAt: copy.takenAt, publicClaims }
  },
  revalidate: (pasted) => copyPaths(pasted),
})
