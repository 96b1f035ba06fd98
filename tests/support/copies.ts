// An archived copy written straight to the database, for tests about what is shown rather than how it was taken
// (the actions that take copies have their own tests). It becomes the source's current copy, as addCopy does.
import { createHash } from 'node:crypto'
import { db } from '../../lib/db/client'
import type { ArchiveMethod } from '../../lib/db/generated/enums'

export async function giveCopy(
  sourceId: string,
  { text, method = 'FETCHED', takenAt = new Date(), createdById = null }: { text: string; method?: ArchiveMethod; takenAt?: Date; createdById?: string | null },
) {
  const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { url: true } })
  const copy = await db().archivedCopy.create({
    data: { sourceId, method, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), takenAt, url: source.url, createdById },
  })
  await db().source.update({ where: { id: sourceId }, data: { currentCopyId: copy.id } })
  return copy
}
