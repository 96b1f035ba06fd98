// Input rules for recording a derivation on a claim's desk page, shared by the form and the actions.
import { z } from 'zod'
import { idField, versionField } from '../actions/fields'
import { DERIVATION_OPERATIONS } from './compute'

const MAX_INPUTS = 12

/**
 * The form's repeated fields arrive as an array (or a string for one field); a string may also hold one reference
 * per line, as a failed save gives the typed values back. Blank slots are dropped.
 */
const refList = z.preprocess(
  (value) =>
    (Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : value === undefined ? [] : [value]).filter(
      (v) => typeof v !== 'string' || v.trim() !== '',
    ),
  z
    .array(z.string().trim().min(1).max(200, '200자 이하로 입력하세요. At most 200 characters.'))
    .min(2, '계산에 쓸 수치를 둘 이상 고르세요. Choose at least two figures to compute from.')
    .max(MAX_INPUTS, `수치는 ${MAX_INPUTS}개까지입니다. At most ${MAX_INPUTS} figures.`),
)

export const saveDerivationInput = z.object({
  /** The derived quantity: one of the claim's own figures. */
  quantityId: idField,
  operation: z.enum(DERIVATION_OPERATIONS, { error: '계산 방법을 고르세요. Choose an operation.' }),
  /** The input figures in order, each as "shortId" (the main figure) or "shortId#n" (the claim's n-th figure). */
  inputs: refList,
  /** The version of the derivation the editor loaded; absent when recording the figure's first one. */
  version: z.preprocess((v) => (v === '' ? undefined : v), versionField.optional()),
})

export const removeDerivationInput = z.object({ derivationId: idField, version: versionField })

/** "kinv024" → the main figure (position 0); "kinv024#2" → the second figure; a permalink's id or "id — text" too. */
export function figureReference(text: string): { claim: string; position: number } | null {
  const first = text.trim().split(/\s/, 1)[0]
  const permalink = /\/(?:c|claims)\/([A-Za-z0-9]+)/.exec(first)
  const match = /^([A-Za-z0-9_-]+)(?:#(\d{1,3}))?$/.exec(permalink ? permalink[1] : first)
  if (!match) return null
  const n = match[2] === undefined ? 1 : Number(match[2])
  return n >= 1 ? { claim: match[1], position: n - 1 } : null
}

/** The reference the form's suggestions carry for a figure. */
export const figureRef = (shortId: string, position: number) => (position === 0 ? shortId : `${shortId}#${position + 1}`)
