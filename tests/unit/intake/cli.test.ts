import { spawnSync } from 'node:child_process'
import { writeFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const run = (args: string[], input?: string) => spawnSync(tsx, ['lib/cli/claims-extract.ts', ...args], { cwd: root, encoding: 'utf8', input })

const KEYS = ['start', 'end', 'sentence', 'quantity', 'subject', 'window']
const QUANTITY_KEYS = ['kind', 'bound', 'value', 'low', 'high', 'unit', 'currency', 'per', 'decimals']

// Each test starts the CLI through tsx, which compiles it first: seconds on a busy machine, so a generous timeout.
describe('claims:extract CLI', { timeout: 60_000 }, () => {
  it('reads a text file and prints sentences and candidates with the fields in order', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claims-extract-'))
    const file = path.join(dir, 'article.txt')
    const text = '지난해 국내 AI 스타트업 투자는 13억 달러로 전년보다 24% 늘었다. 네이버[035420]는 EXAONE 3.5를 언급하지 않았다.'
    writeFileSync(file, text)
    const out = run(['--lang', 'ko', '--published', '2025-03-12', file])
    expect(out.status).toBe(0)
    const result = JSON.parse(out.stdout)
    expect(Object.keys(result)).toEqual(['sentences', 'candidates'])
    expect(result.sentences).toBe(2)
    expect(result.candidates).toHaveLength(2)
    const [money] = result.candidates
    expect(Object.keys(money).slice(0, 6)).toEqual(KEYS)
    expect(Object.keys(money.quantity).slice(0, 9)).toEqual(QUANTITY_KEYS)
    expect(text.slice(money.start, money.end)).toBe('13억 달러')
    expect(money).toMatchObject({
      sentence: { start: 0, end: text.indexOf('.') + 1 },
      quantity: { kind: 'MONEY', bound: 'EXACT', value: 1.3e9, low: null, high: null, unit: null, currency: 'USD', per: null, decimals: -8 },
      subject: 'Korea',
      window: { start: '2024-01-01', end: '2024-12-31' },
    })
  })

  it('reads HTML from standard input: offsets refer to the article text, which it prints as "text"', () => {
    const html = '<!doctype html><html><head><title>한국 AI 4위</title><script>var x = "10억 달러"</script></head>' +
      '<body><nav>메뉴 1위 2곳</nav><p>올해 한국은 30개국 중 4위를 차지했다.</p></body></html>'
    const out = run(['--lang', 'ko', '--published', '2025-03-12', '-'], html)
    expect(out.status).toBe(0)
    const result = JSON.parse(out.stdout)
    expect(result.text).toBe('한국 AI 4위\n올해 한국은 30개국 중 4위를 차지했다.')
    expect(result.candidates.map((c: { start: number; end: number }) => result.text.slice(c.start, c.end))).toEqual(['4위', '30개국 중 4위'])
    expect(result.candidates[1]).toMatchObject({ quantity: { kind: 'RANK', value: 4, rankOf: 30 }, window: { start: '2025-01-01', end: '2025-12-31' } })
    expect(result.candidates[0].window).toEqual(result.candidates[1].window) // the headline takes the body's window
  })

  it('refuses bad arguments with a JSON error and exit code 2', () => {
    const out = run(['--lang', 'ko', '--published', '12 March', '-'], '3곳')
    expect(out.status).toBe(2)
    expect(out.stdout).toBe('')
    expect(JSON.parse(out.stderr)).toMatchObject({ error: expect.stringContaining('YYYY-MM-DD') })
  })
})
