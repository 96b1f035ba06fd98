'use client'

import { useActionState } from 'react'
import { IDLE_FORM, type FormState } from '@/lib/actions/form-state'
import {
  deleteRatingAction,
  moveRatingAction,
  retireRatingAction,
  unretireRatingAction,
  updateRatingAction,
} from '@/lib/ratings/form-actions'
import { ratingSnapshot } from '@/lib/ratings/schema'
import { FormStatus } from './form'
import { RatingFields } from './RatingFields'

export interface EditorRating {
  id: string
  position: number
  labelKo: string
  labelEn: string
  value: number | null
  colour: string
  meaning: string | null
  retired: boolean
  inUse: boolean
}

const smallButton =
  'rounded border border-stone-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-stone-900 disabled:opacity-50'

export function RatingEditor({ rating, first, last }: { rating: EditorRating; first: boolean; last: boolean }) {
  const [state, update, pending] = useActionState(updateRatingAction, IDLE_FORM)
  const [moveState, move] = useActionState(moveRatingAction, IDLE_FORM)
  // Two hooks rather than one with a changing action: each form keeps a stable action across re-renders.
  const [retireState, retire] = useActionState(retireRatingAction, IDLE_FORM)
  const [unretireState, unretire] = useActionState(unretireRatingAction, IDLE_FORM)
  const [deleteState, remove] = useActionState(deleteRatingAction, IDLE_FORM)
  // Only the latest button press speaks: an older refusal would describe a scale that has since changed.
  const latest = [moveState, retireState, unretireState, deleteState].sort((a, b) => b.submission - a.submission)[0]
  const refusal = latest.status !== 'idle' && latest.status !== 'ok' ? latest : null

  const values = state.values
  // After a conflict, the next save is based on what is saved now (shown in the notice), not on the old page.
  const current = state.status === 'conflict' ? (state.current as Partial<EditorRating> & { loaded?: string }) : null
  const loaded = current?.loaded ?? ratingSnapshot(rating)
  const heading = `rating-${rating.id}`

  return (
    <li aria-labelledby={heading} className={`space-y-3 rounded-lg border p-4 ${rating.retired ? 'border-dashed border-stone-300 bg-stone-100' : 'border-stone-200 bg-white'}`}>
      <div className="flex flex-wrap items-center gap-3">
        <span aria-hidden className="inline-block h-4 w-4 rounded-full border border-stone-300" style={{ backgroundColor: rating.colour }} />
        <h2 id={heading} className="font-semibold">
          {rating.position + 1}. {rating.labelKo} <span lang="en" className="font-normal text-stone-600">{rating.labelEn}</span>
        </h2>
        {rating.retired ? <span className="rounded bg-stone-300 px-2 text-xs">은퇴 Retired</span> : null}
        {rating.inUse ? <span className="rounded bg-blue-50 px-2 text-xs text-blue-900">판정에 사용 중 In use</span> : null}
        <div className="ml-auto flex flex-wrap gap-2">
          <form action={move}>
            <input type="hidden" name="ratingId" value={rating.id} />
            <input type="hidden" name="direction" value="up" />
            <button type="submit" disabled={first} className={smallButton} aria-label={`${rating.labelEn}: 위로 Move up`}>
              ↑ 위로 Up
            </button>
          </form>
          <form action={move}>
            <input type="hidden" name="ratingId" value={rating.id} />
            <input type="hidden" name="direction" value="down" />
            <button type="submit" disabled={last} className={smallButton} aria-label={`${rating.labelEn}: 아래로 Move down`}>
              ↓ 아래로 Down
            </button>
          </form>
          <form action={rating.retired ? unretire : retire}>
            <input type="hidden" name="ratingId" value={rating.id} />
            <button type="submit" className={smallButton}>
              {rating.retired ? '다시 쓰기 Unretire' : '은퇴 Retire'}
            </button>
          </form>
          {/* Offered only when it can work: a rating in use can only be retired. */}
          {rating.inUse ? null : (
            <form
              action={remove}
              onSubmit={(event) => {
                if (!window.confirm(`${rating.labelKo} (${rating.labelEn}) 등급을 삭제할까요? Delete this rating?`)) event.preventDefault()
              }}
            >
              <input type="hidden" name="ratingId" value={rating.id} />
              <button type="submit" className={`${smallButton} text-red-800`}>
                삭제 Delete
              </button>
            </form>
          )}
        </div>
      </div>
      {refusal ? (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-900">
          {refusal.message}
        </p>
      ) : null}
      <FormStatus state={state} />
      {current ? <ConflictNow current={current} /> : null}
      {/* Keyed on the submission so that refused input comes back into the fields. */}
      <form key={state.submission} action={update} className="space-y-3">
        <input type="hidden" name="ratingId" value={rating.id} />
        <input type="hidden" name="loaded" value={loaded} />
        <RatingFields
          idPrefix={rating.id}
          state={state as FormState<unknown>}
          initial={{
            labelKo: values?.labelKo ?? rating.labelKo,
            labelEn: values?.labelEn ?? rating.labelEn,
            value: values?.value ?? (rating.value === null ? '' : String(rating.value)),
            colour: values?.colour ?? rating.colour,
            meaning: values?.meaning ?? rating.meaning ?? '',
          }}
        />
        <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {pending ? '저장하는 중… Saving…' : '저장 Save'}
        </button>
      </form>
    </li>
  )
}

function ConflictNow({ current }: { current: Partial<EditorRating> }) {
  return (
    <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-medium">지금 저장된 내용 What is saved now:</p>
      <p>
        {current.labelKo} / <span lang="en">{current.labelEn}</span> · {current.value ?? '수치 없음 no value'} ·{' '}
        <span className="font-mono">{current.colour}</span>
      </p>
      <p>{current.meaning}</p>
      <p className="mt-1">
        아래 양식에는 내가 쓴 값이 남아 있습니다. 다시 저장하면 지금 내용 위에 저장됩니다.{' '}
        <span lang="en">The form keeps your values; saving again saves over what is shown here.</span>
      </p>
    </div>
  )
}
