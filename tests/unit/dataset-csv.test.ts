// The CSV side of dataset imports, without a database: header mapping, dates, countries, quoting and line numbers.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { EPOCH_NOTABLE_MODELS, mapHeader, parseRow } from '../../lib/datasets/format'
import { CsvSyntaxError, FileTooLargeError, readCsv } from '../../lib/datasets/stream'
import { parseDatasetDate, splitCountries } from '../../lib/datasets/values'

const SAMPLE = path.resolve(import.meta.dirname, '../../prisma/seed/epoch-notable-models-sample.csv')

async function records(text: string | Buffer, chunkSize = 7, maxBytes = 1_000_000) {
  const bytes = Buffer.from(text)
  // Small chunks: a record, a quote or a UTF-8 character split across chunks must come out whole.
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize))
  const reader = readCsv(Readable.from(chunks), { maxBytes })
  const out = []
  for await (const record of reader.records) out.push(record)
  return { out, digest: reader.digest() }
}

describe('header mapping', () => {
  it('finds the columns in any order, any case, with extra columns and a byte-order mark', () => {
    const result = mapHeader(EPOCH_NOTABLE_MODELS, ['\uFEFFDomain', ' publication  DATE ', 'Country (of organization)', 'MODEL', 'Organization', 'Link'])
    expect(result).toEqual({ ok: true, columnCount: 6, map: { publicationDate: 1, countries: 2, model: 3, organization: 4 } })
  })

  it('accepts the older "System" header for the model', () => {
    const result = mapHeader(EPOCH_NOTABLE_MODELS, ['System', 'Organization', 'Publication date', 'Country (from organization)'])
    expect(result.ok && result.map.model).toBe(0)
  })

  it('names every missing required column', () => {
    const result = mapHeader(EPOCH_NOTABLE_MODELS, ['Model', 'Organization', 'Notability criteria'])
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain('“Publication date”, “Country (of organization)”')
  })

  it('refuses two columns that both could be the model', () => {
    const result = mapHeader(EPOCH_NOTABLE_MODELS, ['Model', 'System', 'Organization', 'Publication date', 'Country'])
    expect(!result.ok && result.reason).toContain('appears more than once')
  })
})

describe('dates', () => {
  it('reads a day, a month or a year, the latter two as their first day with the precision', () => {
    expect(parseDatasetDate('2024-08-07')).toEqual({ ok: true, date: new Date('2024-08-07T00:00:00Z'), precision: 'DAY' })
    expect(parseDatasetDate('2024-08')).toEqual({ ok: true, date: new Date('2024-08-01T00:00:00Z'), precision: 'MONTH' })
    expect(parseDatasetDate(' 2024 ')).toEqual({ ok: true, date: new Date('2024-01-01T00:00:00Z'), precision: 'YEAR' })
    expect(parseDatasetDate('2024-08-07 00:00:00')).toMatchObject({ ok: true, precision: 'DAY' })
  })

  it('refuses what is not a real date, quoting it', () => {
    for (const text of ['2023-02-30', '2024-13', '07/08/2024', 'soon', '2024-8-7']) {
      const parsed = parseDatasetDate(text)
      expect(parsed.ok, text).toBe(false)
      expect(!parsed.ok && parsed.reason).toContain(text)
    }
  })
})

describe('countries', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(splitCountries('United States of America, Korea (Republic of)')).toEqual(['United States of America', 'Korea (Republic of)'])
    expect(splitCountries(' China ,, China,  France ')).toEqual(['China', 'France'])
    expect(splitCountries('')).toEqual([])
  })
})

describe('rows', () => {
  const header = mapHeader(EPOCH_NOTABLE_MODELS, ['Model', 'Organization', 'Publication date', 'Country (of organization)'])
  if (!header.ok) throw new Error('header')

  it('turns cells into a row; empty date and country are allowed', () => {
    const row = parseRow(EPOCH_NOTABLE_MODELS, header.map, ['M', '', '', ''], 4)
    expect(row).toEqual({ ok: true, row: { model: 'M', organization: null, publicationDate: null, datePrecision: null, notability: null, countries: [] } })
  })

  it('gives every reason a row is bad at once', () => {
    const row = parseRow(EPOCH_NOTABLE_MODELS, header.map, ['', 'Org', '2024-02-31', 'China'], 4)
    expect(row.ok).toBe(false)
    expect(!row.ok && row.reason).toMatch(/“Model” is empty.*Publication date.*Not a real date/)
  })

  it('refuses a record with the wrong number of fields', () => {
    const row = parseRow(EPOCH_NOTABLE_MODELS, header.map, ['M', 'Org', '2024', 'China', 'extra'], 4)
    expect(!row.ok && row.reason).toContain('Has 5 fields; the header has 4')
  })
})

describe('reading a CSV stream', () => {
  it('keeps commas and newlines inside quotes, numbers each record by the line it starts on', async () => {
    const { out } = await records('Model,Country\r\n"A, the first","Korea (Republic of), China"\r\n\r\n"B\nsecond line",France\n한국어-모델,"X ""quoted"""\n')
    expect(out).toEqual([
      { line: 1, cells: ['Model', 'Country'] },
      { line: 2, cells: ['A, the first', 'Korea (Republic of), China'] },
      { line: 4, cells: ['B\nsecond line', 'France'] },
      { line: 6, cells: ['한국어-모델', 'X "quoted"'] },
    ])
  })

  it('hashes exactly the bytes read', async () => {
    const text = readFileSync(SAMPLE)
    const { out, digest } = await records(text, 64)
    expect(digest).toEqual({ sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length })
    expect(out).toHaveLength(31) // header + 30 rows
    expect(out.find((record) => record.cells[0] === 'Sample-Model-23')?.line).toBe(25) // after the two-line record
  })

  it('reports an unclosed quote with its line', async () => {
    const error = await records('Model,Country\nA,China\n"B,France\nC,Canada\n').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CsvSyntaxError)
    expect((error as CsvSyntaxError).reason).toContain('never closed')
  })

  it('stops at the size limit', async () => {
    await expect(records('Model,Country\n' + 'A,China\n'.repeat(100), 16, 200)).rejects.toBeInstanceOf(FileTooLargeError)
  })

  it('the shipped sample is synthetic: every model is a Sample-Model', () => {
    const lines = readFileSync(SAMPLE, 'utf8').split('\n').filter((line) => /^[A-Za-z]/.test(line)).slice(1)
    for (const line of lines) expect(line).toMatch(/^Sample-Model-\d\d,/)
  })
})

describe('string chunks', () => {
  it('counts bytes, not characters, when a stream yields strings', async () => {
    const text = 'Model,Country\n모델,대한민국\n'
    const reader = readCsv(Readable.from([text]), { maxBytes: 1000 })
    for await (const record of reader.records) void record
    expect(reader.digest()).toEqual({ sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) })
    const limited = readCsv(Readable.from([text]), { maxBytes: Buffer.byteLength(text) - 1 })
    await expect((async () => { for await (const record of limited.records) void record })()).rejects.toBeInstanceOf(FileTooLargeError)
  })
})
