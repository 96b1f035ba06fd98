// The open-data export: every listed claim with its verdict and sources, as JSON or as CSV. Both are streamed a
// batch of claims at a time, so the response starts at once and memory stays flat as the archive grows.
import 'server-only'
import { csvRow, UTF8_BOM, type CsvValue } from './csv'
import { allListedClaims, sourcesOfClaims, type ReaderClaimRow, type ReaderSourceRow } from './queries'
import { serializeExportedClaim } from './serialize'
import { claimUrl } from './urls'
import { formatDate } from '../format'

export const CLAIM_COLUMNS = [
  'id', 'url', 'text', 'language', 'translation', 'claimant', 'claimant_en', 'tags', 'first_seen_at',
  'rating_ko', 'rating_en', 'rating_value', 'summary', 'summary_en', 'analysis',
  'analysis_en', 'revision', 'published_at', 'source_count',
] as const

export const SOURCE_COLUMNS = [
  'claim_id', 'role', 'kind', 'publisher', 'author', 'title', 'url', 'published_at', 'excerpt', 'locator',
] as const

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)

function claimCsvValues(row: ReaderClaimRow, sourceCount: number): CsvValue[] {
  return [
    row.shortId, claimUrl(row), row.text, row.language, row.translation, row.claimantName, row.claimantNameEn,
    row.tags.join('; '), row.firstSeenAt ? formatDate(row.firstSeenAt, row.firstSeenPrecision) : null, row.ratingKo, row.ratingEn, row.ratingValue,
    row.summary, row.summaryEn, row.analysis, row.analysisEn, row.revision,
    row.publishedAt, sourceCount,
  ]
}

function sourceCsvValues(shortId: string, source: ReaderSourceRow): CsvValue[] {
  return [
    shortId, source.role, source.kind, source.publisher, source.author, source.title, source.url,
    day(source.publishedAt), source.excerpt, source.locator,
  ]
}

async function* batchesWithSources() {
  for await (const rows of allListedClaims()) {
    const sources = await sourcesOfClaims(rows.map((row) => row.id))
    const byClaim = new Map<string, ReaderSourceRow[]>()
    for (const source of sources) byClaim.set(source.claimId, [...(byClaim.get(source.claimId) ?? []), source])
    yield rows.map((row) => ({ row, sources: byClaim.get(row.id) ?? [] }))
  }
}

function streamOf(chunks: () => AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const iterator = chunks()
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    async cancel() {
      await iterator.return(undefined)
    },
  })
}

/** CSV of claims (one row each), or with `table=sources` of their sources (one row per claim and source). */
export function exportCsv(table: 'claims' | 'sources'): ReadableStream<Uint8Array> {
  return streamOf(async function* () {
    yield UTF8_BOM + csvRow(table === 'claims' ? CLAIM_COLUMNS : SOURCE_COLUMNS)
    for await (const batch of batchesWithSources()) {
      yield batch
        .map(({ row, sources }) =>
          table === 'claims' ? csvRow(claimCsvValues(row, sources.length)) : sources.map((source) => csvRow(sourceCsvValues(row.shortId, source))).join(''),
        )
        .join('')
    }
  })
}

/** One JSON document: `{ "generatedAt": …, "license": …, "claims": [ … ] }`, written as the batches arrive. */
export function exportJson(generatedAt = new Date()): ReadableStream<Uint8Array> {
  return streamOf(async function* () {
    yield `{"generatedAt":${JSON.stringify(generatedAt.toISOString())},"claims":[`
    let first = true
    for await (const batch of batchesWithSources()) {
      const parts = batch.map(({ row, sources }) => JSON.stringify(serializeExportedClaim(row, sources)))
      yield (first ? '' : ',') + parts.join(',')
      first = false
    }
    yield ']}\n'
  })
}
