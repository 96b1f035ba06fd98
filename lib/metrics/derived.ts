// Values derived from imported dataset snapshots for a metric's windows (lib/datasets/derive.ts does the counting).
import type { Prisma, PrismaClient } from '../db/generated/client'
import type { WindowKind } from '../db/generated/enums'
import { deriveCount, type DerivedValue } from '../datasets/derive'
import { describeDerived } from '../datasets/series'
import { describeWindow } from '../format'

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

const derivedQuantitySelect = {
  windowKind: true,
  windowStart: true,
  windowEnd: true,
  metric: { select: { datasetCountry: true, definitions: { select: { sourceId: true } } } },
  metricDefinition: { select: { sourceId: true, snapshotDate: true } },
} as const satisfies Prisma.ClaimQuantitySelect

/**
 * What a dataset says for one quantity's window, as a sentence for its claim's page ("The Epoch AI snapshot of
 * 2025-04-10 gives 1 for Korea (Republic of) in calendar 2024"); null when the quantity's metric has no dataset
 * country, its window is not a span, or no snapshot of the metric's sources has been imported.
 */
export async function derivedSentenceForQuantity(db: Db, quantityId: string): Promise<{ ko: string; en: string; value: number } | null> {
  const quantity = await db.claimQuantity.findUnique({ where: { id: quantityId }, select: derivedQuantitySelect })
  return quantity ? derivedSentence(db, quantity) : null
}

/** The same for a claim's main figure: its first quantity on a metric. */
export async function derivedSentenceForClaim(db: Db, claimId: string): Promise<{ ko: string; en: string; value: number } | null> {
  const quantity = await db.claimQuantity.findFirst({
    where: { claimId, metricId: { not: null } },
    orderBy: { position: 'asc' },
    select: derivedQuantitySelect,
  })
  return quantity ? derivedSentence(db, quantity) : null
}

async function derivedSentence(
  db: Db,
  quantity: Prisma.ClaimQuantityGetPayload<{ select: typeof derivedQuantitySelect }>,
): Promise<{ ko: string; en: string; value: number } | null> {
  const country = quantity.metric?.datasetCountry
  if (!country) return null
  // The definition's own dataset first; else any dataset of the metric. The sentence names the snapshot it used,
  // so a reader sees which count it is (the consistency checks, which judge, use the definition's source only).
  const metricSources = quantity.metric!.definitions.flatMap((definition) => (definition.sourceId ? [definition.sourceId] : []))
  const ownSource = quantity.metricDefinition?.sourceId
  const snapshot =
    (ownSource ? await pickSnapshot(db, [ownSource], quantity.metricDefinition?.snapshotDate) : null) ??
    (await pickSnapshot(db, metricSources, quantity.metricDefinition?.snapshotDate))
  if (!snapshot) return null
  const derived = await deriveForWindow(db, country, snapshot.id, quantity)
  if (!derived || !quantity.windowKind) return null
  const sentence = describeDerived(derived, country, `in ${describeWindow(quantity.windowKind, quantity.windowStart, quantity.windowEnd)}`)
  return { ...sentence, value: derived.value }
}
