// Input rules for the source library, shared by the desk forms and the actions. Every web address goes through
// normalizeUrl here, at the boundary, so no code path can store a URL in another spelling.
import { z } from 'zod'
import { blankToUndefined, checkbox, idField, partialDate, isStorableText, optionalDate, optionalText, requiredText, versionField } from '../actions/fields'
import type { SourceKind } from '../db/generated/enums'
import { normalizeUrl } from './url'

export const SOURCE_KINDS = [
  'PRIMARY_REPORT',
  'DATASET',
  'NEWS',
  'OFFICIAL_STATEMENT',
  'SOCIAL',
  'BLOG',
  'OTHER',
] as const satisfies readonly SourceKind[]

/** Korean names beside lib/format.ts's English SOURCE_KIND_LABELS. */
export const SOURCE_KIND_KO: Record<SourceKind, string> = {
  PRIMARY_REPORT: '1차 보고서',
  DATASET: '데이터셋',
  NEWS: '뉴스',
  OFFICIAL_STATEMENT: '공식 발표·반론',
  SOCIAL: '소셜 미디어',
  BLOG: '블로그',
  OTHER: '기타',
}


/** An optional http(s) address, stored in its canonical form (lib/sources/url.ts). */
const webAddress = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(2000, '주소가 너무 깁니다. At most 2000 characters.')
    .transform((value, ctx) => {
      try {
        return normalizeUrl(value)
      } catch (error) {
        // normalizeUrl explains in English only; the Korean half keeps the message bilingual like the others.
        ctx.issues.push({ code: 'custom', input: value, message: `웹 주소를 확인하세요. ${(error as Error).message}` })
        return z.NEVER
      }
    })
    .optional(),
)

/**
 * A published date at the precision the source gives. The fact sheets cite reports by month or year, and storing
 * 2024-12-01 as if it were a day would invent precision.
 */
export const publishedDate = z.preprocess(
  blankToUndefined,
  partialDate('날짜는 YYYY-MM-DD, YYYY-MM 또는 YYYY로 입력하세요. Use YYYY-MM-DD, YYYY-MM or YYYY.').optional(),
)

/** A BCP 47 language tag as the claims use them: "ko", "en", "zh-Hant". */
const languageTag = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, '언어 코드(ko, en 등)를 입력하세요. Use a language code such as ko or en.')
    .transform((value) => value.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase()))
    .optional(),
)

export const sourceFields = z.object({
  kind: z.enum(SOURCE_KINDS, { error: '종류를 고르세요. Choose a kind.' }),
  title: requiredText(500),
  publisher: requiredText(200),
  author: optionalText(200),
  url: webAddress,
  published: publishedDate,
  publishedApprox: checkbox,
  accessedAt: optionalDate,
  language: languageTag,
  /** A copy kept elsewhere (web.archive.org, archive.today), entered by an editor. */
  archivedUrl: webAddress,
  note: optionalText(2000),
})

export const createSourceInput = sourceFields

export const updateSourceInput = sourceFields.extend({ sourceId: idField, version: versionField })

export const archiveSourceInput = z.object({ sourceId: idField })

/**
 * Pasted text is capped below Next's default 1 MB limit for a server action's body (Hangul is three bytes a
 * character in UTF-8), so an over-long paste gets this message instead of a failed request.
 */
export const MAX_PASTED_CHARACTERS = 200_000

export const pasteArchiveInput = z.object({
  sourceId: idField,
  text: requiredText(MAX_PASTED_CHARACTERS, '붙여넣을 본문을 입력하세요. Paste the text of the source.'),
})

/** The library's search parameters; bad values fall back to the defaults instead of failing the page. */
export const sourceListQuery = z.object({
  q: z.string().trim().max(200).refine(isStorableText).optional().catch(undefined),
  kind: z.enum(SOURCE_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})

export type SourceFields = z.output<typeof sourceFields>
export type SourceListQuery = z.output<typeof sourceListQuery>
