// Cursors for the public API: an opaque token naming the last item of a page by the list's sort key
// (latest publication time, then short id). Keyset rather than offset, so that a claim published while a client
// walks the list never shifts a page and makes it see an item twice or miss one.
import { z } from 'zod'

export interface CursorKey {
  publishedAt: Date
  shortId: string
}

const keySchema = z.tuple([z.iso.datetime(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)])

export function encodeCursor({ publishedAt, shortId }: CursorKey): string {
  return Buffer.from(JSON.stringify([publishedAt.toISOString(), shortId]), 'utf8').toString('base64url')
}

/** The key a cursor names, or null for anything that is not a cursor this module made. */
export function decodeCursor(cursor: string): CursorKey | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null
  try {
    const parsed = keySchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
    if (!parsed.success) return null
    return { publishedAt: new Date(parsed.data[0]), shortId: parsed.data[1] }
  } catch {
    return null
  }
}
