// The error pages' structure, rendered as the server would: app/error.tsx takes the place of every layout below the
// root, so it has the one banner and the one <main>; the 404 body has neither, since it is always shown inside a
// frame (app/not-found.tsx or a section's layout).
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { NotFoundContent } from '../../components/NotFoundContent'
import ErrorPage from '../../app/error'

const count = (html: string, tag: string) => html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1])
const reset = () => {}
const error = Object.assign(new Error('secret database detail'), { digest: '1' })

describe('error pages', () => {
  it('the error page has one header, one main, links home, to search and the methodology, and no error text', () => {
    const html = renderToString(<ErrorPage error={error} reset={reset} />)
    expect(count(html, 'header')).toBe(1)
    expect(count(html, 'main')).toBe(1)
    expect(links(html)).toEqual(expect.arrayContaining(['#main', '/', '/search', '/methodology']))
    expect(html).not.toContain('secret database detail')
  })

  it('the 404 body brings no header or main of its own, and is marked with its language', () => {
    for (const locale of ['ko', 'en'] as const) {
      const html = renderToString(<NotFoundContent locale={locale} />)
      expect(count(html, 'header')).toBe(0)
      expect(count(html, 'main')).toBe(0)
      expect(html).toMatch(new RegExp(`^<div lang="${locale}"`))
      expect(links(html)).toEqual(['/', '/search', '/methodology'])
    }
  })
})
