'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef, useState, useTransition } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import {
  createClaimAction,
  createClaimantAction,
  findSimilarAction,
  markDuplicateAction,
  unmarkDuplicateAction,
  updateClaimAction,
} from '@/lib/claims/form-actions'
import type { SimilarClaim } from '@/lib/claims/desk-queries'
import {
  CLAIMANT_KIND_LABELS,
  HAND_SET_STATUSES,
  CLAIMANT_KINDS,
  LANGUAGE_LABELS,
  LANGUAGES,
  QUANTITY_BOUND_LABELS,
  QUANTITY_KIND_LABELS,
  STATUS_LABELS,
  WINDOW_KIND_LABELS,
  WINDOW_KINDS,
  conflictRows,
  mergeOnConflict,
  type ClaimFormField,
  type ClaimFormValues,
  type SavedNow,
} from '@/lib/claims/schema'
import type { ClaimantKind, ClaimStatus, QuantityBound, QuantityKind, WindowKind } from '@/lib/db/generated/enums'
import { ConflictNotice } from './ConflictNotice'
import { QuantityFigureFields } from './QuantityFigureFields'
import { FieldError, fieldErrorId, FormStatus } from './FormStatus'
import { SimilarWhileTyping } from './SimilarWhileTyping'

const inputClass = 'mt-1 w-full rounded border border-stone-300 px-3 py-2 aria-invalid:border-red-600'
const buttonClass = 'rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60'

export interface ClaimantOption {
  id: string
  name: string
  nameEn: string | null
  kind: ClaimantKind
}

/** A metric and its definitions, for the metric selects (lib/metrics/queries.ts metricOptions). */
export interface MetricChoice {
  id: string
  nameKo: string
  nameEn: string
  definitions: { id: string; name: string }[]
}

type Props = { metrics?: MetricChoice[] } & (
  | { mode: 'create'; claimants: ClaimantOption[]; claimId?: undefined; version?: undefined; initial?: undefined }
  | { mode: 'edit'; claimants: ClaimantOption[]; claimId: string; version: number; initial: ClaimFormValues }
)

function parseBase(text: string | undefined): ClaimFormValues | null {
  if (!text) return null
  try {
    return JSON.parse(text) as ClaimFormValues
  } catch {
    return null
  }
}

const pickFormValues = (saved: SavedNow): ClaimFormValues => {
  const { version: _version, savedBy: _by, savedAt: _at, ...values } = saved
  return values
}

