// Citation keys: how a verdict's analysis points at the claim's evidence. Each evidence item gets a key derived
// from its source ("AI-Index-Report-2024"); the analysis writes `[^AI-Index-Report-2024]` and the reader sees a
// numbered footnote that resolves to the source. Pure functions, shared by the editor (client), the actions and
// the reader page, so that what the editor previews is what readers get.
import type { DatePrecision, SourceKind, Stance } from '../db/generated/enums'

/** One citable evidence item, JSON-safe (dates as ISO strings): also the shape frozen into a revision. */
export interface Citation {
  key: string
  evidenceId: string
  stance: Stance
  excerpt: string | null
  locator: string | null
  source: {
    kind: SourceKind
    publisher: string
    author: string | null
    title: string
    url: string | null
    publishedAt: string | null
    publishedPrecision: DatePrecision
    publishedApprox: boolean
    accessedAt: string | null
  }
}

/** What a key may hold: ASCII letters, digits, hyphens and Hangul, so it survives copying into Markdown. */
const KEY_WORD = /[A-Za-z0-9\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]+/g
const MAX_WORDS = 3
const MAX_KEY = 40

/**
 * Any `[^...]` reference, known or not: unknown ones must be found to be refused. No brackets, spaces or carets
 * inside, so ordinary text like "[^ ]" or "[a^b]" is not taken for a citation.
 */
export const CITATION_PATTERN = /\[\^([^[\]\s^]+)\]/g

/**
 * The part of a key before de-duplication: the first words of the source's title, plus the publication year (or a
 * year in the title) unless those words already carry it ("AI Index Report 2024" -> "AI-Index-Report-2024"; a Korean title keeps its
 * Hangul). A title with no usable word falls back to the publisher, then to "source".
 */
export function citationKeyBase(source: { title: string; publisher: string; publishedAt: string | Date | null }): string {
  const words = (text: string): string[] => text.normalize('NFC').match(KEY_WORD) ?? []
  let parts = words(source.title).slice(0, MAX_WORDS)
  if (!parts.length) parts = words(source.publisher).slice(0, MAX_WORDS)
  if (!parts.length) parts = ['source']
  const year = source.publishedAt
    ? new Date(source.publishedAt).getUTCFullYear().toString()
    : (words(source.title).find((word) => /^(19|20)\d\d$/.test(word)) ?? null)
  if (year && !parts.includes(year)) parts.push(year)
  let key = ''
  for (const part of parts) {
    const next = key ? `${key}-${part}` : part
    if (next.length > MAX_KEY) break
    key = next
  }
  return key || parts[0].slice(0, MAX_KEY)
}

/**
 * Keys for a claim's evidence in the order given (oldest first, so earlier keys stay put as evidence is added):
 * a repeated base gets "-2", "-3". Compared without case, so "AI-Index" and "ai-index" cannot both exist.
 */
export function assignCitationKeys<E extends { source: { title: string; publisher: string; publishedAt: string | Date | null } }>(
  evidence: E[],
): (E & { key: string })[] {
  const taken = new Set<string>()
  return evidence.map((item) => {
    const base = citationKeyBase(item.source)
    let key = base
    for (let n = 2; taken.has(key.toLowerCase()); n++) key = `${base}-${n}`
    taken.add(key.toLowerCase())
    return { ...item, key }
  })
}

const iso = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString())

/** A claim's evidence rows (as Prisma returns them) as citations with keys. */
export function citationsFor(
  evidence: {
    id: string
    stance: Stance
    excerpt: string | null
    locator: string | null
    source: Omit<Citation['source'], 'publishedAt' | 'accessedAt'> & { publishedAt: Date | string | null; accessedAt: Date | string | null }
  }[],
): Citation[] {
  return assignCitationKeys(evidence).map((item) => ({
    key: item.key,
    evidenceId: item.id,
    stance: item.stance,
    excerpt: item.excerpt,
    locator: item.locator,
    source: {
      kind: item.source.kind,
      publisher: item.source.publisher,
      author: item.source.author,
      title: item.source.title,
      url: item.source.url,
      publishedAt: iso(item.source.publishedAt),
      publishedPrecision: item.source.publishedPrecision,
      publishedApprox: item.source.publishedApprox,
      accessedAt: iso(item.source.accessedAt),
    },
  }))
}

/**
 * The text with fenced code blocks and inline code spans blanked out: `[^KEY]` shown as code is not a citation
 * (the renderer leaves code literal too). Indented code blocks are not recognised; they are rare in an analysis.
 */
export function withoutCode(markdown: string): string {
  let fence: string | null = null
  const lines = markdown.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === null && marker) {
      fence = marker
      return ''
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      return ''
    }
    return line
  })
  // A code span runs from a backtick run to the next run of the same length.
  return lines.join('\n').replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, ' ')
}

/** The keys an analysis cites, each once, in the order of first mention (the footnote numbers). */
export function citedKeys(markdown: string): string[] {
  const keys: string[] = []
  for (const match of withoutCode(markdown).matchAll(CITATION_PATTERN)) if (!keys.includes(match[1])) keys.push(match[1])
  return keys
}

/** Cited keys that name no evidence item of the claim. */
export function unknownCitations(markdown: string, citations: Pick<Citation, 'key'>[]): string[] {
  const known = new Set(citations.map((citation) => citation.key))
  return citedKeys(markdown).filter((key) => !known.has(key))
}

/** The citations an analysis uses, numbered in order of first mention; unknown keys are left out. */
export function usedCitations(markdown: string, citations: Citation[]): (Citation & { number: number })[] {
  const byKey = new Map(citations.map((citation) => [citation.key, citation]))
  return citedKeys(markdown)
    .filter((key) => byKey.has(key))
    .map((key, index) => ({ ...byKey.get(key)!, number: index + 1 }))
}

export const unknownCitationMessage = (keys: string[]) =>
  `이 주장의 근거에 없는 인용입니다 · unknown citation ${keys.map((key) => `[^${key}]`).join(', ')}`

/** Reads a revision's frozen citations back; anything malformed is dropped rather than breaking the page. */
export function parseCitations(json: unknown): Citation[] {
  if (!Array.isArray(json)) return []
  return json.filter(
    (item): item is Citation =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.key === 'string' &&
      typeof item.stance === 'string' &&
      typeof item.source === 'object' &&
      item.source !== null &&
      typeof item.source.title === 'string' &&
      typeof item.source.publisher === 'string',
  )
}
