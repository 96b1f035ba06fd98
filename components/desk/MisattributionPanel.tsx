// A claim's misattributed figures on its desk page: each with what it actually counts, and the form to record one.
// Loads what it shows from the claim's id, like ClaimMaterial that holds it.
import Link from 'next/link'
import { deskFigure } from '@/lib/claims/figure'
import type { ClaimEvidence } from '@/lib/evidence/queries'
import { deskClaimPath } from '@/lib/evidence/paths'
import { removeRelationAction } from '@/lib/relations/form-actions'
import { listMisattributions, misattributionChoices } from '@/lib/relations/queries'
import { MisattributionForm } from './MisattributionForm'
import { RemoveButton } from './SourceFormParts'

const figureLabel = (q: Parameters<typeof deskFigure>[0] & { position: number; statedText: string | null }) =>
  `#${q.position + 1} ${deskFigure(q)}${q.statedText ? ` (“${q.statedText}”)` : ''}`

export async function MisattributionPanel({
  claim,
  suggestions,
  editable,
}: {
  claim: ClaimEvidence
  suggestions: { shortId: string; text: string }[]
  editable: boolean
}) {
  const [recorded, choices] = await Promise.all([listMisattributions(claim.id), editable ? misattributionChoices(claim.id) : null])
  // Only sources this claim cites: the reader page names a source only when it already shows it.
  const sources = [...new Map([...claim.evidence, ...claim.appearances].map(({ source }) => [source.id, { id: source.id, label: `${source.publisher} — ${source.title}` }])).values()]
  if (!recorded.length && !choices?.quantities.length) return null
  return (
    <section aria-labelledby="material-misattribution-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="material-misattribution-heading" className="text-lg font-semibold">
        수치의 실제 대상 <span lang="en" className="font-normal text-stone-500">Misattributed figures</span>
      </h2>
      {recorded.length === 0 ? <p className="text-sm text-stone-600">아직 없습니다. None yet.</p> : null}
      <ul className="space-y-2">
        {recorded.map((m) => (
          <li key={m.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded border border-stone-200 p-3 text-sm" data-testid="misattribution">
            <span className="min-w-0 flex-1 space-y-1">
              <span className="block font-medium">{m.quantity ? figureLabel(m.quantity) : '—'}</span>
              {m.claimedAsKo ? (
                <span className="block">
                  주장: {m.claimedAsKo} · <span lang="en">claimed: {m.claimedAsEn}</span>
                </span>
              ) : null}
              <span className="block">
                실제: {m.actualKo} · <span lang="en">actually: {m.actualEn}</span>
              </span>
              {m.actualSubject || m.actualMetric || m.actualDefinition ? (
                <span className="block text-stone-600">
                  {[m.actualSubject, m.actualMetric && `${m.actualMetric.nameKo} (${m.actualMetric.nameEn})`, m.actualDefinition].filter(Boolean).join(' · ')}
                </span>
              ) : null}
              {m.toClaim ? (
                <Link href={deskClaimPath(m.toClaim)} className="block underline">
                  <span className="font-mono text-xs">{m.toClaim.shortId}</span> {m.toClaim.text}
                </Link>
              ) : null}
              {m.source ? <span className="block text-stone-600">{`${m.source.publisher} — ${m.source.title}`}</span> : null}
              {m.note ? <span className="block text-stone-600">{m.note}</span> : null}
            </span>
            {editable ? (
              <RemoveButton
                action={removeRelationAction}
                fields={{ relationId: m.id }}
                label="기록 삭제 Remove misattribution"
                confirmText="이 기록을 지울까요? 독자 페이지에서 수치가 다시 그대로 보입니다. Remove this? Readers will see the figure as stated again."
              />
            ) : null}
          </li>
        ))}
      </ul>
      {choices?.quantities.length ? (
        <details className="rounded border border-dashed border-stone-300 p-3">
          <summary className="cursor-pointer font-medium">수치의 실제 대상 기록 Record a misattributed figure</summary>
          <div className="mt-3">
            <MisattributionForm
              claimId={claim.id}
              quantities={choices.quantities.map((q) => ({ id: q.id, label: figureLabel(q) }))}
              metrics={choices.metrics.map((metric) => ({ id: metric.id, label: `${metric.nameKo} (${metric.nameEn})` }))}
              sources={sources}
              suggestions={suggestions}
            />
          </div>
        </details>
      ) : null}
    </section>
  )
}
