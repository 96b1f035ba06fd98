// Archived copies as records: adding one, and freezing which copies a published revision cited. A copy is evidence
// of what a source said when it was taken, so copies are only ever added (the database refuses updates and direct
// deletes, migration 20261202110000_archived_copies); the source points at its current one, the copy a publish
// would cite.
import type { Tx } from '../actions/pipeline'
import { hasVerdictPageWhere } from '../claims/visibility'
import type { ArchiveMethod } from '../db/generated/enums'

export type NewCopy = {
  sourceId: string
  method: ArchiveMethod
  text: string
  sha256: string
  takenAt: Date
  url: string | null
  createdById: string
  finalUrl?: string
  httpStatus?: number
  contentType?: string
  bytes?: number
}

/** What the audit log keeps of a copy: everything but its text, which can run to megabytes (the hash names it). */
export const copyAuditSelect = {
  id: true,
  method: true,
  sha256: true,
  takenAt: true,
  url: true,
  finalUrl: true,
  httpStatus: true,
  contentType: true,
  bytes: true,
  createdById: true,
} as const

/** Stores a new copy and makes it the source's current one; the copy before it stays, with whatever cited it. */
export async function addCopy(tx: Tx, copy: NewCopy) {
  const created = await tx.archivedCopy.create({ data: copy, select: copyAuditSelect })
  await tx.source.update({ where: { id: copy.sourceId }, data: { currentCopyId: created.id } })
  return created
}

/**
 * The claims readers can open that show this source (as evidence or where the claim appeared): a new copy of the
 * source is a change those readers see, so the audit event names them and their pages are revalidated.
 */
export function publicClaimsShowing(tx: Tx, sourceId: string) {
  return tx.claim.findMany({
    where: { ...hasVerdictPageWhere, OR: [{ evidence: { some: { sourceId } } }, { appearances: { some: { sourceId } } }] },
    select: { id: true, shortId: true, slug: true },
    orderBy: { shortId: 'asc' },
  })
}

/**
 * At publication: the current copy of every source the claim page links (evidence and appearances) is the copy this
 * revision cites. Readers are shown that copy by default, whatever is archived or pasted later.
 */
export async function recordCitedCopies(tx: Tx, revisionId: string, claimId: string): Promise<string[]> {
  const sources = await tx.source.findMany({
    where: { currentCopyId: { not: null }, OR: [{ evidence: { some: { claimId } } }, { appearances: { some: { claimId } } }] },
    select: { currentCopyId: true },
  })
  const copyIds = sources.map((source) => source.currentCopyId!)
  if (copyIds.length) await tx.verdictRevisionCopy.createMany({ data: copyIds.map((copyId) => ({ revisionId, copyId })) })
  return copyIds
}
