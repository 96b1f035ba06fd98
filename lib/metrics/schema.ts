// Input rules for metrics and their definitions, shared by the desk forms and the actions.
import { z } from 'zod'
import { blankToUndefined, idField, optionalDate, optionalText, requiredText, versionField } from '../actions/fields'

/** The metric's public address (/metrics/<slug>): lower-case ASCII words joined by "-". */
export const METRIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const metricFields = {
  slug: z
    .string({ error: '주소를 입력하세요. Enter the address.' })
    .trim()
    .toLowerCase()
    .min(2, '주소는 2자 이상입니다. At least 2 characters.')
    .max(80, '80자 이하로 입력하세요. At most 80 characters.')
    .regex(METRIC_SLUG, '영문 소문자, 숫자, 하이픈만 씁니다 (예: korean-notable-ai-models). Use a-z, 0-9 and "-".'),
  nameKo: requiredText(200, '한국어 이름을 입력하세요. Enter the Korean name.'),
  nameEn: requiredText(200, '영어 이름을 입력하세요. Enter the English name.'),
  unit: requiredText(100, '단위를 입력하세요. Enter the unit.'),
  subject: optionalText(200),
  /** As imported datasets spell the country ("Korea (Republic of)"); needed to derive values from snapshots. */
  datasetCountry: optionalText(100),
  description: optionalText(2000),
}

const toMetricData = (metric: z.output<z.ZodObject<typeof metricFields>>) => ({
  ...metric,
  subject: metric.subject ?? null,
  datasetCountry: metric.datasetCountry ?? null,
  description: metric.description ?? null,
})

export const createMetricInput = z.object(metricFields).transform(toMetricData)
export const updateMetricInput = z
  .object({ metricId: idField, version: versionField, ...metricFields })
  .transform(({ metricId, version, ...metric }) => ({ metricId, version, ...toMetricData(metric) }))

export const addDefinitionInput = z.object({
  metricId: idField,
  name: requiredText(300, '정의의 이름을 입력하세요. Enter a name for the definition.'),
  sourceId: z.preprocess(blankToUndefined, idField.optional()),
  /** The release the definition refers to, e.g. "AI Index 2025". */
  versionLabel: optionalText(100),
  snapshotDate: optionalDate,
})

export const METRIC_FORM_FIELDS = {
  slug: '주소 Address (/metrics/…)',
  nameKo: '이름 (한국어) Name in Korean',
  nameEn: '이름 (영어) Name in English',
  unit: '단위 Unit',
  subject: '대상 Subject',
  datasetCountry: '데이터셋 국가명 Country as the datasets spell it',
  description: '설명 Description',
} as const
