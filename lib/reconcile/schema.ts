// Input of the suggestion buttons on a claim's desk page.
import { z } from 'zod'
import { idField } from '../actions/fields'
import { RELATION_KINDS } from '../relations/schema'

export const suggestionInput = z.object({
  claimId: idField,
  otherClaimId: idField,
  /** The kind the editor saw: confirming is refused when the data changed and the suggestion with it. */
  kind: z.enum(RELATION_KINDS, { error: '관계 종류를 고르세요. Choose a kind of relation.' }),
})
