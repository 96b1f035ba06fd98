import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const run = (...args: string[]) => spawnSync(tsx, ['lib/cli/quantities.ts', ...args], { cwd: root, encoding: 'utf8' })

describe('quantities CLI', () => {
  it('parse prints one JSON quantity with the leading fields in order', () => {
    const out = run('parse', '--lang', 'ko', '5배 이상')
    expect(out.status).toBe(0)
    const q = JSON.parse(out.stdout)
    expect(Object.keys(q).slice(0, 9)).toEqual(['kind', 'bound', 'value', 'low', 'high', 'unit', 'currency', 'per', 'decimals'])
    expect(q).toMatchObject({ kind: 'MULTIPLE', bound: 'AT_LEAST', value: 5, low: null, high: null, unit: null, currency: null, per: null, decimals: 0 })
  })

  it('compare prints both quantities, the relation and the explanation in both languages', () => {
    const out = run('compare', '--lang', 'ko', '3.2배', '220% 증가')
    expect(out.status).toBe(0)
    const result = JSON.parse(out.stdout)
    expect(result.a).toMatchObject({ kind: 'MULTIPLE', value: 3.2 })
    expect(result.b).toMatchObject({ kind: 'PERCENT_CHANGE', value: 220 })
    expect(result.relation).toBe('EQUAL')
    expect(result.explanation.ko).toContain('220% 증가')
    expect(result.explanation.en).toContain('220% increase')
  })

  it('refuses what is not a quantity with a JSON error and exit code 2', () => {
    const out = run('parse', '--lang', 'en', 'GPT-4o')
    expect(out.status).toBe(2)
    expect(out.stdout).toBe('')
    expect(JSON.parse(out.stderr)).toMatchObject({ error: 'not a quantity', input: 'GPT-4o' })
  })
})
