// Text inputs, selects and text areas as labelled fields (field.tsx), in the desk's one input style.
import type { ComponentProps, ReactNode } from 'react'
import { Field, fieldAria, type FieldProps } from './field'
import { inputClass } from './styles'

export interface Labelled extends Omit<FieldProps, 'children' | 'className'> {
  /** Classes of the label around the control (default: a block). */
  fieldClassName?: string
  /** Shown right after the control, before its hint and error (a live character count). */
  after?: ReactNode
  /**
   * false: the control is read by its own handler and is not sent with the form around it (the claim form's
   * new-claimant fields); `name` then only keys its error and ids.
   */
  submitted?: boolean
}

type Own = 'name' | 'label' | 'note' | 'hint' | 'state' | 'prefix' | 'fieldClassName' | 'labelClassName' | 'after' | 'submitted'

/** The field around a control, and the attributes the control needs from it. */
function labelled<P extends Labelled>(props: P) {
  const { name, label, note, hint, state, prefix, fieldClassName, labelClassName, after, submitted = true, ...control } = props
  const field = { name, label, note, hint, state, prefix, className: fieldClassName, labelClassName }
  return { field, after, control: control as Omit<P, Own>, own: { name: submitted ? name : undefined, ...fieldAria(name, { state, prefix, hint }) } }
}

export function Input(props: Labelled & ComponentProps<'input'>) {
  const { field, after, control, own } = labelled(props)
  return (
    <Field {...field}>
      <input {...own} {...control} className={control.className ?? inputClass} />
      {after}
    </Field>
  )
}

export function Select(props: Labelled & ComponentProps<'select'>) {
  const { field, after, control, own } = labelled(props)
  return (
    <Field {...field}>
      <select {...own} {...control} className={control.className ?? inputClass} />
      {after}
    </Field>
  )
}

export function Textarea(props: Labelled & ComponentProps<'textarea'>) {
  const { field, after, control, own } = labelled(props)
  return (
    <Field {...field}>
      <textarea {...own} {...control} className={control.className ?? inputClass} />
      {after}
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
