import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../lib/intake/sentences'

const texts = (text: string, lang: 'ko' | 'en') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('splits Korean sentences and ends one at every line break, without the spaces around them', () => {
    const text = '제목 줄\n첫 문장입니다. 둘째 문장은 3.5%다.  "인용이다." \n\n마지막 줄'
    expect(texts(text, 'ko')).toEqual(['제목 줄', '첫 문장입니다.', '둘째 문장은 3.5%다.', '"인용이다."', '마지막 줄'])
  })

  it('does not end a sentence after an abbreviation ("Aug. 1", "U.S. data", "p. 4")', () => {
    const text = 'SEOUL, Aug. 1 (Gana News) - Exports rose 31.6% to $14.2 billion. See U.S. data on p. 4. Next one.'
    expect(texts(text, 'en')).toEqual(['SEOUL, Aug. 1 (Gana News) - Exports rose 31.6% to $14.2 billion.', 'See U.S. data on p. 4.', 'Next one.'])
  })

  it('numbers paragraphs by line: sentences of one line share one', () => {
    const spans = splitSentences('제목\n\n첫째다. 둘째다.\n셋째다.', 'ko')
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1, 2])
  })

  it('gives UTF-16 offsets, so text after an emoji slices right', () => {
    const text = '자료를 찾았습니다. 📊 충전기는 42만 기입니다.'
    const [, second] = splitSentences(text, 'ko')
    expect(text.slice(second.start, second.end)).toBe('📊 충전기는 42만 기입니다.')
  })
})
