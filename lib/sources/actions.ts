// The source library's mutations: create, edit, archive (fetch + store) and paste an archived copy by hand.
//
// One URL, one source. Creating a source whose URL normalises to one the library already has is REFUSED, with a
// link to the existing source, rather than silently answered with the existing row: the editor typed a title,
// publisher and dates that would otherwise be thrown away unseen, and may be about to cite a different document
// than they think. The refusal is a ConflictError (status 'conflict') whose `current` carries `existingSource`,
// so the form can link to it; the message names its path as well.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { ConflictError, defineAction, type ActionResult, type Tx } from '../actions/pipeline'
import { idField } from '../actions/fields'
import type { Actor } from '../auth/session'
import { Prisma } from '../db/generated/client'
import { parseEnv } from '../env'
import { UserError } from '../errors'
import { fetchForArchive, type ArchiveOptions } from './archive'
import { archiveSourceInput, createSourceInput, pasteArchiveInput, updateSourceInput, type SourceFields } from './schema'
import { sourcePath, SOURCES_PATH } from './paths'

export const NO_SUCH_SOURCE = '출처를 찾을 수 없습니다. No such source.'

/**
 * Everything about a source worth keeping in the audit log. The archived text is left out: it can run to
 * megabytes, and its SHA-256 (contentHash) already identifies which copy was stored.
 */
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
  contentHash: true,
  archivedAt: true,
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

/** An archived copy belongs to the URL it was fetched from; another URL starts without one. */
const NO_ARCHIVE = { archivedText: null, contentHash: null, archivedAt: null, archiveError: null }

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
        data: { ...data, ...(urlChanged ? NO_ARCHIVE : {}), version: { increment: 1 } },
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
  | { archived: true; sourceId: string; contentHash: string; archivedAt: Date; bytes: number }
  | { archived: false; sourceId: string; reason: string }

const archiveState = { contentHash: true, archivedAt: true, archiveError: true, url: true } satisfies Prisma.SourceSelect

const recordArchive = defineAction({
  name: 'sources.recordArchive',
  permission: 'source.edit',
  input: z.object({ sourceId: idField, url: z.string(), result: archiveResultSchema }),
  async run({ tx, input, audit }): Promise<ArchiveOutcome> {
    const { sourceId, url, result } = input
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: archiveState })
    if (!before) throw new UserError(NO_SUCH_SOURCE)
    // A failed attempt keeps the copy already stored: a dead link is exactly when the old copy matters.
    const data = result.ok
      ? { archivedText: result.text, contentHash: result.sha256, archivedAt: result.fetchedAt, archiveError: null }
      : { archiveError: result.reason }
    const { count } = await tx.source.updateMany({ where: { id: sourceId, url }, data })
    if (count === 0) {
      throw new ConflictError(
        '가져오는 동안 출처의 주소가 바뀌었습니다. 다시 보관하세요. The source’s URL changed while it was being fetched; archive it again.',
        before,
      )
    }
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: archiveState })
    await audit({
      action: result.ok ? 'source.archive' : 'source.archiveFailed',
      entityType: 'source',
      entityId: sourceId,
      before,
      after: result.ok
        ? { ...after, finalUrl: result.finalUrl, status: result.status, contentType: result.contentType, bytes: result.bytes }
        : after,
    })
    return result.ok
      ? { archived: true, sourceId, contentHash: result.sha256, archivedAt: result.fetchedAt, bytes: result.bytes }
      : { archived: false, sourceId, reason: result.reason }
  },
  revalidate: (outcome) => [SOURCES_PATH, sourcePath(outcome.sourceId)],
})

/** The hosts a test setup allows the archiver to reach on private addresses; empty in production. */
function allowedHosts(): string[] {
  return parseEnv().ARCHIVE_ALLOW_HOSTS
}

/**
 * Fetches the source's URL and stores text, SHA-256 and time, or the reason it failed. Shaped like the other
 * actions (`execute(actor, raw)`) so forms and tests call it the same way; `options` lets tests shorten limits.
 */
export const archiveSource = {
  name: 'sources.archive',
  permission: 'source.edit' as const,
  async execute(actor: Actor | null, raw: unknown, options: ArchiveOptions = {}): Promise<ActionResult<ArchiveOutcome>> {
    const prepared = await prepareArchive.execute(actor, raw)
    if (prepared.status !== 'ok') return prepared
    const result = await fetchForArchive(prepared.data.url, { allowHosts: allowedHosts(), ...options })
    return recordArchive.execute(actor, { sourceId: prepared.data.id, url: prepared.data.url, result })
  },
}

/** Line endings as a browser may send them vary; the stored copy and its hash should not. */
function normalizedPaste(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

/**
 * The manual path when a fetch fails (paywall, bot wall, a PDF whose text the archiver cannot read): the editor
 * pastes the text. Its hash is of the pasted text's UTF-8 bytes. The last fetch error stays, as the record of why
 * the copy was pasted; the audit event ('source.pasteArchive') says who pasted it.
 */
export const pasteArchiveText = defineAction({
  name: 'sources.pasteArchive',
  permission: 'source.edit',
  input: pasteArchiveInput,
  async run({ tx, input, audit }) {
    const before = await tx.source.findUnique({ where: { id: input.sourceId }, select: archiveState })
    if (!before) throw new UserError(NO_SUCH_SOURCE)
    const text = normalizedPaste(input.text)
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex')
    const after = await tx.source.update({
      where: { id: input.sourceId },
      data: { archivedText: text, contentHash, archivedAt: new Date() },
      select: archiveState,
    })
    await audit({
      action: 'source.pasteArchive',
      entityType: 'source',
      entityId: input.sourceId,
      before,
      after: { ...after, characters: text.length },
    })
    return { sourceId: input.sourceId, contentHash, archivedAt: after.archivedAt }
  },
  revalidate: (data) => [SOURCES_PATH, sourcePath(data.sourceId)],
})
