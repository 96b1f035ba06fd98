// Values derived from imported dataset snapshots: "the Epoch AI snapshot of 2025-04-10 gives 1 for Korea in 2024".
import type { Prisma, PrismaClient } from '../db/generated/client'

type Db = PrismaClient | Prisma.TransactionClient

export interface DerivedValue {
  value: number
  snapshotId: string
  asOf: Date
  sourceTitle: string
}

/**
 * How many rows of a snapshot belong to `country` with a publication date in [from, to] (from omitted: everything
 * up to `to`, a cumulative count). Uses the newest snapshot (by as-of date) unless `snapshotId` is given; null when
 * there is no snapshot. `sourceId` limits "newest" to one dataset: without it a newer snapshot of any other DATASET
 * source would answer, counting by a different definition.
 */
export async function deriveCount(
  db: Db,
  query: { country: string; from?: Date; to: Date; snapshotId?: string; sourceId?: string },
): Promise<DerivedValue | null> {
  const snapshot = await db.datasetSnapshot.findFirst({
    where: { ...(query.snapshotId ? { id: query.snapshotId } : {}), ...(query.sourceId ? { sourceId: query.sourceId } : {}) },
    orderBy: [{ asOf: 'desc' }, { importedAt: 'desc' }],
    include: { source: { select: { title: true } } },
  })
  if (!snapshot) return null
  const value = await db.datasetRow.count({
    where: {
      snapshotId: snapshot.id,
      countries: { has: query.country },
      publicationDate: { ...(query.from ? { gte: query.from } : {}), lte: query.to },
    },
  })
  return { value, snapshotId: snapshot.id, asOf: snapshot.asOf, sourceTitle: snapshot.source.title }
}
