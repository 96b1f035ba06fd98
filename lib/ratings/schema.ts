// Input rules for editing the rating scale, shared by the desk forms and the actions.
import { z } from 'zod'
import { idField, requiredText } from '../actions/fields'

export const MEANING_MAX = 1000

const WHOLE_NUMBER = '0에서 100 사이의 정수를 입력하거나 비워 두세요. Enter a whole number from 0 to 100, or leave it empty for none.'

/** '' = no numeric value (ratings such as "Undecidable" sit outside the numeric range). */
export const ratingValueField = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return null
    if (typeof value !== 'string') return value
    // Number('') would be 0, so blank is handled first; Number('abc') is NaN, which z.number refuses.
    return value.trim() === '' ? null : Number(value.trim())
  },
  z.number({ error: WHOLE_NUMBER }).int(WHOLE_NUMBER).min(0, WHOLE_NUMBER).max(100, WHOLE_NUMBER).nullable(),
)

/** #rrggbb as `<input type=color>` sends it; stored lower-case (the database CHECK accepts either case). */
export const colourField = z
  .string({ error: '색을 고르세요. Choose a colour.' })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, '색은 #rrggbb 형식입니다. Use the #rrggbb form, e.g. #2e7d32.')
  .transform((value) => value.toLowerCase())

export const meaningField = requiredText(MEANING_MAX).refine(
  (value) => !/\n\s*\n/.test(value),
  '한 단락으로 쓰세요 (빈 줄 없이). Keep it to one paragraph (no blank lines).',
)

const ratingFields = {
  labelKo: requiredText(40),
  labelEn: requiredText(40),
  value: ratingValueField,
  colour: colourField,
  meaning: meaningField,
}

export const addRatingInput = z.object(ratingFields)

export const updateRatingInput = z.object({
  ratingId: idField,
  /** The rating as the editor loaded it (ratingSnapshot): the save is refused when it changed since. */
  loaded: z.string().max(5000),
  ...ratingFields,
})

export const moveRatingInput = z.object({ ratingId: idField, direction: z.enum(['up', 'down']) })

export const ratingIdInput = z.object({ ratingId: idField })

export interface EditableRating {
  labelKo: string
  labelEn: string
  value: number | null
  colour: string
  meaning: string | null
}

/**
 * Ratings have no version column, so the optimistic lock compares content instead: the form carries this
 * snapshot of what the editor saw, and the update is refused when the row no longer matches it. Retiring or
 * moving does not change the snapshot: those do not conflict with an edit of the wording.
 */
export function ratingSnapshot(rating: EditableRating): string {
  return JSON.stringify([rating.labelKo, rating.labelEn, rating.value, rating.colour.toLowerCase(), rating.meaning ?? ''])
}
