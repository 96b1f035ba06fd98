'use client'
// The figure of the claim form's quantity: its kind, its bound, and the value, or a range's two ends, with the unit.
// Which fields show follows the bound: a range has low and high instead of one value; "at least" and "at most"
// may be strict (초과/미만, "more than").
import { useState } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { QUANTITY_BOUND_LABELS, QUANTITY_BOUNDS, QUANTITY_KIND_LABELS, QUANTITY_KINDS, type QuantityFormField } from '@/lib/claims/quantity-schema'
import { FieldError } from './FormStatus'

const inputClass = 'mt-1 w-full rounded border border-stone-300 px-3 py-2 aria-invalid:border-red-600'

export interface FigureFieldsProps {
  value: (field: QuantityFormField) => string
  fieldKey: (field: QuantityFormField) => string
  invalid: (field: string) => boolean
  describedBy: (field: string, hint?: boolean) => string
  state: FormState<unknown>
}

export function QuantityFigureFields({ value, fieldKey, invalid, describedBy, state }: FigureFieldsProps) {
  const [bound, setBound] = useState(value('quantityBound'))
  const text = (field: QuantityFormField, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <input
        key={fieldKey(field)}
        name={field}
        defaultValue={value(field)}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field)}
        className={inputClass}
        {...extra}
      />
      <FieldError state={state} name={field} />
    </label>
  )
  const select = (field: QuantityFormField, label: string, options: React.ReactNode, extra: React.SelectHTMLAttributes<HTMLSelectElement> = {}) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      <select
        key={fieldKey(field)}
        name={field}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field)}
        className={inputClass}
        {...extra}
      >
        {options}
      </select>
      <FieldError state={state} name={field} />
    </label>
  )
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        {select(
          'quantityKind',
          '수치 종류 Kind',
          <>
            <option value="">— 자동 (개수, 단위가 %이면 백분율) Automatic (count, or percent for %) —</option>
            {QUANTITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {QUANTITY_KIND_LABELS[kind]}
              </option>
            ))}
          </>,
          { defaultValue: value('quantityKind') },
        )}
        {select(
          'quantityBound',
          '정확도 Bound',
          QUANTITY_BOUNDS.map((option) => (
            <option key={option} value={option}>
              {QUANTITY_BOUND_LABELS[option]}
            </option>
          )),
          { value: bound || 'EXACT', onChange: (event) => setBound(event.target.value) },
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {bound === 'RANGE' ? (
          <>
            {text('quantityLow', '하한 Low', { inputMode: 'decimal', placeholder: '1' })}
            {text('quantityHigh', '상한 High', { inputMode: 'decimal', placeholder: '2' })}
          </>
        ) : (
          text('quantityValue', '값 Value', { inputMode: 'decimal', placeholder: '17.27' })
        )}
        {text('quantityUnit', '단위 Unit', { placeholder: 'models' })}
      </div>
      {bound === 'AT_LEAST' || bound === 'AT_MOST' ? (
        <label className="flex items-center gap-2">
          <input key={fieldKey('quantityStrict')} type="checkbox" name="quantityStrict" defaultChecked={value('quantityStrict') === 'on'} />
          <span className="text-sm">
            경계 제외 (초과·미만) <span lang="en">Strict: more than / less than, the figure itself excluded</span>
          </span>
        </label>
      ) : null}
    </>
  )
}
