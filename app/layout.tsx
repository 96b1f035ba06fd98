import type { Metadata } from 'next'
import './globals.css'

export const metadata: Metadata = {
  title: { default: '팩트체크 클레임 트래커 · Claim Tracker', template: '%s · Claim Tracker' },
  description: 'Claims, sources, evidence and verdicts — 주장, 출처, 근거, 판정.',
}

// Only the document: the site frame (header, skip link) comes from each section's layout, so that embeds shown
// inside other sites carry none of it.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  )
}