/** The claim form for both new and existing claims. A refused save comes back with everything typed still in it. */
export function ClaimForm(props: Props) {
  const [state, action, pending] = useActionState<FormState<unknown>, FormData>(
    props.mode === 'create' ? createClaimAction : updateClaimAction,
    IDLE_FORM,
  )
  const submitted = state.values
  const saved = state.status === 'conflict' ? (state.current as unknown as SavedNow) : null
  // What this editor started from: the loaded claim, carried through refusals in a hidden field.
  const base = submitted ? parseBase(submitted.base) : (props.initial ?? null)
  const values: Record<string, string> = saved && submitted ? mergeOnConflict(base, submitted, saved) : (submitted ?? props.initial ?? {})
  // After a conflict the form saves on top of the version saved now, and that version is the new starting point.
  const version = saved ? String(saved.version) : (submitted?.version ?? String(props.version ?? ''))
  const nextBase = saved ? pickFormValues(saved) : base
  // The claim as saved (now, after a conflict; else as loaded) decides whether the form may set the status at all.
  const statusFollowsVerdict = (saved ?? base)?.status === 'PUBLISHED'

  const [claimants, setClaimants] = useState(props.claimants)
  const [claimantId, setClaimantId] = useState(values.claimantId ?? '')
  const [windowKind, setWindowKind] = useState(values.windowKind ?? '')
  /** Fields set from the conflict view's "use saved value": remounted with that value. */
  const [taken, setTaken] = useState<Partial<Record<ClaimFormField, string>>>({})
  const [seenSubmission, setSeenSubmission] = useState(state.submission)
  if (seenSubmission !== state.submission) {
    // A new result: the remounted form starts from its values (React's pattern for state derived from props).
    setSeenSubmission(state.submission)
    setClaimantId(values.claimantId ?? '')
    setWindowKind(values.windowKind ?? '')
    setTaken({})
  }

  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    // After a refusal, keyboard users start at the first field that needs them.
    if (state.status === 'invalid') formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])

  const value = (field: ClaimFormField) => taken[field] ?? values[field] ?? ''
  const fieldKey = (field: ClaimFormField) => `${field}:${taken[field] ?? ''}`
  const invalid = (field: string) => Boolean(state.fieldErrors?.[field])
  const describedBy = (field: string, hint?: boolean) => [hint ? `${field}-hint` : '', fieldErrorId(field)].filter(Boolean).join(' ')

  const useSaved = (field: ClaimFormField, savedValue: string) => {
    setTaken((current) => ({ ...current, [field]: savedValue }))
    if (field === 'claimantId') setClaimantId(savedValue)
    if (field === 'windowKind') setWindowKind(savedValue)
  }
  const describe = (field: ClaimFormField, raw: string) => {
    if (field === 'claimantId') return claimants.find((claimant) => claimant.id === raw)?.name ?? raw
    if (field === 'status') return STATUS_LABELS[raw as ClaimStatus] ?? raw
    if (field === 'windowKind') return WINDOW_KIND_LABELS[raw as WindowKind] ?? raw
    if (field === 'language') return LANGUAGE_LABELS[raw as 'ko'] ?? raw
    if (field === 'quantityKind') return QUANTITY_KIND_LABELS[raw as QuantityKind] ?? (raw || '자동 Automatic')
    if (field === 'quantityBound') return QUANTITY_BOUND_LABELS[raw as QuantityBound] ?? (raw || QUANTITY_BOUND_LABELS.EXACT)
    if (field === 'needsRecheck' || field === 'publicUnderResearch' || field === 'quantityStrict') return raw === 'on' ? '예 Yes' : '아니요 No'
    if (field === 'metricId') return props.metrics?.find((metric) => metric.id === raw)?.nameEn ?? raw
    if (field === 'metricDefinitionId') return props.metrics?.flatMap((metric) => metric.definitions).find((d) => d.id === raw)?.name ?? raw
    return raw
  }

  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      {saved && submitted ? (
        <ConflictNotice rows={conflictRows(base, submitted, saved)} saved={saved} describe={describe} onUseSaved={useSaved} />
      ) : null}

      {/* Keyed on the submission so that refused input comes back into the fields. */}
      <form key={state.submission} ref={formRef} action={action} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5" noValidate>
        {props.mode === 'edit' ? (
          <>
            <input type="hidden" name="claimId" value={props.claimId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="base" value={JSON.stringify(nextBase ?? {})} />
          </>
        ) : null}

        <TextPart
          value={value}
          fieldKey={fieldKey}
          invalid={invalid}
          describedBy={describedBy}
          state={state}
          excludeId={props.claimId}
        />

        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold">주장한 이 Claimant</legend>
          <label className="block">
            <span className="text-sm font-medium">주장한 이 Claimant</span>
            <select
              name="claimantId"
              value={claimantId}
              onChange={(event) => setClaimantId(event.target.value)}
              aria-invalid={invalid('claimantId')}
              aria-describedby={describedBy('claimantId')}
              className={inputClass}
            >
              <option value="">— 없음 / 모름 None or unknown —</option>
              {claimants.map((claimant) => (
                <option key={claimant.id} value={claimant.id}>
                  {claimant.name}
                  {claimant.nameEn ? ` · ${claimant.nameEn}` : ''}
                </option>
              ))}
            </select>
            <FieldError state={state} name="claimantId" />
          </label>
          <NewClaimant
            onCreated={(claimant) => {
              setClaimants((list) => (list.some((item) => item.id === claimant.id) ? list : [...list, claimant].sort((a, b) => a.name.localeCompare(b.name))))
              setClaimantId(claimant.id)
            }}
          />
          <label className="block">
            <span className="text-sm font-medium">주장한 이 메모 Claimant note</span>
            <input
              key={fieldKey('claimantNote')}
              name="claimantNote"
              defaultValue={value('claimantNote')}
              aria-invalid={invalid('claimantNote')}
              aria-describedby={describedBy('claimantNote')}
              className={inputClass}
            />
            <FieldError state={state} name="claimantNote" />
          </label>
        </fieldset>

        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block">
            <span className="text-sm font-medium">처음 확인 First seen</span>
            <input
              key={fieldKey('firstSeenAt')}
              type="date"
              name="firstSeenAt"
              defaultValue={value('firstSeenAt')}
              aria-invalid={invalid('firstSeenAt')}
              aria-describedby={describedBy('firstSeenAt')}
              className={inputClass}
            />
            <FieldError state={state} name="firstSeenAt" />
          </label>
          {statusFollowsVerdict ? (
            // A published claim's status is its verdict's: shown, not sent (updateClaim keeps it).
            <div className="block">
              <span className="text-sm font-medium">상태 Status</span>
              <p className="mt-1 px-3 py-2" data-testid="claim-status-fixed">
                {STATUS_LABELS.PUBLISHED}
                <span className="block text-xs text-stone-600">
                  판정을 따릅니다. 내리려면 판정을 철회하세요. <span lang="en">Follows the verdict; to take it back, withdraw the verdict.</span>
                </span>
              </p>
            </div>
          ) : (
            <label className="block">
              <span className="text-sm font-medium">상태 Status</span>
              <select
                key={fieldKey('status')}
                name="status"
                defaultValue={value('status') || 'NEW'}
                aria-invalid={invalid('status')}
                aria-describedby={describedBy('status', true)}
                className={inputClass}
              >
                {HAND_SET_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
              <span id="status-hint" className="mt-1 block text-xs text-stone-600">
                공개는 검토자가 판정을 공개할 때 정해집니다. <span lang="en">A claim is published when a reviewer publishes its verdict.</span>
              </span>
              <FieldError state={state} name="status" />
            </label>
          )}
        </div>

        <label className="block">
          <span className="text-sm font-medium">태그 Tags</span>
          <input
            key={fieldKey('tags')}
            name="tags"
            defaultValue={value('tags')}
            aria-invalid={invalid('tags')}
            aria-describedby={describedBy('tags', true)}
            className={inputClass}
          />
          <span id="tags-hint" className="mt-1 block text-xs text-stone-600">
            쉼표로 구분, 20개까지. Comma-separated, up to 20.
          </span>
          <FieldError state={state} name="tags" />
        </label>

        <label className="flex items-center gap-2">
          <input key={fieldKey('needsRecheck')} type="checkbox" name="needsRecheck" defaultChecked={value('needsRecheck') === 'on'} className="size-4" />
          <span className="text-sm font-medium">재확인 필요 Needs re-check</span>
        </label>

        <div>
          <label className="flex items-center gap-2">
            <input
              key={fieldKey('publicUnderResearch')}
              type="checkbox"
              name="publicUnderResearch"
              defaultChecked={value('publicUnderResearch') === 'on'}
              aria-describedby="publicUnderResearch-hint"
              className="size-4"
            />
            <span className="text-sm font-medium">검증 중 공개 Public while under research</span>
          </label>
          <span id="publicUnderResearch-hint" className="mt-1 block text-xs text-stone-600">
            판정 전에도 독자가 주소로 열 수 있습니다 (목록·피드에는 나오지 않음). Readers can open the permalink before a verdict is
            published (never listed).
          </span>
        </div>

        <QuantityPart
          value={value}
          fieldKey={fieldKey}
          invalid={invalid}
          describedBy={describedBy}
          state={state}
          windowKind={windowKind}
          setWindowKind={setWindowKind}
        />

        <MetricPart key={`metric:${state.submission}:${taken.metricId ?? ''}`} value={value} invalid={invalid} describedBy={describedBy} state={state} metrics={props.metrics ?? []} />

        <SimilarWhileTyping excludeId={props.claimId} />
        <div className="flex items-center gap-4">
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? '저장 중… Saving…' : props.mode === 'create' ? '주장 만들기 Create claim' : '주장 저장 Save claim'}
          </button>
          <Link href={props.mode === 'edit' ? `/desk/claims/${props.claimId}` : '/desk'} className="text-sm underline">
            취소 Cancel
          </Link>
        </div>
      </form>
    </div>
  )
}

