import Link from 'next/link'
import { connection } from 'next/server'
import { SiteFrame } from '@/components/SiteFrame'
import { messages } from '@/lib/i18n/dictionary'
import { getLocale } from '@/lib/i18n/server'

export default async function NotFound() {
  // Rendered per request, not prerendered: the script nonce of the page's Content-Security-Policy is per request.
  await connection()
  const locale = await getLocale()
  const m = messages(locale)
  return (
    <SiteFrame locale={locale}>
    <div className="mx-auto max-w-3xl space-y-3">
      <h1 className="text-2xl font-bold">{m.notFoundHeading}</h1>
      <p className="text-stone-600">{m.notFoundBody}</p>
      <Link href="/" className="underline">
        {m.backToAllClaims}
      </Link>
    </div>
    </SiteFrame>
  )
}
