// Receipt codes: what a reader gets back for a tip, and the only key to its status page (/submit/<code>). Random
// from the CSPRNG, never derived from the row or a counter: 16 characters of a 31-letter alphabet (about 79 bits), so
// a code cannot be guessed or counted from one's own. No 0/o, 1/l/i, so it can be read out and typed.
import { randomInt } from 'node:crypto'

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export const RECEIPT_CODE_LENGTH = 16

export function randomReceiptCode(): string {
  let code = ''
  for (let i = 0; i < RECEIPT_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

export const isReceiptCode = (code: string) => new RegExp(`^[${ALPHABET}]{${RECEIPT_CODE_LENGTH}}$`).test(code)

export const receiptPath = (code: string) => `/submit/${code}`
