// A metric's claims as a server-rendered SVG chart: x = the window (years), y = the value; a period is drawn as the
// span it counts (a one-year period also gets a circle at its middle; a longer one is never reduced to a midpoint),
// cumulative and point-in-time values are diamonds at their end date, each coloured by its verdict with the label
// written beside it. The page passes only figures that share one axis (one kind, unit and subject). No client JavaScript. The SVG is one image for assistive technology; the table
// that follows it holds the same data and the links. The points carry no links of their own: a link inside an
// image is a nested interactive control (axe: nested-interactive), hidden or not.
import { formatQuantity } from '@/lib/format'
import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

export interface ChartPoint {
  key: string
  value: string
  /** The figure as the page writes it, in the reader's language. */
  label: string
  windowKind: 'POINT' | 'PERIOD' | 'CUMULATIVE'
  windowStart: Date | null
  windowEnd: Date | null
  /** Window in words in the reader's language, e.g. "2023년" / "2023". */
  windowLabel: string
  href: string
  rating: { labelKo: string; labelEn: string; colour: string } | null
}

const WIDTH = 640
const HEIGHT = 300
const PAD = { left: 48, right: 24, top: 24, bottom: 48 }
const NO_VERDICT = '#78716c'

/** A date as a fractional year (2023-07-02 ≈ 2023.5), so windows of any length share one axis. */
const yearOf = (date: Date) => {
  const year = date.getUTCFullYear()
  const start = Date.UTC(year, 0, 1)
  return year + (date.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start)
}

/** Where a point sits: a period at its middle, a cumulative or point value at its end date. */
function xYear(point: ChartPoint): number {
  const end = point.windowEnd ?? point.windowStart
  if (!end) return 0
  if (point.windowKind === 'PERIOD' && point.windowStart) return (yearOf(point.windowStart) + yearOf(end) + 1 / 365) / 2
  return yearOf(end)
}

/** Where a period's span begins and ends on the axis; null for other windows. */
function span(point: ChartPoint): [number, number] | null {
  if (point.windowKind !== 'PERIOD' || !point.windowStart || !point.windowEnd) return null
  return [yearOf(point.windowStart), yearOf(point.windowEnd) + 1 / 365]
}

function niceMax(value: number): number {
  if (value <= 0) return 1
  const step = 10 ** Math.floor(Math.log10(value))
  return Math.ceil((value * 1.15) / step) * step
}

export function MetricChart({
  title,
  description,
  unit,
  points,
  locale,
}: {
  title: string
  description: string
  unit: string
  points: ChartPoint[]
  /** The reader page's language: the legend and the verdict labels are in it. */
  locale: Locale
}) {
  if (!points.length) return null
  const m = messages(locale)
  const xs = points.map(xYear)
  const spans = points.map(span)
  const minX = Math.floor(Math.min(...xs, ...spans.flatMap((s) => (s ? [s[0]] : []))))
  const maxX = Math.ceil(Math.max(...xs, ...spans.flatMap((s) => (s ? [s[1]] : []))))
  const yMax = niceMax(Math.max(...points.map((p) => Number(p.value))))
  const sx = (x: number) => PAD.left + ((x - minX) / Math.max(1, maxX - minX)) * (WIDTH - PAD.left - PAD.right)
  const sy = (y: number) => HEIGHT - PAD.bottom - (y / yMax) * (HEIGHT - PAD.top - PAD.bottom)
  const years = Array.from({ length: maxX - minX + 1 }, (_, i) => minX + i)
  const yTicks = [0, yMax / 2, yMax]

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="metric-chart-title metric-chart-desc" className="h-auto w-full" data-testid="metric-chart">
      <title id="metric-chart-title">{title}</title>
      <desc id="metric-chart-desc">{description}</desc>
      <g stroke="#d6d3d1" strokeWidth="1">
        {yTicks.map((t) => (
          <line key={t} x1={PAD.left} x2={WIDTH - PAD.right} y1={sy(t)} y2={sy(t)} />
        ))}
      </g>
      <g fontSize="11" fill="#57534e">
        {yTicks.map((t) => (
          <text key={t} x={PAD.left - 6} y={sy(t) + 4} textAnchor="end">
            {formatQuantity(String(t))}
          </text>
        ))}
        {years.map((year) => (
          <text key={year} x={sx(year)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
            {year}
          </text>
        ))}
        <text x={PAD.left} y={14}>
          {unit}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
          {m.chartLegend}
        </text>
      </g>
      {points.map((point, i) => {
        const periodSpan = spans[i]
        const multiYear = periodSpan !== null && periodSpan[1] - periodSpan[0] > 1.05
        const y = sy(Number(point.value))
        const x = multiYear ? sx(periodSpan[1]) : sx(xs[i])
        const colour = point.rating?.colour ?? NO_VERDICT
        const label = `${point.label} · ${point.rating ? (locale === 'en' ? point.rating.labelEn : point.rating.labelKo) : m.noVerdict}`
        return (
          <g key={point.key}>
            {periodSpan ? <line x1={sx(periodSpan[0])} x2={sx(periodSpan[1])} y1={y} y2={y} stroke={colour} strokeWidth="4" strokeLinecap="round" /> : null}
            {periodSpan ? (
              multiYear ? null : <circle cx={x} cy={y} r="7" fill={colour} stroke="#1c1917" strokeWidth="1" />
            ) : (
              <path d={`M ${x} ${y - 9} L ${x + 9} ${y} L ${x} ${y + 9} L ${x - 9} ${y} Z`} fill={colour} stroke="#1c1917" strokeWidth="1" />
            )}
            <text x={x + 12} y={y - 6} fontSize="12" fill="#1c1917">
              {label}
            </text>
            <text x={x + 12} y={y + 9} fontSize="10" fill="#57534e">
              {point.windowLabel}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
