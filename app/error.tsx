'use client'

import { SiteFrame } from '@/components/SiteFrame'
import { messages } from '@/lib/i18n/dictionary'
import { useDocumentLocale } from '@/lib/i18n/use-document-locale'

// Shown for unexpected server errors. It never shows the error's text: that stays in the server log.
// Its language is the page's (<html lang>, set by the root layout from the reader's cookie).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useDocumentLocale()
  const m = messages(locale)
  return (
    <SiteFrame locale={locale}>
    <div className="mx-auto max-w-3xl space-y-3">
      <h1 className="text-2xl font-bold">{m.errorHeading}</h1>
      <p className="text-stone-600">{m.errorBody}</p>
      <button type="button" onClick={reset} className="rounded border border-stone-400 px-3 py-1">
        {m.tryAgain}
      </button>
    </div>
    </SiteFrame>
  )
}
