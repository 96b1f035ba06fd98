import type { Prisma } from '../db/generated/client'

/** The source fields a citation shows (components/SourceCitation.tsx): one list for every query that cites. */
export const citationSourceSelect = {
  kind: true,
  publisher: true,
  author: true,
  title: true,
  url: true,
  publishedAt: true,
  publishedPrecision: true,
  publishedApprox: true,
  accessedAt: true,
} satisfies Prisma.SourceSelect

/** A claim's evidence as citations are built from it, in the order the keys are numbered. */
export const evidenceForCitations = {
  orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  select: { id: true, stance: true, excerpt: true, locator: true, source: { select: citationSourceSelect } },
} satisfies Prisma.Claim$evidenceArgs
