// Scores article extraction (lib/intake/extract.ts) on the labelled corpus (tests/fixtures/intake/labels.ts):
// detection recall and precision, the share of detected quantities read exactly right, window accuracy, and the
// in-process time to extract from a 10,000-character article. Part of `npm run bench`; alone:
// `npm run bench:extract` (prints the Markdown table; `--misses` also lists every miss, false find and misreading).
//
// Matching: a candidate detects a labelled quantity when their spans overlap (one candidate per label, in text
// order). "Read right" compares kind, bound, value, low, high, unit, currency and per-base; "window" compares kind,
// start and end (null matches only null). Both are shares of the detected quantities.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { ARTICLES, type LabelledArticle, type LabelledQuantity } from '../../tests/fixtures/intake/labels'
import { extractCandidates, type Candidate } from '../intake/extract'

const CORPUS = path.resolve(import.meta.dirname, '../../tests/fixtures/intake')
const TIMING_CHARS = 10_000
const TIMING_RUNS = 15

export interface ExtractionBench {
  articles: number
  labelled: number
  candidates: number
  detected: number
  recall: number
  precision: number
  readRight: number
  windowRight: number
  /** Median wall time of TIMING_RUNS runs on a 10,000-character Korean article, after a warm-up. */
  msPer10kChars: number
  /** Median CPU time (user + system) of the same runs: what the work costs when the machine is shared. */
  cpuMsPer10kChars: number
  timingChars: number
  misses: string[]
}

export const EXTRACTION_TARGETS = { recall: 0.95, precision: 0.9, readRight: 0.9, windowRight: 0.8, ms: 50 }

export function articleText(article: LabelledArticle): string {
  return readFileSync(path.join(CORPUS, article.file), 'utf8')
}

/** Where a label's expression is: its `occurrence`-th appearance in the text. */
export function labelSpan(text: string, label: LabelledQuantity): { start: number; end: number } {
  let at = -1
  for (let i = 0; i <= label.occurrence; i++) {
    at = text.indexOf(label.text, at + 1)
    if (at < 0) throw new Error(`label "${label.text}" #${label.occurrence} is not in the text`)
  }
  return { start: at, end: at + label.text.length }
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)))

export function readsRight(label: LabelledQuantity, candidate: Candidate): boolean {
  const q = candidate.quantity
  return (
    q.kind === label.kind &&
    q.bound === label.bound &&
    close(q.value, label.value) &&
    close(q.low, label.low) &&
    close(q.high, label.high) &&
    (q.unit ?? null) === label.unit &&
    (q.currency ?? null) === label.currency &&
    close(q.per ?? null, label.per)
  )
}

export function windowRight(label: LabelledQuantity, candidate: Candidate): boolean {
  const [a, b] = [label.window, candidate.window]
  if (a === null || b === null) return a === b
  return a.kind === b.kind && a.start === b.start && a.end === b.end
}

export interface ArticleScore {
  pairs: { label: LabelledQuantity; candidate: Candidate }[]
  missed: LabelledQuantity[]
  extra: Candidate[]
}

/** Labels and candidates of one article, paired by overlapping spans. */
export function scoreArticle(article: LabelledArticle, text = articleText(article)): ArticleScore {
  const { candidates } = extractCandidates(text, { lang: article.lang, published: article.published })
  const used = new Set<Candidate>()
  const pairs: ArticleScore['pairs'] = []
  const missed: LabelledQuantity[] = []
  for (const label of article.quantities) {
    const span = labelSpan(text, label)
    const candidate = candidates.find((c) => !used.has(c) && c.start < span.end && c.end > span.start)
    if (candidate) {
      used.add(candidate)
      pairs.push({ label, candidate })
    } else missed.push(label)
  }
  return { pairs, missed, extra: candidates.filter((c) => !used.has(c)) }
}

/** A Korean article of at least 10,000 characters: the Korean corpus articles one after another, cut at a line. */
export function timingArticle(): string {
  const korean = ARTICLES.filter((a) => a.lang === 'ko').map(articleText)
  let text = ''
  for (let i = 0; text.length < TIMING_CHARS; i++) text += `${korean[i % korean.length]}\n`
  const cut = text.indexOf('\n', TIMING_CHARS)
  return cut < 0 ? text : text.slice(0, cut)
}

