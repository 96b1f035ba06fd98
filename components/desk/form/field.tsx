// A labelled form field: label, control, hint and error, wired for assistive technology. The control is named in
// aria-describedby by its hint and its error message, and is aria-invalid while the last save refused it.
import type { ReactNode } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { FieldError, fieldErrorId } from './error'

export const hintId = (name: string, prefix?: string) => (prefix ? `${prefix}-${name}-hint` : `${name}-hint`)

export interface FieldOptions {
  /** The form's last result, whose field errors this field shows. */
  state: FormState<unknown>
  /** Unique ids for forms that share a page (see fieldErrorId). */
  prefix?: string
  hint?: ReactNode
}

/** The attributes a field's control needs: whether it is invalid, and which texts describe it. */
export function fieldAria(name: string, { state, prefix, hint }: FieldOptions) {
  return {
    'aria-invalid': Boolean(state.fieldErrors?.[name]),
    'aria-describedby': [hint ? hintId(name, prefix) : '', fieldErrorId(name, prefix)].filter(Boolean).join(' '),
  }
}

export interface FieldProps extends FieldOptions {
  name: string
  label: ReactNode
  children: ReactNode
  className?: string
  labelClassName?: string
}

export function Field({ name, label, hint, state, prefix, children, className = 'block', labelClassName = 'text-sm font-medium' }: FieldProps) {
  return (
    <label className={className}>
      <span className={labelClassName}>{label}</span>
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
