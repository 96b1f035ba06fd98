'use client'
// One quantity of the claim: the figure as stated, which fills in the figure's fields as it is typed (the parser
// runs in the browser; every field it fills stays editable), what and whom it counts, its window, its definition and
// the metric it belongs to.
import { useState } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { NOT_STATED, NOT_STATED_LABEL, WINDOW_KIND_LABELS, WINDOW_KINDS, type QuantityRowField } from '@/lib/claims/quantity-schema'
import { rowFromParsed } from '@/lib/claims/quantity-form'
import { formatQuantity } from '@/lib/quantities/format'
import { parseQuantity } from '@/lib/quantities/parse'
import type { Lang } from '@/lib/quantities/types'
import { QuantityFigureFields } from './QuantityFigureFields'
import { RowInput, RowSelect, type RowBinding } from './row-binding'
import type { MetricChoice } from './types'

export interface QuantityRowProps {
  row: number
  order: number
  initial: Record<QuantityRowField, string>
  /** Values the conflict view's "use saved value" put in, by field name; a new object each time one is used. */
  taken: Record<string, string>
  state: FormState<unknown>
  metrics: MetricChoice[]
  lang: Lang
  onRemove: () => void
}

export function QuantityRow({ row, order, initial, taken, state, metrics, lang, onRemove }: QuantityRowProps) {
  const [fields, setFields] = useState(initial)
  const [read, setRead] = useState<{ ko: string; en: string } | 'unread' | null>(null)
  const [seenTaken, setSeenTaken] = useState(taken)
  if (seenTaken !== taken) {
    setSeenTaken(taken)
    const prefix = `quantities.${row}.`
    const mine = Object.entries(taken).filter(([key]) => key.startsWith(prefix))
    if (mine.length) setFields((current) => ({ ...current, ...Object.fromEntries(mine.map(([key, value]) => [key.slice(prefix.length), value])) }))
  }
  const set = (field: QuantityRowField, value: string) =>
    setFields((current) => ({
      ...current,
      [field]: value,
      // Another metric: a definition of the previous one must not stay chosen.
      ...(field === 'metricId' ? { metricDefinitionId: '' } : {}),
      // A figure typed by hand is stated to the digits typed, not to what the parser read from the stated text.
      ...(field === 'value' || field === 'low' || field === 'high' ? { decimals: '' } : {}),
    }))
  const b: RowBinding = { row, order, fields, set, state }

  const readStated = (text: string) => {
    const parsed = text.trim() ? parseQuantity(text, { lang }) : null
    setFields((current) => ({ ...current, statedText: text, ...(parsed ? rowFromParsed(parsed) : {}) }))
    setRead(parsed ? { ko: formatQuantity(parsed, 'ko'), en: formatQuantity(parsed, 'en') } : text.trim() ? 'unread' : null)
  }

  const definitions = metrics.find((metric) => metric.id === fields.metricId)?.definitions ?? []
  const number = order + 1
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-4" data-testid="quantity-row">
      <legend className="px-1 text-sm font-semibold">
        수치 {number} Figure {number}
        {order === 0 ? <span className="font-normal text-stone-600"> · 주 수치 main figure</span> : null}
      </legend>
      <RowInput
        b={b}
        field="statedText"
        onChange={(event) => readStated(event.target.value)}
        placeholder="5배 이상 · US$2.1 billion · 10만 명당 17.27건 · 7위"
        hint="주장에 쓰인 그대로 적으면 아래 칸을 채웁니다 (고칠 수 있음). Type the figure as the claim writes it to fill in the fields below (all editable)."
      />
      <p aria-live="polite" className="text-xs text-stone-700" data-testid="quantity-read">
        {read === 'unread'
          ? '수치로 읽지 못했습니다. 아래 칸을 직접 채우세요. Not read as a figure; fill in the fields below.'
          : read
            ? `읽은 수치 Read as: ${read.ko} · ${read.en}`
            : null}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <RowInput b={b} field="subject" placeholder="한국 Korea" />
        <RowInput b={b} field="metricLabel" placeholder="notable AI models" />
      </div>
      <QuantityFigureFields b={b} />
      <RowSelect b={b} field="windowKind">
        <option value="">— 고르기 Choose —</option>
        {WINDOW_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {WINDOW_KIND_LABELS[kind]}
          </option>
        ))}
        <option value={NOT_STATED}>{NOT_STATED_LABEL}</option>
      </RowSelect>
      {fields.windowKind === 'PERIOD' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <RowInput b={b} field="windowStart" type="date" />
          <RowInput b={b} field="windowEnd" type="date" />
        </div>
      ) : fields.windowKind && fields.windowKind !== NOT_STATED ? (
        <RowInput b={b} field="asOf" type="date" />
      ) : null}
      <RowInput b={b} field="definition" hint="무엇을 셌는지. What was counted, e.g. “notable” per Epoch AI’s criteria." />
      <div className="grid gap-3 sm:grid-cols-2">
        <RowSelect b={b} field="metricId">
          <option value="">— 없음 None —</option>
          {metrics.map((metric) => (
            <option key={metric.id} value={metric.id}>
              {metric.nameKo} · {metric.nameEn}
            </option>
          ))}
        </RowSelect>
        <RowSelect b={b} field="metricDefinitionId" disabled={!definitions.length}>
          <option value="">— 없음 None —</option>
          {definitions.map((definition) => (
            <option key={definition.id} value={definition.id}>
              {definition.name}
            </option>
          ))}
        </RowSelect>
      </div>
      <button type="button" onClick={onRemove} className="text-sm underline">
        수치 {number} 삭제 Remove figure {number}
      </button>
    </fieldset>
  )
}
