// The evidence, appearances and relations panel of a claim's desk page. Self-contained on purpose: given only the
// claim's id it loads what it shows, so the claim page does not have to know its queries. Forms appear only for
// users with the permission; the actions check it again on the server.
import Link from 'next/link'
import { SourceCitation } from '@/components/SourceCitation'
import { can } from '@/lib/auth/permissions'
import { currentUser } from '@/lib/auth/session'
import type { Stance } from '@/lib/db/generated/enums'
import { removeAppearanceAction, removeEvidenceAction } from '@/lib/evidence/form-actions'
import { deskClaimPath } from '@/lib/evidence/paths'
import { getClaimEvidence, type ClaimEvidence, type EvidenceItem } from '@/lib/evidence/queries'
import { STANCES } from '@/lib/evidence/schema'
import { formatDate, STANCE_LABELS } from '@/lib/format'
import { removeRelationAction } from '@/lib/relations/form-actions'
import { claimSuggestions, listClaimRelations, type RelationView } from '@/lib/relations/queries'
import { RELATION_LABELS } from '@/lib/relations/schema'
import { copyLinkLabel } from '@/lib/sources/copy-labels'
import { archivedCopyPath, sourcePath } from '@/lib/sources/paths'
import { sourceOptions, type SourceOption, type SourceSummary } from '@/lib/sources/queries'
import { AppearanceForm } from './AppearanceForm'
import { EvidenceForm, type SourceChoice } from './EvidenceForm'
import { MisattributionPanel } from './MisattributionPanel'
import { RelationForm } from './RelationForm'
import { RemoveButton } from './SourceFormParts'

const sectionClass = 'space-y-4 rounded-lg border border-stone-200 bg-white p-5'
const addBoxClass = 'rounded border border-dashed border-stone-300 p-3'

function sourceChoice(source: SourceOption): SourceChoice {
  const date = source.publishedAt ? ` (${formatDate(source.publishedAt, source.publishedPrecision)})` : ''
  return { id: source.id, label: `${source.publisher} — ${source.title}${date}` }
}

export async function ClaimMaterial({ claimId }: { claimId: string }) {
  const [claim, relations, user] = await Promise.all([getClaimEvidence(claimId), listClaimRelations(claimId), currentUser()])
  if (!claim) {
    return (
      <p role="alert" className="text-sm text-red-900">
        주장을 찾을 수 없습니다. No such claim.
      </p>
    )
  }
  const canEditEvidence = can(user, 'evidence.edit')
  const canEditRelations = can(user, 'relation.edit')
  const [sources, suggestions] = await Promise.all([
    canEditEvidence ? sourceOptions().then((rows) => rows.map(sourceChoice)) : Promise.resolve([]),
    canEditRelations ? claimSuggestions(claimId) : Promise.resolve([]),
  ])

  return (
    <div className="space-y-6">
      <EvidenceSection claim={claim} sources={sources} editable={canEditEvidence} />
      <AppearanceSection claim={claim} sources={sources} editable={canEditEvidence} />
      <RelationSection claimId={claim.id} relations={relations} suggestions={suggestions} editable={canEditRelations} />
      <MisattributionPanel claim={claim} suggestions={suggestions} editable={canEditRelations} />
    </div>
  )
}

/** The citation, with the archived copy beside the link when there is one. */
function Citation({ source }: { source: SourceSummary }) {
  return (
    <span>
      <SourceCitation source={source} />{' '}
      {source.currentCopy ? (
        <a href={archivedCopyPath(source.id, source.currentCopy.id)} className="whitespace-nowrap text-xs text-green-800 underline">
          {copyLinkLabel(source.currentCopy)}
        </a>
      ) : null}{' '}
      <Link href={sourcePath(source.id)} className="whitespace-nowrap text-xs text-stone-600 underline">
        출처 정보 source details
      </Link>
    </span>
  )
}

function EvidenceSection({ claim, sources, editable }: { claim: ClaimEvidence; sources: SourceChoice[]; editable: boolean }) {
  const groups = STANCES.map((stance) => ({ stance, items: claim.evidence.filter((item) => item.stance === stance) }))
  return (
    <section aria-labelledby="material-evidence-heading" className={sectionClass}>
      <h2 id="material-evidence-heading" className="text-lg font-semibold">
        근거 <span lang="en" className="font-normal text-stone-500">Evidence</span>
      </h2>
      {claim.evidence.length === 0 ? <p className="text-sm text-stone-600">아직 근거가 없습니다. No evidence yet.</p> : null}
      {groups
        .filter((group) => group.items.length)
        .map(({ stance, items }) => (
          <div key={stance} className="space-y-2">
            <h3 className="font-semibold">
              {STANCE_LABELS[stance].ko} <span lang="en" className="font-normal text-stone-500">{STANCE_LABELS[stance].en}</span>{' '}
              <span className="text-sm font-normal text-stone-500">({items.length})</span>
            </h3>
            <ul className="space-y-3">
              {items.map((item) => (
                <EvidenceRow key={item.id} item={item} sources={sources} editable={editable} />
              ))}
            </ul>
          </div>
        ))}
      {editable ? (
        <details className={addBoxClass} open={claim.evidence.length === 0}>
          <summary className="cursor-pointer font-medium">근거 추가 Add evidence</summary>
          <div className="mt-3">
            <EvidenceForm claimId={claim.id} sources={sources} />
          </div>
        </details>
      ) : null}
    </section>
  )
}

