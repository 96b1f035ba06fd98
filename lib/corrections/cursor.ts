// The corrections list's cursor: an opaque token naming the last entry of a page by the list's sort key (when the
// change was made, then the entry's key). Keyset rather than offset, like the API's (lib/reader/cursor.ts), so that
// a correction published while a reader pages never shifts a page.
import { z } from 'zod'

export interface CorrectionCursor {
  at: Date
  /** `revision:<revision id>`, `withdrawal:<verdict id>` or `claimEdit:<claim edit id>`. */
  key: string
}

const keySchema = z.tuple([z.iso.datetime(), z.string().regex(/^(?:revision|withdrawal|claimEdit):[A-Za-z0-9_-]{1,64}$/)])

export function encodeCorrectionCursor({ at, key }: CorrectionCursor): string {
  return Buffer.from(JSON.stringify([at.toISOString(), key]), 'utf8').toString('base64url')
}

/** The key a cursor names, or null for anything that is not a cursor this module made. */
export function decodeCorrectionCursor(cursor: string | undefined): CorrectionCursor | null {
  if (!cursor || !/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null
  try {
    const parsed = keySchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
    return parsed.success ? { at: new Date(parsed.data[0]), key: parsed.data[1] } : null
  } catch {
    return null
  }
}
