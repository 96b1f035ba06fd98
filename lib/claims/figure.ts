// A quantity's figure in the desk's lists, in signs that need no language: "17", "≈ 5", "≥ 5", "> 5", "1–2".
import { formatQuantity } from '../format'

type Decimalish = { toString(): string } | null

export function deskFigure(q: { bound: string; strict?: boolean; value: Decimalish; low: Decimalish; high: Decimalish; unit?: string | null }): string {
  const unit = q.unit ? ` ${q.unit}` : ''
  if (q.bound === 'RANGE') return q.low !== null && q.high !== null ? `${formatQuantity(q.low)}–${formatQuantity(q.high)}${unit}` : '—'
  if (q.value === null) return '—'
  const sign = { EXACT: '', APPROX: '≈ ', AT_LEAST: q.strict ? '> ' : '≥ ', AT_MOST: q.strict ? '< ' : '≤ ' }[q.bound] ?? ''
  return `${sign}${formatQuantity(q.value)}${unit}`
}
