'use client'

import { ERROR_MESSAGES } from '@/lib/i18n/error-messages'
import { useDocumentLocale } from '@/lib/i18n/use-document-locale'

// Shown for unexpected server errors (a bug, a database outage). It never shows the error's text: that stays in the
// server log. Its language is the page's (<html lang>, set by the root layout from the reader's cookie).
//
// It takes the place of everything below the root layout, section frames included, so it brings its own header and
// the page's one <main>. Every page ships this component to the browser, so it stays small: its own few words
// instead of the dictionary, and plain links instead of the site frame (whose next/link and labels would add about
// 10 KB to each page). A full page load is also the right way out of a page that failed.
/* eslint-disable @next/next/no-html-link-for-pages */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const m = ERROR_MESSAGES[useDocumentLocale()]
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-white focus:p-2">
        {m.errorSkip}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <a href="/" className="text-lg font-bold">
            {m.siteName}
          </a>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-bold">{m.errorHeading}</h1>
        <p className="text-stone-600">{m.errorBody}</p>
        <button type="button" onClick={reset} className="rounded border border-stone-400 px-3 py-1">
          {m.tryAgain}
        </button>
        <p>{m.errorLinksLabel}:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href="/" className="underline">
              {m.errorLinkHome}
            </a>
          </li>
          <li>
            <a href="/search" className="underline">
              {m.errorLinkSearch}
            </a>
          </li>
          <li>
            <a href="/methodology" className="underline">
              {m.errorLinkMethodology}
            </a>
          </li>
        </ul>
      </main>
    </>
  )
}
