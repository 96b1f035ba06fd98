// Values derived from imported dataset snapshots for a metric's windows (lib/datasets/derive.ts does the counting).
import type { Prisma, PrismaClient } from '../db/generated/client'
import type { WindowKind } from '../db/generated/enums'
import { deriveCount, type DerivedValue } from '../datasets/derive'

type Db = PrismaClient | Prisma.TransactionClient

export interface Window {
  windowKind: WindowKind | null
  windowStart: Date | null
  windowEnd: Date | null
}

/** The count's bounds for a window; a point in time is not a count over a span, so it has none. */
export function windowBounds(window: Window): { from?: Date; to: Date } | null {
  if (!window.windowEnd) return null
  if (window.windowKind === 'PERIOD' && window.windowStart) return { from: window.windowStart, to: window.windowEnd }
  if (window.windowKind === 'CUMULATIVE') return { from: window.windowStart ?? undefined, to: window.windowEnd }
  return null
}

/**
 * The snapshot to count in, among the given sources' snapshots: the one taken on `asOf` when there is one (a
 * definition pinned to "snapshot 2025-04-10" is checked against that file), else the newest.
 */
export async function pickSnapshot(db: Db, sourceIds: string[], asOf?: Date | null) {
  if (!sourceIds.length) return null
  if (asOf) {
    const pinned = await db.datasetSnapshot.findFirst({ where: { sourceId: { in: sourceIds }, asOf }, orderBy: { importedAt: 'desc' } })
    if (pinned) return pinned
  }
  return db.datasetSnapshot.findFirst({ where: { sourceId: { in: sourceIds } }, orderBy: [{ asOf: 'desc' }, { importedAt: 'desc' }] })
}

export async function deriveForWindow(db: Db, country: string, snapshotId: string, window: Window): Promise<DerivedValue | null> {
  const bounds = windowBounds(window)
  return bounds ? deriveCount(db, { country, snapshotId, ...bounds }) : null
}