function EvidenceRow({ item, sources, editable }: { item: EvidenceItem; sources: SourceChoice[]; editable: boolean }) {
  const stance: Stance = item.stance
  return (
    <li className="space-y-2 rounded border-l-4 border-stone-300 bg-stone-50 p-3 text-sm">
      <Citation source={item.source} />
      {item.excerpt ? <blockquote className="border-l-2 border-stone-200 pl-3 italic">“{item.excerpt}”</blockquote> : null}
      {item.locator ? <p className="text-xs text-stone-500">위치 Locator: {item.locator}</p> : null}
      {item.note ? <p className="whitespace-pre-wrap text-stone-700">{item.note}</p> : null}
      {editable ? (
        <div className="flex flex-wrap items-start gap-4">
          <details className="flex-1">
            <summary className="cursor-pointer text-sm underline">고치기 Edit</summary>
            <div className="mt-2 rounded border border-stone-200 bg-white p-3">
              <EvidenceForm evidence={{ ...item, stance }} sources={sources} />
            </div>
          </details>
          <RemoveButton
            action={removeEvidenceAction}
            fields={{ evidenceId: item.id }}
            label={`근거 삭제 Remove evidence from ${item.source.publisher}`}
            confirmText="이 근거를 지울까요? Remove this evidence?"
          />
        </div>
      ) : null}
    </li>
  )
}

function AppearanceSection({ claim, sources, editable }: { claim: ClaimEvidence; sources: SourceChoice[]; editable: boolean }) {
  return (
    <section aria-labelledby="material-appearances-heading" className={sectionClass}>
      <h2 id="material-appearances-heading" className="text-lg font-semibold">
        주장이 나온 곳 <span lang="en" className="font-normal text-stone-500">Where it appeared</span>
      </h2>
      {claim.appearances.length === 0 ? <p className="text-sm text-stone-600">아직 없습니다. None yet.</p> : null}
      <ul className="space-y-2">
        {claim.appearances.map((appearance) => (
          <li key={appearance.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 text-sm">
            <span className="w-24 shrink-0 text-stone-500">{appearance.appearedAt ? formatDate(appearance.appearedAt, appearance.appearedPrecision) : '날짜 없음 no date'}</span>
            <span className="min-w-0 flex-1">
              <Citation source={appearance.source} />
              {appearance.quote ? (
                <q data-testid="appearance-quote" className="block text-stone-800">
                  {appearance.quote}
                </q>
              ) : null}
              {appearance.note ? <span className="block text-stone-600">{appearance.note}</span> : null}
            </span>
            {editable ? (
              <RemoveButton
                action={removeAppearanceAction}
                fields={{ appearanceId: appearance.id }}
                label={`등장 기록 삭제 Remove appearance in ${appearance.source.publisher}`}
                confirmText="이 등장 기록을 지울까요? Remove this appearance?"
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <details className={addBoxClass}>
          <summary className="cursor-pointer font-medium">등장 추가 Add appearance</summary>
          <div className="mt-3">
            <AppearanceForm claimId={claim.id} sources={sources} />
          </div>
        </details>
      ) : null}
    </section>
  )
}

function RelationSection({
  claimId,
  relations,
  suggestions,
  editable,
}: {
  claimId: string
  relations: RelationView[]
  suggestions: { shortId: string; text: string }[]
  editable: boolean
}) {
  return (
    <section aria-labelledby="material-relations-heading" className={sectionClass}>
      <h2 id="material-relations-heading" className="text-lg font-semibold">
        관련 주장 <span lang="en" className="font-normal text-stone-500">Related claims</span>
      </h2>
      {relations.length === 0 ? <p className="text-sm text-stone-600">아직 없습니다. None yet.</p> : null}
      <ul className="space-y-2">
        {relations.map((relation) => (
          <li key={relation.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded border border-stone-200 p-3 text-sm">
            <span className="min-w-0 flex-1">
              <span className="block text-xs text-stone-500">{RELATION_LABELS[relation.kind][relation.direction]}</span>
              <Link href={deskClaimPath(relation.other)} className="underline">
                <span className="font-mono text-xs">{relation.other.shortId}</span> {relation.other.text}
              </Link>
              {relation.note ? <span className="block text-stone-600">{relation.note}</span> : null}
            </span>
            {editable ? (
              <RemoveButton
                action={removeRelationAction}
                fields={{ relationId: relation.id }}
                label={`관계 삭제 Remove relation with ${relation.other.shortId}`}
                confirmText="이 관계를 지울까요? 두 주장 모두에서 사라집니다. Remove this relation from both claims?"
              />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <details className={addBoxClass}>
          <summary className="cursor-pointer font-medium">관계 추가 Add relation</summary>
          <div className="mt-3">
            <RelationForm claimId={claimId} suggestions={suggestions} />
          </div>
        </details>
      ) : null}
    </section>
  )
}
