// A stored value as the conflict view shows it: a label for an enum, a name for an id, yes/no for a checkbox.
import { parseQuantityFieldName } from '@/lib/claims/quantity-form'
import {
  DURATION_UNIT_LABELS,
  NOT_STATED,
  NOT_STATED_LABEL,
  QUANTITY_BOUND_LABELS,
  QUANTITY_KIND_LABELS,
  WINDOW_KIND_LABELS,
} from '@/lib/claims/quantity-schema'
import { LANGUAGE_LABELS, STATUS_LABELS } from '@/lib/claims/schema'
import type { ClaimStatus, QuantityBound, QuantityKind, WindowKind } from '@/lib/db/generated/enums'
import type { ClaimantOption, MetricChoice } from './types'

const yesNo = (raw: string) => (raw === 'on' ? '예 Yes' : '아니요 No')

export function describeClaimValue(field: string, raw: string, claimants: ClaimantOption[], metrics: MetricChoice[]): string {
  const quantity = parseQuantityFieldName(field)?.field
  if (quantity) {
    if (quantity === 'kind') return QUANTITY_KIND_LABELS[raw as QuantityKind] ?? (raw || '자동 Automatic')
    if (quantity === 'bound') return QUANTITY_BOUND_LABELS[raw as QuantityBound] ?? (raw || QUANTITY_BOUND_LABELS.EXACT)
    if (quantity === 'strict') return yesNo(raw)
    if (quantity === 'windowKind') return raw === NOT_STATED ? NOT_STATED_LABEL : (WINDOW_KIND_LABELS[raw as WindowKind] ?? raw)
    if (quantity === 'durationUnit') return DURATION_UNIT_LABELS[raw as 'year'] ?? raw
    if (quantity === 'metricId') return metrics.find((metric) => metric.id === raw)?.nameEn ?? raw
    if (quantity === 'metricDefinitionId') return metrics.flatMap((metric) => metric.definitions).find((d) => d.id === raw)?.name ?? raw
    return raw
  }
  if (field === 'claimantId') return claimants.find((claimant) => claimant.id === raw)?.name ?? raw
  if (field === 'status') return STATUS_LABELS[raw as ClaimStatus] ?? raw
  if (field === 'language') return LANGUAGE_LABELS[raw as 'ko'] ?? raw
  if (field === 'needsRecheck' || field === 'publicUnderResearch') return yesNo(raw)
  return raw
}
