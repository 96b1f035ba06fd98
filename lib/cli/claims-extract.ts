// `npm run --silent claims:extract -- --lang ko --published YYYY-MM-DD FILE` (FILE may be - for standard input):
// the checkable quantities of an article as JSON, { "sentences": n, "candidates": [...] } (lib/intake/extract.ts).
// Each candidate starts with start, end (UTF-16 offsets of the number expression), sentence { start, end },
// quantity (kind, bound, value, low, high, unit, currency, per, decimals first), subject and window { start, end }
// or null; then the expression's text, the window's kind and the quote. Input is UTF-8 text or HTML (told apart by
// its markup); for HTML the offsets refer to the article's text, printed as "text" (so is a text that had to be put
// in Unicode NFC form). Bad arguments: a JSON error on stderr, exit code 2.
import { readFileSync } from 'node:fs'
import { extractCandidates } from '../intake/extract'
import { orderedQuantity } from '../quantities/json'
import { articleWithTitle } from '../sources/article-text'

function fail(error: string, details: Record<string, unknown> = {}): never {
  process.stderr.write(`${JSON.stringify({ error, ...details })}\n`)
  process.exit(2)
}

const USAGE = 'usage: claims:extract --lang ko|en --published YYYY-MM-DD FILE|-'
let lang: 'ko' | 'en' | null = null
let published: string | null = null
const files: string[] = []
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (arg === '--lang') {
    const value = args[++i]
    if (value !== 'ko' && value !== 'en') fail('--lang must be ko or en', { lang: value ?? null })
    lang = value
  } else if (arg === '--published') {
    const value = args[++i]
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) fail('--published must be a date, YYYY-MM-DD', { published: value ?? null })
    published = value
  } else if (arg === '--') continue
  else files.push(arg)
}
if (!lang || !published || files.length !== 1) fail(USAGE)

let input: string
try {
  input = readFileSync(files[0] === '-' ? 0 : files[0], 'utf8').replace(/^\ufeff/, '')
} catch (error) {
  fail('cannot read the input', { file: files[0], reason: (error as Error).message })
}

/** HTML when it starts like a document or carries block markup; anything else is text as written. */
const isHtml = /^\s*<(?:!doctype|html|head|body)\b/i.test(input) || /<(?:p|div|article|section|br|h[1-6]|li|span|table)\b[^>]*>/i.test(input)
const text = isHtml ? articleWithTitle(input) : input.normalize('NFC')
const { sentences, candidates } = extractCandidates(text, { lang, published })

const out: Record<string, unknown> = {
  sentences,
  candidates: candidates.map((c) => ({
    start: c.start,
    end: c.end,
    sentence: c.sentence,
    quantity: orderedQuantity(c.quantity),
    subject: c.subject,
    window: c.window ? { start: c.window.start, end: c.window.end, kind: c.window.kind } : null,
    text: text.slice(c.start, c.end),
    quote: c.quote,
  })),
}
if (isHtml || text !== input) out.text = text
process.stdout.write(`${JSON.stringify(out)}\n`)
