// `npm run --silent quantities:parse -- --lang ko "5배 이상"` prints one quantity as JSON;
// `npm run --silent quantities:compare -- --lang ko "A" "B"` prints { a, b, relation, reason, conversions, explanation }.
// The first fields of a quantity are always kind, bound, value, low, high, unit, currency, per, decimals (null when
// absent); the rest of the record follows. Input that is not a quantity: a JSON error on stderr, exit code 2.
import { compareQuantities } from '../quantities/compare'
import { orderedQuantity as ordered } from '../quantities/json'
import { parseQuantity } from '../quantities/parse'
import type { Lang, Quantity } from '../quantities/types'

function fail(error: string, details: Record<string, unknown> = {}): never {
  process.stderr.write(`${JSON.stringify({ error, ...details })}\n`)
  process.exit(2)
}

const [command, ...rest] = process.argv.slice(2)
let lang: Lang = 'ko'
const texts: string[] = []
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--lang') {
    const value = rest[++i]
    if (value !== 'ko' && value !== 'en') fail('--lang must be ko or en', { lang: value ?? null })
    lang = value
  } else if (rest[i] === '--') continue
  else texts.push(rest[i])
}

const parse = (text: string): Quantity => parseQuantity(text, { lang }) ?? fail('not a quantity', { input: text })

if (command === 'parse') {
  if (texts.length !== 1) fail('usage: quantities parse [--lang ko|en] "<expression>"')
  process.stdout.write(`${JSON.stringify(ordered(parse(texts[0])))}\n`)
} else if (command === 'compare') {
  if (texts.length !== 2) fail('usage: quantities compare [--lang ko|en] "<A>" "<B>"')
  const [a, b] = texts.map(parse)
  const result = compareQuantities(a, b)
  process.stdout.write(
    `${JSON.stringify({ a: ordered(a), b: ordered(b), relation: result.relation, explanation: result.explanation, reason: result.reason, conversions: result.conversions })}\n`,
  )
} else {
  fail('usage: quantities parse|compare [--lang ko|en] ...')
}
