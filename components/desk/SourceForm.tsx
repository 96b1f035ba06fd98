'use client'
// Creates or edits a library source. A refused save comes back with everything typed (the form is keyed on the
// submission and refilled from state.values); a duplicate URL links to the source that already has it.
import Link from 'next/link'
import { useActionState, useId } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import type { SourceKind } from '@/lib/db/generated/enums'
import { SOURCE_KIND_LABELS } from '@/lib/format'
import { createSourceAction, updateSourceAction } from '@/lib/sources/form-actions'
import { SOURCE_KIND_KO, SOURCE_KINDS } from '@/lib/sources/schema'
import { buttonClass, FieldError, FormStatus, inputClass } from './form'
import { fieldProps, labelClass } from './SourceFormParts'

/** Field values as the form shows them (strings; 'on' for a ticked box). */
export type SourceFormValues = Partial<Record<
  'kind' | 'title' | 'publisher' | 'author' | 'url' | 'published' | 'publishedApprox' | 'accessedAt' | 'language' | 'archivedUrl' | 'note',
  string
>>

type Props = { mode: 'create' } | { mode: 'edit'; sourceId: string; version: number; initial: SourceFormValues }

interface ExistingSource {
  href: string
  title: string
  publisher: string
}

export function SourceForm(props: Props) {
  const [state, action, pending] = useActionState(props.mode === 'create' ? createSourceAction : updateSourceAction, IDLE_FORM)
  const prefix = useId()
  const initial: SourceFormValues = props.mode === 'edit' ? props.initial : {}
  const values: SourceFormValues = state.values ?? initial
  const current = state.status === 'conflict' ? state.current : undefined
  const existing = current?.existingSource as ExistingSource | undefined
  // After a version conflict the next save is a deliberate overwrite of what the editor has now seen.
  const version = props.mode === 'edit' ? (existing ? props.version : ((current?.version as number | undefined) ?? props.version)) : undefined
  const field = (name: keyof SourceFormValues) => fieldProps(state, prefix, name)

  return (
    <div className="space-y-3">
      {existing ? (
        <div role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p>이 주소는 이미 출처 목록에 있습니다. This URL is already in the library:</p>
          <Link href={existing.href} className="font-medium underline">
            {existing.publisher} — {existing.title}
          </Link>
        </div>
      ) : current ? (
        <SourceConflict state={state} />
      ) : (
        <FormStatus state={state} />
      )}
      <form key={state.submission} action={action} className="space-y-4">
        {props.mode === 'edit' ? (
          <>
            <input type="hidden" name="sourceId" value={props.sourceId} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : null}
        <label className="block">
          <span className={labelClass}>종류 Kind</span>
          <select {...field('kind')} required defaultValue={values.kind ?? ''} className={inputClass}>
            <option value="" disabled>
              고르세요 Choose…
            </option>
            {SOURCE_KINDS.map((kind: SourceKind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_KO[kind]} · {SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <FieldError state={state} prefix={prefix} name="kind" />
        </label>
        <label className="block">
          <span className={labelClass}>제목 Title</span>
          <input {...field('title')} required defaultValue={values.title} className={inputClass} />
          <FieldError state={state} prefix={prefix} name="title" />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block">
            <span className={labelClass}>발행처 Publisher</span>
            <input {...field('publisher')} required defaultValue={values.publisher} className={inputClass} />
            <FieldError state={state} prefix={prefix} name="publisher" />
          </label>
          <label className="block">
            <span className={labelClass}>저자 Author</span> <span className="text-xs text-stone-500">(선택 optional)</span>
            <input {...field('author')} defaultValue={values.author} className={inputClass} />
            <FieldError state={state} prefix={prefix} name="author" />
          </label>
        </div>
        <label className="block">
          <span className={labelClass}>주소 URL</span> <span className="text-xs text-stone-500">(선택 optional)</span>
          <input {...field('url')} type="url" inputMode="url" defaultValue={values.url} placeholder="https://" className={inputClass} />
          <span className="mt-1 block text-xs text-stone-500">
            추적 매개변수와 끝의 / 는 저장할 때 지웁니다. Tracking parameters and a trailing slash are removed when saved.
          </span>
          <FieldError state={state} prefix={prefix} name="url" />
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label className="block">
              <span className={labelClass}>발행일 Published</span>
              <input {...field('published')} defaultValue={values.published} placeholder="2024-12-05 · 2024-12 · 2024" className={inputClass} />
            </label>
            <FieldError state={state} prefix={prefix} name="published" />
            <label className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="publishedApprox" defaultChecked={values.publishedApprox === 'on'} />
              대략 Approximate
            </label>
          </div>
          <label className="block">
            <span className={labelClass}>접속일 Accessed</span>
            <input {...field('accessedAt')} type="date" defaultValue={values.accessedAt} className={inputClass} />
            <FieldError state={state} prefix={prefix} name="accessedAt" />
          </label>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block">
            <span className={labelClass}>언어 Language</span>
            <input {...field('language')} list={`${prefix}-languages`} defaultValue={values.language} placeholder="ko" className={inputClass} />
            <datalist id={`${prefix}-languages`}>
              <option value="ko">한국어 Korean</option>
              <option value="en">영어 English</option>
              <option value="ja">일본어 Japanese</option>
              <option value="zh">중국어 Chinese</option>
            </datalist>
            <FieldError state={state} prefix={prefix} name="language" />
          </label>
          <label className="block">
            <span className={labelClass}>외부 보관본 External archive</span>{' '}
            <span className="text-xs text-stone-500">(web.archive.org…)</span>
            <input {...field('archivedUrl')} type="url" inputMode="url" defaultValue={values.archivedUrl} className={inputClass} />
            <FieldError state={state} prefix={prefix} name="archivedUrl" />
          </label>
        </div>
        <label className="block">
          <span className={labelClass}>메모 Note</span>
          <textarea {...field('note')} rows={3} defaultValue={values.note} className={inputClass} />
          <FieldError state={state} prefix={prefix} name="note" />
        </label>
        {props.mode === 'edit' ? (
          <p className="text-xs text-stone-500">
            주소를 바꾸면 새 주소의 보관본은 아직 없습니다. 예전 주소의 보관본은 그대로 남습니다. Changing the URL leaves it without a current copy; the copies of the old address stay.
          </p>
        ) : null}
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? '저장 중… Saving…' : props.mode === 'create' ? '출처 추가 Add source' : '저장 Save'}
        </button>
      </form>
    </div>
  )
}

/** What the source looks like now, after someone else saved it first. */
function SourceConflict({ state }: { state: FormState<unknown> }) {
  const current = state.current ?? {}
  const shown: [string, unknown][] = [
    ['제목 Title', current.title],
    ['발행처 Publisher', current.publisher],
    ['주소 URL', current.url],
    ['메모 Note', current.note],
  ]
  return (
    <div role="alert" className="space-y-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p>{state.message}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
        {shown.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-amber-800">{label}</dt>
            <dd className="break-all">{value == null || value === '' ? '—' : String(value)}</dd>
          </div>
        ))}
      </dl>
      <p>
        아래 입력은 그대로 두었습니다. 다시 저장하면 지금 내용을 덮어씁니다. Your input is kept below; saving again replaces the
        current version.
      </p>
    </div>
  )
}
