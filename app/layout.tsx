import type { Metadata } from 'next'
import { getLocale } from '@/lib/i18n/server'
import './globals.css'

export const metadata: Metadata = {
  title: { default: '팩트체크 클레임 트래커 · Claim Tracker', template: '%s · Claim Tracker' },
  description: 'Claims, sources, evidence and verdicts — 주장, 출처, 근거, 판정.',
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
