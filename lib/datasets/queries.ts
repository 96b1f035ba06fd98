import 'server-only'
import { db } from '../db/client'

/** A DATASET source's snapshots, newest as-of first, with who imported each. */
export async function listSnapshots(sourceId: string) {
  return db().datasetSnapshot.findMany({
    where: { sourceId },
    orderBy: [{ asOf: 'desc' }, { importedAt: 'desc' }],
    select: {
      id: true,
      format: true,
      fileName: true,
      fileSha256: true,
      rowCount: true,
      asOf: true,
      importedAt: true,
      importedBy: { select: { id: true, name: true, email: true } },
    },
  })
}

export type SnapshotListItem = Awaited<ReturnType<typeof listSnapshots>>[number]

/** The source a snapshots page belongs to, or null. */
export async function getDatasetSource(id: string) {
  return db().source.findUnique({ where: { id }, select: { id: true, kind: true, title: true, publisher: true } })
}
