// RSS 2.0 and Atom feeds: the two document builders every feed of the site uses (published verdicts, all or one
// tag's, here; the corrections log, lib/corrections/feeds.ts), and the verdict feeds' items. Item ids are tag: URIs
// built from the short id, not the permalink: the permalink's form may change (it did, /claims/ → /c/), and a
// changed id would make every feed reader show every verdict again as new.
import { formatDate } from '../i18n/format'
import type { ReaderClaimRow } from './queries'
import { siteUrl } from '../site'
import { claimantPath, tagPath } from './claimant-paths'
import { absoluteUrl, claimUrl } from './urls'
import { escapeXml as x } from './xml'

export const FEED_SIZE = 50
export const SITE_TITLE = '팩트체크 클레임 트래커 · Claim Tracker'

/** What describes a feed as a whole. */
export interface FeedChannel {
  title: string
  /** One line on what the feed carries (RSS description, Atom subtitle). */
  description: string
  /** The page that lists what the feed carries. */
  alternateUrl: string
  /** The feed's own address, for the self link feed readers use to notice moves. */
  selfUrl: string
  /** The feed's permanent id (Atom), a tag: URI. */
  id: string
}

export interface FeedCategory {
  term: string
  /** A readable label (Atom only). */
  label?: string
  /** A tag of the site's (RSS domain "tag", Atom scheme: the tag's page). */
  tag?: boolean
}

export interface FeedItem {
  /** Permanent, a tag: URI: a changed id makes feed readers show the item again as new. */
  id: string
  title: string
  link: string
  /** When the item last changed: feed readers move it up. */
  date: Date
  description: string
  categories: FeedCategory[]
}

/** A tag: URI (RFC 4151) on the site's host name. */
export function tagUri(specific: string): string {
  return `tag:${new URL(siteUrl()).hostname},2024:${specific}`
}

export function rssDocument(channel: FeedChannel, items: FeedItem[]): string {
  const lastBuild = items[0]?.date ?? new Date(0)
  const rendered = items.map(
    (item) => `    <item>
      <title>${x(item.title)}</title>
      <link>${x(item.link)}</link>
      <guid isPermaLink="false">${x(item.id)}</guid>
      <pubDate>${item.date.toUTCString()}</pubDate>
      <description>${x(item.description)}</description>
${item.categories.map((c) => `      <category${c.tag ? ' domain="tag"' : ''}>${x(c.term)}</category>\n`).join('')}    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${x(channel.title)}</title>
    <link>${x(channel.alternateUrl)}</link>
    <description>${x(channel.description)}</description>
    <language>ko</language>
    <atom:link href="${x(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
${rendered.join('\n')}
  </channel>
</rss>
`
}

export function atomDocument(channel: FeedChannel, items: FeedItem[]): string {
  const updated = (items[0]?.date ?? new Date(0)).toISOString()
  const category = (c: FeedCategory) =>
    `    <category term="${x(c.term)}"${c.label ? ` label="${x(c.label)}"` : ''}${c.tag ? ` scheme="${x(absoluteUrl('/?tag='))}"` : ''}/>\n`
  const entries = items.map(
    (item) => `  <entry>
    <title>${x(item.title)}</title>
    <link rel="alternate" type="text/html" href="${x(item.link)}"/>
    <id>${x(item.id)}</id>
    <updated>${item.date.toISOString()}</updated>
    <summary type="text">${x(item.description)}</summary>
${item.categories.map(category).join('')}  </entry>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">
  <title>${x(channel.title)}</title>
  <subtitle>${x(channel.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(channel.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(channel.alternateUrl)}"/>
  <id>${x(channel.id)}</id>
  <updated>${updated}</updated>
  <author><name>${x(SITE_TITLE)}</name></author>
${entries.join('\n')}
</feed>
`
}

// The verdict feeds.

export interface FeedOptions {
  tag?: string
  /** `?claimant=`: the id asked for, and the claimant when there is one by that id. */
  claimantId?: string
  claimant?: { id: string; name: string; nameEn: string | null } | null
  /** The feed's own address, for the self link feed readers use to notice moves. */
  selfUrl: string
}

function verdictChannel({ tag, claimantId, claimant, selfUrl }: FeedOptions): FeedChannel {
  const name = claimant ? (claimant.nameEn && claimant.nameEn !== claimant.name ? `${claimant.name} (${claimant.nameEn})` : claimant.name) : claimantId
  const title = [SITE_TITLE, ...(name ? [name] : []), ...(tag ? [`#${tag}`] : [])].join(' — ')
  // The page listing the same claims: the claimant's or the tag's page when only one of them narrows the feed.
  const alternatePath =
    claimant && !tag ? claimantPath(claimant) : tag && !claimantId ? tagPath(tag) : tag || claimantId ? `/?${new URLSearchParams({ ...(tag ? { tag } : {}), ...(claimantId ? { claimant: claimantId } : {}) })}` : '/'
  const id = ['feed', ...(claimantId ? [`claimant/${encodeURIComponent(claimantId)}`] : []), ...(tag ? [`tag/${encodeURIComponent(tag)}`] : [])].join('/')
  return {
    title,
    description: '검증된 주장과 판정 · Checked claims and their verdicts',
    alternateUrl: absoluteUrl(alternatePath),
    selfUrl,
    id: tagUri(id),
  }
}

function verdictItem(row: ReaderClaimRow): FeedItem {
  // The verdict in Korean, then its reviewed English translation where there is one.
  const lines = [`판정 Verdict: ${row.ratingKo} (${row.ratingEn})`, row.summary]
  if (row.summaryEn) lines.push(row.summaryEn)
  if (row.translation) lines.unshift(row.translation)
  // At the precision the desk knows it: "2024년 12월 · December 2024", never an invented 1 December.
  if (row.firstSeenAt) {
    lines.push(`처음 확인 ${formatDate(row.firstSeenAt, 'ko', row.firstSeenPrecision)} · First seen ${formatDate(row.firstSeenAt, 'en', row.firstSeenPrecision)}`)
  }
  return {
    id: tagUri(`claim/${row.shortId}`),
    title: `[${row.ratingKo} · ${row.ratingEn}] ${row.text}`,
    link: claimUrl(row),
    date: row.publishedAt,
    description: lines.join('\n\n'),
    categories: [{ term: row.ratingEn, label: `${row.ratingKo} ${row.ratingEn}` }, ...row.tags.map((t) => ({ term: t, tag: true }))],
  }
}

export function buildRss(rows: ReaderClaimRow[], options: FeedOptions): string {
  return rssDocument(verdictChannel(options), rows.map(verdictItem))
}

export function buildAtom(rows: ReaderClaimRow[], options: FeedOptions): string {
  return atomDocument(verdictChannel(options), rows.map(verdictItem))
}
