'use client'
// The verdict draft form: rating, one-line summary with a live character count, Markdown analysis, the claim's
// citation keys, and a live preview rendered by the very component the reader page uses (VerdictBody).
import { useActionState, useId, useRef, useState } from 'react'
import { VerdictBody } from '@/components/VerdictBody'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { STANCE_LABELS } from '@/lib/format'
import { unknownCitations, type Citation } from '@/lib/verdicts/citations'
import { saveDraftAction } from '@/lib/verdicts/form-actions'
import { characterCount, MAX_SUMMARY } from '@/lib/verdicts/schema'
import { buttonClass, FieldError, inputClass } from './form'
import { fieldProps, FormProblem, labelClass } from './SourceFormParts'

export interface RatingOption {
  id: string
  labelKo: string
  labelEn: string
  colour: string
  retired: boolean
}

export interface VerdictEditorProps {
  claimId: string
  verdict: { ratingId: string; summary: string; analysis: string; version: number; status: string } | null
  ratings: RatingOption[]
  citations: Citation[]
}

export function VerdictEditor({ claimId, verdict, ratings, citations }: VerdictEditorProps) {
  const [state, action, pending] = useActionState(saveDraftAction, IDLE_FORM)
  const prefix = useId()
  // Controlled fields (for the live preview) keep what was typed through a refused save: nothing is lost.
  const [ratingId, setRatingId] = useState(verdict?.ratingId ?? '')
  const [summary, setSummary] = useState(verdict?.summary ?? '')
  const [analysis, setAnalysis] = useState(verdict?.analysis ?? '')
  const analysisRef = useRef<HTMLTextAreaElement>(null)

  const rating = ratings.find((choice) => choice.id === ratingId) ?? null
  const count = characterCount(summary.replace(/\s+/g, ' ').trim())
  const unknown = unknownCitations(analysis, citations)
  const conflict = state.status === 'conflict' ? state.current : undefined

  /** Puts `[^KEY]` at the cursor, so keyboard users need no copy and paste. */
  function insertCitation(key: string) {
    const area = analysisRef.current
    const at = area?.selectionStart ?? analysis.length
    const next = `${analysis.slice(0, at)}[^${key}]${analysis.slice(area?.selectionEnd ?? at)}`
    setAnalysis(next)
    requestAnimationFrame(() => {
      area?.focus()
      area?.setSelectionRange(at + key.length + 3, at + key.length + 3)
    })
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={action} className="space-y-4" aria-label="판정 초안 Verdict draft">
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="version" value={verdict?.version ?? ''} />
        {state.status === 'ok' ? (
          <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">
            초안을 저장했습니다. <span lang="en">Draft saved.</span>
          </p>
        ) : (
          <FormProblem state={state} />
        )}
        {conflict ? (
          <div className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <p>지금 저장된 요약 Saved now: “{String(conflict.summary ?? '')}” ({String(conflict.status ?? '')})</p>
            <p>페이지를 새로 고쳐 저장된 내용을 확인하세요. Reload the page to see the saved version; your text stays in this form until then.</p>
          </div>
        ) : null}
        {verdict?.status === 'PUBLISHED' ? (
          <p className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-950">
            저장하면 수정 초안이 됩니다. 검토자가 공개할 때까지 독자는 지금 공개된 판정을 봅니다.{' '}
            <span lang="en">Saving starts a change; readers keep seeing the published verdict until a reviewer publishes it.</span>
          </p>
        ) : null}

        <label className="block">
          <span className={labelClass}>판정 등급 Rating</span>
          <select
            {...fieldProps(state, prefix, 'ratingId')}
            required
            value={ratingId}
            onChange={(event) => setRatingId(event.target.value)}
            className={inputClass}
          >
            <option value="">— 고르세요 Choose —</option>
            {ratings.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.labelKo} · {choice.labelEn}
                {choice.retired ? ' (사용 중지 retired)' : ''}
              </option>
            ))}
          </select>
          <FieldError state={state} prefix={prefix} name="ratingId" />
        </label>

        <label className="block">
          <span className={labelClass}>한 줄 요약 One-line summary</span>
          <textarea
            {...fieldProps(state, prefix, 'summary')}
            required
            rows={2}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            aria-describedby={`${prefix}-summary-count`}
            className={inputClass}
          />
          <span id={`${prefix}-summary-count`} aria-live="polite" className={`block text-xs ${count > MAX_SUMMARY ? 'font-semibold text-red-800' : 'text-stone-500'}`}>
            {count} / {MAX_SUMMARY}자 characters
          </span>
          <FieldError state={state} prefix={prefix} name="summary" />
        </label>

        <label className="block">
          <span className={labelClass}>분석 Analysis</span>{' '}
          <span className="text-xs text-stone-500">(Markdown; 인용은 [^키] · cite with [^KEY])</span>
          <textarea
            {...fieldProps(state, prefix, 'analysis')}
            ref={analysisRef}
            rows={14}
            value={analysis}
            onChange={(event) => setAnalysis(event.target.value)}
            className={`${inputClass} font-mono text-sm`}
          />
          <FieldError state={state} prefix={prefix} name="analysis" />
        </label>
        {unknown.length ? (
          <p role="alert" className="text-sm text-red-800">
            근거에 없는 인용 Unknown citations: {unknown.map((key) => `[^${key}]`).join(', ')}
          </p>
        ) : null}

        <CitationKeys citations={citations} onInsert={insertCitation} />

        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? '저장 중… Saving…' : '초안 저장 Save draft'}
        </button>
      </form>

      <section aria-labelledby={`${prefix}-preview`} className="space-y-2">
        <h3 id={`${prefix}-preview`} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          미리 보기 <span lang="en">Preview, as readers will see it</span>
        </h3>
        <div className="rounded-lg border border-stone-200 bg-white p-5">
          <VerdictBody rating={rating} summary={summary} analysis={analysis} citations={citations} />
        </div>
      </section>
    </div>
  )
}

function CitationKeys({ citations, onInsert }: { citations: Citation[]; onInsert: (key: string) => void }) {
  return (
    <details className="rounded border border-stone-200 bg-stone-50 p-3 text-sm" open>
      <summary className="cursor-pointer font-medium">인용 키 Citation keys ({citations.length})</summary>
      {citations.length ? (
        <ul className="mt-2 space-y-1">
          {citations.map((citation) => (
            <li key={citation.key} className="flex flex-wrap items-center gap-2">
              <code className="select-all rounded bg-white px-1">[^{citation.key}]</code>
              <button
                type="button"
                onClick={() => onInsert(citation.key)}
                className="rounded border border-stone-300 px-2 text-xs"
                aria-label={`분석에 넣기 Insert [^${citation.key}] into the analysis`}
              >
                넣기 Insert
              </button>
              <span className="text-stone-600">
                {citation.source.publisher} — {citation.source.title} · {STANCE_LABELS[citation.stance].ko}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-stone-600">
          이 주장에는 아직 근거가 없습니다. <span lang="en">This claim has no evidence to cite yet.</span>
        </p>
      )}
    </details>
  )
}
