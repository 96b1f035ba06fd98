// Text inputs, selects and text areas as labelled fields (field.tsx), in the desk's one input style.
import type { ComponentProps, ReactNode } from 'react'
import { Field, fieldAria, type FieldOptions } from './field'
import { inputClass } from './styles'

interface Labelled extends FieldOptions {
  name: string
  label: ReactNode
  /** Classes of the label around the control (default: a block). */
  fieldClassName?: string
}

export function Input({ name, label, hint, state, prefix, fieldClassName, className, ...input }: Labelled & ComponentProps<'input'>) {
  return (
    <Field name={name} label={label} hint={hint} state={state} prefix={prefix} className={fieldClassName}>
      <input name={name} {...fieldAria(name, { state, prefix, hint })} className={className ?? inputClass} {...input} />
    </Field>
  )
}

export function Select({ name, label, hint, state, prefix, fieldClassName, className, children, ...select }: Labelled & ComponentProps<'select'>) {
  return (
    <Field name={name} label={label} hint={hint} state={state} prefix={prefix} className={fieldClassName}>
      <select name={name} {...fieldAria(name, { state, prefix, hint })} className={className ?? inputClass} {...select}>
        {children}
      </select>
    </Field>
  )
}

export function Textarea({ name, label, hint, state, prefix, fieldClassName, className, ...textarea }: Labelled & ComponentProps<'textarea'>) {
  return (
    <Field name={name} label={label} hint={hint} state={state} prefix={prefix} className={fieldClassName}>
      <textarea name={name} {...fieldAria(name, { state, prefix, hint })} className={className ?? inputClass} {...textarea} />
    </Field>
  )
}
