// Bytes in, CSV records out, one at a time: the file is never held in memory whole. The SHA-256 and the byte count
// are taken from the bytes as they pass, so the hash is of exactly what was uploaded.
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { parse } from 'csv-parse'
import { UserError } from '../errors'

export type ByteSource = Readable | ReadableStream<Uint8Array> | WebReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>

export interface CsvRecord {
  cells: string[]
  /** 1-based line of the file where the record starts (a quoted cell may span several lines). */
  line: number
}

export class FileTooLargeError extends UserError {
  constructor(readonly limit: number) {
    super(`파일이 ${Math.round(limit / 1024 / 1024)} MB보다 큽니다. The file is larger than ${Math.round(limit / 1024 / 1024)} MB.`)
  }
}

/** A CSV syntax error after which nothing more can be read (an unclosed quote swallows the rest of the file). */
export class CsvSyntaxError extends UserError {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}

function asIterable(source: ByteSource): AsyncIterable<Uint8Array | string> {
  if (Symbol.asyncIterator in source) return source as AsyncIterable<Uint8Array | string>
  return Readable.fromWeb(source as WebReadableStream<Uint8Array>)
}

export interface CsvReader {
  records: AsyncGenerator<CsvRecord>
  /** Final once `records` is exhausted. */
  digest(): { sha256: string; bytes: number }
}

/** One record (cells) past this many characters is refused: it bounds memory whatever the file holds. */
const MAX_RECORD_CHARACTERS = 1_000_000

export function readCsv(source: ByteSource, options: { maxBytes: number }): CsvReader {
  const hash = createHash('sha256')
  let bytes = 0
  let sha256: string | undefined

  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const piece of asIterable(source)) {
      // A Readable in string mode yields strings; the limit and the hash are about bytes.
      const chunk: Uint8Array = typeof piece === 'string' ? Buffer.from(piece) : piece
      bytes += chunk.byteLength
      if (bytes > options.maxBytes) throw new FileTooLargeError(options.maxBytes)
      hash.update(chunk)
      yield chunk
    }
    sha256 = hash.digest('hex')
  }

  async function* records(): AsyncGenerator<CsvRecord> {
    const input = Readable.from(counted())
    const parser = parse({
      bom: true,
      raw: true,
      info: true,
      skip_empty_lines: true,
      // Explicit, because auto-detection fixes the first line's ending for the whole file, and files edited by
      // hand or in a spreadsheet do mix them.
      record_delimiter: ['\r\n', '\n'],
      // Short or long records are reported per row by the format (with their line), not as a fatal error.
      relax_column_count: true,
      max_record_size: MAX_RECORD_CHARACTERS,
    })
    // pipe() does not forward errors: a read failure or the size limit must end the parse with that error.
    input.on('error', (error) => parser.destroy(error))
    input.pipe(parser)
    try {
      for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
        // info.lines is the line the record ends on; count back over the newlines inside quoted cells.
        const body = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '')
        const inner = body.split('\n').length - 1
        yield { cells: record, line: info.lines - inner }
      }
    } catch (error) {
      if (error instanceof UserError) throw error
      const csv = error as { code?: string; lines?: number; message?: string }
      if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
        throw new CsvSyntaxError(csv.lines ?? 0, csvReason(csv.code, csv.message ?? ''))
      }
      throw error
    } finally {
      input.destroy()
      parser.destroy()
    }
  }

  return {
    records: records(),
    digest() {
      if (sha256 === undefined) throw new Error('digest() before the whole file was read')
      return { sha256, bytes }
    },
  }
}

function csvReason(code: string, message: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return '따옴표가 닫히지 않았습니다. A quoted field is never closed'
    case 'CSV_INVALID_CLOSING_QUOTE':
      return '따옴표 뒤에 잘못된 문자가 있습니다. Unexpected character after a closing quote'
    case 'CSV_MAX_RECORD_SIZE':
      return `한 행이 너무 큽니다. A record is larger than ${MAX_RECORD_CHARACTERS.toLocaleString('en')} characters`
    default:
      return `CSV 형식 오류. Malformed CSV (${code}): ${message.slice(0, 200)}`
  }
}
