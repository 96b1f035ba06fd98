// A claim's recorded computations on its desk page: each derived figure with the computation written out and
// whether the stated figure holds at its stated precision, then the form to record another.
import Link from 'next/link'
import { deskFigure } from '@/lib/claims/figure'
import { OPERATION_LABELS } from '@/lib/derivations/compute'
import { derivationCandidates, deskDerivations } from '@/lib/derivations/queries'
import { db } from '@/lib/db/client'
import { DerivationForm, RemoveDerivationButton } from './DerivationForm'

const HOLDS_LABELS = {
  true: { text: '성립 Holds', className: 'bg-green-100 text-green-900' },
  false: { text: '성립하지 않음 Does not hold', className: 'bg-red-100 text-red-900' },
  null: { text: '비교할 수 없음 Cannot be compared', className: 'bg-stone-200 text-stone-800' },
} as const

export async function DerivationPanel({ claimId }: { claimId: string }) {
  const [derivations, candidates, figures] = await Promise.all([
    deskDerivations(claimId),
    derivationCandidates(claimId),
    db().claimQuantity.findMany({
      where: { claimId, derivation: null, OR: [{ value: { not: null } }, { low: { not: null } }] },
      orderBy: { position: 'asc' },
      select: { id: true, position: true, bound: true, strict: true, value: true, low: true, high: true, unit: true, subject: true },
    }),
  ])
  return (
    <section aria-labelledby="derivation-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="derivation-heading" className="text-xl font-semibold">
        계산 <span lang="en" className="font-normal text-stone-500">Arithmetic</span>
      </h2>
      <p className="text-sm text-stone-600">
        이 주장의 수치가 다른 수치로 계산되는 값이면(비, 차, 합, 비중, 변화) 기록하세요. 밝힌 값이 그 정밀도에서 맞는지 확인합니다.{' '}
        <span lang="en">If a figure of this claim is computed from others (a ratio, difference, sum, share or change), record it: the desk checks the stated value at its stated precision.</span>
      </p>
      {derivations.length ? (
        <ul className="space-y-3">
          {derivations.map((d) => {
            const label = deskFigure(d.quantity)
            const result = d.result
            const holds = result.status === 'computed' ? HOLDS_LABELS[String(result.check.holds) as keyof typeof HOLDS_LABELS] : null
            return (
              <li key={d.id} className="space-y-1 rounded border border-stone-200 p-3 text-sm" data-testid="derivation" data-holds={result.status === 'computed' ? String(result.check.holds) : result.status}>
                <p className="font-semibold">
                  {label} = {OPERATION_LABELS[d.operation].ko} · <span lang="en">{OPERATION_LABELS[d.operation].en}</span>
                </p>
                {result.status === 'computed' ? (
                  <>
                    <p data-testid="derivation-computation">
                      {result.derivation.computation.ko} <span lang="en" className="block text-stone-600">{result.derivation.computation.en}</span>
                    </p>
                    <p>
                      <span className={`rounded px-2 py-0.5 font-medium ${holds!.className}`} data-testid="derivation-holds">
                        {holds!.text}
                      </span>
                    </p>
                    <p className="text-stone-700">
                      {result.check.explanation.ko} <span lang="en" className="block text-stone-600">{result.check.explanation.en}</span>
                    </p>
                  </>
                ) : (
                  <p role="note" className="text-amber-900">
                    {result.explanation.ko} <span lang="en" className="block">{result.explanation.en}</span>
                  </p>
                )}
                <p className="flex flex-wrap gap-3 text-xs">
                  {d.inputs.map((input) => (
                    <Link key={input.position} href={`/desk/claims/${input.quantity.claim.id}`} className="font-mono underline">
                      {input.position + 1}. {input.quantity.claim.shortId}
                      {input.quantity.position ? `#${input.quantity.position + 1}` : ''} {deskFigure(input.quantity)}
                    </Link>
                  ))}
                </p>
                <RemoveDerivationButton derivationId={d.id} version={d.version} label={label} />
              </li>
            )
          })}
        </ul>
      ) : null}
      <DerivationForm
        figures={figures.map((f) => ({ id: f.id, label: `${f.position + 1}. ${deskFigure(f)}${f.subject ? ` · ${f.subject}` : ''}` }))}
        candidates={candidates}
      />
    </section>
  )
}
