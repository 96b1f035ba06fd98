'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { updateSitePageAction } from '@/lib/pages/form-actions'
import { FormStatus, Input, Submit, Textarea, inputClass } from './form'

interface Page {
  slug: string
  title: string
  body: string
  version: number
}

export function SitePageForm({ page }: { page: Page }) {
  const [state, action] = useActionState(updateSitePageAction, IDLE_FORM)
  const values = state.values ?? {}
  // After a conflict the editor keeps their text but saves on top of the version saved now, having seen it below.
  const current = state.status === 'conflict' ? (state.current as Partial<Page>) : null
  const version = current?.version ?? page.version
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      {current ? (
        <details open className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <summary className="cursor-pointer font-medium">지금 저장된 내용 What is saved now (version {current.version})</summary>
          <p className="mt-2 font-semibold">{current.title}</p>
          <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap font-sans">{current.body}</pre>
        </details>
      ) : null}
      {/* Keyed on the submission so that refused input comes back into the fields. */}
      <form key={state.submission} action={action} className="space-y-3">
        <input type="hidden" name="slug" value={page.slug} />
        <input type="hidden" name="version" value={version} />
        <Input name="title" label="제목 Title" state={state} required maxLength={200} defaultValue={values.title ?? page.title} />
        <Textarea
          name="body"
          label="본문 (마크다운) Body (Markdown)"
          state={state}
          required
          rows={24}
          defaultValue={values.body ?? page.body}
          className={`${inputClass} font-mono text-sm`}
        />
        <Submit pending="저장하는 중… Saving…">저장 Save</Submit>
      </form>
    </div>
  )
}
