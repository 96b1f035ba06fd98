// Editor-written Markdown, rendered the same on the server (reader page) and in the browser (the verdict editor's
// preview): no server-only imports here.
import type { ComponentProps } from 'react'
import ReactMarkdown, { type Components, type Options } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { STANCE_LABELS } from '@/lib/format'
import { stanceLabel, t } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'
import { CITATION_PATTERN, usedCitations, type Citation } from '@/lib/verdicts/citations'
import { SourceCitation } from './SourceCitation'

/** Absolute web addresses (and protocol-relative ones) leave the site: readers' trust is not lent to them. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i

const components: Components = {
  a({ node: _node, href, children, ...rest }: ComponentProps<'a'> & { node?: unknown }) {
    const external = typeof href === 'string' && EXTERNAL.test(href)
    return (
      <a href={href} {...rest} {...(external ? { rel: 'nofollow noopener' } : {})}>
        {children}
      </a>
    )
  },
  // An image whose address the URL filter dropped (javascript:, data:) is left out rather than shown empty.
  img({ node: _node, src, alt, ...rest }: ComponentProps<'img'> & { node?: unknown }) {
    // An editor's image from anywhere on the web: next/image would need every host configured in advance.
    // eslint-disable-next-line @next/next/no-img-element
    return src ? <img src={src} alt={alt ?? ''} {...rest} /> : null
  },
}

// A minimal view of the Markdown syntax tree (mdast): only what the citation pass touches.
interface MdNode {
  type: string
  value?: string
  children?: MdNode[]
  data?: Record<string, unknown>
  /** A GFM footnote's label, as typed. */
  label?: string
}

/** The footnote words: in the reader page's language, in both on the desk (no locale). */
const footnoteWords = (locale: Locale | undefined) => ({
  reference: (n: number) => (locale ? t(locale, 'footnoteReference', { n }) : `각주 Footnote ${n}`),
  list: locale ? t(locale, 'footnotesLabel') : '각주 Footnotes',
  back: (n: number) => (locale ? t(locale, 'footnoteBack', { n }) : `본문으로 돌아가기 Back to reference ${n}`),
})

/**
 * GFM's own footnotes are not ours: `[^KEY]` cites evidence (remarkCitations). An editor's `[^x]: ...` line, which
 * remark-gfm would turn into a footnote definition (and its `[^x]` into a footnote reference), is put back into the
 * plain text it was typed as, so citations are found as before and GFM adds only tables, strikethrough, task lists
 * and autolinks.
 */
function remarkPlainFootnotes() {
  const walk = (node: MdNode) => {
    if (!node.children) return
    node.children = node.children.flatMap((child): MdNode[] => {
      const label = child.label ?? ''
      if (child.type === 'footnoteReference') return [{ type: 'text', value: `[^${label}]` }]
      walk(child)
      if (child.type !== 'footnoteDefinition') return [child]
      const [first, ...rest] = child.children ?? []
      const lead: MdNode = { type: 'text', value: `[^${label}]: ` }
      if (first?.type === 'paragraph') return [{ ...first, children: [lead, ...(first.children ?? [])] }, ...rest]
      return [{ type: 'paragraph', children: [lead] }, ...(first ? [first] : []), ...rest]
    })
  }
  return (tree: unknown) => walk(tree as MdNode)
}

/**
 * A remark pass that turns `[^KEY]` in text into a superscript link to its footnote. GFM's footnotes are put back
 * into text first (remarkPlainFootnotes), so text nodes are where it is found; code spans and blocks are other node
 * types and stay literal. Unknown keys stay as typed (saving refuses them; the editor lists them).
 */
function remarkCitations({ numbers, locale }: { numbers: Map<string, number>; locale?: Locale }) {
  const words = footnoteWords(locale)
  const referenced = new Set<string>()
  const reference = (key: string): MdNode => {
    // Only the first reference carries the id the footnote's back link points to: ids must be unique.
    const id = referenced.has(key) ? undefined : `fnref-${key}`
    referenced.add(key)
    return {
      type: 'citationReference',
      data: {
        hName: 'sup',
        hProperties: { className: ['citation'] },
        hChildren: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#fn-${key}`, id, ariaLabel: words.reference(numbers.get(key) ?? 0) },
            children: [{ type: 'text', value: String(numbers.get(key)) }],
          },
        ],
      },
    }
  }
  const split = (text: string): MdNode[] => {
    const parts: MdNode[] = []
    let last = 0
    for (const match of text.matchAll(CITATION_PATTERN)) {
      if (!numbers.has(match[1])) continue
      if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) })
      parts.push(reference(match[1]))
      last = match.index + match[0].length
    }
    if (last < text.length) parts.push({ type: 'text', value: text.slice(last) })
    return parts
  }
  const walk = (node: MdNode) => {
    if (!node.children) return
    node.children = node.children.flatMap((child) => {
      if (child.type === 'text' && child.value) return split(child.value)
      // A footnote link inside a link would be a link in a link: leave link text alone.
      if (child.type !== 'link' && child.type !== 'linkReference') walk(child)
      return [child]
    })
  }
  return (tree: unknown) => walk(tree as MdNode)
}

/**
 * Renders editor-written Markdown safely: raw HTML in the source is never rendered (skipHtml, and no rehype-raw),
 * link and image URLs pass react-markdown's default filter (drops javascript:, vbscript:, data: and other
 * non-web protocols), and external links get rel="nofollow noopener". GitHub-flavoured tables render (remark-gfm).
 * With `citations`, `[^KEY]` references become numbered footnotes listed after the text, labelled in `locale`
 * (a reader page's language; in both languages without it).
 */
export function Markdown({ children, citations, locale }: { children: string; citations?: Citation[]; locale?: Locale }) {
  const used = citations ? usedCitations(children, citations) : []
  const numbers = new Map(used.map((citation) => [citation.key, citation.number]))
  return (
    <div className="prose-claim space-y-3 leading-relaxed">
      <ReactMarkdown
        skipHtml
        components={components}
        remarkPlugins={[remarkGfm, remarkPlainFootnotes, ...(used.length ? [[remarkCitations, { numbers, locale }] satisfies NonNullable<Options['remarkPlugins']>[number]] : [])]}
      >
        {children}
      </ReactMarkdown>
      {used.length ? <Footnotes citations={used} locale={locale} /> : null}
    </div>
  )
}

const toDate = (iso: string | null) => (iso ? new Date(iso) : null)

function Footnotes({ citations, locale }: { citations: (Citation & { number: number })[]; locale?: Locale }) {
  const words = footnoteWords(locale)
  return (
    <section aria-label={words.list} lang={locale} className="mt-4 border-t border-stone-200 pt-3 text-sm">
      <ol className="list-decimal space-y-2 pl-5">
        {citations.map((citation) => (
          <li key={citation.key} id={`fn-${citation.key}`}>
            <SourceCitation
              source={{ ...citation.source, publishedAt: toDate(citation.source.publishedAt), accessedAt: toDate(citation.source.accessedAt) }}
              locale={locale}
            />
            <span className="ml-2 text-xs text-stone-600">
              {locale ? (
                stanceLabel(locale, citation.stance)
              ) : (
                <>
                  {STANCE_LABELS[citation.stance]?.ko} <span lang="en">{STANCE_LABELS[citation.stance]?.en}</span>
                </>
              )}
              {citation.locator ? ` · ${citation.locator}` : null}
            </span>{' '}
            <a href={`#fnref-${citation.key}`} aria-label={words.back(citation.number)} className="underline">
              ↩
            </a>
          </li>
        ))}
      </ol>
    </section>
  )
}
