'use client'
// The intake page's review list: every candidate figure in its sentence (the number marked), with a tick box, the
// claim's wording, translation, claimant and quantity, and what to do with it: a new claim, or an appearance of a
// claim the desk already has. Plain controls in document order, one fieldset per figure, so Tab moves through it
// all, and keys for the rest (review-keys.ts): j/k to the next or previous figure, x to tick, e to edit the wording,
// n or a digit to choose, Esc back from a field to its figure. One submit logs everything
// (lib/claim-intake/actions.ts). A refused submit comes back with every value.
import Link from 'next/link'
import { useActionState, useEffect, useRef } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import type { Analysis } from '@/lib/claim-intake/analyse'
import type { CommitOutcome } from '@/lib/claim-intake/actions'
import { commitIntakeAction } from '@/lib/claim-intake/form-actions'
import { FieldError, FormStatus, Input, Submit } from '../form'
import { CandidateFields, type ClaimantChoice } from './CandidateFields'
import { reviewKeys } from './review-keys'

export type { ClaimantChoice }

export function IntakeReview({ analysis, claimants }: { analysis: Analysis; claimants: ClaimantChoice[] }) {
  const [state, action] = useActionState(commitIntakeAction, IDLE_FORM as FormState<unknown>)
  const done = state.status === 'ok' ? (state.data as CommitOutcome) : null
  // The list opens on its first figure, so the keys work at once.
  const list = useRef<HTMLFormElement>(null)
  useEffect(() => list.current?.querySelector<HTMLElement>('[data-candidate]')?.focus(), [])
  return (
    <div className="space-y-6">
      <section aria-labelledby="kept-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="kept-heading" className="text-lg font-semibold">
          읽은 본문 <span lang="en" className="font-normal text-stone-500">Text kept</span>
        </h2>
        <p className="text-sm text-stone-600">
          {analysis.kept === 'article' ? '기사 본문만 남겼습니다 (메뉴·관련 기사·푸터 제외). The article’s main text was kept (menus, related links and footers left out).' : null}
          {analysis.kept === 'whole-page' ? '기사 본문을 찾지 못해 페이지의 글 전체를 읽었습니다. No article was found; the page’s visible text was read.' : null}
          {analysis.kept === 'text' ? '붙여넣은 글 그대로 읽었습니다. The text was read as given.' : null}{' '}
          {analysis.sentences}문장, 수치 {analysis.candidates.length}개 · {analysis.sentences} sentences, {analysis.candidates.length} figures · {analysis.language === 'ko' ? '한국어 Korean' : '영어 English'} · {analysis.published}
        </p>
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">본문 보기 Show the text</summary>
          <pre data-testid="kept-text" className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap text-sm" lang={analysis.language}>
            {analysis.text}
          </pre>
        </details>
      </section>

      {done ? <Outcome outcome={done} /> : null}

      <form ref={list} key={state.submission} action={action} onKeyDown={reviewKeys} className="space-y-4" aria-label="수치 검토 Review the figures">
        <FormStatus state={state} success="기록했습니다. Logged." />
        <p id="review-keys" className="text-xs text-stone-600">
          키보드: <kbd>j</kbd>/<kbd>k</kbd> 다음·이전 수치, <kbd>x</kbd> 기록 여부, <kbd>e</kbd> 문장 고치기, <kbd>n</kbd> 새 주장, <kbd>1</kbd>–<kbd>9</kbd> 기존 주장,{' '}
          <kbd>Esc</kbd> 입력란에서 수치로. <span lang="en">Keys: j/k next or previous figure, x tick or untick, e edit the wording, n new claim, 1–9 an existing claim, Esc from a field back to its figure.</span>
        </p>
        <CommonFields analysis={analysis} state={state} />
        {analysis.candidates.length === 0 ? <p className="text-sm text-stone-600">확인할 수치를 찾지 못했습니다. No checkable figures were found.</p> : null}
        <FieldError state={state} name="candidates" />
        {analysis.candidates.map((c, i) => (
          <CandidateFields key={i} index={i} candidate={c} claimants={claimants} state={state} lang={analysis.language} />
        ))}
        <Submit pending="기록 중… Logging…" disabled={analysis.candidates.length === 0}>
          고른 수치 기록 Log the ticked figures
        </Submit>
      </form>
    </div>
  )
}

function CommonFields({ analysis, state }: { analysis: Analysis; state: FormState<unknown> }) {
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback
  return (
    <fieldset className="grid gap-3 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-2">
      <legend className="px-1 font-semibold">출처 Source</legend>
      <input type="hidden" name="published" value={analysis.published} />
      <input type="hidden" name="language" value={analysis.language} />
      {analysis.origin.kind === 'source' ? (
        <>
          <input type="hidden" name="sourceId" value={analysis.origin.sourceId} />
          <p className="text-sm sm:col-span-2">
            {analysis.origin.publisher} — {analysis.origin.title}
          </p>
        </>
      ) : (
        <>
          <input type="hidden" name="text" value={analysis.text} />
          <Input name="title" label="기사 제목 Title" state={state} defaultValue={value('title', analysis.origin.title)} />
          <Input name="publisher" label="매체 Publisher" state={state} defaultValue={value('publisher', analysis.origin.publisher)} />
        </>
      )}
    </fieldset>
  )
}

function Outcome({ outcome }: { outcome: CommitOutcome }) {
  return (
    <section aria-labelledby="outcome-heading" className="rounded-lg border border-green-300 bg-green-50 p-5 text-sm">
      <h2 id="outcome-heading" className="text-lg font-semibold">
        기록 결과 <span lang="en" className="font-normal">Logged</span>
      </h2>
      <p>
        새 주장 {outcome.created.length}건(각각 이 기사에 등장), 기존 주장에 새 등장 {outcome.appearancesOfExisting}건
        {outcome.appearancesKept ? `, 이미 있던 등장 ${outcome.appearancesKept}건` : ''}. {outcome.created.length} new claims (each appearing in this article),{' '}
        {outcome.appearancesOfExisting} new appearances of existing claims{outcome.appearancesKept ? `, ${outcome.appearancesKept} already there` : ''}.
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {outcome.created.map((claim) => (
          <li key={claim.id}>
            <Link href={`/desk/claims/${claim.id}`} className="font-mono underline">
              {claim.shortId}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={`/desk/sources/${outcome.sourceId}`} className="underline">
          출처 페이지 The source’s page
        </Link>
      </p>
    </section>
  )
}
