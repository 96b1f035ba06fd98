import Link from 'next/link'

/** The site's header, skip link and main landmark, for every page except embeds (which live in other sites). */
export function SiteFrame({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-white focus:p-2">
        본문으로 건너뛰기 Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold">
            팩트체크 <span lang="en" className="font-normal text-stone-600">Claim Tracker</span>
          </Link>
          <Link href="/methodology" className="text-sm underline-offset-4 hover:underline">
            방법론 <span lang="en">Methodology</span>
          </Link>
        </div>
      </header>
      {/* Width is each section's choice: reading pages stay narrow, the desk's tables need room. */}
      <main id="main" className="px-4 py-8">
        {children}
      </main>
    </>
  )
}
