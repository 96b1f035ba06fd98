// Which relation two quantity claims of one metric most likely have. Pure (no database), so every case is a unit
// test; lib/reconcile/suggestions.ts feeds it claims read from the database.
import type { QuantityBound, QuantityKind, WindowKind } from '../db/generated/enums'
import type { ClaimPairKind } from '../relations/schema'

export interface QuantityDefinition {
  id: string
  /** Publisher of the definition's source: two definitions from one publisher are releases of one series. */
  publisher: string | null
  sourceId: string | null
  versionLabel: string | null
  snapshotDate: Date | null
}

/** One quantity of a claim; `id` is the claim's (relations are between claims). */
export interface QuantityClaim {
  id: string
  metricId: string | null
  /** Decimal as text ("17.27"); compared as numbers. Null for a range. */
  value: string | null
  /** Absent reads as COUNT and EXACT, what every quantity was before kinds and bounds. */
  kind?: QuantityKind
  bound?: QuantityBound
  windowKind: WindowKind | null
  windowStart: Date | null
  windowEnd: Date | null
  definition: QuantityDefinition | null
}

export interface Classification {
  kind: ClaimPairKind
  /** The relation's subject: for SUPERSEDES the newer claim; for symmetric kinds `a`. */
  fromId: string
  toId: string
}

const time = (date: Date | null) => date?.getTime() ?? null

export function sameWindow(a: QuantityClaim, b: QuantityClaim): boolean {
  return a.windowKind === b.windowKind && time(a.windowStart) === time(b.windowStart) && time(a.windowEnd) === time(b.windowEnd)
}

function sameSeries(a: QuantityDefinition, b: QuantityDefinition): boolean {
  if (a.sourceId && a.sourceId === b.sourceId) return true
  return Boolean(a.publisher && b.publisher && a.publisher.trim().toLowerCase() === b.publisher.trim().toLowerCase())
}

/**
 * > 0 when `a` is the newer release: by snapshot date, else by version label ("AI Index 2025" after
 * "AI Index 2024", compared with numbers as numbers); 0 when they cannot be ordered.
 */
export function compareReleases(a: Pick<QuantityDefinition, 'snapshotDate' | 'versionLabel'>, b: Pick<QuantityDefinition, 'snapshotDate' | 'versionLabel'>): number {
  const [ta, tb] = [time(a.snapshotDate), time(b.snapshotDate)]
  if (ta !== null && tb !== null && ta !== tb) return ta - tb
  if (a.versionLabel && b.versionLabel && a.versionLabel !== b.versionLabel) {
    return a.versionLabel.localeCompare(b.versionLabel, 'en', { numeric: true })
  }
  return 0
}

/**
 * The suggested relation between two quantity claims, or null when there is nothing to suggest:
 * - not both quantities of the same metric, or the same claim: null;
 * - other window: SAME_METRIC_OTHER_WINDOW ("0 in 2023" and "17 cumulative" are both true at once);
 * - same window, same definition: CONTRADICTS when two exact values of one kind differ, null when they agree or
 *   when a bound or another kind makes plain numbers incomparable (that takes the comparison of issue 14);
 * - same window, a newer release of the same series (AI Index 2025 revising AI Index 2024): the newer SUPERSEDES;
 * - same window, any other definition: OTHER_DEFINITION.
 * The window is decided first because a claim about another span never contradicts, whatever it counted.
 */
export function classifyPair(a: QuantityClaim, b: QuantityClaim): Classification | null {
  if (a.id === b.id || !a.metricId || a.metricId !== b.metricId) return null
  if (a.value === null || b.value === null || !a.windowKind || !b.windowKind) return null
  const pair = (kind: ClaimPairKind, fromId = a.id, toId = b.id): Classification => ({ kind, fromId, toId })

  if (!sameWindow(a, b)) return pair('SAME_METRIC_OTHER_WINDOW')

  const [da, db] = [a.definition, b.definition]
  if (da?.id === db?.id) {
    const exact = (a.bound ?? 'EXACT') === 'EXACT' && (b.bound ?? 'EXACT') === 'EXACT' && (a.kind ?? 'COUNT') === (b.kind ?? 'COUNT')
    return exact && Number(a.value) !== Number(b.value) ? pair('CONTRADICTS') : null
  }
  if (da && db && sameSeries(da, db)) {
    const order = compareReleases(da, db)
    if (order > 0) return pair('SUPERSEDES', a.id, b.id)
    if (order < 0) return pair('SUPERSEDES', b.id, a.id)
  }
  return pair('OTHER_DEFINITION')
}
