// One figure of the intake review list (IntakeReview.tsx): its sentence with the number marked, the tick box, what to
// log it as (a new claim, or an appearance of a claim the desk has), the claim's wording, translation, claimant and
// quantity, each field named candidates.<index>.<field>.
import Link from 'next/link'
import type { FormState } from '@/lib/actions/form-state'
import type { ReviewCandidate } from '@/lib/claim-intake/analyse'
import { QUANTITY_BOUND_LABELS, QUANTITY_BOUNDS, QUANTITY_KIND_LABELS, QUANTITY_KINDS, WINDOW_KIND_LABELS, WINDOW_KINDS } from '@/lib/claims/quantity-schema'
import { CURRENCIES } from '@/lib/quantities/types'
import { FieldError, Input, Select, Textarea } from '../form'

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

export function CandidateFields({ index, candidate, claimants, state, lang }: { index: number; candidate: ReviewCandidate; claimants: ClaimantChoice[]; state: FormState<unknown>; lang: 'ko' | 'en' }) {
  const base = defaults(candidate)
  const name = (field: string) => `candidates.${index}.${field}`
  // After a refused submit the form shows what was sent (an unticked box sends nothing), else the extraction's.
  const value = (field: string) => (state.values ? (state.values[name(field)] ?? '') : base[field])
  const id = (field: string) => `c${index}-${field}`
  const on = { state, fieldClassName: 'block' }
  const text = (field: string, label: string, props: { type?: string; inputMode?: 'decimal' } = {}) => (
    <Input id={id(field)} name={name(field)} label={label} {...on} type={props.type ?? 'text'} inputMode={props.inputMode} defaultValue={value(field)} />
  )
  const select = (field: string, label: string, options: [string, string][], blank?: string) => (
    <Select id={id(field)} name={name(field)} label={label} {...on} defaultValue={value(field)}>
      {blank !== undefined ? <option value="">{blank}</option> : null}
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </Select>
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
        <Textarea data-key="text" name={name('text')} label="주장 문장 Claim text" {...on} rows={2} defaultValue={value('text')} lang={lang} />
        <Textarea name={name('translation')} label="번역 Translation" {...on} rows={2} defaultValue={value('translation')} />
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
