import ReactMarkdown from 'react-markdown'

/**
 * Renders editor-written Markdown safely: raw HTML in the source is never rendered (react-markdown escapes it
 * without rehype-raw), and link URLs pass react-markdown's default filter, which drops javascript: and data: URLs.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-claim space-y-3 leading-relaxed">
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  )
}
