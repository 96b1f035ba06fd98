'use client'

import { SiteFrame } from '@/components/SiteFrame'

// Shown for unexpected server errors. It never shows the error's text: that stays in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SiteFrame>
    <div className="mx-auto max-w-3xl space-y-3">
      <h1 className="text-2xl font-bold">문제가 생겼습니다</h1>
      <p lang="en" className="text-stone-600">
        Something went wrong on our side. Please try again in a moment.
      </p>
      <button type="button" onClick={reset} className="rounded border border-stone-400 px-3 py-1">
        다시 시도 · Try again
      </button>
    </div>
    </SiteFrame>
  )
}
