// Text inputs, selects and text areas as labelled fields (field.tsx), in the desk's one input style.
import type { ComponentProps } from 'react'
import { Field, fieldAria, type FieldProps } from './field'
import { inputClass } from './styles'

export interface Labelled extends Omit<FieldProps, 'children' | 'className'> {
  /** Classes of the label around the control (default: a block). */
  fieldClassName?: string
}

export function Input({ name, label, note, hint, state, prefix, fieldClassName, labelClassName, className, ...input }: Labelled & ComponentProps<'input'>) {
  return (
    <Field name={name} label={label} note={note} hint={hint} state={state} prefix={prefix} className={fieldClassName} labelClassName={labelClassName}>
      <input name={name} {...fieldAria(name, { state, prefix, hint })} className={className ?? inputClass} {...input} />
    </Field>
  )
}

export function Select({ name, label, note, hint, state, prefix, fieldClassName, labelClassName, className, children, ...select }: Labelled & ComponentProps<'select'>) {
  return (
    <Field name={name} label={label} note={note} hint={hint} state={state} prefix={prefix} className={fieldClassName} labelClassName={labelClassName}>
      <select name={name} {...fieldAria(name, { state, prefix, hint })} className={className ?? inputClass} {...select}>
        {children}
      </select>
    </Field>
  )
}

export function Textarea({ name, label, note, hint, state, prefix, fieldClassName, labelClassName, className, ...textarea }: Labelled & ComponentProps<'textarea'>) {
  return (
    <Field name={name} label={label} note={note} hint={hint} state={state} prefix={prefix} className={fieldClassName} labelClassName={labelClassName}>
      <textarea name={name} {...fieldAria(name, { state, prefix, hint })} className={className ?? inputClass} {...textarea} />
    </Field>
  )
}

/** A select's options for a list of records, each offered by its label and submitted as its id. */
export function Options({ items }: { items: { id: string; label: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.label}
    </option>
  ))
}
