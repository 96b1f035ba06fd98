// The plain-text view of a source's archived copies, served to the desk (every source) and to readers (the sources a
// public claim page cites): one selection and one layout for both routes. A source can have many copies, since
// none is ever replaced; the view shows one in full and lists them all with when and how each was taken, which
// published verdicts cited it, and, for pasted text, who pasted it. Readers land on the copy the verdict cited.
// Labels are Korean and English side by side: the view is one plain-text document for every reader.
import type { Prisma } from '../db/generated/client'
import type { ArchiveMethod } from '../db/generated/enums'

/** A copy as listed (everything but its text, which only the copy shown needs). */
export const copyListingSelect = {
  id: true,
  method: true,
  sha256: true,
  takenAt: true,
  url: true,
  finalUrl: true,
  httpStatus: true,
  contentType: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.ArchivedCopySelect

/** A published revision that cited a copy, by the claim whose permalink shows it. */
export type Citing = { claimId: string; shortId: string; slug: string; revision: number; publishedAt: Date }

export type CopyListing = Prisma.ArchivedCopyGetPayload<{ select: typeof copyListingSelect }> & { citedBy: Citing[] }

/** Which copy the view shows when none is asked for: the one the latest publication cited, else the current one. */
export function defaultCopyId(copies: CopyListing[], currentCopyId: string | null): string | null {
  let cited: { id: string; at: number } | null = null
  for (const copy of copies) {
    for (const citing of copy.citedBy) {
      const at = citing.publishedAt.getTime()
      if (!cited || at > cited.at) cited = { id: copy.id, at }
    }
  }
  return cited?.id ?? currentCopyId ?? copies.at(-1)?.id ?? null
}

const iso = (date: Date) => date.toISOString()

/** How a copy was taken, in words: pasted text always says so, and by whom. */
export function methodLabel(copy: { method: ArchiveMethod; createdBy: { name: string } | null }): string {
  if (copy.method === 'FETCHED') return '가져옴 · fetched by the archiver'
  return copy.createdBy
    ? `직접 붙여 넣음 (${copy.createdBy.name}) · pasted by hand by ${copy.createdBy.name}`
    : '직접 붙여 넣음 · pasted by hand'
}

function provenance(copy: CopyListing): string {
  if (copy.method === 'PASTED') {
    return `${methodLabel(copy)}: 원문에서 가져온 것이 아닙니다 · not fetched from the source`
  }
  const detail = [copy.httpStatus ? `HTTP ${copy.httpStatus}` : null, copy.contentType || null].filter(Boolean).join(', ')
  const from = copy.finalUrl ?? copy.url
  return `${methodLabel(copy)}${from ? ` ${from}` : ''}${detail ? ` (${detail})` : ''}`
}

const citingText = (citing: Citing) => `/c/${citing.shortId}/${citing.slug} (판 revision ${citing.revision}, ${iso(citing.publishedAt)})`

export interface ArchivedCopyView {
  source: { title: string; url: string | null }
  copies: CopyListing[]
  shown: { id: string; text: string }
  /** Where each copy is served, for the list. */
  pathFor(copyId: string): string
}

/** The heading (title, address, the shown copy's provenance and citations), the list of every copy, then the text. */
export function archivedCopyText({ source, copies, shown, pathFor }: ArchivedCopyView): string {
  const copy = copies.find((candidate) => candidate.id === shown.id)!
  const citedElsewhere = copies.filter((candidate) => candidate.citedBy.length && candidate.id !== copy.id)
  const cited = copy.citedBy.length
    ? copy.citedBy.map((citing) => `판정이 인용한 보관본 · cited by the verdict: ${citingText(citing)}`)
    : citedElsewhere.length
      ? [`판정이 인용한 보관본이 아닙니다 · not the copy a verdict cited: ${citedElsewhere.map((other) => pathFor(other.id)).join(', ')}`]
      : ['판정이 인용한 보관본이 없습니다 · no published verdict cited a copy of this source']
  const list = copies.map((candidate) => {
    const marks = [
      iso(candidate.takenAt),
      methodLabel(candidate),
      `sha256 ${candidate.sha256.slice(0, 12)}…`,
      ...(candidate.citedBy.length ? [`판정이 인용 cited by ${candidate.citedBy.map((citing) => `/c/${citing.shortId} (${citing.revision})`).join(', ')}`] : []),
      pathFor(candidate.id),
    ]
    return `${candidate.id === copy.id ? '→' : ' '} ${marks.join(' · ')}`
  })
  return [
    source.title,
    source.url ?? '',
    '',
    `보관 archived ${iso(copy.takenAt)} · sha256 ${copy.sha256}`,
    provenance(copy),
    ...cited,
    '',
    `이 출처의 보관본 ${copies.length}개 · all ${copies.length} archived copies of this source (→ 이 보관본 · this copy):`,
    ...list,
    '',
    '────────',
    '',
  ].join('\n') + (shown.text || '(본문을 뽑지 못한 형식입니다, PDF 등 · no extractable text, a PDF or image: only its hash is kept)\n')
}
