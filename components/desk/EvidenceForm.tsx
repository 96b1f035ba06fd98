'use client'
// Adds evidence to a claim, or edits one piece of it: a library source, its stance, the quoted passage, where in
// the source it is (page, section, table) and a note. Refused input comes back into the fields.
import { useActionState, useId } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import type { Stance } from '@/lib/db/generated/enums'
import { addEvidenceAction, updateEvidenceAction } from '@/lib/evidence/form-actions'
import { MAX_EXCERPT, STANCES } from '@/lib/evidence/schema'
import { STANCE_LABELS } from '@/lib/format'
import { SOURCES_PATH } from '@/lib/sources/paths'
import { FieldError, fieldErrorId, FormStatus, Input, labelClass, Submit, Textarea } from './form'
import { SourceSelect } from './SourceFormParts'

export interface SourceChoice {
  id: string
  label: string
}

export interface EditableEvidence {
  id: string
  version: number
  sourceId: string
  stance: Stance
  excerpt: string | null
  locator: string | null
  note: string | null
}

const STANCE_HINTS: Record<Stance, string> = {
  REBUTS: '주장한 당사자나 당국이 직접 낸 반론 · the claimant’s or an authority’s own answer',
  SUPPORTS: '주장을 뒷받침 · backs the claim',
  CONTRADICTS: '주장과 맞지 않는 사실·수치 · facts or figures that go against the claim',
  CONTEXT: '판단에 필요한 배경 · background needed to judge it',
}

type Props = { sources: SourceChoice[] } & ({ claimId: string; evidence?: undefined } | { claimId?: undefined; evidence: EditableEvidence })

export function EvidenceForm({ sources, claimId, evidence }: Props) {
  const editing = evidence !== undefined
  const [state, action] = useActionState(editing ? updateEvidenceAction : addEvidenceAction, IDLE_FORM)
  const prefix = useId()
  const initial: Record<string, string | undefined> = evidence
    ? {
        sourceId: evidence.sourceId,
        stance: evidence.stance,
        excerpt: evidence.excerpt ?? undefined,
        locator: evidence.locator ?? undefined,
        note: evidence.note ?? undefined,
      }
    : {}
  const values = state.values ?? initial
  const conflict = state.status === 'conflict' ? state.current : undefined
  // After a version conflict the next save deliberately replaces what the editor has now been shown.
  const version = (conflict?.version as number | undefined) ?? evidence?.version

  return (
    <form key={state.submission} action={action} className="space-y-3">
      {editing ? (
        <>
          <input type="hidden" name="evidenceId" value={evidence.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : (
        <input type="hidden" name="claimId" value={claimId} />
      )}
      <FormStatus state={state} success={editing ? undefined : '근거를 추가했습니다. Evidence added.'} />
      {conflict ? (
        <div className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p>지금 저장된 내용 Currently saved:</p>
          <p>
            {conflict.stance ? STANCE_LABELS[conflict.stance as Stance].ko : ''} · “{String(conflict.excerpt ?? '')}” ·{' '}
            {String(conflict.locator ?? '')} · {String(conflict.note ?? '')}
          </p>
        </div>
      ) : null}

      <div>
        <SourceSelect state={state} prefix={prefix} sources={sources} value={values.sourceId} />
        {editing ? null : (
          <a href={`${SOURCES_PATH}/new`} target="_blank" rel="noopener" className="mt-1 inline-block text-xs underline">
            목록에 없는 출처 추가 (새 탭) Add a source that is not listed (new tab)
          </a>
        )}
      </div>

      <fieldset aria-describedby={state.fieldErrors?.stance ? fieldErrorId('stance', prefix) : undefined}>
        <legend className={labelClass}>입장 Stance</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {STANCES.map((stance) => (
            <label key={stance} className="flex items-start gap-2 text-sm">
              <input type="radio" name="stance" value={stance} required defaultChecked={values.stance === stance} className="mt-1" />
              <span>
                <span className="font-medium">
                  {STANCE_LABELS[stance].ko} {STANCE_LABELS[stance].en}
                </span>
                <span className="block text-xs text-stone-500">{STANCE_HINTS[stance]}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError state={state} prefix={prefix} name="stance" />
      </fieldset>

      <Textarea
        name="excerpt"
        label="인용 Quoted passage"
        note={`(한두 문장, ${MAX_EXCERPT}자 이하 · one or two sentences, at most ${MAX_EXCERPT} characters)`}
        state={state}
        prefix={prefix}
        rows={3}
        maxLength={MAX_EXCERPT}
        defaultValue={values.excerpt}
      />
      <Input
        name="locator"
        label="위치 Locator"
        note="(쪽, 절, 표 · page, section, table)"
        state={state}
        prefix={prefix}
        defaultValue={values.locator}
        placeholder="p. 42, 표 3.1 Table 3.1"
      />
      <Textarea name="note" label="메모 Note" state={state} prefix={prefix} rows={2} defaultValue={values.note} />
      <Submit pending="저장 중… Saving…">{editing ? '저장 Save' : '근거 추가 Add evidence'}</Submit>
    </form>
  )
}
