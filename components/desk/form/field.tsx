// A labelled form field: label, control, hint and error, wired for assistive technology. The control is named in
// aria-describedby by its hint and its error message, and is aria-invalid while the last save refused it.
import type { ReactNode } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { FieldError, fieldErrorId } from './error'
import { labelClass } from './styles'

export const hintId = (name: string, prefix?: string) => (prefix ? `${prefix}-${name}-hint` : `${name}-hint`)

export interface FieldOptions {
  /** The form's last result, whose field errors this field shows; absent for a form without a server action (a search). */
  state?: FormState<unknown>
  /** Unique ids for forms that share a page (see fieldErrorId). */
  prefix?: string
  hint?: ReactNode
}

export interface FieldProps extends FieldOptions {
  name: string
  label: ReactNode
  /** A short aside after the label, in small type: "(선택 optional)". */
  note?: ReactNode
  children: ReactNode
  className?: string
  labelClassName?: string
}

/** The attributes a field's control needs: whether it is invalid, and which texts describe it. */
export function fieldAria(name: string, { state, prefix, hint }: FieldOptions) {
  return {
    'aria-invalid': Boolean(state?.fieldErrors?.[name]),
    'aria-describedby': [hint ? hintId(name, prefix) : '', state ? fieldErrorId(name, prefix) : ''].filter(Boolean).join(' ') || undefined,
  }
}

export function Field({ name, label, note, hint, state, prefix, children, className = 'block', labelClassName = labelClass }: FieldProps) {
  return (
    <label className={className}>
      <span className={labelClassName}>{label}</span>
      {note ? (
        <>
          {' '}
          <span className="text-xs text-stone-500">{note}</span>
        </>
      ) : null}
      {children}
      {hint ? (
        <span id={hintId(name, prefix)} className="mt-1 block text-xs text-stone-600">
          {hint}
        </span>
      ) : null}
      <FieldError state={state} name={name} prefix={prefix} />
    </label>
  )
}
