'use client'
// Pieces shared by the source library's forms and the claim material forms (evidence, appearances, relations).
// Several of these forms share one page, so error ids carry a per-form prefix (useId): see fieldErrorId.
import { useActionState, type ComponentProps } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import { Input, Options, Select, type Labelled } from './form'

export type FormAction = (state: FormState<unknown>, formData: FormData) => Promise<FormState<unknown>>

/** A form's outcome when it is not a plain "saved": why nothing was saved. */
export function FormProblem({ state }: { state: FormState<unknown> }) {
  if (state.status === 'idle' || state.status === 'ok') return null
  return (
    <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  )
}

/**
 * A one-button form that removes a row after the browser's confirmation dialog; the row itself disappears when the
 * page refreshes, and a refusal is shown beside the button.
 */
export function RemoveButton({
  action,
  fields,
  label,
  confirmText,
}: {
  action: FormAction
  fields: Record<string, string>
  /** Names the thing removed, for screen readers: "근거 삭제 Remove evidence from …". */
  label: string
  confirmText: string
}) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM)
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirmText)) event.preventDefault()
      }}
      className="inline"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={label} className="text-sm text-red-800 underline disabled:opacity-60">
        {pending ? '삭제 중… Removing…' : '삭제 Remove'}
      </button>
      {state.status !== 'idle' && state.status !== 'ok' ? (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  )
}

/** Picks a source from the library, for evidence and appearances alike. */
export function SourceSelect(props: { state: FormState<unknown>; prefix: string; sources: { id: string; label: string }[]; value?: string }) {
  const { state, prefix, sources, value } = props
  return (
    <Select name="sourceId" label="출처 Source" state={state} prefix={prefix} required defaultValue={value ?? ''}>
      <option value="" disabled>
        출처 목록에서 고르세요 Choose from the library…
      </option>
      <Options items={sources} />
    </Select>
  )
}

/** Another claim given by its short id; recent claims are offered as the editor types (a native datalist). */
export function ClaimInput({
  suggestions,
  prefix,
  ...input
}: { suggestions: { shortId: string; text: string }[]; prefix: string } & Labelled & ComponentProps<'input'>) {
  const list = `${prefix}-claims`
  return (
    <>
      <Input prefix={prefix} list={list} autoComplete="off" {...input} />
      <datalist id={list}>
        {suggestions.map((claim) => (
          <option key={claim.shortId} value={claim.shortId}>
            {claim.text}
          </option>
        ))}
      </datalist>
    </>
  )
}
