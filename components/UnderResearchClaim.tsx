// The permalink of a claim the desk made public before its verdict ("검증 중 Under research"): the claim, who made
// it, its quantity, where it appeared and which sources are being examined. Nothing of a verdict, by construction:
// the data it gets (lib/claims/queries.ts getUnderResearchClaim) holds none.
import { QuantityBox } from '@/components/QuantityBox'
import { SourceCitation } from '@/components/SourceCitation'
import type { UnderResearchClaim as Claim } from '@/lib/claims/queries'
import { formatDate } from '@/lib/format'
import type { Messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

export function UnderResearchClaim({ claim, m, locale }: { claim: Claim; m: Messages; locale?: Locale }) {
  return (
    <article className="space-y-8" data-testid="under-research-claim">
      <header className="space-y-3">
        <p className="text-sm text-stone-600">
          주장 Claim · <span className="font-mono">{claim.shortId}</span>
        </p>
        <h1 className="text-2xl font-bold leading-snug" lang={claim.language}>
          {claim.text}
        </h1>
        {claim.translation ? (
          <p lang={claim.translationLanguage ?? 'en'} className="text-lg text-stone-700" data-testid="claim-translation">
            {claim.translation}
          </p>
        ) : null}
        <p className="text-sm text-stone-600">
          {claim.claimant ? (
            <>
              주장한 이 <span lang="en">Claimant</span>: {claim.claimant.name}
              {claim.claimant.nameEn && claim.claimant.nameEn !== claim.claimant.name ? <span lang="en"> ({claim.claimant.nameEn})</span> : null}
            </>
          ) : null}
          {claim.firstSeenAt ? (
            <>
              {' '}
              · 처음 확인 <span lang="en">First seen</span>: <time dateTime={formatDate(claim.firstSeenAt, claim.firstSeenPrecision)}>{formatDate(claim.firstSeenAt, claim.firstSeenPrecision)}</time>
            </>
          ) : null}
        </p>
        {claim.claimantNote ? <p className="text-sm text-stone-600">{claim.claimantNote}</p> : null}
      </header>

      <section aria-labelledby="under-research-heading" className="space-y-2 rounded-lg border-2 border-amber-700 bg-amber-50 p-5" data-testid="under-research-notice">
        <h2 id="under-research-heading" className="text-xl font-semibold text-amber-900">
          검증 중 <span lang="en">Under research</span>
        </h2>
        <p className="text-stone-800">
          이 주장은 아직 검증하고 있으며 판정이 나오지 않았습니다. 판정이 공개되면 이 주소에 실립니다.{' '}
          <span lang="en">We are still checking this claim and have not reached a verdict. The verdict will appear at this address once it is published.</span>
        </p>
      </section>

      <QuantityBox claim={claim} m={m} locale={locale} />

      {claim.appearances.length ? (
        <section aria-labelledby="appearances-heading" className="space-y-2">
          <h2 id="appearances-heading" className="text-xl font-semibold">
            주장이 나온 곳 <span lang="en" className="font-normal text-stone-600">Where it appeared</span>
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {claim.appearances.map((appearance) => (
              <li key={appearance.id}>
                <SourceCitation source={appearance.source} />
                {appearance.appearedAt ? <span className="text-sm text-stone-600"> · {formatDate(appearance.appearedAt, appearance.appearedPrecision)}</span> : null}
                {appearance.quote ? (
                  <q data-testid="appearance-quote" lang={claim.language} className="block text-stone-700">
                    {appearance.quote}
                  </q>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claim.sources.length ? (
        <section aria-labelledby="sources-heading" className="space-y-2">
          <h2 id="sources-heading" className="text-xl font-semibold">
            검토 중인 출처 <span lang="en" className="font-normal text-stone-600">Sources being examined</span>
          </h2>
          <ul className="list-disc space-y-1 pl-5" data-testid="under-research-sources">
            {claim.sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
