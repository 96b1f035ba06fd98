// From an article's text to candidate claims (pure: no database, no I/O, no clock).
//
//   extractCandidates(text, { lang, published }) → { sentences, candidates }
//
// Each candidate is one checkable quantity: where its number expression is in the text (UTF-16 offsets, as
// JavaScript indexes strings), the sentence it is in (also the quote), its reading by the quantities parser, a
// subject guess and a window guess. The steps: decoy regions masked (decoys.ts) → sentences (sentences.ts) →
// quantities in each sentence (lib/quantities findQuantities, readings that are decoys dropped) → windows from the
// sentence's time cues, the last frame of the sentences before it and the publication date (window.ts) → subjects
// (subject.ts). A figure that gets no window (a headline) takes the window the article gives the same figure.
import { findQuantities } from '../quantities/parse'
import type { Quantity } from '../quantities/types'
import { findDecoyRegions, isDecoyReading, maskDecoys } from './decoys'
import { splitSentences } from './sentences'
import { subjectFor } from './subject'
import { findCues, lastFrame, leadFrame, windowFor, type Window } from './window'

export type { Window } from './window'

export interface Candidate {
  /** Offsets of the number expression in the input: text.slice(start, end) is "13억 달러", "5배 이상", "11위". */
  start: number
  end: number
  sentence: { start: number; end: number }
  quantity: Quantity
  subject: string | null
  window: Window | null
  /** The sentence as written, to quote. */
  quote: string
}

export interface ExtractOptions {
  lang: 'ko' | 'en'
  /** The article's publication date, 'YYYY-MM-DD': "지난해", "올해", "so far" are read against it. */
  published: string
}

export interface Extraction {
  sentences: number
  candidates: Candidate[]
}

const CHANGE_KINDS = new Set(['PERCENT_CHANGE', 'PERCENTAGE_POINTS'])
/** A sentence that continues the one before: its figures are in that sentence's time frame. */
const BACK_REFERENCE = /^[\s□○※▶·•-]*(?:이는|이 가운데|이 중|이중|이에|이를|이와|그중|그 가운데|이 밖에|(?:This|That|It|These)\b)/

export function extractCandidates(text: string, options: ExtractOptions): Extraction {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.published)) throw new Error(`published must be YYYY-MM-DD, not ${options.published}`)
  const regions = findDecoyRegions(text)
  const masked = maskDecoys(text, regions)
  const sentences = splitSentences(text, options.lang)
  const candidates: Candidate[] = []
  // Sentences without a time cue take the article's lead frame, or, when they point back ("이는", "이 가운데",
  // "This"), the frame of the sentence before. The headline (a first line on its own) sets no lead frame.
  let lead: Window | null = null
  let previousFrame: Window | null = null
  const lastParagraph = sentences.length ? sentences[sentences.length - 1].paragraph : 0
  const isHeadline = (s: { paragraph: number }) => s.paragraph === 0 && lastParagraph > 0
  let previousParagraph = -1
  let carriedSubject: string | null = null

  for (const sentence of sentences) {
    if (sentence.paragraph !== previousParagraph) carriedSubject = null
    previousParagraph = sentence.paragraph
    const spans = findQuantities(masked.slice(sentence.start, sentence.end), { lang: options.lang })
      .map((span) => ({ ...span, start: span.start + sentence.start, end: span.end + sentence.start }))
      .filter((span) => !isDecoyReading(masked, span))
    const cues = findCues(text, sentence.start, sentence.end, options.lang, options.published, regions)
    const quantities = shareListedChange(masked, spans.map((span) => span.quantity), spans)
    const pointsBack = BACK_REFERENCE.test(text.slice(sentence.start, sentence.start + 12))
    const carried: Window | null = pointsBack ? (previousFrame ?? lead) : lead
    spans.forEach((span, i) => {
      const quantity = quantities[i]
      const place = { start: span.start, end: span.end, kind: quantity.kind }
      let window = windowFor(text, place, cues, options.lang, carried)
      if (quantity.kind === 'DURATION' && /^\s*연속/.test(text.slice(span.end, span.end + 4))) window = consecutive(quantity, window)
      const subject = subjectFor(text, sentence, span, options.lang) ?? carriedSubject
      candidates.push({
        start: span.start,
        end: span.end,
        sentence: { start: sentence.start, end: sentence.end },
        quantity,
        subject,
        window,
        quote: text.slice(sentence.start, sentence.end),
      })
    })
    previousFrame = lastFrame(cues) ?? carried
    if (!lead && !isHeadline(sentence)) lead = leadFrame(cues, options.published)
    const named = subjectFor(text, sentence, { start: sentence.end, end: sentence.end }, options.lang)
    if (named) carriedSubject = named
  }
  fillFromSameFigure(candidates, (c) => isHeadline(sentences.find((s) => s.start === c.sentence.start)!))
  return { sentences: sentences.length, candidates }
}

/** "각각 18%, 9% 올랐다": a direction word after the last figure of a list applies to every percent in it. */
function shareListedChange(text: string, quantities: Quantity[], spans: { start: number; end: number }[]): Quantity[] {
  const out = [...quantities]
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]]
    const gap = text.slice(spans[i].end, spans[i + 1].start)
    if (a.kind === 'PERCENT' && CHANGE_KINDS.has(b.kind) && /^\s*(?:[,·]|와|과|and)\s*$/.test(gap) && a.value !== null && b.value !== null) {
      const sign = Math.sign(b.value) || 1
      out[i] = { ...a, kind: b.kind, value: sign * a.value }
    }
  }
  return out
}

/** "13개월 연속", "석 달 연속": the run of months (or years) that ends with the frame's month. */
function consecutive(quantity: Quantity, frame: Window | null): Window | null {
  if (!frame?.end || quantity.value === null || !Number.isInteger(quantity.value)) return frame
  const [y, m] = [Number(frame.end.slice(0, 4)), Number(frame.end.slice(5, 7))]
  const months = quantity.durationUnit === 'month' ? quantity.value : quantity.durationUnit === 'year' ? quantity.value * 12 : null
  if (months === null) return frame
  const index = y * 12 + (m - 1) - (months - 1)
  const [sy, sm] = [Math.floor(index / 12), (index % 12) + 1]
  return { kind: 'PERIOD', start: `${sy}-${String(sm).padStart(2, '0')}-01`, end: frame.end.slice(0, 7) + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0') }
}

const sameFigure = (a: Quantity, b: Quantity) =>
  a.kind === b.kind && a.value === b.value && a.low === b.low && a.high === b.high && a.unit === b.unit && a.currency === b.currency && a.durationUnit === b.durationUnit && a.rankOf === b.rankOf

/**
 * A headline's figure takes the window the article gives the same figure (a headline abbreviates its time: "10년 새
 * 7배"); any other figure with no window takes it too.
 */
function fillFromSameFigure(candidates: Candidate[], inHeadline: (c: Candidate) => boolean) {
  for (const c of candidates) {
    const headline = inHeadline(c)
    if (c.window && !headline) continue
    const twin = candidates.find((o) => o !== c && o.window && !inHeadline(o) && sameFigure(o.quantity, c.quantity))
    if (twin) c.window = twin.window
  }
}
