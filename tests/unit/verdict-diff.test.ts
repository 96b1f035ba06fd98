import { describe, expect, it } from 'vitest'
import { diffLines, hasChanges } from '../../lib/verdicts/diff'

describe('line diff', () => {
  it('marks nothing when the texts are equal', () => {
    const lines = diffLines('a\nb', 'a\nb')
    expect(lines).toEqual([
      { op: 'same', text: 'a' },
      { op: 'same', text: 'b' },
    ])
    expect(hasChanges(lines)).toBe(false)
  })

  it('finds an inserted, a removed and a changed line', () => {
    expect(diffLines('one\ntwo\nthree\nfour', 'one\nthree\nfour!\nfive')).toEqual([
      { op: 'same', text: 'one' },
      { op: 'removed', text: 'two' },
      { op: 'same', text: 'three' },
      { op: 'removed', text: 'four' },
      { op: 'added', text: 'four!' },
      { op: 'added', text: 'five' },
    ])
  })

  it('treats an empty text as no lines: a first publication is all additions', () => {
    expect(diffLines('', '대체로 사실 아님')).toEqual([{ op: 'added', text: '대체로 사실 아님' }])
    expect(diffLines('gone', '')).toEqual([{ op: 'removed', text: 'gone' }])
    expect(diffLines('', '')).toEqual([])
  })

  it('keeps the common lines of a longer text', () => {
    const before = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n')
    const after = before.replace('line 25', 'line twenty-five')
    const lines = diffLines(before, after)
    expect(lines.filter((line) => line.op === 'same')).toHaveLength(49)
    expect(lines.filter((line) => line.op !== 'same')).toEqual([
      { op: 'removed', text: 'line 25' },
      { op: 'added', text: 'line twenty-five' },
    ])
  })
})

describe('line diff of Markdown paragraphs', () => {
  it('pads with no empty lines: the blank lines between paragraphs are not diffed', () => {
    const lines = diffLines('', 'The count comes from one database.\r\n\r\nThe ministry disagrees.\n\n')
    expect(lines).toEqual([
      { op: 'added', text: 'The count comes from one database.' },
      { op: 'added', text: 'The ministry disagrees.' },
    ])
    expect(lines.every((line) => line.text.trim() !== '')).toBe(true)
  })

  it('a paragraph added between two unchanged ones is the only change', () => {
    expect(diffLines('one\n\ntwo', 'one\r\n\r\nnew\r\n\r\ntwo')).toEqual([
      { op: 'same', text: 'one' },
      { op: 'added', text: 'new' },
      { op: 'same', text: 'two' },
    ])
  })
})