export function measureExtraction(): ExtractionBench {
  let labelled = 0
  let candidates = 0
  let detected = 0
  let read = 0
  let windows = 0
  const misses: string[] = []
  for (const article of ARTICLES) {
    const text = articleText(article)
    const score = scoreArticle(article, text)
    labelled += article.quantities.length
    candidates += score.pairs.length + score.extra.length
    detected += score.pairs.length
    for (const { label, candidate } of score.pairs) {
      if (readsRight(label, candidate)) read++
      else misses.push(`${article.file}: misread "${label.text}" as ${JSON.stringify(pick(candidate))}, expected ${JSON.stringify(pickLabel(label))}`)
      if (windowRight(label, candidate)) windows++
      else misses.push(`${article.file}: window of "${label.text}" is ${JSON.stringify(candidate.window)}, expected ${JSON.stringify(label.window)}`)
    }
    for (const label of score.missed) misses.push(`${article.file}: missed "${label.text}"`)
    for (const extra of score.extra) misses.push(`${article.file}: false find "${text.slice(extra.start, extra.end)}" ${JSON.stringify(pick(extra))}`)
  }

  const big = timingArticle()
  extractCandidates(big, { lang: 'ko', published: '2025-06-01' }) // warm-up: regular expressions compiled, code optimised
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let i = 0; i < TIMING_RUNS; i++) {
    const began = performance.now()
    const cpu = process.cpuUsage()
    extractCandidates(big, { lang: 'ko', published: '2025-06-01' })
    const used = process.cpuUsage(cpu)
    times.push(performance.now() - began)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  return {
    articles: ARTICLES.length,
    labelled,
    candidates,
    detected,
    recall: detected / labelled,
    precision: candidates === 0 ? 0 : detected / candidates,
    readRight: detected === 0 ? 0 : read / detected,
    windowRight: detected === 0 ? 0 : windows / detected,
    msPer10kChars: times[Math.floor(times.length / 2)],
    cpuMsPer10kChars: cpuTimes[Math.floor(cpuTimes.length / 2)],
    timingChars: big.length,
    misses,
  }
}

const pick = (c: Candidate) => {
  const q = c.quantity
  return { kind: q.kind, bound: q.bound, value: q.value, low: q.low, high: q.high, unit: q.unit, currency: q.currency, per: q.per }
}
const pickLabel = (l: LabelledQuantity) => ({ kind: l.kind, bound: l.bound, value: l.value, low: l.low, high: l.high, unit: l.unit, currency: l.currency, per: l.per })

export interface ExtractionCheck {
  name: string
  measured: string
  target: string
  met: boolean
}

export function extractionChecks(result: ExtractionBench): ExtractionCheck[] {
  const t = EXTRACTION_TARGETS
  const share = (x: number) => x.toFixed(3)
  return [
    { name: 'Extraction: detection recall', measured: share(result.recall), target: `≥ ${t.recall}`, met: result.recall >= t.recall },
    { name: 'Extraction: detection precision', measured: share(result.precision), target: `≥ ${t.precision}`, met: result.precision >= t.precision },
    { name: 'Extraction: read exactly right', measured: share(result.readRight), target: `≥ ${t.readRight}`, met: result.readRight >= t.readRight },
    { name: 'Extraction: window right', measured: share(result.windowRight), target: `≥ ${t.windowRight}`, met: result.windowRight >= t.windowRight },
    { name: 'Extraction: 10,000-character article', measured: `${result.msPer10kChars.toFixed(1)} ms`, target: `< ${t.ms} ms`, met: result.msPer10kChars < t.ms },
  ]
}

/** The Markdown table of the figures (the section body; the caller adds a heading). */
export function extractionMarkdown(result: ExtractionBench): string {
  return [
    `Corpus: ${result.articles} invented articles (tests/fixtures/intake), ${result.labelled} labelled quantities; ${result.candidates} candidates, ${result.detected} of them matching a label.`,
    '',
    '| Measure | Measured | Goal | Met |',
    '| --- | ---: | ---: | :---: |',
    ...extractionChecks(result).map((c) => `| ${c.name.replace('Extraction: ', '')} | ${c.measured} | ${c.target} | ${c.met ? 'yes' : '**no**'} |`),
    '',
    `Time: median wall time of ${TIMING_RUNS} runs in-process on a ${result.timingChars.toLocaleString('en')}-character Korean article, after one warm-up run (CPU time of the same runs: ${result.cpuMsPer10kChars.toFixed(1)} ms).`,
    '',
  ].join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const result = measureExtraction()
  process.stdout.write(extractionMarkdown(result))
  if (process.argv.includes('--misses')) process.stdout.write(`\n${result.misses.map((m) => `- ${m}`).join('\n')}\n`)
}
