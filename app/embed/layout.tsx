import type { Metadata } from 'next'

export const metadata: Metadata = { robots: { index: false, follow: true } }

/** Embeds live inside other sites' iframes: no site frame, and a transparent page around the card. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <div className="bg-transparent">{children}</div>
}
