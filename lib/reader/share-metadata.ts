// What a reader page tells search engines and the platforms it is shared on: its canonical URL, Open Graph and
// Twitter (X) card tags. One helper for every reader page, because Next replaces a parent's `openGraph`, `twitter`
// and `alternates` wholesale rather than merging them: a page that set only its own og:title would lose the image,
// site name and locale the layout gave.
import type { Metadata } from 'next'
import { parseEnv } from '../env'
import { messages } from '../i18n/dictionary'
import { otherLocale, type Locale } from '../i18n/locale'
import { SITE_NAME, absoluteUrl } from '../site'

/** Open Graph's locale names: Korean as in Korea, English as the site writes it (British dates, lib/i18n). */
export const OG_LOCALE: Record<Locale, string> = { ko: 'ko_KR', en: 'en_GB' }

/** The share card of pages without one of their own: drawn once into public/ by lib/cli/draw-site-images.tsx. */
export const SITE_CARD = { path: '/share-card.png', width: 1200, height: 630 } as const

export interface ShareImage {
  url: string
  width: number
  height: number
  alt: string
}

export interface ReaderPageShare {
  locale: Locale
  /** The page's own title, without the site name (the root layout's title template adds it to <title>). */
  title: string
  description: string
  /**
   * The canonical path (with any query that makes it a page of its own). None for a 404, which has no address
   * of its own worth naming: it gets the share tags but no canonical and no og:url.
   */
  path?: string
  type?: 'website' | 'article'
  /** Defaults to the site card. */
  image?: ShareImage
  /** Alternate formats of the page (feeds, oEmbed): MIME type to URLs. */
  alternateTypes?: NonNullable<Metadata['alternates']>['types']
  article?: { publishedTime: string; modifiedTime: string }
}

export function siteShareImage(locale: Locale): ShareImage {
  return { url: absoluteUrl(SITE_CARD.path), width: SITE_CARD.width, height: SITE_CARD.height, alt: messages(locale).siteCardAlt }
}

/** Metadata for a reader page: canonical, Open Graph and Twitter card, `twitter:site` when TWITTER_SITE is set. */
export function readerMetadata(page: ReaderPageShare): Metadata {
  const url = page.path === undefined ? undefined : absoluteUrl(page.path)
  const image = page.image ?? siteShareImage(page.locale)
  const twitterSite = parseEnv().TWITTER_SITE
  const alternates = {
    ...(url ? { canonical: url } : {}),
    ...(page.alternateTypes ? { types: page.alternateTypes } : {}),
  }
  return {
    title: page.title,
    description: page.description,
    ...(Object.keys(alternates).length ? { alternates } : {}),
    openGraph: {
      type: page.type ?? 'website',
      siteName: SITE_NAME,
      locale: OG_LOCALE[page.locale],
      alternateLocale: [OG_LOCALE[otherLocale(page.locale)]],
      title: page.title,
      description: page.description,
      ...(url ? { url } : {}),
      images: [image],
      ...(page.article ?? {}),
    },
    twitter: {
      card: 'summary_large_image',
      ...(twitterSite ? { site: twitterSite } : {}),
      title: page.title,
      description: page.description,
      images: [image],
    },
  }
}

/** A 404's tags: the site's card under "page not found", with no canonical (the address names nothing). */
export function notFoundMetadata(locale: Locale): Metadata {
  const m = messages(locale)
  return readerMetadata({ locale, title: m.notFoundHeading, description: m.notFoundBody })
}
