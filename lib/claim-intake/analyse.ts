// From what the editor gave (pasted text or HTML, or a source's archived copy) to the review list: the text kept,
// its language and date, and each candidate figure with the metrics it may belong to, the claims the desk may already
// have for it, and whether an earlier intake of the same source logged it already. A read: it writes nothing (the
// URL route archives first through the source library, then reads the source).
import 'server-only'
import { db } from '../db/client'
import { fieldErrorsOf, type FieldErrors } from '../actions/pipeline'
import { extractCandidates } from '../intake/extract'
import { htmlToArticleText } from '../sources/article-text'
import { detectLanguage, looksLikeHtml } from './matching'
import { guessMetrics, type MetricGuess } from './metric-guess'
import { pasteHash } from './paste'
import { loggedInSource, matchCandidates, metricsToGuess, type CandidateMatch, type LoggedFigure } from './queries'
import { analyseInput } from './schema'
import type { Quantity } from '../quantities/types'

export interface ReviewCandidate {
  /** The sentence, split around the figure so the page can mark it. */
  before: string
  figure: string
  after: string
  quote: string
  quantity: Quantity
  subject: string | null
  window: { kind: 'POINT' | 'PERIOD' | 'CUMULATIVE'; start: string | null; end: string | null } | null
  /** Existing metrics whose names or definitions share the sentence's key words, best first. */
  metricGuesses: MetricGuess[]
  /** The metric the figure is put on unless the editor changes it: the best guess, if any. */
  metricId: string | null
  /** The claim an earlier intake of this same source logged for this figure (its sentence and figure), if any. */
  logged: { claimId: string; shortId: string } | null
  matches: CandidateMatch[]
}

export interface Analysis {
  origin: { kind: 'paste'; title: string; publisher: string } | { kind: 'source'; sourceId: string; title: string; publisher: string }
  /** The text claims are read from, shown to the editor as kept. */
  text: string
  /** How it was reduced: 'article' (Readability's main text), 'whole-page' (no article found), 'text' (as given). */
  kept: 'article' | 'whole-page' | 'text'
  language: 'ko' | 'en'
  published: string
  sentences: number
  candidates: ReviewCandidate[]
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; message: string; fieldErrors: FieldErrors }

const today = () => new Date().toISOString().slice(0, 10)
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)
const NEEDS_TEXT = '본문에서 읽을 글이 없습니다. There is no text to read.'

export async function analyse(raw: unknown): Promise<AnalyseResult> {
  const parsed = analyseInput.safeParse(raw)
  if (!parsed.success) return { ok: false, message: '입력한 내용을 확인하세요. Please check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) }
  const input = parsed.data
  let text: string
  let kept: Analysis['kept'] = 'text'
  let origin: Analysis['origin']
  let published = input.published
  let language = input.language
  if (input.origin === 'source') {
    const source = await db().source.findUnique({
      where: { id: input.sourceId! },
      select: { id: true, title: true, publisher: true, publishedAt: true, language: true, currentCopy: { select: { text: true } } },
    })
    if (!source?.currentCopy?.text.trim()) return { ok: false, message: NEEDS_TEXT, fieldErrors: { sourceId: ['이 출처에는 보관된 본문이 없습니다. This source has no archived text.'] } }
    origin = { kind: 'source', sourceId: source.id, title: source.title, publisher: source.publisher }
    text = source.currentCopy.text
    published ??= day(source.publishedAt) ?? undefined
    language ??= source.language === 'en' ? 'en' : source.language === 'ko' ? 'ko' : undefined
  } else {
    const pasted = input.pasted!.replace(/\r\n?/g, '\n')
    let title = ''
    if (looksLikeHtml(pasted)) {
      const article = htmlToArticleText(pasted)
      text = article.text
      kept = article.kept
      title = article.title
    } else {
      text = pasted.trim()
    }
    if (!text.trim()) return { ok: false, message: NEEDS_TEXT, fieldErrors: { pasted: [NEEDS_TEXT] } }
    origin = { kind: 'paste', title: title || text.split('\n')[0].slice(0, 300), publisher: '' }
  }
  language ??= detectLanguage(text)
  published ??= today()
  const extraction = extractCandidates(text, { lang: language, published })
  const metrics = await metricsToGuess()
  const guesses = extraction.candidates.map((c) => guessMetrics(c.quote, metrics))
  const matches = await matchCandidates(extraction.candidates.map((c, i) => ({ ...c, metricId: guesses[i][0]?.id ?? null })))
  // The same text pasted before is that source's article: the review logs into it (and shows what it already has).
  if (origin.kind === 'paste') {
    const earlier = await db().archivedCopy.findFirst({
      where: { method: 'PASTED', sha256: pasteHash(text) },
      orderBy: { takenAt: 'asc' },
      select: { source: { select: { id: true, title: true, publisher: true } } },
    })
    if (earlier) origin = { kind: 'source', sourceId: earlier.source.id, title: earlier.source.title, publisher: earlier.source.publisher }
  }
  const logged = origin.kind === 'source' ? await loggedInSource(origin.sourceId) : []
  const candidates = extraction.candidates.map((c, i): ReviewCandidate => ({
    before: text.slice(c.sentence.start, c.start),
    figure: text.slice(c.start, c.end),
    after: text.slice(c.end, c.sentence.end),
    quote: c.quote,
    quantity: c.quantity,
    subject: c.subject,
    window: c.window,
    metricGuesses: guesses[i],
    metricId: guesses[i][0]?.id ?? null,
    logged: loggedAs(logged, c.quote, text.slice(c.start, c.end), matches[i]),
    matches: matches[i],
  }))
  return { ok: true, analysis: { origin, text, kept, language, published, sentences: extraction.sentences, candidates } }
}

/**
 * The claim logged from this source for this sentence and figure: one appearing there with the same quote and this
 * figure as written (a claim intake made), else one with the same quote that the figure was matched to (an existing
 * claim the article was added to as an appearance).
 */
function loggedAs(logged: readonly LoggedFigure[], quote: string, figure: string, matches: readonly CandidateMatch[]): ReviewCandidate['logged'] {
  const found =
    logged.find((l) => l.quote === quote && l.statedTexts.includes(figure)) ??
    logged.find((l) => l.quote === quote && matches.some((m) => m.claimId === l.claimId))
  return found ? { claimId: found.claimId, shortId: found.shortId } : null
}
