'use client'

import { useActionState } from 'react'
import { IDLE_FORM } from '@/lib/actions/form-state'
import { addRatingAction } from '@/lib/ratings/form-actions'
import { FormStatus, Submit } from './form'
import { RatingFields } from './RatingFields'

export function AddRatingForm() {
  const [state, action] = useActionState(addRatingAction, IDLE_FORM)
  // A successful add starts an empty form; a refused one comes back with what was typed.
  const values = state.status === 'ok' ? {} : (state.values ?? {})
  return (
    <section aria-labelledby="new-rating" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="new-rating" className="text-lg font-semibold">
        등급 추가 <span lang="en" className="font-normal text-stone-500">Add a rating (appended at the end)</span>
      </h2>
      <FormStatus state={state} success="등급을 추가했습니다. Rating added." />
      <form key={state.submission} action={action} className="space-y-3">
        <RatingFields
          idPrefix="new-rating"
          state={state}
          initial={{
            labelKo: values.labelKo ?? '',
            labelEn: values.labelEn ?? '',
            value: values.value ?? '',
            colour: values.colour ?? '#9e9e9e',
            meaning: values.meaning ?? '',
          }}
        />
        <Submit pending="추가하는 중… Adding…">등급 추가 Add rating</Submit>
      </form>
    </section>
  )
}
