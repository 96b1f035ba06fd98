// What the share bar of a permalink offers, as plain data: the share links (ordinary links to each platform's own
// share page, so no third-party script runs and nothing is loaded from another site), the embed snippet (the same
// iframe oEmbed consumers get) and the citation text in the reader's language.
import { formatDate } from '../i18n/format'
import type { Locale } from '../i18n/locale'
import { escapeXml } from './xml'

export type SharePlatform = 'x' | 'facebook' | 'line' | 'email'

export const SHARE_PLATFORMS: SharePlatform[] = ['x', 'facebook', 'line', 'email']

/** A platform's share address for a page: its URL and a line of text where the platform takes one. */
export function shareHref(platform: SharePlatform, url: string, text: string): string {
  const u = encodeURIComponent(url)
  switch (platform) {
    case 'x':
      return `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(text)}`
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`
    case 'line':
      return `https://social-plugins.line.me/lineit/share?url=${u}`
    case 'email':
      // RFC 6068: percent-encoded, spaces as %20 (a "+" would stay a plus sign in the mail).
      return `mailto:?subject=${encodeURIComponent(text)}&body=${encodeURIComponent(`${text}\n\n${url}`)}`
  }
}

export const EMBED_WIDTH = 480
export const EMBED_HEIGHT = 220

/** The embed's title: the claim and its rating in both languages. */
export const embedTitle = (text: string, rating: { labelKo: string; labelEn: string }) => `${text} — ${rating.labelKo} ${rating.labelEn}`

/** The iframe of a claim's embed card, as oEmbed serves it and the share bar shows it. */
export function embedSnippet(src: string, title: string, width = EMBED_WIDTH, height = EMBED_HEIGHT): string {
  return (
    `<iframe src="${escapeXml(src)}" width="${width}" height="${height}" title="${escapeXml(title)}" ` +
    `style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  )
}

export interface CitedCheck {
  site: string
  /** The claim as the reader reads it (the English translation for English readers, where there is one). */
  claim: string
  rating: { labelKo: string; labelEn: string }
  withdrawn: boolean
  revision: number
  /** When the cited revision was published. */
  revisedAt: Date
  url: string
}

/** "Cite this fact-check": site, claim, rating, revision date and permalink, in the reader's language. */
export function citationText(check: CitedCheck, locale: Locale): string {
  const date = formatDate(check.revisedAt, locale)
  if (locale === 'en') {
    const rating = check.withdrawn ? `${check.rating.labelEn} (withdrawn)` : check.rating.labelEn
    return `${check.site}. "Fact check: ${check.claim}" Rating: ${rating}. Revision ${check.revision}, ${date}. ${check.url}`
  }
  const rating = check.withdrawn ? `${check.rating.labelKo} (철회됨)` : check.rating.labelKo
  return `${check.site}, 「팩트체크: ${check.claim}」, 판정: ${rating}, 제${check.revision}판 ${date}, ${check.url}`
}
