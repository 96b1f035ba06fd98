// A published claim's computed figures for readers, in the reader's language: the computation written out and
// whether the stated figure holds. Only figures of claims readers may see are shown (lib/derivations/queries.ts);
// a computation from unpublished figures says so and shows none of them.
import Link from 'next/link'
import { claimPath } from '@/lib/claims/permalink'
import type { PublicDerivation } from '@/lib/derivations/queries'
import type { Messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

export function DerivationBox({ derivations, m, locale }: { derivations: PublicDerivation[]; m: Messages; locale: Locale }) {
  if (!derivations.length) return null
  const other = locale === 'ko' ? 'en' : 'ko'
  return (
    <section aria-labelledby="derivation-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="derivation-heading" className="text-xl font-semibold">
        {m.derivationHeading}
      </h2>
      <ul className="space-y-3">
        {derivations.map((d) =>
          d.visible ? (
            <li key={d.id} data-testid="public-derivation" className="space-y-1">
              <p className="font-medium [overflow-wrap:normal]">{d.computation[locale]}</p>
              <p>{d.holds === null ? m.derivationNotCompared : d.holds ? m.derivationHolds : m.derivationFails}</p>
              <p className="text-sm text-stone-600">{d.explanation[locale]}</p>
              <p lang={other} className="text-sm text-stone-500">
                {d.computation[other]}
              </p>
              {d.inputs.length ? (
                <p className="text-sm">
                  {m.derivationInputs}{' '}
                  {d.inputs.map((input, i) => (
                    <span key={input.shortId}>
                      {i ? ', ' : ''}
                      {input.listed ? (
                        <Link href={claimPath(input)} className="underline">
                          {input.text}
                        </Link>
                      ) : (
                        input.text
                      )}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ) : (
            <li key={d.id} data-testid="public-derivation-unpublished">
              {m.derivationUnpublished}
            </li>
          ),
        )}
      </ul>
    </section>
  )
}
