// RSS 2.0 and Atom feeds of published verdicts (all, or one tag's). Item ids are tag: URIs built from the short id,
// not the permalink: the permalink's form may change (it did, /claims/ → /c/), and a changed id would make every
// feed reader show every verdict again as new.
import type { ReaderClaimRow } from './queries'
import { siteUrl } from '../site'
import { absoluteUrl, claimUrl } from './urls'
import { escapeXml as x } from './xml'

export const FEED_SIZE = 50
export const SITE_TITLE = '팩트체크 클레임 트래커 · Claim Tracker'

export interface FeedOptions {
  tag?: string
  /** The feed's own address, for the self link feed readers use to notice moves. */
  selfUrl: string
}

/** A tag: URI (RFC 4151) on the site's host name. */
function tagUri(specific: string): string {
  return `tag:${new URL(siteUrl()).hostname},2024:${specific}`
}

const itemId = (shortId: string) => tagUri(`claim/${shortId}`)

const itemTitle = (row: ReaderClaimRow) => `[${row.ratingKo} · ${row.ratingEn}] ${row.text}`

function itemDescription(row: ReaderClaimRow): string {
  const lines = [`판정 Verdict: ${row.ratingKo} (${row.ratingEn})`, row.summary]
  if (row.translation) lines.unshift(row.translation)
  return lines.join('\n\n')
}

function feedTitle(tag?: string) {
  return tag ? `${SITE_TITLE} — #${tag}` : SITE_TITLE
}

/** The page that lists what the feed carries, for the channel link. */
function alternateUrl(tag?: string) {
  return absoluteUrl(tag ? `/?tag=${encodeURIComponent(tag)}` : '/')
}

export function buildRss(rows: ReaderClaimRow[], { tag, selfUrl }: FeedOptions): string {
  const lastBuild = rows[0]?.publishedAt ?? new Date(0)
  const items = rows.map(
    (row) => `    <item>
      <title>${x(itemTitle(row))}</title>
      <link>${x(claimUrl(row))}</link>
      <guid isPermaLink="false">${x(itemId(row.shortId))}</guid>
      <pubDate>${row.publishedAt.toUTCString()}</pubDate>
      <description>${x(itemDescription(row))}</description>
      <category>${x(row.ratingEn)}</category>
${row.tags.map((t) => `      <category domain="tag">${x(t)}</category>\n`).join('')}    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${x(feedTitle(tag))}</title>
    <link>${x(alternateUrl(tag))}</link>
    <description>${x('검증된 주장과 판정 · Checked claims and their verdicts')}</description>
    <language>ko</language>
    <atom:link href="${x(selfUrl)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`
}

export function buildAtom(rows: ReaderClaimRow[], { tag, selfUrl }: FeedOptions): string {
  const updated = (rows[0]?.publishedAt ?? new Date(0)).toISOString()
  const entries = rows.map(
    (row) => `  <entry>
    <title>${x(itemTitle(row))}</title>
    <link rel="alternate" type="text/html" href="${x(claimUrl(row))}"/>
    <id>${x(itemId(row.shortId))}</id>
    <updated>${row.publishedAt.toISOString()}</updated>
    <summary type="text">${x(itemDescription(row))}</summary>
    <category term="${x(row.ratingEn)}" label="${x(`${row.ratingKo} ${row.ratingEn}`)}"/>
${row.tags.map((t) => `    <category term="${x(t)}" scheme="${x(absoluteUrl('/?tag='))}"/>\n`).join('')}  </entry>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">
  <title>${x(feedTitle(tag))}</title>
  <subtitle>${x('검증된 주장과 판정 · Checked claims and their verdicts')}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(alternateUrl(tag))}"/>
  <id>${x(tagUri(tag ? `feed/tag/${encodeURIComponent(tag)}` : 'feed'))}</id>
  <updated>${updated}</updated>
  <author><name>${x(SITE_TITLE)}</name></author>
${entries.join('\n')}
</feed>
`
}
