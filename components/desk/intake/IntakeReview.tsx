'use client'
// The intake page's review list: every candidate figure in its sentence (the number marked), with a tick box, the
// claim's wording, translation, claimant and quantity, and what to do with it: a new claim, or an appearance of a
// claim the desk already has. Plain controls in document order, one fieldset per figure, so Tab moves through it
// all, and keys for the rest (reviewKeys below): j/k to the next or previous figure, x to tick, e to edit the wording,
// n or a digit to choose, Esc back from a field to its figure. One submit logs everything
// (lib/claim-intake/actions.ts). A refused submit comes back with every value.
import Link from 'next/link'
import { useActionState, useEffect, useRef, type KeyboardEvent } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import type { Analysis, ReviewCandidate } from '@/lib/claim-intake/analyse'
import type { CommitOutcome } from '@/lib/claim-intake/actions'
import { commitIntakeAction } from '@/lib/claim-intake/form-actions'
import { QUANTITY_BOUND_LABELS, QUANTITY_BOUNDS, QUANTITY_KIND_LABELS, QUANTITY_KINDS, WINDOW_KIND_LABELS, WINDOW_KINDS } from '@/lib/claims/quantity-schema'
import { CURRENCIES } from '@/lib/quantities/types'
import { buttonClass, FieldError, FormStatus, inputClass } from '../form'

export interface ClaimantChoice {
  id: string
  name: string
  nameEn: string | null
}

const RELATION_LABELS: Record<string, string> = {
  EQUAL: '같은 수치 Same figure',
  AGREE_WITHIN_PRECISION: '정밀도 안에서 일치 Agrees within precision',
  CONSISTENT: '모순 없음 Consistent',
}

/** The figure's default fields, from the extraction. */
function defaults(c: ReviewCandidate): Record<string, string> {
  const q = c.quantity
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v))
  const firstFigureMatch = c.matches.find((m) => m.by === 'figure')
  return {
    // A figure an earlier intake of this source logged is left unticked: logging it again would change nothing.
    include: c.logged ? '' : 'on',
    choice: c.logged ? `claim:${c.logged.claimId}` : firstFigureMatch ? `claim:${firstFigureMatch.claimId}` : 'new',
    text: c.quote,
    translation: '',
    quote: c.quote,
    claimantId: '',
    claimantName: '',
    kind: q.kind,
    bound: q.bound,
    strict: q.strict ? 'on' : '',
    value: text(q.value),
    low: text(q.low),
    high: text(q.high),
    unit: text(q.unitKo ?? q.unit),
    currency: text(q.currency),
    per: text(q.per),
    perUnit: text(q.perUnit),
    durationUnit: text(q.durationUnit),
    rankOf: text(q.rankOf),
    decimals: String(q.decimals),
    statedText: c.figure,
    subject: text(c.subject),
    metricId: text(c.metricId),
    windowKind: text(c.window?.kind),
    windowStart: text(c.window?.start),
    windowEnd: text(c.window?.end),
  }
}

export function IntakeReview({ analysis, claimants }: { analysis: Analysis; claimants: ClaimantChoice[] }) {
  const [state, action, pending] = useActionState(commitIntakeAction, IDLE_FORM as FormState<unknown>)
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
        <button type="submit" disabled={pending || analysis.candidates.length === 0} className={buttonClass}>
          {pending ? '기록 중… Logging…' : '고른 수치 기록 Log the ticked figures'}
        </button>
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
          <label className="block">
            <span className="text-sm font-medium">기사 제목 Title</span>
            <input name="title" defaultValue={value('title', analysis.origin.title)} className={inputClass} aria-invalid={Boolean(state.fieldErrors?.title)} />
            <FieldError state={state} name="title" />
          </label>
          <label className="block">
            <span className="text-sm font-medium">매체 Publisher</span>
            <input name="publisher" defaultValue={value('publisher', analysis.origin.publisher)} className={inputClass} aria-invalid={Boolean(state.fieldErrors?.publisher)} />
            <FieldError state={state} name="publisher" />
          </label>
        </>
      )}
    </fieldset>
  )
}

