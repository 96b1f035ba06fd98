// There is no XML parser in the project, and feeds are written as text (lib/reader/feeds.ts); this checks what a
// hand-written feed gets wrong. The browser tests parse the feeds with DOMParser as well.
import { expect } from 'vitest'

/**
 * Throws unless the document's elements nest properly, every `&` starts an entity, no `<` or `>` is loose in text,
 * and no character lies outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/U+FFFF).
 * Enough to catch the mistakes a hand-written feed makes (an unescaped claim text, a tag left open).
 */
export function assertWellFormedXml(xml: string) {
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
  expect(forbidden.exec(xml)?.[0], 'a character XML 1.0 does not allow').toBeUndefined()
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '')
  expect(body.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi), 'unescaped &').toBeNull()
  const stack: string[] = []
  const tokens = body.split(/(<[^<>]*>)/)
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      expect(token, 'loose < or > in text').not.toMatch(/[<>]/)
      continue
    }
    const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(token)
    expect(tag, `malformed tag ${token}`).not.toBeNull()
    const [, closing, name, , selfClosing] = tag!
    if (selfClosing) continue
    if (closing) expect(stack.pop(), `</${name}> closes the wrong element`).toBe(name)
    else stack.push(name)
  }
  expect(stack, 'elements left open').toEqual([])
}
