'use client'
// A quantity row's figure: its kind and bound, the value or a range's two ends, the stated precision and the unit,
// and the fields of its kind (a currency for money, a base for a rate, "of N" for a rank, a time unit for a
// duration). What shows follows the row's kind and bound; the server drops another kind's fields.
import { DURATION_UNIT_LABELS, QUANTITY_BOUND_LABELS, QUANTITY_BOUNDS, QUANTITY_KIND_LABELS, QUANTITY_KINDS, defaultKind } from '@/lib/claims/quantity-schema'
import { quantityFieldName } from '@/lib/claims/quantity-form'
import { CURRENCIES, DURATION_UNITS } from '@/lib/quantities/types'
import { RowInput, RowSelect, type RowBinding } from './row-binding'

export function QuantityFigureFields({ b }: { b: RowBinding }) {
  const bound = b.fields.bound || 'EXACT'
  const kind = b.fields.kind || defaultKind(b.fields.unit)
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <RowSelect b={b} field="kind">
          <option value="">— 자동 (개수, 단위가 %이면 백분율) Automatic (count, or percent for %) —</option>
          {QUANTITY_KINDS.map((option) => (
            <option key={option} value={option}>
              {QUANTITY_KIND_LABELS[option]}
            </option>
          ))}
        </RowSelect>
        <RowSelect b={b} field="bound">
          {QUANTITY_BOUNDS.map((option) => (
            <option key={option} value={option}>
              {QUANTITY_BOUND_LABELS[option]}
            </option>
          ))}
        </RowSelect>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {bound === 'RANGE' ? (
          <>
            <RowInput b={b} field="low" inputMode="decimal" placeholder="1" />
            <RowInput b={b} field="high" inputMode="decimal" placeholder="2" />
          </>
        ) : (
          <RowInput b={b} field="value" inputMode="decimal" placeholder="17.27" />
        )}
        <RowInput b={b} field="decimals" inputMode="numeric" hint="비우면 입력한 소수 자릿수. 2만이면 -4. Blank: as typed; -4 for a figure stated to ten thousands." />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <RowInput b={b} field="unit" placeholder="models" />
        <RowInput b={b} field="unitEn" placeholder="models" />
      </div>
      {bound === 'AT_LEAST' || bound === 'AT_MOST' ? (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name={quantityFieldName(b.row, 'strict')}
            checked={b.fields.strict === 'on'}
            onChange={(event) => b.set('strict', event.target.checked ? 'on' : '')}
          />
          <span className="text-sm">
            경계 제외 (초과·미만){b.order ? ` (${b.order + 1})` : ''}{' '}
            <span lang="en">Strict: more than / less than, the figure itself excluded</span>
          </span>
        </label>
      ) : null}
      {kind === 'MONEY' ? (
        <RowSelect b={b} field="currency">
          <option value="">— 고르기 Choose —</option>
          {CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </RowSelect>
      ) : null}
      {kind === 'RATE' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <RowInput b={b} field="per" inputMode="decimal" placeholder="100000" />
          <RowInput b={b} field="perUnit" placeholder="명 people" />
        </div>
      ) : null}
      {kind === 'RANK' ? <RowInput b={b} field="rankOf" inputMode="numeric" placeholder="30" /> : null}
      {kind === 'DURATION' ? (
        <RowSelect b={b} field="durationUnit">
          <option value="">— 고르기 Choose —</option>
          {DURATION_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {DURATION_UNIT_LABELS[unit]}
            </option>
          ))}
        </RowSelect>
      ) : null}
    </>
  )
}
