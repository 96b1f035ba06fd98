'use client'

import { useState } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { MEANING_MAX } from '@/lib/ratings/schema'
import { FieldError, fieldAria, Input, inputClass, labelClass, Textarea } from './form'

const HEX = /^#[0-9a-fA-F]{6}$/

export interface RatingValues {
  labelKo: string
  labelEn: string
  value: string
  colour: string
  meaning: string
}

/**
 * The editable fields of one rating, shared by the edit and add forms. `idPrefix` keeps ids unique on a page with
 * many ratings (field errors are linked by id for screen readers).
 */
export function RatingFields({ idPrefix, initial, state }: { idPrefix: string; initial: RatingValues; state: FormState<unknown> }) {
  // The picker and the hex text show one colour; only the text field is submitted, so a typed value is what counts.
  const [colour, setColour] = useState(initial.colour)
  const id = (name: string) => `${idPrefix}-${name}`
  const on = { state, prefix: idPrefix }

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Input name="labelKo" label="한국어 이름 Korean label" {...on} required maxLength={40} defaultValue={initial.labelKo} />
      <Input name="labelEn" label="영어 이름 English label" {...on} lang="en" required maxLength={40} defaultValue={initial.labelEn} />
      <Input name="value" label="수치 (비우면 없음) Numeric value (empty = none)" {...on} inputMode="numeric" pattern="\s*\d*\s*" defaultValue={initial.value} />
      {/* Two controls for one value (a picker and its hex text), so a heading names the text field, not a <label>. */}
      <div>
        <span id={id('colour-label')} className={labelClass}>
          색 Colour
        </span>
        <div className="mt-1 flex items-center gap-2">
          <input
            type="color"
            aria-label="색 고르기 Pick a colour"
            value={HEX.test(colour) ? colour.toLowerCase() : '#000000'}
            onChange={(event) => setColour(event.target.value)}
            className="h-9 w-12 cursor-pointer rounded border border-stone-300"
          />
          <input
            name="colour"
            required
            aria-labelledby={id('colour-label')}
            {...fieldAria('colour', on)}
            value={colour}
            onChange={(event) => setColour(event.target.value)}
            className={`${inputClass} mt-0 font-mono`}
            placeholder="#rrggbb"
          />
        </div>
        <FieldError {...on} name="colour" />
      </div>
      <Textarea
        name="meaning"
        label="뜻 (한 단락) Meaning (one paragraph)"
        {...on}
        fieldClassName="block sm:col-span-2"
        required
        rows={2}
        maxLength={MEANING_MAX}
        defaultValue={initial.meaning}
      />
    </div>
  )
}
