import { describe, expect, it } from 'vitest'
import { htmlToArticleText, htmlToPageText } from '../../lib/sources/article-text'

const PARAGRAPH =
  '국내 AI 스타트업 투자가 지난해 13억 달러로 전년 대비 24% 늘었다고 과학기술정보통신부가 밝혔다. 정부는 올해 AI 예산을 1조 원 이상 늘릴 계획이다.'
const NEWS_PAGE = `<!doctype html><html><head><title>AI 투자 13억 달러 - 가나일보</title>
<script>window.ads = "<p>광고 1위</p>"</script><style>p { color: red }</style></head><body>
<nav><a href="/">홈</a> <a href="/economy">경제</a> <a href="/it">IT 과학</a></nav>
<article><h1>AI 투자 13억 달러</h1><p class="byline">김가나 기자</p>
<p>${PARAGRAPH}</p><p>업계는 &ldquo;투자 회복&rdquo;이라고 평가했다.&nbsp;${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>
<aside><h3>많이 본 뉴스</h3><ul><li><a href="/1">반도체 수출 3개월 연속 증가</a></li><li><a href="/2">환율 1,400원 돌파</a></li></ul></aside>
<footer>Copyright 2025 가나일보. 대표전화 02-123-4567</footer></body></html>`

describe('htmlToArticleText', () => {
  it('keeps the article and leaves out menus, related articles, footers, scripts and styles', () => {
    const result = htmlToArticleText(NEWS_PAGE, 'https://news.example/a/1')
    expect(result.kept).toBe('article')
    expect(result.title).toBe('AI 투자 13억 달러 - 가나일보')
    expect(result.byline).toBe('김가나 기자')
    expect(result.text).toContain(PARAGRAPH)
    expect(result.text).not.toMatch(/IT 과학|많이 본 뉴스|환율 1,400원|Copyright|광고|color/)
  })

  it('keeps paragraph breaks and decodes entities, a non-breaking space becoming a space', () => {
    const { text } = htmlToArticleText(NEWS_PAGE)
    const lines = text.split('\n')
    expect(lines).toContain(`업계는 “투자 회복”이라고 평가했다. ${PARAGRAPH}`)
    expect(lines.filter((line) => line === PARAGRAPH)).toHaveLength(2)
  })

  it('falls back to the whole page, without navigation and footer, when there is no article to find', () => {
    const result = htmlToArticleText('<html><head><title>공지</title></head><body><nav><a href="/">홈</a></nav><div>점검 안내: 3건</div><footer>ⓒ 2025</footer></body></html>')
    expect(result).toEqual({ title: '공지', text: '점검 안내: 3건', byline: null, kept: 'whole-page' })
  })

  it('reads a fragment pasted from a browser as a page body', () => {
    expect(htmlToArticleText('<p>첫 문단</p><p>둘째 <b>문단</b><br>셋째 줄</p>').text).toBe('첫 문단\n둘째 문단\n셋째 줄')
  })
})

describe('htmlToPageText', () => {
  it('keeps every visible line, the title first, and never script contents', () => {
    expect(htmlToPageText('<title>T</title><p>1 &lt; 2</p><nav>menu</nav><script>x = "<p>no</p>"</script>')).toBe('T\n1 < 2\nmenu')
  })
})
