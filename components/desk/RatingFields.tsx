'use client'

import { useState } from 'react'
import type { FormState } from '@/lib/actions/form-state'
import { MEANING_MAX } from '@/lib/ratings/schema'
import { FieldError, fieldErrorId } from './form'

const inputClass = 'mt-1 w-full rounded border border-stone-300 px-2 py-1'
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
  const errorId = (name: string) => (state.fieldErrors?.[name] ? fieldErrorId(name, idPrefix) : undefined)
  const error = (name: string) => <FieldError state={state} prefix={idPrefix} name={name} />

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="block">
        <span className="text-sm font-medium">한국어 이름 Korean label</span>
        <input name="labelKo" required maxLength={40} defaultValue={initial.labelKo} aria-describedby={errorId('labelKo')} className={inputClass} />
        {error('labelKo')}
      </label>
      <label className="block">
        <span className="text-sm font-medium">영어 이름 English label</span>
        <input name="labelEn" lang="en" required maxLength={40} defaultValue={initial.labelEn} aria-describedby={errorId('labelEn')} className={inputClass} />
        {error('labelEn')}
      </label>
      <label className="block">
        <span className="text-sm font-medium">수치 (비우면 없음) Numeric value (empty = none)</span>
        <input
          name="value"
          inputMode="numeric"
          pattern="\s*\d*\s*"
          defaultValue={initial.value}
          aria-describedby={errorId('value')}
          className={inputClass}
        />
        {error('value')}
      </label>
      <div>
        <span id={id('colour-label')} className="text-sm font-medium">
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
            aria-describedby={errorId('colour')}
            value={colour}
            onChange={(event) => setColour(event.target.value)}
            className={`${inputClass} mt-0 font-mono`}
            placeholder="#rrggbb"
          />
        </div>
        {error('colour')}
      </div>
      <label className="block sm:col-span-2">
        <span className="text-sm font-medium">뜻 (한 단락) Meaning (one paragraph)</span>
        <textarea
          name="meaning"
          required
          rows={2}
          maxLength={MEANING_MAX}
          defaultValue={initial.meaning}
          aria-describedby={errorId('meaning')}
          className={inputClass}
        />
        {error('meaning')}
      </label>
    </div>
  )
}
