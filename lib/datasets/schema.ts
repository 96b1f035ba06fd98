// Input of a dataset import: which source, which format, and the date the export reflects. The file itself arrives
// as a stream beside these fields (see import.ts), never through zod.
import { z } from 'zod'
import { idField, isRealDate } from '../actions/fields'
import { DATASET_FORMATS } from './format'

const isoDate = z
  .string({ error: '기준일을 입력하세요. Enter the as-of date.' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '날짜 형식은 YYYY-MM-DD입니다. Use YYYY-MM-DD.', abort: true })
  .refine(isRealDate, '없는 날짜입니다. Not a real date.')
  .transform((value) => new Date(`${value}T00:00:00Z`))

export const importDatasetInput = z.object({
  sourceId: idField,
  format: z.enum(DATASET_FORMATS).default('epoch-notable-models'),
  asOf: isoDate,
  // The name is shown in the snapshot list only; a path a browser might send is cut to its last part.
  fileName: z
    .string()
    .trim()
    .transform((value) => value.split(/[\\/]/).pop() ?? '')
    .pipe(z.string().min(1, '파일 이름이 없습니다. The file has no name.').max(255)),
})

export type ImportDatasetInput = z.output<typeof importDatasetInput>

/** Large enough for Epoch's full export many times over; small enough that a wrong file is refused early. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
