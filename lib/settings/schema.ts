import { z } from 'zod'

/** The form sends the state it wants ("true"/"false") rather than a toggle, so a double submit cannot flip it back. */
export const setTwoPersonRuleInput = z.object({
  enabled: z.enum(['true', 'false'], { error: '켜기 또는 끄기를 고르세요. Choose on or off.' }).transform((v) => v === 'true'),
})