interface PartProps {
  value: (field: ClaimFormField) => string
  fieldKey: (field: ClaimFormField) => string
  invalid: (field: string) => boolean
  describedBy: (field: string, hint?: boolean) => string
  state: FormState<unknown>
}

/** The claim's wording, with the similar-claims check that runs when the editor leaves either text field. */
function TextPart({ value, fieldKey, invalid, describedBy, state, excludeId }: PartProps & { excludeId?: string }) {
  const [similar, setSimilar] = useState<SimilarClaim[] | null>(null)
  const [checking, startChecking] = useTransition()
  const lastProbe = useRef('')
  const textRef = useRef<HTMLTextAreaElement>(null)
  const translationRef = useRef<HTMLTextAreaElement>(null)

  const check = () => {
    const text = textRef.current?.value ?? ''
    const translation = translationRef.current?.value ?? ''
    const probe = `${text}\n${translation}`
    if (probe === lastProbe.current) return
    lastProbe.current = probe
    startChecking(async () => {
      // Only an aid: when it cannot be had (the database is restarting), the form carries on without it instead
      // of giving way to the error page with the editor's text, and the next blur asks again.
      const found = await findSimilarAction({ text, translation, excludeId }).catch(() => null)
      if (found) setSimilar(found)
      else lastProbe.current = ''
    })
  }
  // A form that comes back refused already holds text: check it again without waiting for a blur.
  useEffect(() => {
    if (textRef.current?.value) check()
  }, [])

  return (
    <div className="space-y-3">
      <label className="block">
        <span className="text-sm font-medium">원문 Original text</span>
        <textarea
          key={fieldKey('text')}
          ref={textRef}
          name="text"
          rows={3}
          required
          maxLength={2000}
          defaultValue={value('text')}
          onBlur={check}
          aria-invalid={invalid('text')}
          aria-describedby={describedBy('text')}
          className={inputClass}
        />
        <FieldError state={state} name="text" />
      </label>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <label className="block">
          <span className="text-sm font-medium">원문 언어 Language</span>
          <select
            key={fieldKey('language')}
            name="language"
            defaultValue={value('language') || 'ko'}
            aria-invalid={invalid('language')}
            aria-describedby={describedBy('language')}
            className={inputClass}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_LABELS[language]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="language" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">번역 Translation</span>
          <textarea
            key={fieldKey('translation')}
            ref={translationRef}
            name="translation"
            rows={2}
            maxLength={2000}
            defaultValue={value('translation')}
            onBlur={check}
            aria-invalid={invalid('translation')}
            aria-describedby={describedBy('translation', true)}
            className={inputClass}
          />
          <span id="translation-hint" className="mt-1 block text-xs text-stone-600">
            원문이 아닌 다른 언어로. In the other language.
          </span>
          <FieldError state={state} name="translation" />
        </label>
      </div>
      <div aria-live="polite">
        {checking ? <p className="text-sm text-stone-600">비슷한 주장을 찾는 중… Looking for similar claims…</p> : null}
        {!checking && similar?.length ? (
          <section aria-labelledby="similar-heading" className="rounded border border-sky-300 bg-sky-50 p-3 text-sm">
            <h3 id="similar-heading" className="font-semibold">
              비슷한 주장이 이미 있습니다 <span lang="en" className="font-normal">· Similar claims already exist</span>
            </h3>
            <p className="text-stone-700">
              같은 주장이면 새로 만들지 말고 그 주장을 여세요. 중복은 주장 페이지에서 합칠 수 있습니다.{' '}
              <span lang="en">If it is the same claim, open it instead of creating another; duplicates can be merged on a claim’s page.</span>
            </p>
            <ul className="mt-2 space-y-1">
              {similar.map((claim) => (
                <li key={claim.id}>
                  <a
                    href={`/desk/claims/${claim.id}`}
                    target="_blank"
                    rel="noopener"
                    className="underline focus-visible:outline-2 focus-visible:outline-stone-900"
                  >
                    <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
                  </a>{' '}
                  <span className="text-xs text-stone-600">
                    ({STATUS_LABELS[claim.status]}, 유사도 similarity {Math.round(claim.score * 100)}%, 새 탭 opens in a new tab)
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  )
}

/** The optional quantity: value, unit, window and definition. Dates shown follow the window kind. */
function QuantityPart({
  value,
  fieldKey,
  invalid,
  describedBy,
  state,
  windowKind,
  setWindowKind,
}: PartProps & { windowKind: string; setWindowKind: (kind: string) => void }) {
  const text = (field: ClaimFormField, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input
        key={fieldKey(field)}
        name={field}
        defaultValue={value(field)}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field)}
        className={inputClass}
        {...extra}
      />
      <FieldError state={state} name={field} />
    </label>
  )
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-4">
      <legend className="px-1 text-sm font-semibold">수치 Quantity (선택 optional)</legend>
      <p className="text-xs text-stone-600">
        숫자가 있는 주장이면 주된 수치의 값, 단위, 기간을 적습니다. For a numeric claim: its main figure, the unit and the window it covers.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('quantitySubject', '대상 Subject', { placeholder: '한국 Korea' })}
        {text('quantityMetric', '지표 Metric', { placeholder: 'notable AI models' })}
      </div>
      <QuantityFigureFields key={fieldKey('quantityBound')} value={value} fieldKey={fieldKey} invalid={invalid} describedBy={describedBy} state={state} />
      <label className="block">
        <span className="text-sm font-medium">기간 종류 Window kind</span>
        <select
          name="windowKind"
          value={windowKind}
          onChange={(event) => setWindowKind(event.target.value)}
          aria-invalid={invalid('windowKind')}
          aria-describedby={describedBy('windowKind')}
          className={inputClass}
        >
          <option value="">— 고르기 Choose —</option>
          {WINDOW_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {WINDOW_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldError state={state} name="windowKind" />
      </label>
      {windowKind === 'PERIOD' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {text('windowStart', '시작일 Start', { type: 'date' })}
          {text('windowEnd', '끝날 End', { type: 'date' })}
        </div>
      ) : windowKind ? (
        text('asOf', '기준일 As of', { type: 'date' })
      ) : null}
      <label className="block">
        <span className="text-sm font-medium">정의 Definition</span>
        <textarea
          key={fieldKey('definition')}
          name="definition"
          rows={2}
          defaultValue={value('definition')}
          aria-invalid={invalid('definition')}
          aria-describedby={describedBy('definition', true)}
          className={inputClass}
        />
        <span id="definition-hint" className="mt-1 block text-xs text-stone-600">
          무엇을 셌는지. What was counted, e.g. “notable” per Epoch AI’s criteria.
        </span>
        <FieldError state={state} name="definition" />
      </label>
    </fieldset>
  )
}

/**
 * Which metric the quantity belongs to and which of its definitions it counts by (the definition list follows the
 * chosen metric), and the re-check dates.
 */
function MetricPart({ value, invalid, describedBy, state, metrics }: Omit<PartProps, 'fieldKey'> & { metrics: MetricChoice[] }) {
  const [metricId, setMetricId] = useState(value('metricId'))
  const definitions = metrics.find((metric) => metric.id === metricId)?.definitions ?? []
  const date = (field: 'validAsOf' | 'recheckAfter', label: string, hint: string) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input
        type="date"
        name={field}
        defaultValue={value(field)}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field, true)}
        className={inputClass}
      />
      <span id={`${field}-hint`} className="mt-1 block text-xs text-stone-600">
        {hint}
      </span>
      <FieldError state={state} name={field} />
    </label>
  )
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-4">
      <legend className="px-1 text-sm font-semibold">지표와 재확인 Metric and re-check (선택 optional)</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          <span className="text-sm font-medium">지표 묶음 Metric page</span>
          <select
            name="metricId"
            value={metricId}
            onChange={(event) => setMetricId(event.target.value)}
            aria-invalid={invalid('metricId')}
            aria-describedby={describedBy('metricId')}
            className={inputClass}
          >
            <option value="">— 없음 None —</option>
            {metrics.map((metric) => (
              <option key={metric.id} value={metric.id}>
                {metric.nameKo} · {metric.nameEn}
              </option>
            ))}
          </select>
          <FieldError state={state} name="metricId" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">지표 정의 Metric definition</span>
          <select
            // Remounted with the metric: a definition of the previous metric must not stay selected.
            key={metricId}
            name="metricDefinitionId"
            defaultValue={definitions.some((d) => d.id === value('metricDefinitionId')) ? value('metricDefinitionId') : ''}
            disabled={!definitions.length}
            aria-invalid={invalid('metricDefinitionId')}
            aria-describedby={describedBy('metricDefinitionId')}
            className={inputClass}
          >
            <option value="">— 없음 None —</option>
            {definitions.map((definition) => (
              <option key={definition.id} value={definition.id}>
                {definition.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="metricDefinitionId" />
        </label>
        {date('validAsOf', '유효 기준일 Valid as of', '판정이 이 날짜까지 맞다고 확인됨. The verdict is known to hold up to this date.')}
        {date('recheckAfter', '재확인 예정일 Re-check after', '이 날짜가 지나면 재확인 목록에 나옵니다. After this date the claim shows on the re-check list.')}
      </div>
    </fieldset>
  )
}

/**
 * Adds a claimant without leaving the claim form. Not a nested form (HTML has none) and not a form submission
 * (React would reset the claim form after it): the server action is called directly with its own fields.
 */
function NewClaimant({ onCreated }: { onCreated: (claimant: ClaimantOption) => void }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [nameEn, setNameEn] = useState('')
  const [kind, setKind] = useState<ClaimantKind>('ORGANIZATION')
  const [result, setResult] = useState<FormState<unknown>>(IDLE_FORM)
  const [pending, startTransition] = useTransition()

  const add = () =>
    startTransition(async () => {
      const data = new FormData()
      data.set('name', name)
      data.set('nameEn', nameEn)
      data.set('kind', kind)
      const outcome = await createClaimantAction(IDLE_FORM, data)
      setResult(outcome)
      if (outcome.status === 'ok') {
        onCreated((outcome.data as { claimant: ClaimantOption }).claimant)
        setName('')
        setNameEn('')
        setOpen(false)
      }
    })
  // Enter in these fields adds the claimant; it must not submit the claim form around them.
  const onEnter = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      add()
    }
  }
  const error = (field: string) => result.fieldErrors?.[field]?.join(' ')

  if (!open) {
    return (
      <div>
        <button type="button" onClick={() => setOpen(true)} className="text-sm underline">
          + 새 주장자 추가 Add a new claimant
        </button>
        {result.status === 'ok' ? (
          <p role="status" className="text-xs text-green-800">
            주장자를 추가하고 골랐습니다. Claimant added and chosen.
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div role="group" aria-labelledby="new-claimant-heading" className="space-y-2 rounded border border-dashed border-stone-300 p-3">
      <p id="new-claimant-heading" className="text-sm font-semibold">
        새 주장자 <span lang="en" className="font-normal text-stone-500">New claimant</span>
      </p>
      {result.status !== 'idle' && result.status !== 'ok' && !result.fieldErrors ? (
        <p role="alert" className="text-sm text-red-800">
          {result.message}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="block">
          <span className="text-xs font-medium">이름 Name</span>
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={onEnter}
            aria-invalid={Boolean(error('name'))}
            aria-describedby="newClaimantName-error"
            autoFocus
            className={inputClass}
          />
          {error('name') ? (
            <p id="newClaimantName-error" className="mt-1 text-xs text-red-800">
              {error('name')}
            </p>
          ) : null}
        </label>
        <label className="block">
          <span className="text-xs font-medium">영문 이름 English name</span>
          <input value={nameEn} onChange={(event) => setNameEn(event.target.value)} onKeyDown={onEnter} className={inputClass} />
        </label>
        <label className="block">
          <span className="text-xs font-medium">종류 Kind</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as ClaimantKind)} className={inputClass}>
            {CLAIMANT_KINDS.map((option) => (
              <option key={option} value={option}>
                {CLAIMANT_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex gap-3">
        <button type="button" onClick={add} disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-sm text-white disabled:opacity-60">
          {pending ? '추가 중… Adding…' : '추가 Add'}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="text-sm underline">
          닫기 Close
        </button>
      </div>
    </div>
  )
}

/**
 * Merges this claim into another: the canonical claim is named by its short ID, typed or taken from the similar
 * claims listed. The duplicate's public link then redirects to the canonical claim.
 */
export function MarkDuplicateForm({ claimId, suggestions }: { claimId: string; suggestions: SimilarClaim[] }) {
  const [state, action, pending] = useActionState(markDuplicateAction, IDLE_FORM)
  const input = useRef<HTMLInputElement>(null)
  const choose = (shortId: string) => {
    if (!input.current) return
    input.current.value = shortId
    input.current.focus()
  }
  return (
    <div className="space-y-3">
      <FormStatus state={state} success="중복으로 표시했습니다. Marked as a duplicate." />
      {suggestions.length ? (
        <div className="text-sm">
          <p className="font-medium">
            비슷한 주장 <span lang="en" className="font-normal text-stone-500">Similar claims</span>
          </p>
          <ul className="mt-1 space-y-1">
            {suggestions.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-baseline gap-2">
                <Link href={`/desk/claims/${claim.id}`} className="underline">
                  <span className="font-mono text-xs">{claim.shortId}</span> {claim.text}
                </Link>
                <span className="text-xs text-stone-600">{Math.round(claim.score * 100)}%</span>
                <button type="button" onClick={() => choose(claim.shortId)} className="text-xs underline">
                  이 주장을 원본으로 Use as canonical
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form key={state.submission} action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="claimId" value={claimId} />
        <label className="block">
          <span className="text-sm font-medium">원본 주장 ID Canonical claim ID</span>
          <input
            ref={input}
            name="canonicalShortId"
            required
            placeholder="kfm2023"
            defaultValue={state.values?.canonicalShortId}
            aria-invalid={Boolean(state.fieldErrors?.canonicalShortId)}
            aria-describedby="canonicalShortId-error"
            className="mt-1 w-40 rounded border border-stone-300 px-3 py-2 font-mono"
          />
        </label>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? '처리 중… Working…' : '중복으로 표시 Mark as duplicate'}
        </button>
        <FieldError state={state} name="canonicalShortId" />
      </form>
    </div>
  )
}

export function UnmarkDuplicateForm({ claimId }: { claimId: string }) {
  const [state, action, pending] = useActionState(unmarkDuplicateAction, IDLE_FORM)
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} success="중복 표시를 해제했습니다. No longer marked as a duplicate." />
      <input type="hidden" name="claimId" value={claimId} />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 bg-white px-3 py-1 text-sm disabled:opacity-60">
        중복 표시 해제 Not a duplicate
      </button>
    </form>
  )
}
