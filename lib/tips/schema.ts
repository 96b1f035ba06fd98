// The input rules for readers' tips (/submit) and the desk's triage (/desk/inbox). Size limits are part of the
// abuse controls: a tip is a sentence or a paragraph and one address, never a document.
import { z } from 'zod'
import { checkbox, idField, optionalText, requiredText } from '../actions/fields'
import { isHttpUrl, normalizeUrl } from '../sources/url'

export const TIP_TEXT_MAX = 2000
export const TIP_URL_MAX = 2000
export const TIP_EMAIL_MAX = 254

/** The field a person never sees and a form-filling robot does (lib/tips/actions.ts). */
export const HONEYPOT_FIELD = 'website'

export const TIP_STATUSES = ['NEW', 'TAKEN_UP', 'DUPLICATE', 'SPAM'] as const
export type TipStatusName = (typeof TIP_STATUSES)[number]

/** The desk's names for the statuses (the inbox's filters and buttons). */
export const TIP_STATUS_LABELS: Record<TipStatusName, string> = {
  NEW: '새 제보 New',
  TAKEN_UP: '검토 시작 Taken up',
  DUPLICATE: '중복 Duplicate',
  SPAM: '스팸 Spam',
}

const optionalUrl = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .trim()
    .max(TIP_URL_MAX, `${TIP_URL_MAX}자 이하로 입력하세요. At most ${TIP_URL_MAX} characters.`)
    .refine(isHttpUrl, { error: 'http:// 또는 https://로 시작하는 주소를 입력하세요. Enter an address starting with http:// or https://.', abort: true })
    // Stored as the source library would store it (one URL, one source), so a tip turned into a claim finds its source.
    .transform((url, context) => {
      try {
        return normalizeUrl(url)
      } catch (error) {
        context.issues.push({ code: 'custom', message: error instanceof Error ? error.message : String(error), input: url })
        return z.NEVER
      }
    })
    .optional(),
)

const optionalEmail = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .trim()
    .max(TIP_EMAIL_MAX, `${TIP_EMAIL_MAX}자 이하로 입력하세요. At most ${TIP_EMAIL_MAX} characters.`)
    .pipe(z.email('올바른 이메일 주소를 입력하세요. Enter a valid e-mail address.'))
    .optional(),
)

export const submitTipInput = z
  .object({
    text: requiredText(TIP_TEXT_MAX, '무엇이 주장되었는지 적어 주세요. Say what was claimed.'),
    url: optionalUrl,
    email: optionalEmail,
    consent: checkbox,
    /** The claim an error report is about (the permalink's "report an error" link). */
    claim: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z.string().regex(/^[a-z0-9]{7}$/, '없는 주장입니다. No such claim.').optional(),
    ),
    [HONEYPOT_FIELD]: optionalText(500),
  })
  .refine((tip) => !tip.email || tip.consent, {
    path: ['consent'],
    message: '이메일을 남기려면 연락에 동의해 주세요. Tick the box to let us contact you, or leave the e-mail empty.',
  })

export const setTipStatusInput = z.object({
  tipId: idField,
  status: z.enum(TIP_STATUSES, '상태를 고르세요. Choose a status.'),
})

export const linkTipInput = z.object({
  tipId: idField,
  claim: requiredText(200, '주장의 짧은 ID나 주소를 입력하세요. Enter the claim’s short id or address.'),
})

export const tipToClaimInput = z.object({ tipId: idField })

/** The inbox filter from the query string; NEW unless another status is named. */
export const inboxFilter = z.enum(TIP_STATUSES).catch('NEW')
