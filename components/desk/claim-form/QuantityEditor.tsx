'use client'
// The claim's quantities, the main figure first: one row each, with "add a figure" and "remove". Without
// JavaScript the form still has its rows (one blank row for a claim without quantities) and saves them.
import { useRef, useState } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { QUANTITY_ROW_FIELD_NAMES, quantityFieldName, quantityRowsOf } from '@/lib/claims/quantity-form'
import type { QuantityRowField } from '@/lib/claims/quantity-schema'
import type { Lang } from '@/lib/quantities/types'
import { QuantityRow } from './QuantityRow'
import type { MetricChoice } from './types'

export interface QuantityEditorProps {
  /** The form's values: the rows are the `quantities.N.*` among them. */
  values: Record<string, string>
  /** The conflict view's "use saved value" choices, by field name, a new object each time. */
  taken: Record<string, string>
  state: FormState<unknown>
  metrics: MetricChoice[]
  lang: Lang
}

const rowValues = (values: Record<string, string>, row: number) =>
  Object.fromEntries(QUANTITY_ROW_FIELD_NAMES.map((field) => [field, values[quantityFieldName(row, field)] ?? ''])) as Record<QuantityRowField, string>

export function QuantityEditor({ values, taken, state, metrics, lang }: QuantityEditorProps) {
  const [rows, setRows] = useState(() => quantityRowsOf(values))
  // New rows count on from every row this form has had, so a new row never takes a removed quantity's position.
  const next = useRef(Math.max(...rows) + 1)
  const add = () => setRows((current) => [...current, next.current++])
  const remove = (row: number) => setRows((current) => (current.length > 1 ? current.filter((r) => r !== row) : [next.current++]))

  // A saved value taken for a row this form no longer shows brings the row back.
  const [seenTaken, setSeenTaken] = useState(taken)
  if (seenTaken !== taken) {
    setSeenTaken(taken)
    const missing = Object.keys(taken).length ? quantityRowsOf(taken).filter((row) => !rows.includes(row)) : []
    if (missing.length) setRows([...rows, ...missing].sort((a, b) => a - b))
  }
  return (
    <section aria-labelledby="quantities-heading" className="space-y-3">
      <h2 id="quantities-heading" className="text-sm font-semibold">
        수치 Quantities (선택 optional)
      </h2>
      <p className="text-xs text-stone-600">
        주장이 말하는 수치마다 하나씩: 값, 단위, 기간. 첫째가 주 수치입니다. One row per figure the claim states, with its unit and window; the first is
        the main figure.
      </p>
      {rows.map((row, order) => (
        <QuantityRow
          key={row}
          row={row}
          order={order}
          initial={rowValues(values, row)}
          taken={taken}
          state={state}
          metrics={metrics}
          lang={lang}
          onRemove={() => remove(row)}
        />
      ))}
      <button type="button" onClick={add} className="rounded border border-stone-400 bg-white px-3 py-1 text-sm">
        + 수치 추가 Add a figure
      </button>
    </section>
  )
}
