// RSS and Atom through their route handlers, read by a real feed parser (Universal Feed Parser, as aggregators
// read them: tests/support/feedparser.ts) and by a small well-formedness checker (tests/support/well-formed-xml.ts)
// plus the escaping rules; the browser test parses them with DOMParser.
import { beforeAll, describe, expect, it } from 'vitest'
import { GET as atom } from '../../app/atom.xml/route'
import { GET as rss } from '../../app/feed.xml/route'
import { db } from '../../lib/db/client'
import { loadDemoDataset } from '../../lib/seed/demo'
import { parseFeed } from '../support/feedparser'
import { assertWellFormedXml as assertWellFormed } from '../support/well-formed-xml'

const BASE = 'http://localhost:3000'

const elements = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}[ >][\\s\\S]*?</${name}>`, 'g'))].map((match) => match[0])

beforeAll(async () => {
  await loadDemoDataset(db())
  // Markup characters in a claim, a tag and a summary: the feed must escape them, not break.
  await db().claim.update({ where: { shortId: 'kpt2022' }, data: { tags: ['R&D', '<특허>'], text: '한국은 특허 1위 & "AI" <강국>' } })
  await db().claim.update({ where: { shortId: 'knt2024' }, data: { tags: ['R&D'] } })
})

describe('RSS 2.0 feed', () => {
  it('is well-formed RSS with one item per listed claim, served as RSS', async () => {
    const response = await rss(new Request(`${BASE}/feed.xml`))
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await response.text()
    assertWellFormed(xml)
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rss version="2\.0"/)
    const items = elements(xml, 'item')
    expect(items).toHaveLength(12)
    for (const item of items) {
      expect(item).toMatch(/<title>\[[^\]]+\] .+<\/title>/)
      expect(item).toMatch(new RegExp(`<link>${BASE}/(c|claims)/[a-z0-9]{7}/[^<]+</link>`))
      expect(item).toMatch(/<guid isPermaLink="false">tag:localhost,2024:claim\/[a-z0-9]{7}<\/guid>/)
      // RFC 822 dates, as RSS requires.
      expect(item).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/)
    }
    expect(xml).toContain('한국은 특허 1위 &amp; &quot;AI&quot; &lt;강국&gt;')
    expect(xml).toContain('<category domain="tag">R&amp;D</category>')
    expect(xml).toContain(`<atom:link href="${BASE}/feed.xml" rel="self" type="application/rss+xml"/>`)
    const feed = parseFeed(xml)
    expect(feed.bozo, feed.bozoException ?? '').toBe(false)
    expect(feed.version).toBe('rss20')
    expect(feed.entries).toHaveLength(12)
    // The parser reads back the text the escaping protected.
    expect(feed.entries.filter((entry) => entry.title?.endsWith('] 한국은 특허 1위 & "AI" <강국>'))).toHaveLength(1)
  })

  it('narrows to one tag with ?tag=, and stays well-formed when empty', async () => {
    const xml = await (await rss(new Request(`${BASE}/feed.xml?tag=${encodeURIComponent('R&D')}`))).text()
    assertWellFormed(xml)
    expect(elements(xml, 'item')).toHaveLength(2)
    expect(xml).toContain(`<atom:link href="${BASE}/feed.xml?tag=R%26D"`)
    const empty = await (await rss(new Request(`${BASE}/feed.xml?tag=nothing`))).text()
    assertWellFormed(empty)
    expect(elements(empty, 'item')).toHaveLength(0)
  })

  it('leaves out unpublished and withdrawn verdicts', async () => {
    await db().verdict.updateMany({ where: { claim: { shortId: 'uscnarn' } }, data: { status: 'WITHDRAWN' } })
    const xml = await (await rss(new Request(`${BASE}/feed.xml`))).text()
    expect(xml).not.toContain('claim/uscnarn')
    expect(xml).not.toContain('claim/kgpucnt')
    expect(elements(xml, 'item')).toHaveLength(11)
    await db().verdict.updateMany({ where: { claim: { shortId: 'uscnarn' } }, data: { status: 'PUBLISHED' } })
  })

  it('checks itself: the well-formedness check does catch a broken feed', () => {
    expect(() => assertWellFormed('<rss><channel><title>R&D</title></channel></rss>')).toThrow(/unescaped &/)
    expect(() => assertWellFormed('<rss><channel></rss>')).toThrow()
    expect(() => assertWellFormed('<rss><title>a < b</title></rss>')).toThrow()
  })
})

describe('Atom feed', () => {
  it('is well-formed Atom with the required feed and entry elements', async () => {
    const response = await atom(new Request(`${BASE}/atom.xml`))
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await response.text()
    assertWellFormed(xml)
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/)
    const head = xml.slice(0, xml.indexOf('<entry>'))
    // RFC 4287: a feed has id, title, updated and an author (here at feed level, covering every entry).
    for (const required of ['<id>', '<title>', '<updated>', '<author>']) expect(head).toContain(required)
    const entries = elements(xml, 'entry')
    expect(entries).toHaveLength(12)
    for (const entry of entries) {
      expect(entry).toMatch(/<id>tag:localhost,2024:claim\/[a-z0-9]{7}<\/id>/)
      expect(entry).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z<\/updated>/)
      expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="http[^"]+"\/>/)
    }
    const ids = entries.map((entry) => /<id>([^<]+)<\/id>/.exec(entry)![1])
    expect(new Set(ids).size).toBe(12)
    const feed = parseFeed(xml)
    expect(feed.bozo, feed.bozoException ?? '').toBe(false)
    expect(feed.version).toBe('atom10')
    expect(feed.entries.map((entry) => entry.id)).toEqual(ids)
  })

  it('narrows to one tag with ?tag=', async () => {
    const xml = await (await atom(new Request(`${BASE}/atom.xml?tag=${encodeURIComponent('<특허>')}`))).text()
    assertWellFormed(xml)
    expect(elements(xml, 'entry')).toHaveLength(1)
    expect(xml).toContain('<title>팩트체크 클레임 트래커 · Claim Tracker — #&lt;특허&gt;</title>')
  })
})
