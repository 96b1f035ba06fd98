// Every audit action code a write can record has words for the desk's history (lib/audit/labels.ts). The codes are
// found where they are written: the `action:` of each audit entry in lib/ (a literal, or either side of a
// conditional), the raw SQL that inserts into audit_events, and the demo loader's constant.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AuditHistory } from '@/components/desk/AuditHistory'
import { AUDIT_ACTION_LABELS, RETIRED_AUDIT_ACTIONS } from '@/lib/audit/labels'
import { DEMO_LOADED_ACTION } from '@/lib/seed/demo'

const LIB = path.resolve(import.meta.dirname, '../../lib')
const CODE = /'([a-z][a-zA-Z]*\.[a-zA-Z]+)'/g

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })
}

/** The action codes written in lib/, each with the file it is written in. */
function recordedActions(): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of sources(LIB)) {
    const text = readFileSync(file, 'utf8')
    const where = path.relative(LIB, file)
    // An audit entry's action (`audit({ action: 'x.y', … })`, possibly `cond ? 'x.y' : 'x.z'`), up to the line's end.
    for (const [, line] of text.matchAll(/\baction:\s*([^\n]*)/g)) {
      if (/^\{\s*in:/.test(line)) continue // a query for actions, not an entry
      for (const [, code] of line.matchAll(CODE)) found.set(code, where)
    }
    // Events inserted without the pipeline: the SQL statement that names audit_events.
    for (const [statement] of text.matchAll(/INSERT INTO audit_events[^`]*/g)) {
      for (const [, code] of statement.matchAll(CODE)) found.set(code, where)
    }
  }
  found.set(DEMO_LOADED_ACTION, 'seed/demo.ts')
  return found
}

describe('audit action labels', () => {
  const recorded = recordedActions()

  it('finds the codes written in every way: literal, conditional, raw SQL, the demo constant', () => {
    for (const code of ['verdict.publish', 'claim.create', 'claimEdit.publish', 'user.activate', 'user.deactivate', 'rating.retire', 'dataset.import', 'claim.flagRecheck', 'demo.loaded']) {
      expect(recorded.has(code), code).toBe(true)
    }
    expect(recorded.size).toBeGreaterThan(40)
  })

  it('every recorded action has Korean and English words', () => {
    const missing = [...recorded].filter(([code]) => !AUDIT_ACTION_LABELS[code]).map(([code, file]) => `${code} (${file})`)
    expect(missing).toEqual([])
    for (const [code] of recorded) expect(AUDIT_ACTION_LABELS[code], code).toMatch(/[가-힣].* [A-Z]/)
  })

  it('labels no action that nothing records, except those older events carry', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((code) => !recorded.has(code) && !RETIRED_AUDIT_ACTIONS.includes(code))).toEqual([])
  })

  it('the history shows the words, with the code in the title', () => {
    const html = renderToStaticMarkup(
      <AuditHistory
        events={[
          { id: '1', action: 'verdict.publish', entityType: 'verdict', createdAt: new Date('2026-12-02T16:51:00Z'), data: {}, actor: { name: 'R', email: 'r@example.org' } },
          { id: '2', action: 'legacy.thing', entityType: 'claim', createdAt: new Date('2026-12-02T16:52:00Z'), data: {}, actor: null },
        ]}
      />,
    )
    expect(html).toContain('<span class="font-medium" title="verdict.publish">판정 공개 Verdict published</span>')
    expect(html).toContain('title="verdict">판정 Verdict</span>')
    expect(html).toContain('<span class="font-medium" title="legacy.thing">legacy.thing</span>')
    expect(html).not.toMatch(/>verdict\.publish</)
  })
})
