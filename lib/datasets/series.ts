// Series derived from one snapshot: how many models per country per year, and how many in total as of a date.
// Built on deriveCount's rule (a row counts for every country it lists; publication date decides the year) so the
// table on the snapshots page and a single derived value on a claim can never disagree.
import type { Prisma, PrismaClient } from '../db/generated/client'
import { deriveCount, type DerivedValue } from './derive'

type Db = PrismaClient | Prisma.TransactionClient

export interface YearCount {
  year: number
  count: number
}

/**
 * Rows per publication year for `country` in one snapshot, every year from the first to the last with a row, zeros
 * included: "0 in 2023" is a value the desk needs to see, not a gap. Undated rows count in no year.
 */
export async function countByYear(db: Db, snapshotId: string, country: string): Promise<YearCount[]> {
  const rows = await db.$queryRaw<{ year: number; count: number }[]>`
    SELECT EXTRACT(YEAR FROM publication_date)::int AS year, COUNT(*)::int AS count
      FROM dataset_rows
     WHERE snapshot_id = ${snapshotId} AND countries @> ARRAY[${country}]::text[] AND publication_date IS NOT NULL
     GROUP BY 1 ORDER BY 1`
  if (!rows.length) return []
  const byYear = new Map(rows.map((row) => [row.year, row.count]))
  const series: YearCount[] = []
  for (let year = rows[0].year; year <= rows[rows.length - 1].year; year++) series.push({ year, count: byYear.get(year) ?? 0 })
  return series
}

export interface CountryYearCount {
  country: string
  year: number
  count: number
}

/** Every country's per-year counts in one snapshot (a multi-country row counts once for each of its countries). */
export async function countByCountryAndYear(db: Db, snapshotId: string): Promise<CountryYearCount[]> {
  return db.$queryRaw<CountryYearCount[]>`
    SELECT country, EXTRACT(YEAR FROM publication_date)::int AS year, COUNT(*)::int AS count
      FROM dataset_rows, unnest(countries) AS country
     WHERE snapshot_id = ${snapshotId} AND publication_date IS NOT NULL
     GROUP BY 1, 2 ORDER BY 1, 2`
}

/** Countries of a snapshot with their row counts, most rows first: the choices for the per-year table. */
export async function snapshotCountries(db: Db, snapshotId: string): Promise<{ country: string; count: number }[]> {
  return db.$queryRaw<{ country: string; count: number }[]>`
    SELECT country, COUNT(*)::int AS count
      FROM dataset_rows, unnest(countries) AS country
     WHERE snapshot_id = ${snapshotId}
     GROUP BY 1 ORDER BY 2 DESC, 1`
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day))

/** Models for `country` published in calendar `year`, by the given snapshot (or the newest of `sourceId`). */
export function countInYear(db: Db, query: { country: string; year: number; snapshotId?: string; sourceId?: string }) {
  return deriveCount(db, { ...query, from: utc(query.year, 0, 1), to: utc(query.year, 11, 31) })
}

/** Models for `country` published on or before `asOf`: the cumulative count ("17 in total as of 2025-04-10"). */
export function cumulativeAsOf(db: Db, query: { country: string; asOf: Date; snapshotId?: string; sourceId?: string }) {
  return deriveCount(db, { country: query.country, to: query.asOf, snapshotId: query.snapshotId, sourceId: query.sourceId })
}

/**
 * The sentence a claim's page can show: "Epoch AI snapshot of 2025-04-10 gives 1 for Korea (Republic of) in 2024".
 * `window` is what was counted, in words ("in 2024", "in total as of 2025-04-10").
 */
export function describeDerived(derived: DerivedValue, country: string, window: string): { ko: string; en: string } {
  const asOf = derived.asOf.toISOString().slice(0, 10)
  return {
    ko: `${derived.sourceTitle} ${asOf} 스냅샷 기준 ${country}: ${derived.value.toLocaleString('en')} (${window})`,
    en: `The ${derived.sourceTitle} snapshot of ${asOf} gives ${derived.value.toLocaleString('en')} for ${country} ${window}`,
  }
}
