import { describe, expect, it } from 'vitest'
import { sameSitePath, sameSiteUrl } from '../../lib/safe-path'
import { hostileTexts } from '../support/hostile-inputs'

const SITE = 'https://factcheck.example'

/** Where a browser on this site ends up for `target` (the WHATWG parser drops tab, LF and CR, as browsers do). */
const origin = (target: string) => new URL(target, `${SITE}/signin`).origin

describe('sameSitePath keeps paths on this site', () => {
  it.each([
    '/',
    '/desk',
    '/desk/claims/new',
    '/c/kfm2023/korea-developed-zero-foundation-models-in-2023',
    '/search?q=foundation+model&page=2',
    '/metrics/x#values',
    '/desk?next=https://example.org/',
    '/javascript:alert(1)',
    '/@evil.example',
  ])('keeps %s unchanged', (path) => expect(sameSitePath(path)).toBe(path))

  it('percent-encodes non-ASCII text (a Location header holds bytes)', () => {
    expect(sameSitePath('/search?q=파운데이션')).toBe('/search?q=%ED%8C%8C%EC%9A%B4%EB%8D%B0%EC%9D%B4%EC%85%98')
  })

  it('resolves dot segments, and keeps encoded slashes and tabs encoded (browsers do not decode them)', () => {
    expect(sameSitePath('/desk/../c/abc')).toBe('/c/abc')
    expect(sameSitePath('/%2F%2Fevil.example/x')).toBe('/%2F%2Fevil.example/x')
    expect(sameSitePath('/%09/evil.example/x')).toBe('/%09/evil.example/x')
    expect(sameSitePath('/%5Cevil.example')).toBe('/%5Cevil.example')
  })
})

describe('sameSitePath refuses everything else', () => {
  it.each([
    // The reported open redirect: %09, %0A, %0D as the query decodes them.
    ['tab', '/\t/evil.example/x'],
    ['line feed', '/\n/evil.example/x'],
    ['carriage return', '/\r/evil.example/x'],
    ['CR LF header injection', '/desk\r\nSet-Cookie: x=1'],
    ['tab inside a segment', '/de\tsk'],
    ['leading tab', '\t/desk'],
    ['leading space', ' /desk'],
    ['trailing space', '/desk '],
    ['space inside', '/a b'],
    ['NUL', '/\u0000/evil.example'],
    ['escape', '/\u001b[31m'],
    ['DEL', '/\u007f/evil.example'],
    ['C1 next line', '/\u0085/evil.example'],
    ['C1 control', '/\u009b/evil.example'],
    ['no-break space', '/\u00a0/evil.example'],
    ['line separator', '/\u2028/evil.example'],
    ['ideographic space', '/\u3000/evil.example'],
    ['byte-order mark', '\ufeff/desk'],
    ['protocol-relative', '//evil.example/x'],
    ['three slashes', '///evil.example'],
    ['slash backslash', '/\\evil.example'],
    ['slash backslash slash', '/\\/evil.example'],
    ['backslashes', '\\\\evil.example'],
    ['backslash later in the path', '/desk\\..\\..\\evil'],
    ['dot segment to a double slash', '/.//evil.example/x'],
    ['dot-dot to a double slash', '/a/..//evil.example/x'],
    ['absolute URL', 'https://evil.example/x'],
    ['absolute URL of this very site', `${SITE}/desk`],
    ['upper-case scheme', 'HTTPS://EVIL.EXAMPLE'],
    ['scheme without slashes', 'http:evil.example'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: upper case', 'JAVASCRIPT:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['bare host', 'evil.example'],
    ['relative path', 'desk'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(3000)}`],
  ])('%s: %j', (_name, value) => expect(sameSitePath(value)).toBeNull())

  it.each([null, undefined, 42, ['/desk'], { toString: () => '/desk' }])('a non-string: %j', (value) => expect(sameSitePath(value)).toBeNull())

  it('whatever it returns keeps a browser on this site, for every redirect payload of the hostile corpus', () => {
    const problems: string[] = []
    for (const input of hostileTexts('redirect')) {
      const path = sameSitePath(input.text)
      if (path !== null && (origin(path) !== SITE || !path.startsWith('/') || path.startsWith('//'))) problems.push(`${input.name}: ${path}`)
    }
    expect(problems).toEqual([])
  })
})

describe("sameSiteUrl (next-auth's redirect callback)", () => {
  it('keeps a same-site path or URL, as an absolute URL on the base', () => {
    expect(sameSiteUrl('/desk', SITE)).toBe(`${SITE}/desk`)
    expect(sameSiteUrl(`${SITE}/c/abc?x=1#y`, SITE)).toBe(`${SITE}/c/abc?x=1#y`)
    expect(sameSiteUrl('/desk', `${SITE}/`)).toBe(`${SITE}/desk`)
  })

  it.each([
    '/\t/evil.example/x',
    `${SITE}/\t/evil.example/x`,
    `${SITE}//evil.example/x`,
    `${SITE}.evil.example/x`,
    `${SITE}@evil.example/x`,
    'https://evil.example/x',
    '//evil.example',
    'javascript:alert(1)',
  ])('sends %j to the home page', (url) => expect(sameSiteUrl(url, SITE)).toBe(`${SITE}/`))
})
