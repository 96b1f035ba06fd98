// The plain-text view of a source's archived copy, served to the desk (every archived source) and to readers (the
// sources a public claim page cites): one selection and one layout for both routes.
import type { Prisma } from '../db/generated/client'

export const archivedCopySelect = {
  title: true,
  url: true,
  archivedText: true,
  archivedAt: true,
  contentHash: true,
} satisfies Prisma.SourceSelect

/** Title, address, when it was archived and the hash of what was fetched, a blank line, then the text. */
export function archivedCopyText(copy: { title: string; url: string | null; archivedAt: Date; contentHash: string | null; archivedText: string }): string {
  const heading = [copy.title, copy.url ?? '', `archived ${copy.archivedAt.toISOString()} · sha256 ${copy.contentHash ?? ''}`, '', ''].join('\n')
  return heading + copy.archivedText
}
