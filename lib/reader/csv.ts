// CSV as RFC 4180 writes it, for spreadsheet users of the open-data export.

/** Excel reads a CSV without a byte-order mark as the local code page, which turns Hangul into mojibake. */
export const UTF8_BOM = '\uFEFF'

export type CsvValue = string | number | boolean | Date | null | undefined

/**
 * One field. Text starting with = + - @ (or a tab / carriage return) is prefixed with an apostrophe: spreadsheets
 * would otherwise run it as a formula (CSV injection), and claim texts are written by people outside the desk.
 * Numbers are never prefixed, so a negative value stays a number.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  let text = value instanceof Date ? value.toISOString() : value
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, CRLF-terminated as RFC 4180 asks (and as Excel expects). */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}
