import type { Metadata } from 'next'
import { messages } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'
import { SITE_TITLE } from '@/lib/reader/feeds'
import { readerMetadata } from '@/lib/reader/share-metadata'
import './globals.css'

// Every page's defaults: the icons (public/, drawn by lib/cli/draw-site-images.tsx) and the site's share tags in the
// reader's language, which a page without tags of its own (a 404) keeps. Pages replace the share tags with their own
// (lib/reader/share-metadata.ts); none is given a canonical URL here, since only the page knows its address.
export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale()
  return {
    ...readerMetadata({ locale, title: SITE_TITLE, description: messages(locale).siteDescription }),
    title: { default: SITE_TITLE, template: '%s · Claim Tracker' },
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
    },
  }
}

// Only the document: the site frame (header, skip link) comes from each section's layout, so that embeds shown
// inside other sites carry none of it. `lang` follows the reader's language cookie (lib/i18n); the desk, which stays
// bilingual and Korean first, marks its own content lang="ko".
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  )
}
