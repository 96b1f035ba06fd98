import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../components/Markdown'

const render = (source: string) => renderToStaticMarkup(<Markdown>{source}</Markdown>)

describe('Markdown rendering of editor text', () => {
  it('renders ordinary Markdown, Korean included', () => {
    const html = render('**대체로 사실 아님**: see [the report](https://aiindex.stanford.edu/report/).')
    expect(html).toContain('<strong>대체로 사실 아님</strong>')
    // External links carry rel="nofollow noopener" (see markdown-xss.test.tsx).
    expect(html).toContain('<a href="https://aiindex.stanford.edu/report/" rel="nofollow noopener">the report</a>')
  })

  it('never renders raw HTML, event handlers or script', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<b onclick="x()">bold</b>')
    expect(html).not.toMatch(/<script|<img|onerror|onclick|<b /i)
  })

  it('drops javascript: and data: link targets', () => {
    const html = render('[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)')
    expect(html).not.toMatch(/javascript:|data:text/i)
    expect(html).toContain('click')
  })
})
