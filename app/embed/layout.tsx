import type { Metadata } from 'next'

export const metadata: Metadata = { robots: { index: false, follow: true } }

// The root layout wraps every page in the site header and skip link; inside someone else's iframe they would
// only take room. Hidden here rather than moved, because the root layout belongs to every other page.
// TODO: split the root layout into route groups so the embed gets its own <body> without this.
const embedCss = `body > header, body > a[href="#main"] { display: none } body { background: transparent; min-height: 0 } body > main { padding: 0 }`

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <style>{embedCss}</style>
      {children}
    </>
  )
}
