// Input rules for a claim's evidence and appearances, shared by the desk forms and the actions.
import { z } from 'zod'
import { idField, optionalText, versionField } from '../actions/fields'
import { optionalPartialDate } from '../actions/fields'
import type { Stance } from '../db/generated/enums'

/** Display order on the desk: the official rebuttal first, as on the reader's page. */
export const STANCES = ['REBUTS', 'SUPPORTS', 'CONTRADICTS', 'CONTEXT'] as const satisfies readonly Stance[]

/**
 * A quoted passage is one or two sentences: enough to show what the source says, short enough to stay a quotation
 * (Korean copyright law allows quoting only to a justified extent). Longer material belongs in the archived copy.
 */
export const MAX_EXCERPT = 600

const sourcePick = z
  .string({ error: '출처를 고르세요. Choose a source.' })
  .trim()
  .min(1, '출처를 고르세요. Choose a source.')
  .max(64)

const evidenceFields = {
  sourceId: sourcePick,
  stance: z.enum(STANCES, { error: '입장을 고르세요. Choose a stance.' }),
  excerpt: optionalText(MAX_EXCERPT),
  locator: optionalText(200),
  note: optionalText(2000),
}

export const addEvidenceInput = z.object({ claimId: idField, ...evidenceFields })

export const updateEvidenceInput = z.object({ evidenceId: idField, version: versionField, ...evidenceFields })

export const removeEvidenceInput = z.object({ evidenceId: idField })

export const addAppearanceInput = z.object({
  claimId: idField,
  sourceId: sourcePick,
  /** A day, a month or a year ("2024-12"), stored with its precision. */
  appearedAt: optionalPartialDate,
  /** The source's sentence that makes the claim, as written there. */
  quote: optionalText(MAX_EXCERPT),
  note: optionalText(1000),
})

export const removeAppearanceInput = z.object({ appearanceId: idField })
