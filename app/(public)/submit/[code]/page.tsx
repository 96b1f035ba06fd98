// A tip's status page, /submit/<receipt code>: what was sent, whether the desk has taken it up, and the published
// fact-check it led to. The random code is the only key (lib/tips/code.ts); the page is kept out of search engines
// and shared caches, and shows the sender's text as text, never their e-mail.
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { formatDate } from '@/lib/i18n/format'
import { getLocale } from '@/lib/i18n/server'
import { TIP_MESSAGES } from '@/lib/i18n/tip-messages'
import { tipReceipt } from '@/lib/tips/queries'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ sent?: string | string[] }> }

export async function generateMetadata() {
  const m = TIP_MESSAGES[await getLocale()]
  return { title: m.tipReceiptTitle, robots: { index: false, follow: false }, referrer: 'no-referrer' as const }
}

export default async function TipStatusPage({ params, searchParams }: Props) {
  const [{ code }, { sent }, locale] = await Promise.all([params, searchParams, getLocale()])
  const tip = await tipReceipt(code)
  if (!tip) notFound()
  const m = TIP_MESSAGES[locale]
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{m.tipReceiptTitle}</h1>
        {sent === '1' ? (
          <p role="status" className="rounded bg-green-50 px-3 py-2 text-green-900">
            {m.tipReceiptThanks}
          </p>
        ) : null}
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">{m.tipReceiptCode}</dt>
        <dd className="font-mono" data-testid="receipt-code">
          {tip.code}
        </dd>
        <dt className="font-medium">{m.tipSentOn}</dt>
        <dd>
          <time dateTime={tip.createdAt.toISOString()}>{formatDate(tip.createdAt, locale)}</time>
        </dd>
      </dl>
      <p className="text-sm text-stone-600">{m.tipReceiptKeep}</p>

      <section aria-labelledby="tip-status-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="tip-status-heading" className="text-xl font-semibold">
          {m.tipStatusHeading}
        </h2>
        <p data-testid="tip-status" data-status={tip.status}>
          {m[`tipStatus${tip.status}`]}
          {tip.triagedAt && tip.status !== 'NEW' ? (
            <>
              {' '}
              (<time dateTime={tip.triagedAt.toISOString()}>{formatDate(tip.triagedAt, locale)}</time>)
            </>
          ) : null}
        </p>
        {tip.verdict ? (
          <p data-testid="tip-verdict">
            {m.tipVerdictPublished}{' '}
            <Link href={tip.verdict.path} className="font-medium underline" lang={tip.verdict.language}>
              {tip.verdict.text}
            </Link>
          </p>
        ) : tip.status !== 'SPAM' ? (
          <p className="text-stone-600">{m.tipVerdictPending}</p>
        ) : null}
      </section>

      <section aria-labelledby="tip-sent-heading" className="space-y-2">
        <h2 id="tip-sent-heading" className="text-xl font-semibold">
          {m.tipYouSent}
        </h2>
        <p className="whitespace-pre-wrap break-words rounded border-l-4 border-stone-300 bg-white p-3" data-testid="tip-text">
          {tip.text}
        </p>
        {tip.url ? (
          <p className="break-all text-sm">
            {m.tipSeenAt}: <span data-testid="tip-url">{tip.url}</span>
          </p>
        ) : null}
      </section>

      <p className="text-sm">
        <Link href="/submit" className="underline">
          {m.tipAnother}
        </Link>
      </p>
    </article>
  )
}