function CandidateFields({ index, candidate, claimants, state, lang }: { index: number; candidate: ReviewCandidate; claimants: ClaimantChoice[]; state: FormState<unknown>; lang: 'ko' | 'en' }) {
  const base = defaults(candidate)
  const name = (field: string) => `candidates.${index}.${field}`
  // After a refused submit the form shows what was sent (an unticked box sends nothing), else the extraction's.
  const value = (field: string) => (state.values ? (state.values[name(field)] ?? '') : base[field])
  const invalid = (field: string) => Boolean(state.fieldErrors?.[name(field)])
  const id = (field: string) => `c${index}-${field}`
  const text = (field: string, label: string, props: { type?: string; inputMode?: 'decimal' } = {}) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input id={id(field)} name={name(field)} type={props.type ?? 'text'} inputMode={props.inputMode} defaultValue={value(field)} aria-invalid={invalid(field)} className={inputClass} />
      <FieldError state={state} name={name(field)} />
    </label>
  )
  const select = (field: string, label: string, options: [string, string][], blank?: string) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <select id={id(field)} name={name(field)} defaultValue={value(field)} aria-invalid={invalid(field)} className={inputClass}>
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <FieldError state={state} name={name(field)} />
    </label>
  )
  const listed = candidate.logged && !candidate.matches.some((m) => m.claimId === candidate.logged!.claimId)
  return (
    <fieldset
      data-testid={`candidate-${index}`}
      data-candidate={index}
      tabIndex={-1}
      aria-describedby="review-keys"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 focus:outline-2 focus:outline-offset-2 focus:outline-blue-600"
    >
      <legend className="px-1 font-semibold">
        수치 {index + 1} Figure {index + 1}: {candidate.figure}
      </legend>
      <p lang={lang} className="text-sm">
        {candidate.before}
        <mark>{candidate.figure}</mark>
        {candidate.after}
      </p>
      {(['quote', 'decimals', 'statedText', 'perUnit', 'durationUnit', 'rankOf'] as const).map((field) => (
        <input key={field} type="hidden" name={name(field)} value={value(field)} />
      ))}
      {candidate.logged ? (
        <p className="text-sm text-amber-800">
          이 출처에서 이미 기록한 수치입니다: <span className="font-mono">{candidate.logged.shortId}</span>. <span lang="en">Already logged from this source as {candidate.logged.shortId}.</span>
        </p>
      ) : null}
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" data-key="include" name={name('include')} defaultChecked={value('include') === 'on'} />
        이 수치 기록 Log this figure
      </label>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">무엇으로 What to log</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" data-key="new" name={name('choice')} value="new" defaultChecked={value('choice') === 'new'} />
          새 주장 New claim
        </label>
        {listed ? (
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" data-key="existing" name={name('choice')} value={`claim:${candidate.logged!.claimId}`} defaultChecked={value('choice') === `claim:${candidate.logged!.claimId}`} />
            <span>
              이 출처에서 기록한 <span className="font-mono">{candidate.logged!.shortId}</span> 그대로 · Keep as{' '}
              <Link href={`/desk/claims/${candidate.logged!.claimId}`} className="font-mono underline">
                {candidate.logged!.shortId}
              </Link>
            </span>
          </label>
        ) : null}
        {candidate.matches.map((match) => (
          <label key={match.claimId} className="flex items-start gap-2 text-sm">
            <input type="radio" data-key="existing" name={name('choice')} value={`claim:${match.claimId}`} defaultChecked={value('choice') === `claim:${match.claimId}`} />
            <span>
              기존 주장 <span className="font-mono">{match.shortId}</span>에 이 기사 등장 추가 · Add as an appearance of{' '}
              <Link href={`/desk/claims/${match.claimId}`} className="font-mono underline">
                {match.shortId}
              </Link>
              : “{match.text}”{' '}
              <span className="text-stone-600">
                ({match.by === 'figure'
                  ? `${RELATION_LABELS[match.relation!] ?? match.relation}, ${match.sameMetric ? '같은 지표·대상·기간 same metric, subject and window' : '같은 대상·기간 same subject and window'}`
                  : '비슷한 문장 Similar wording'})
              </span>
            </span>
          </label>
        ))}
        {candidate.matches.length === 0 ? <p className="text-xs text-stone-600">데스크에 비슷한 주장이 없습니다. The desk has no similar claim.</p> : null}
        <FieldError state={state} name={name('choice')} />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          <span className="text-sm font-medium">주장 문장 Claim text</span>
          <textarea data-key="text" name={name('text')} rows={2} defaultValue={value('text')} aria-invalid={invalid('text')} className={inputClass} lang={lang} />
          <FieldError state={state} name={name('text')} />
        </label>
        <label className="block">
          <span className="text-sm font-medium">번역 Translation</span>
          <textarea name={name('translation')} rows={2} defaultValue={value('translation')} aria-invalid={invalid('translation')} className={inputClass} />
          <FieldError state={state} name={name('translation')} />
        </label>
        {select('claimantId', '주장자 Claimant', claimants.map((c) => [c.id, c.nameEn ? `${c.name} (${c.nameEn})` : c.name]), '— 없음 / 새로 None or new —')}
        {text('claimantName', '새 주장자 이름 New claimant’s name')}
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="text-sm font-medium">수치 Quantity</legend>
        {select('kind', '종류 Kind', QUANTITY_KINDS.map((k) => [k, QUANTITY_KIND_LABELS[k]]))}
        {select('bound', '정확도 Bound', QUANTITY_BOUNDS.map((b) => [b, QUANTITY_BOUND_LABELS[b]]))}
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" name={name('strict')} defaultChecked={value('strict') === 'on'} />
          초과·미만 Strict (more/less than)
        </label>
        {text('value', '값 Value', { inputMode: 'decimal' })}
        {text('low', '최소 Low (range)', { inputMode: 'decimal' })}
        {text('high', '최대 High (range)', { inputMode: 'decimal' })}
        {text('unit', '단위 Unit')}
        {select('currency', '통화 Currency', CURRENCIES.map((c) => [c, c]), '—')}
        {text('per', '기준 Per (rate base)', { inputMode: 'decimal' })}
        {text('subject', '대상 Subject')}
        {select(
          'metricId',
          '지표 Metric',
          candidate.metricGuesses.map((g) => [g.id, `${g.nameKo} · ${g.nameEn} (${g.shared.join(', ')})`]),
          candidate.metricGuesses.length ? '— 지표 없음 No metric —' : '— 맞는 지표를 찾지 못함 No metric guessed —',
        )}
        {select('windowKind', '기간 종류 Window kind', WINDOW_KINDS.map((w) => [w, WINDOW_KIND_LABELS[w]]), '— 밝히지 않음 Not stated —')}
        {text('windowStart', '시작일 Window start', { type: 'date' })}
        {text('windowEnd', '끝날 Window end', { type: 'date' })}
      </fieldset>
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

/** Text-entry controls: keys typed there are text, except Esc, which goes back to the figure. */
const TYPING = 'textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button])'

/**
 * The review list without the mouse. From a figure (or its tick box and choices): j/k move to the next or previous
 * figure, x ticks or unticks it, e goes to its wording, n chooses a new claim, 1–9 the n-th existing claim offered.
 * In a field, Esc goes back to the figure. Arrow keys and Space keep their usual meaning in every control.
 */
function reviewKeys(event: KeyboardEvent<HTMLFormElement>) {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  const target = event.target as HTMLElement
  const figure = target.closest<HTMLElement>('[data-candidate]')
  const go = (to: HTMLElement | undefined) => {
    if (!to) return
    to.focus()
    to.scrollIntoView({ block: 'nearest' })
  }
  if (target.matches(TYPING)) {
    if (event.key === 'Escape' && figure) {
      event.preventDefault()
      go(figure)
    }
    return
  }
  const controls = (key: string) => [...(figure?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[data-key="${key}"]`) ?? [])]
  switch (event.key) {
    case 'j':
    case 'k': {
      const all = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-candidate]')]
      const at = figure ? all.indexOf(figure) : -1
      go(event.key === 'j' ? all[at + 1] : all[Math.max(at - 1, 0)])
      break
    }
    case 'x':
      controls('include')[0]?.click()
      break
    case 'e':
      controls('text')[0]?.focus()
      break
    case 'n':
      controls('new')[0]?.click()
      break
    default: {
      const existing = /^[1-9]$/.test(event.key) ? controls('existing')[Number(event.key) - 1] : undefined
      if (!existing) return
      existing.click()
    }
  }
  event.preventDefault()
}
