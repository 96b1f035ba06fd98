// A quantity as JSON for scripts: the leading fields always present and in this order (null when absent), then the
// rest of the record. Shared by the command-line tools (quantities:parse, claims:extract).
import type { Quantity } from './types'

export const LEADING_FIELDS = ['kind', 'bound', 'value', 'low', 'high', 'unit', 'currency', 'per', 'decimals'] as const

export function orderedQuantity(q: Quantity): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of LEADING_FIELDS) out[key] = q[key] ?? null
  for (const [key, value] of Object.entries(q)) if (!(key in out)) out[key] = value
  return out
}
