// zod building blocks for form input: form fields arrive as strings, and an empty field means "no value".
import { z } from 'zod'

export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const requiredText = (max: number, message = '필수 항목입니다. Required.') =>
  z.string({ error: message }).trim().min(1, message).max(max, `${max}자 이하로 입력하세요. At most ${max} characters.`)

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${max}자 이하로 입력하세요. At most ${max} characters.`).optional())

/** YYYY-MM-DD, as a date input sends it, to a UTC midnight Date. */
export const optionalDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    // abort: the real-date check below must not run on text that is not a date at all (it would throw).
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '날짜 형식은 YYYY-MM-DD입니다. Use YYYY-MM-DD.', abort: true })
    // Date() rolls 2023-02-30 over to March; a real date survives the round trip.
    .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), '없는 날짜입니다. Not a real date.')
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .optional(),
)

export const idField = z.string().min(1).max(64)

/** The version the editor loaded, sent back with every update for the optimistic lock. */
export const versionField = z.coerce.number().int().min(1)

export const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean())
