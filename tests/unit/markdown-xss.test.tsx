import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../components/Markdown'
import type { Citation } from '../../lib/verdicts/citations'

const render = (source: string, citations?: Citation[]) => renderToStaticMarkup(<Markdown citations={citations}>{source}</Markdown>)

/** What must never reach a reader's browser as markup, whatever an editor (or a stolen desk account) writes. */
const DANGEROUS = [
  /<script/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<svg/i,
  /<style/i,
  /<form/i,
  /<meta/i,
  /<base/i,
  /<link/i,
  // Text content is escaped (a literal "<" becomes &lt;), so every "<" in the output opens a real tag.
  /<[^>]*\son[a-z]+\s*=/i, // event handler attributes
  /(href|src|action|formaction|xlink:href)\s*=\s*"\s*(javascript|vbscript|data):/i,
  /<[^>]*\sstyle\s*=/i,
]

const PAYLOADS: string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](java&#x09;script:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[ref][x]\n\n[x]: javascript:alert(1)',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '`<script>` stays code: <script>alert(1)</script>',
  '[x](javascript:alert(1) "title")',
  '<https://example.com/" onmouseover="alert(1)>',
  '[x](https://example.com/" onmouseover="alert(1))',
  '<div style="position:fixed" onclick="alert(1)">x</div>',
  '[^KEY"><script>alert(1)</script>]',
]

describe('Markdown sanitising against XSS payloads', () => {
  it.each(PAYLOADS)('renders %j without script, handlers or dangerous URLs', (payload) => {
    const html = render(payload, [citation('KEY')])
    for (const pattern of DANGEROUS) expect(html, `${pattern} in ${html}`).not.toMatch(pattern)
  })

  it('keeps code that shows markup as escaped text', () => {
    expect(render('`<script>alert(1)</script>`')).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>')
  })
})

describe('links', () => {
  it('gives external links rel="nofollow noopener"', () => {
    const html = render('[report](https://aiindex.stanford.edu/report/) and [proto-relative](//example.com/x)')
    expect(html).toContain('<a href="https://aiindex.stanford.edu/report/" rel="nofollow noopener">report</a>')
    expect(html).toContain('<a href="//example.com/x" rel="nofollow noopener">proto-relative</a>')
  })

  it('leaves links within the site alone', () => {
    const html = render('[another claim](/claims/kfm2023/x) and [a section](#sources)')
    expect(html).toContain('<a href="/claims/kfm2023/x">another claim</a>')
    expect(html).toContain('<a href="#sources">a section</a>')
  })
})

function citation(key: string, title = 'AI Index Report 2024'): Citation {
  return {
    key,
    evidenceId: `ev-${key}`,
    stance: 'CONTRADICTS',
    excerpt: null,
    locator: 'p. 42',
    source: {
      kind: 'PRIMARY_REPORT',
      publisher: 'Stanford HAI',
      author: null,
      title,
      url: 'https://aiindex.stanford.edu/report/',
      publishedAt: '2024-04-15T00:00:00.000Z',
      publishedPrecision: 'DAY',
      publishedApprox: false,
      accessedAt: null,
    },
  }
}

describe('citation footnotes', () => {
  const citations = [citation('AI-Index-Report-2024'), citation('뉴시스-2025', '스탠퍼드 AI 인덱스')]

  it('numbers references in order of first mention and lists the sources at the end', () => {
    const html = render('Korea had one [^뉴시스-2025]. The index says so [^AI-Index-Report-2024], again [^뉴시스-2025].', citations)
    expect(html).toContain('<sup class="citation"><a href="#fn-뉴시스-2025" id="fnref-뉴시스-2025" aria-label="각주 Footnote 1">1</a></sup>')
    expect(html).toContain('<a href="#fn-AI-Index-Report-2024" id="fnref-AI-Index-Report-2024" aria-label="각주 Footnote 2">2</a>')
    // The second mention links too, without repeating the id.
    expect(html.match(/href="#fn-뉴시스-2025"/g)).toHaveLength(2)
    expect(html.match(/id="fnref-뉴시스-2025"/g)).toHaveLength(1)
    const footnotes = html.slice(html.indexOf('aria-label="각주 Footnotes"'))
    expect(footnotes.indexOf('id="fn-뉴시스-2025"')).toBeLessThan(footnotes.indexOf('id="fn-AI-Index-Report-2024"'))
    expect(footnotes).toContain('Stanford HAI')
    expect(footnotes).toContain('p. 42')
  })

  it('leaves unknown keys and keys inside code as typed, and adds no footnote list for them', () => {
    const html = render('Unknown [^Nope] and `[^AI-Index-Report-2024]`', citations)
    expect(html).toContain('[^Nope]')
    expect(html).toContain('<code>[^AI-Index-Report-2024]</code>')
    expect(html).not.toContain('Footnotes')
  })

  it('without citations renders references as plain text', () => {
    expect(render('See [^AI-Index-Report-2024].')).toContain('See [^AI-Index-Report-2024].')
  })
})
