'use client'
// One quantity row's fields, bound to the row's state: each named `quantities.<row>.<field>` and labelled so that
// the first row's labels are the plain ones ("값 Value") and a later row's carry its number ("값 Value (2)").
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { QUANTITY_FIELD_LABELS, quantityFieldName } from '@/lib/claims/quantity-form'
import type { QuantityRowField } from '@/lib/claims/quantity-schema'
import { Input, Select } from '../form'

export interface RowBinding {
  row: number
  /** 0 for the first row shown, 1 for the second, ... */
  order: number
  fields: Record<QuantityRowField, string>
  set: (field: QuantityRowField, value: string) => void
  state: FormState<unknown>
}

export const rowLabel = (order: number, field: QuantityRowField) => `${QUANTITY_FIELD_LABELS[field]}${order ? ` (${order + 1})` : ''}`

type Bound = { b: RowBinding; field: QuantityRowField; hint?: ReactNode; fieldClassName?: string }

export function RowInput({ b, field, hint, fieldClassName, ...input }: Bound & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value'>) {
  return (
    <Input
      name={quantityFieldName(b.row, field)}
      label={rowLabel(b.order, field)}
      hint={hint}
      state={b.state}
      fieldClassName={fieldClassName}
      value={b.fields[field]}
      onChange={(event) => b.set(field, event.target.value)}
      {...input}
    />
  )
}

export function RowSelect({ b, field, hint, children, ...select }: Bound & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'value'>) {
  return (
    <Select
      name={quantityFieldName(b.row, field)}
      label={rowLabel(b.order, field)}
      hint={hint}
      state={b.state}
      value={b.fields[field]}
      onChange={(event) => b.set(field, event.target.value)}
      {...select}
    >
      {children}
    </Select>
  )
}
