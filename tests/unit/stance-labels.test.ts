// Evidence stances and claim relations each say what they mean: no two stances read alike (the old "공식 반론" and
// "반박 자료"), and no stance shares its words with a relation (the old "Contradicts" for both).
import { describe, expect, it } from 'vitest'
import { STANCE_LABELS } from '@/lib/format'
import { RELATION_LABELS } from '@/lib/relations/schema'

describe('stance and relation labels', () => {
  it('name the stances as the desk means them', () => {
    expect(STANCE_LABELS.SUPPORTS).toEqual({ ko: '주장을 뒷받침', en: 'Supports the claim' })
    expect(STANCE_LABELS.CONTRADICTS).toEqual({ ko: '주장과 어긋나는 자료', en: 'Contradicting evidence' })
    expect(STANCE_LABELS.REBUTS).toEqual({ ko: '당사자 공식 반론', en: 'Official rebuttal' })
    expect(RELATION_LABELS.CONTRADICTS.outgoing).toBe('서로 모순 · Contradicts each other')
  })

  it('no stance shares a word-for-word label with a relation, and none with another stance', () => {
    const stances = Object.values(STANCE_LABELS).flatMap((label) => [label.ko, label.en])
    expect(new Set(stances).size).toBe(stances.length)
    const relations = Object.values(RELATION_LABELS).flatMap((label) => [label.outgoing, label.incoming]).flatMap((text) => text.split(' · '))
    for (const stance of stances) expect(relations, stance).not.toContain(stance)
    expect(stances.some((label) => /반박 자료|^Contradicts$/.test(label))).toBe(false)
  })
})
