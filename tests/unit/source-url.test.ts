import { describe, expect, it } from 'vitest'
import { UserError } from '../../lib/errors'
import { isHttpUrl, normalizeUrl } from '../../lib/sources/url'

describe('normalizeUrl', () => {
  it('leaves an already canonical Korean government URL unchanged', () => {
    const url = 'https://www.korea.kr/news/policyNewsView.do?newsId=148928248'
    expect(normalizeUrl(url)).toBe(url)
  })

  it('gives Hangul paths and queries one deterministic, percent-encoded form', () => {
    const expected =
      'https://example.com/%EB%89%B4%EC%8A%A4?q=%ED%8C%8C%EC%9A%B4%EB%8D%B0%EC%9D%B4%EC%85%98'
    expect(normalizeUrl('https://example.com/뉴스?q=파운데이션')).toBe(expected)
    expect(normalizeUrl(expected)).toBe(expected)
    // Lower-case escapes are the same octets.
    expect(normalizeUrl(expected.toLowerCase().replace('https://example.com', 'https://EXAMPLE.com'))).toBe(expected)
    // Idempotent.
    expect(normalizeUrl(normalizeUrl('https://example.com/뉴스?q=파운데이션'))).toBe(expected)
  })

  it('trims surrounding whitespace', () => {
    expect(normalizeUrl('  https://example.com/a \n')).toBe('https://example.com/a')
  })

  it('lower-cases scheme and host but not the path or query', () => {
    expect(normalizeUrl('HTTPS://WWW.Example.COM/Path/File?Q=Value')).toBe('https://www.example.com/Path/File?Q=Value')
  })

  it('drops default ports and keeps other ports', () => {
    expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a')
    expect(normalizeUrl('https://example.com:443/a')).toBe('https://example.com/a')
    expect(normalizeUrl('http://example.com:443/a')).toBe('http://example.com:443/a')
    expect(normalizeUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a')
  })

  it('keeps http and https apart', () => {
    expect(normalizeUrl('http://example.com/a')).toBe('http://example.com/a')
    expect(normalizeUrl('https://example.com/a')).toBe('https://example.com/a')
  })

  it('removes the fragment', () => {
    expect(normalizeUrl('https://example.com/a?b=1#section-2')).toBe('https://example.com/a?b=1')
    expect(normalizeUrl('https://example.com/#top')).toBe('https://example.com/')
  })

  it('removes the trailing slash of a non-root path only', () => {
    expect(normalizeUrl('https://example.com/a/b/')).toBe('https://example.com/a/b')
    expect(normalizeUrl('https://example.com/a/b//?x=1')).toBe('https://example.com/a/b?x=1')
    expect(normalizeUrl('https://x.com/')).toBe('https://x.com/')
    expect(normalizeUrl('https://x.com')).toBe('https://x.com/')
  })

  it('removes utm_* parameters of any case and known click ids', () => {
    expect(normalizeUrl('https://example.com/a?utm_source=x&UTM_Medium=y&Utm_campaign=z')).toBe('https://example.com/a')
    for (const name of ['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid', '_ga', 'ref_src']) {
      expect(normalizeUrl(`https://example.com/a?id=7&${name}=abc`), name).toBe('https://example.com/a?id=7')
    }
    expect(normalizeUrl('https://example.com/a?FBCLID=abc')).toBe('https://example.com/a')
    // A percent-encoded name is the same name.
    expect(normalizeUrl('https://example.com/a?utm%5Fsource=x&id=1')).toBe('https://example.com/a?id=1')
  })

  it('keeps other parameters in their order and spelling', () => {
    expect(normalizeUrl('https://example.com/a?z=1&utm_source=x&a=2&ref=home&z=3')).toBe(
      'https://example.com/a?z=1&a=2&ref=home&z=3',
    )
    expect(normalizeUrl('https://example.com/search?q=a+b%20c&empty=&flag')).toBe(
      'https://example.com/search?q=a+b%20c&empty=&flag',
    )
  })

  it('drops an empty query and empty pairs', () => {
    expect(normalizeUrl('https://example.com/a?')).toBe('https://example.com/a')
    expect(normalizeUrl('https://example.com/a?utm_source=x')).toBe('https://example.com/a')
    expect(normalizeUrl('https://example.com/a?x=1&&y=2&')).toBe('https://example.com/a?x=1&y=2')
  })

  it('treats the fully qualified host name as the same host', () => {
    expect(normalizeUrl('https://example.com./a')).toBe('https://example.com/a')
  })

  it('gives the same result for many spellings of one page', () => {
    const spellings = [
      'https://news.example.kr/article/123',
      'HTTPS://News.Example.KR:443/article/123/',
      'https://news.example.kr/article/123?utm_source=twitter&fbclid=IwAR0#comments',
      ' https://news.example.kr/article/./123 ',
    ]
    expect(new Set(spellings.map(normalizeUrl))).toEqual(new Set(['https://news.example.kr/article/123']))
  })

  it('rejects other schemes with a UserError', () => {
    for (const input of ['ftp://example.com/file', 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@example.com']) {
      expect(() => normalizeUrl(input), input).toThrow(UserError)
    }
    expect(() => normalizeUrl('ftp://example.com/file')).toThrow(/Only http:\/\/ and https:\/\//)
  })

  it('rejects unparsable and relative input with a UserError', () => {
    for (const input of ['', '   ', 'not a url', 'www.example.com/a', '/relative/path', 'http://', 'https://exa mple.com/']) {
      expect(() => normalizeUrl(input), JSON.stringify(input)).toThrow(UserError)
    }
    expect(() => normalizeUrl('www.example.com/a')).toThrow(/not a valid web address/)
  })

  it('rejects addresses that carry credentials', () => {
    expect(() => normalizeUrl('https://user:secret@example.com/a')).toThrow(UserError)
  })
})

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(isHttpUrl('http://example.com')).toBe(true)
    expect(isHttpUrl(' https://example.com/뉴스 ')).toBe(true)
  })

  it('refuses everything else', () => {
    for (const input of ['', 'example.com', 'ftp://example.com', 'javascript:alert(1)', 'data:text/plain,hi', '/a']) {
      expect(isHttpUrl(input), input).toBe(false)
    }
  })
})
