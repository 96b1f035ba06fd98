// HTML to text through a real DOM (linkedom, a small server-side DOM), never through regular expressions: the parser
// knows where a script ends, what an entity means and which "<" is text.
//
//   htmlToArticleText(html, url?) → { title, text, byline, kept }   the article's main text (Mozilla's Readability,
//                                                                    the reader-view algorithm), or the page's text
//   htmlToPageText(html)          → string                           every visible line of the page
//
// A news page is mostly not the article: menus, related-article lists, captions, footers. Readability picks the
// article; when it finds none (`kept: 'whole-page'`) the page's text is used without navigation, forms and the like.
// Text keeps its paragraphs: every block element ends a line, <br> breaks one, and runs of spaces (including
// non-breaking ones) collapse to one space, so sentences quoted from the page can be found in the text.
import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

export interface ArticleText {
  title: string
  text: string
  byline: string | null
  /** 'article' when Readability found the main text; 'whole-page' when the page's visible text was used instead. */
  kept: 'article' | 'whole-page'
}

/** Elements whose content is never text on the page (the title is printed once, first, by the callers). */
const NEVER_TEXT = new Set(['TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT'])
/** Parts of a page that are not its content, left out of the whole-page fallback. */
const PAGE_CHROME = new Set(['NAV', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'ASIDE', 'DIALOG', 'MENU'])
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TITLE', 'TR', 'UL',
])

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }
const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** A document for any HTML: a fragment ("<p>a</p>") is put into a body first, as a browser would. */
function parseDocument(html: string) {
  const whole = /<html[\s>]|<body[\s>]/i.test(html)
  return parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document
}

/** The text of a subtree, one line per block, without the elements in `skip`. */
function blockText(root: DomNode, skip: Set<string>): string {
  const parts: string[] = []
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.textContent ?? '')
      return
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toUpperCase()
    if (NEVER_TEXT.has(name) || skip.has(name)) return
    const block = BLOCKS.has(name)
    if (block) parts.push('\n')
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i])
    if (block) parts.push('\n')
  }
  walk(root)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** Every visible line of an HTML document or fragment, its <title> included (as the archive has always kept it). */
export function htmlToPageText(html: string): string {
  const document = parseDocument(html)
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const body = document.body ? blockText(document.body as unknown as DomNode, new Set()) : ''
  return [title, body].filter(Boolean).join('\n')
}

/** The article's main text (Readability), or the page's visible text without navigation when there is no article. */
export function htmlToArticleText(html: string, url?: string): ArticleText {
  const document = parseDocument(html)
  const pageTitle = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim()
  let article: ReturnType<Readability<string>['parse']> = null
  try {
    // On a short page Readability returns everything it saw, menus included; its own readerability test (enough
    // paragraph text) says whether there is an article to find. Korean says more per character than English, so
    // the paragraph length it counts from is lower than its default of 140.
    if (isProbablyReaderable(document as unknown as Document, { minContentLength: READERABLE_MIN_PARAGRAPH, minScore: 20 })) {
      // Readability changes the document it reads, so it reads its own copy; the fallback reads the original.
      const copy = parseDocument(html)
      if (url) setBaseUrl(copy, url)
      article = new Readability(copy as unknown as Document).parse()
    }
  } catch {
    article = null // a page Readability cannot walk is read whole
  }
  const articleText = article?.content ? blockText(parseDocument(article.content).body as unknown as DomNode, new Set()) : ''
  if (article && articleText) {
    return { title: clean(article.title) || pageTitle, text: articleText, byline: clean(article.byline) || null, kept: 'article' }
  }
  const body = document.body ? blockText(document.body as unknown as DomNode, PAGE_CHROME) : ''
  return { title: pageTitle, text: body, byline: null, kept: 'whole-page' }
}

const READERABLE_MIN_PARAGRAPH = 80

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** Relative links resolve against the page's own address (Readability rewrites them in what it keeps). */
function setBaseUrl(document: ReturnType<typeof parseDocument>, url: string) {
  if (!/^https?:\/\//i.test(url) || document.querySelector('base') || !document.head) return
  const base = document.createElement('base')
  base.setAttribute('href', url)
  document.head.appendChild(base)
}
