// A pasted article as the desk stores it: line endings made one, outer space trimmed, and its SHA-256, by which the
// same text pasted again is found to be the same source (lib/claim-intake/actions.ts, analyse.ts).
import { createHash } from 'node:crypto'

/** Line endings as a browser may send them vary; the stored copy and its hash should not. */
export const normalizedPaste = (text: string) => text.replace(/\r\n?/g, '\n').trim()

export const pasteHash = (text: string) => createHash('sha256').update(normalizedPaste(text), 'utf8').digest('hex')
