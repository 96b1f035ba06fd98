// A line diff of a draft against the last published revision: removed lines struck on red, added lines on green.
// Marked with +/- and screen-reader text as well as colour.
import type { DiffLine } from '@/lib/verdicts/diff'

const FIELDS = [
  ['rating', '등급 Rating'],
  ['summary', '요약 Summary'],
  ['analysis', '분석 Analysis'],
  ['summaryEn', '영어 요약 (번역) English summary (translation)'],
  ['analysisEn', '영어 분석 (번역) English analysis (translation)'],
] as const

const STYLE: Record<DiffLine['op'], string> = {
  same: 'text-stone-700',
  added: 'bg-green-50 text-green-950',
  removed: 'bg-red-50 text-red-950 line-through',
}
const MARK: Record<DiffLine['op'], string> = { same: ' ', added: '+', removed: '−' }
const SR: Record<DiffLine['op'], string> = { same: '', added: '추가 added: ', removed: '삭제 removed: ' }

export function VerdictDiff({ diff }: { diff: Record<(typeof FIELDS)[number][0], DiffLine[]> }) {
  return <LineDiff fields={FIELDS} diff={diff} />
}

/** The diff of each field, labelled; an unchanged field says so. Verdicts' and pending claim edits' (ClaimEditPanel). */
export function LineDiff<F extends string>({ fields, diff }: { fields: readonly (readonly [F, string])[]; diff: Record<F, DiffLine[]> }) {
  return (
    <dl className="space-y-2 text-sm">
      {fields.map(([field, label]) => {
        const lines = diff[field]
        const changed = lines.some((line) => line.op !== 'same')
        return (
          <div key={field}>
            <dt className="font-medium">
              {label} {changed ? null : <span className="font-normal text-stone-500">· 변경 없음 unchanged</span>}
            </dt>
            {changed ? (
              <dd>
                <pre className="overflow-x-auto whitespace-pre-wrap rounded border border-stone-200 p-2 font-mono text-xs">
                  {lines.map((line, index) => (
                    <div key={index} className={STYLE[line.op]}>
                      <span aria-hidden>{MARK[line.op]} </span>
                      <span className="sr-only">{SR[line.op]}</span>
                      {line.text || ' '}
                    </div>
                  ))}
                </pre>
              </dd>
            ) : null}
          </div>
        )
      })}
    </dl>
  )
}
