// Cell-level parsing shared by dataset formats: dates at the precision a CSV gives them, and multi-country cells.

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR'

export type ParsedDate = { ok: true; date: Date; precision: DatePrecision } | { ok: false; reason: string }

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * "2024-03-05", "2024-03" or "2024" to a UTC midnight Date. A month or a year alone becomes its first day, and the
 * precision says so: a year count is exact either way, but "cumulative as of 2024-02-01" may include a model known
 * only as "2024" — callers that care can read the precision (the row keeps only the date, see DatasetRow).
 * Times after the date ("2024-03-05T00:00:00") are tolerated, since spreadsheet round trips add them.
 */
export function parseDatasetDate(text: string): ParsedDate {
  const trimmed = text.trim().replace(/[T ]00:00(:00(\.0+)?)?Z?$/, '')
  const match = PATTERN.exec(trimmed)
  if (!match) return { ok: false, reason: `날짜 형식이 아닙니다 “${clip(text)}”. Not a date (use YYYY-MM-DD, YYYY-MM or YYYY)` }
  const [, year, month, day] = match
  const iso = `${year}-${month ?? '01'}-${day ?? '01'}`
  const date = new Date(`${iso}T00:00:00Z`)
  // Date() rolls 2023-02-30 over to March; a real date survives the round trip.
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) {
    return { ok: false, reason: `없는 날짜입니다 “${clip(text)}”. Not a real date` }
  }
  return { ok: true, date, precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR' }
}

/**
 * "United States of America, Korea (Republic of)" to its countries: split on commas, trimmed, empties and repeats
 * dropped, first spelling kept. Epoch writes countries without commas inside a name ("Korea (Republic of)"), so a
 * comma always separates two countries.
 */
export function splitCountries(text: string): string[] {
  const seen = new Set<string>()
  for (const part of text.split(',')) {
    const country = part.trim().replace(/\s+/g, ' ')
    if (country) seen.add(country)
  }
  return [...seen]
}

/** Header cells compared without case, surrounding space, repeated spaces or a byte-order mark. */
export function normalizeHeader(text: string): string {
  return text.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Cell text quoted in an error message, kept short so a pathological cell cannot flood the report. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
