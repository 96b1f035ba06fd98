'use client'

import './globals.css'

// Shown only when the root layout itself fails, so nothing of it is there: this renders the whole document. The
// reader's language is not known without the layout, so the page is Korean first with the English beside it, each
// marked with its language. No error text is ever shown (it stays in the server log).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ko">
      <head>
        <title>문제가 생겼습니다 · Something went wrong</title>
      </head>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto max-w-6xl px-4 py-3">
            <a href="/" className="text-lg font-bold">
              팩트체크 <span lang="en">Claim Tracker</span>
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-8">
          <h1 className="text-2xl font-bold">
            문제가 생겼습니다 <span lang="en">Something went wrong</span>
          </h1>
          <p className="text-stone-600">
            서버에서 문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.{' '}
            <span lang="en">Something went wrong on our side. Please try again in a moment.</span>
          </p>
          <button type="button" onClick={reset} className="rounded border border-stone-400 px-3 py-1">
            다시 시도 <span lang="en">Try again</span>
          </button>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <a href="/" className="underline">
                검증된 주장 목록 <span lang="en">All checked claims</span>
              </a>
            </li>
            <li>
              <a href="/search" className="underline">
                주장 찾기 <span lang="en">Search claims</span>
              </a>
            </li>
            <li>
              <a href="/methodology" className="underline">
                방법론 <span lang="en">Methodology</span>
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  )
}
