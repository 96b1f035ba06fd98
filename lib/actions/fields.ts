// zod building blocks for form input: form fields arrive as strings, and an empty field means "no value".
import { z } from 'zod'
import type { DatePrecision } from '../db/generated/enums'

/**
 * What no text column can keep as given: NUL (PostgreSQL's text refuses it) and a UTF-16 surrogate without its
 * pair (it has no UTF-8 form; the driver would quietly store U+FFFD instead). A browser never sends either.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const UNSTORABLE_TEXT =
  '저장할 수 없는 문자(NUL 또는 짝 없는 서로게이트)가 있습니다. The text contains a character that cannot be stored (NUL or an unpaired surrogate).'

export const isStorableText = (text: string) => !UNSTORABLE.test(text)

/**
 * The fields of a raw input (form values, or any JSON) that hold unstorable text, as field errors keyed like zod's
 * ("a.b.0"). The action pipeline checks every input with this, so no schema can forget it.
 */
export function unstorableFields(raw: unknown, path: (string | number)[] = []): Record<string, string[]> {
  if (typeof raw === 'string') return isStorableText(raw) ? {} : { [path.join('.') || '_form']: [UNSTORABLE_TEXT] }
  if (typeof raw !== 'object' || raw === null) return {}
  const entries = Array.isArray(raw) ? raw.map((value, index) => [index, value] as const) : Object.entries(raw)
  return Object.assign({}, ...entries.map(([key, value]) => unstorableFields(value, [...path, key])))
}

export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const requiredText = (max: number, message = '필수 항목입니다. Required.') =>
  z.string({ error: message }).trim().min(1, message).max(max, `${max}자 이하로 입력하세요. At most ${max} characters.`)

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${max}자 이하로 입력하세요. At most ${max} characters.`).optional())

/**
 * True when YYYY-MM-DD names a day of the calendar. Date() rolls 2023-02-30 over to March, and gives an invalid
 * date (whose toISOString throws) for month 13 or day 00; a real date survives the round trip.
 */
export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** YYYY-MM-DD, as a date input sends it, to a UTC midnight Date. */
export const optionalDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '날짜 형식은 YYYY-MM-DD입니다. Use YYYY-MM-DD.', abort: true })
    .refine(isRealDate, '없는 날짜입니다. Not a real date.')
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .optional(),
)

/** "2024-12-05", "2024-12" or "2024" to the first day it names and how precise it is (sources, claims, appearances). */
export const partialDate = (formatMessage: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, formatMessage)
    .transform((value, ctx) => {
      const [year, month = '01', day = '01'] = value.split('-')
      const iso = `${year}-${month}-${day}`
      // Date() rolls 2023-02-30 over to March or gives up; a real date survives the round trip.
      if (!isRealDate(iso)) {
        ctx.issues.push({ code: 'custom', input: value, message: '없는 날짜입니다. Not a real date.' })
        return z.NEVER
      }
      const precision: DatePrecision = value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY'
      return { date: new Date(`${iso}T00:00:00Z`), precision }
    })

/** A day, a month or a year, as a date known only to the month is written: blank means no date. */
export const optionalPartialDate = z.preprocess(
  blankToUndefined,
  partialDate('날짜는 YYYY-MM-DD, YYYY-MM 또는 YYYY로 입력하세요. Use YYYY-MM-DD, YYYY-MM or YYYY.').optional(),
)

export const idField = z.string().min(1).max(64)

/** The version the editor loaded, sent back with every update for the optimistic lock. */
export const versionField = z.coerce.number().int().min(1)

export const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean())
