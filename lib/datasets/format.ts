// The CSV formats a dataset snapshot can be imported from. One so far: Epoch AI's notable-models export.
// A format maps header names (in any order, extra columns ignored) to the fields a DatasetRow keeps, and turns one
// record's cells into a row or the reasons it is bad.
import { normalizeHeader, parseDatasetDate, splitCountries, type DatePrecision } from './values'

export const DATASET_FORMATS = ['epoch-notable-models'] as const
export type DatasetFormatId = (typeof DATASET_FORMATS)[number]

export interface DatasetRowValues {
  model: string
  organization: string | null
  publicationDate: Date | null
  /** How exact publicationDate is; not stored (the table keeps the date only), but counted in the import notes. */
  datePrecision: DatePrecision | null
  notability: string | null
  countries: string[]
}

type Field = 'model' | 'organization' | 'publicationDate' | 'notability' | 'countries'

interface ColumnSpec {
  field: Field
  /** The header as the documentation names it. */
  label: string
  /** Spellings seen in exports over time, compared after normalizeHeader. */
  headers: string[]
  requiredHeader: boolean
  maxLength: number
}

export interface DatasetFormat {
  id: DatasetFormatId
  label: string
  columns: ColumnSpec[]
}

export const EPOCH_NOTABLE_MODELS: DatasetFormat = {
  id: 'epoch-notable-models',
  label: 'Epoch AI — Notable AI Models (CSV)',
  columns: [
    // Older exports called the model column "System".
    { field: 'model', label: 'Model', headers: ['model', 'system'], requiredHeader: true, maxLength: 500 },
    { field: 'organization', label: 'Organization', headers: ['organization', 'organisation'], requiredHeader: true, maxLength: 1000 },
    { field: 'publicationDate', label: 'Publication date', headers: ['publication date'], requiredHeader: true, maxLength: 40 },
    { field: 'notability', label: 'Notability criteria', headers: ['notability criteria'], requiredHeader: false, maxLength: 2000 },
    {
      field: 'countries',
      label: 'Country (of organization)',
      headers: ['country (of organization)', 'country (from organization)', 'country'],
      requiredHeader: true,
      maxLength: 1000,
    },
  ],
}

export function datasetFormat(id: DatasetFormatId): DatasetFormat {
  switch (id) {
    case 'epoch-notable-models':
      return EPOCH_NOTABLE_MODELS
  }
}

/** Where each field's column is in the file; a field whose optional column is absent has none. */
export type HeaderMap = Partial<Record<Field, number>>

export type HeaderResult = { ok: true; map: HeaderMap; columnCount: number } | { ok: false; reason: string }

export function mapHeader(format: DatasetFormat, cells: string[]): HeaderResult {
  const positions = new Map<string, number[]>()
  cells.forEach((cell, index) => {
    const name = normalizeHeader(cell)
    positions.set(name, [...(positions.get(name) ?? []), index])
  })
  const map: HeaderMap = {}
  const missing: string[] = []
  for (const column of format.columns) {
    const found = column.headers.flatMap((header) => positions.get(header) ?? [])
    if (found.length > 1) {
      // Two candidate columns (say "Model" and "System") would make the choice silent; the editor should pick.
      return { ok: false, reason: `“${column.label}” 열이 두 번 이상 있습니다. The column “${column.label}” appears more than once` }
    }
    if (found.length === 1) map[column.field] = found[0]
    else if (column.requiredHeader) missing.push(column.label)
  }
  if (missing.length) {
    const list = missing.map((label) => `“${label}”`).join(', ')
    return { ok: false, reason: `필수 열이 없습니다: ${list}. Required columns missing: ${list}` }
  }
  return { ok: true, map, columnCount: cells.length }
}

export type RowResult = { ok: true; row: DatasetRowValues } | { ok: false; reason: string }

/**
 * One record's cells to a row. A model name is required; an empty date or country is allowed (Epoch has a few)
 * and such a row is counted in no year or no country — the import result says how many there were.
 */
export function parseRow(format: DatasetFormat, map: HeaderMap, cells: string[], columnCount: number): RowResult {
  // A short or long record is a sign of a broken quote or a stray comma: its cells would land in the wrong fields.
  if (cells.length !== columnCount) {
    return { ok: false, reason: `열 수가 ${cells.length}개입니다 (머리글은 ${columnCount}개). Has ${cells.length} fields; the header has ${columnCount}` }
  }
  const text: Partial<Record<Field, string>> = {}
  const reasons: string[] = []
  for (const column of format.columns) {
    const index = map[column.field]
    if (index === undefined) continue
    const value = (cells[index] ?? '').trim()
    // U+FFFD is what bytes that are not UTF-8 decode to (a file saved as CP949, say); NUL cannot be stored.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000\uFFFD]/.test(value)) {
      reasons.push(
        `“${column.label}”에 읽을 수 없는 문자가 있습니다. 파일을 UTF-8로 저장하세요. “${column.label}” has characters that are not text (NUL, or bytes that are not UTF-8): save the file as UTF-8`,
      )
    }
    if (value.length > column.maxLength) {
      reasons.push(`“${column.label}”이(가) 너무 깁니다. “${column.label}” is longer than ${column.maxLength} characters`)
    }
    text[column.field] = value
  }
  if (!text.model) reasons.push('모델 이름이 비었습니다. “Model” is empty')
  let date: ReturnType<typeof parseDatasetDate> | null = null
  if (text.publicationDate) {
    date = parseDatasetDate(text.publicationDate)
    if (!date.ok) reasons.push(`“Publication date”: ${date.reason}`)
  }
  if (reasons.length) return { ok: false, reason: reasons.join('; ') }
  return {
    ok: true,
    row: {
      model: text.model!,
      organization: text.organization || null,
      publicationDate: date?.ok ? date.date : null,
      datePrecision: date?.ok ? date.precision : null,
      notability: text.notability || null,
      countries: splitCountries(text.countries ?? ''),
    },
  }
}
