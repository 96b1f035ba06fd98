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
import { FormStatus, Input, Select, Submit, Textarea } from './form'

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
  const [state, action] = useActionState(props.mode === 'create' ? createSourceAction : updateSourceAction, IDLE_FORM)
  const prefix = useId()
  const initial: SourceFormValues = props.mode === 'edit' ? props.initial : {}
  const values: SourceFormValues = state.values ?? initial
  const current = state.status === 'conflict' ? state.current : undefined
  const existing = current?.existingSource as ExistingSource | undefined
  // After a version conflict the next save is a deliberate overwrite of what the editor has now seen.
  const version = props.mode === 'edit' ? (existing ? props.version : ((current?.version as number | undefined) ?? props.version)) : undefined
  const on = { state, prefix }

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
        <Select name="kind" label="종류 Kind" {...on} required defaultValue={values.kind ?? ''}>
          <option value="" disabled>
            고르세요 Choose…
          </option>
          {SOURCE_KINDS.map((kind: SourceKind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_KO[kind]} · {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
        <Input name="title" label="제목 Title" {...on} required defaultValue={values.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Input name="publisher" label="발행처 Publisher" {...on} required defaultValue={values.publisher} />
          <Input name="author" label="저자 Author" note="(선택 optional)" {...on} defaultValue={values.author} />
        </div>
        <Input
          name="url"
          label="주소 URL"
          note="(선택 optional)"
          hint="추적 매개변수와 끝의 / 는 저장할 때 지웁니다. Tracking parameters and a trailing slash are removed when saved."
          {...on}
          type="url"
          inputMode="url"
          defaultValue={values.url}
          placeholder="https://"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <Input name="published" label="발행일 Published" {...on} defaultValue={values.published} placeholder="2024-12-05 · 2024-12 · 2024" />
            <label className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="publishedApprox" defaultChecked={values.publishedApprox === 'on'} />
              대략 Approximate
            </label>
          </div>
          <Input name="accessedAt" label="접속일 Accessed" {...on} type="date" defaultValue={values.accessedAt} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <Input name="language" label="언어 Language" {...on} list={`${prefix}-languages`} defaultValue={values.language} placeholder="ko" />
            <datalist id={`${prefix}-languages`}>
              <option value="ko">한국어 Korean</option>
              <option value="en">영어 English</option>
              <option value="ja">일본어 Japanese</option>
              <option value="zh">중국어 Chinese</option>
            </datalist>
          </div>
          <Input name="archivedUrl" label="외부 보관본 External archive" note="(web.archive.org…)" {...on} type="url" inputMode="url" defaultValue={values.archivedUrl} />
        </div>
        <Textarea name="note" label="메모 Note" {...on} rows={3} defaultValue={values.note} />
        {props.mode === 'edit' ? (
          <p className="text-xs text-stone-500">
            주소를 바꾸면 새 주소의 보관본은 아직 없습니다. 예전 주소의 보관본은 그대로 남습니다. Changing the URL leaves it without a current copy; the copies of the old address stay.
          </p>
        ) : null}
        <Submit pending="저장 중… Saving…">{props.mode === 'create' ? '출처 추가 Add source' : '저장 Save'}</Submit>
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
