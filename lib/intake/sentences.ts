// Sentences of an article, with UTF-16 offsets into it: Intl.Segmenter (Unicode sentence boundaries, in Node's ICU)
// in the article's language, then two repairs ICU needs for news text. A line break always ends a sentence (a
// headline, a list item, a byline), and a period after an abbreviation ("Aug. 1", "U.S. data", "p. 4") does not.
export interface SentenceSpan {
  start: number
  end: number
  /** Index of the paragraph (line) the sentence is in; sentences of one line share it. */
  paragraph: number
}

// A segment that ends in one of these is not the end of a sentence: month and title abbreviations, initialisms
// ("U.S.", "a.m."), one capital letter ("J. Lee"), and reference words ("p.", "No.", "Fig.").
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Za-z](?:\.[A-Za-z])+|[A-Z]|p|pp|no|vs|etc|approx|fig|cf|ed|est|incl)\.$/

export function splitSentences(text: string, lang: 'ko' | 'en'): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
  const raw: { start: number; end: number }[] = []
  for (const { index, segment } of segmenter.segment(text)) {
    // ICU already breaks after a line break; this keeps a break inside a segment (it has none) from being lost.
    let start = index
    for (const line of segment.split('\n')) {
      raw.push({ start, end: start + line.length })
      start += line.length + 1
    }
  }
  const merged: { start: number; end: number }[] = []
  for (const piece of raw) {
    const previous = merged[merged.length - 1]
    const previousText = previous ? text.slice(previous.start, previous.end) : ''
    const sameLine = previous && !text.slice(previous.end, piece.start).includes('\n') && previous.end === piece.start
    if (previous && sameLine && ABBREVIATION.test(previousText.trimEnd()) && /^\s*[\p{Ll}\p{N}(\uac00-\ud7a3]/u.test(text.slice(piece.start, piece.end))) {
      previous.end = piece.end
    } else merged.push({ ...piece })
  }
  const spans: SentenceSpan[] = []
  let paragraph = -1
  let scanned = 0
  let lineBreakSince = true
  for (const { start, end } of merged) {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s])) s++
    while (e > s && /\s/.test(text[e - 1])) e--
    if (s === e) continue
    if (text.slice(scanned, s).includes('\n')) lineBreakSince = true
    if (lineBreakSince) paragraph++
    lineBreakSince = false
    scanned = e
    spans.push({ start: s, end: e, paragraph })
  }
  return spans
}
