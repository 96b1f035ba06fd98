'use client'
// The verdict draft form: rating, one-line summary with a live character count, Markdown analysis, the optional
// English translation of both (reviewed and published with them), the claim's citation keys, and a live preview
// of each language rendered by the very component the reader page uses (VerdictBody).
import { useActionState, useId, useRef, useState } from 'react'
import { VerdictBody } from '@/components/VerdictBody'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { STANCE_LABELS } from '@/lib/format'
import { unknownCitations, type Citation } from '@/lib/verdicts/citations'
import { saveDraftAction } from '@/lib/verdicts/form-actions'
import { characterCount, MAX_SUMMARY } from '@/lib/verdicts/schema'
import { FormStatus, inputClass, Select, Submit, Textarea } from './form'

export interface RatingOption {
  id: string
  labelKo: string
  labelEn: string
  colour: string
  retired: boolean
}

export interface VerdictEditorProps {
  claimId: string
  verdict: {
    ratingId: string
    summary: string
    analysis: string
    summaryEn: string | null
    analysisEn: string | null
    version: number
    status: string
  } | null
  ratings: RatingOption[]
  citations: Citation[]
}

export function VerdictEditor({ claimId, verdict, ratings, citations }: VerdictEditorProps) {
  const [state, action] = useActionState(saveDraftAction, IDLE_FORM)
  const prefix = useId()
  const on = { state, prefix }
  // Controlled fields (for the live preview) keep what was typed through a refused save: nothing is lost.
  const [ratingId, setRatingId] = useState(verdict?.ratingId ?? '')
  const [summary, setSummary] = useState(verdict?.summary ?? '')
  const [analysis, setAnalysis] = useState(verdict?.analysis ?? '')
  const [summaryEn, setSummaryEn] = useState(verdict?.summaryEn ?? '')
  const [analysisEn, setAnalysisEn] = useState(verdict?.analysisEn ?? '')
  const analysisRef = useRef<HTMLTextAreaElement>(null)
  const analysisEnRef = useRef<HTMLTextAreaElement>(null)
  // Where "Insert" puts a citation key: the analysis last focused, Korean or English.
  const [citeInto, setCiteInto] = useState<'ko' | 'en'>('ko')

  const rating = ratings.find((choice) => choice.id === ratingId) ?? null
  const count = characterCount(summary.replace(/\s+/g, ' ').trim())
  const countEn = characterCount(summaryEn.replace(/\s+/g, ' ').trim())
  const unknown = unknownCitations(`${analysis}\n\n${analysisEn}`, citations)
  const conflict = state.status === 'conflict' ? state.current : undefined
  const translated = summaryEn.trim() !== '' || analysisEn.trim() !== ''

  /** Puts `[^KEY]` at the cursor, so keyboard users need no copy and paste. */
  function insertCitation(key: string) {
    const [area, text, setText] = citeInto === 'en' ? [analysisEnRef.current, analysisEn, setAnalysisEn] : [analysisRef.current, analysis, setAnalysis]
    const at = area?.selectionStart ?? text.length
    const next = `${text.slice(0, at)}[^${key}]${text.slice(area?.selectionEnd ?? at)}`
    setText(next)
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
        <FormStatus
          state={state}
          success={
            <>
              초안을 저장했습니다. <span lang="en">Draft saved.</span>
            </>
          }
        />
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

        <Select name="ratingId" label="판정 등급 Rating" {...on} required value={ratingId} onChange={(event) => setRatingId(event.target.value)}>
          <option value="">— 고르세요 Choose —</option>
          {ratings.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.labelKo} · {choice.labelEn}
              {choice.retired ? ' (사용 중지 retired)' : ''}
            </option>
          ))}
        </Select>

        <Textarea
          name="summary"
          label="한 줄 요약 One-line summary"
          {...on}
          required
          rows={2}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          aria-describedby={`${prefix}-summary-count`}
          after={<Count id={`${prefix}-summary-count`} count={count} />}
        />

        <Textarea
          name="analysis"
          label="분석 Analysis"
          note="(Markdown; 인용은 [^키] · cite with [^KEY])"
          {...on}
          ref={analysisRef}
          rows={14}
          value={analysis}
          onChange={(event) => setAnalysis(event.target.value)}
          onFocus={() => setCiteInto('ko')}
          className={`${inputClass} font-mono text-sm`}
        />

        <fieldset className="space-y-3 rounded border border-stone-200 p-3" data-testid="verdict-translation">
          <legend className="px-1 text-sm font-semibold">
            영어 번역 <span lang="en">English translation</span>{' '}
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-normal text-stone-600">번역 translation</span>
          </legend>
          <p className="text-xs text-stone-600">
            선택 사항입니다. 한국어 판정과 함께 검토하고 공개하며, 영어 페이지에 실립니다. 비워 두면 영어 페이지는 한국어 원문을 “번역 없음”으로 보여 줍니다.{' '}
            <span lang="en">Optional; reviewed and published with the Korean verdict, and shown on the English page. Left empty, the English page shows the Korean text marked untranslated.</span>
          </p>
          <Textarea
            name="summaryEn"
            label={
              <>
                영어 한 줄 요약 <span lang="en">English one-line summary (translation)</span>
              </>
            }
            {...on}
            rows={2}
            lang="en"
            value={summaryEn}
            onChange={(event) => setSummaryEn(event.target.value)}
            aria-describedby={`${prefix}-summaryEn-count`}
            after={<Count id={`${prefix}-summaryEn-count`} count={countEn} />}
          />
          <Textarea
            name="analysisEn"
            label={
              <>
                영어 분석 <span lang="en">English analysis (translation)</span>
              </>
            }
            note="(Markdown; [^KEY])"
            {...on}
            ref={analysisEnRef}
            rows={10}
            lang="en"
            value={analysisEn}
            onChange={(event) => setAnalysisEn(event.target.value)}
            onFocus={() => setCiteInto('en')}
            className={`${inputClass} font-mono text-sm`}
          />
        </fieldset>
        {unknown.length ? (
          <p role="alert" className="text-sm text-red-800">
            근거에 없는 인용 Unknown citations: {unknown.map((key) => `[^${key}]`).join(', ')}
          </p>
        ) : null}

        <CitationKeys citations={citations} onInsert={insertCitation} />

        <Submit pending="저장 중… Saving…">초안 저장 Save draft</Submit>
      </form>

      <section aria-labelledby={`${prefix}-preview`} className="space-y-2">
        <h3 id={`${prefix}-preview`} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          미리 보기 <span lang="en">Preview, as readers will see it</span>
        </h3>
        <div className="rounded-lg border border-stone-200 bg-white p-5">
          <VerdictBody rating={rating} summary={summary} analysis={analysis} citations={citations} />
        </div>
        {translated ? (
          <>
            <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500">
              영어 페이지 <span lang="en">On the English page</span>
            </h4>
            <div className="rounded-lg border border-stone-200 bg-white p-5" data-testid="verdict-preview-en">
              <VerdictBody rating={rating} summary={summary} analysis={analysis} summaryEn={summaryEn.trim() || null} analysisEn={analysisEn.trim() || null} citations={citations} locale="en" />
            </div>
          </>
        ) : null}
      </section>
    </div>
  )
}

/** A summary's live character count, red past the limit. */
function Count({ id, count }: { id: string; count: number }) {
  return (
    <span id={id} aria-live="polite" className={`block text-xs ${count > MAX_SUMMARY ? 'font-semibold text-red-800' : 'text-stone-500'}`}>
      {count} / {MAX_SUMMARY}자 characters
    </span>
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
