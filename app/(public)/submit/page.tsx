// "제보하기 / Submit a claim": a reader tells the desk about a claim to check, or (from a permalink's "report an
// error" link, ?claim=<shortId>) about an error in a fact-check. No account; the abuse controls are in the action
// (lib/tips/actions.ts). Never shared-cached (lib/reader/page-cache.ts): the answer to a post is one reader's.
import Link from 'next/link'
import { TipForm } from '@/components/TipForm'
import { claimPath } from '@/lib/claims/permalink'
import { getLocale } from '@/lib/i18n/server'
import { TIP_MESSAGES } from '@/lib/i18n/tip-messages'
import { readerMetadata } from '@/lib/reader/share-metadata'
import { reportableClaim } from '@/lib/tips/queries'

export const dynamic = 'force-dynamic'

type SearchParams = Promise<{ claim?: string | string[] }>

const claimParam = async (searchParams: SearchParams) => {
  const { claim } = await searchParams
  return typeof claim === 'string' ? claim : undefined
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const locale = await getLocale()
  const m = TIP_MESSAGES[locale]
  const claim = await reportableClaim(await claimParam(searchParams))
  return {
    ...readerMetadata({ locale, title: claim ? m.tipErrorTitle : m.tipTitle, description: m.tipDescription, path: '/submit' }),
    ...(claim ? { robots: { index: false } } : {}),
  }
}

export default async function SubmitPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await getLocale()
  const m = TIP_MESSAGES[locale]
  const claim = await reportableClaim(await claimParam(searchParams))
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{claim ? m.tipErrorTitle : m.tipTitle}</h1>
        <p className="text-stone-700">{claim ? m.tipErrorIntro : m.tipIntro}</p>
      </header>
      {claim ? (
        <p className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="tip-claim">
          {m.tipErrorAbout}{' '}
          <Link href={claimPath(claim)} className="font-medium underline" lang={claim.language}>
            {claim.text}
          </Link>
        </p>
      ) : null}
      <TipForm m={m} claim={claim?.shortId} />
    </article>
  )
}
