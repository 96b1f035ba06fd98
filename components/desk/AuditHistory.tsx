// A claim's audit history for the desk: who did what, when, and for changes, each field before and after.
import { AUDIT_ENTITY_LABELS, auditActionLabel } from '@/lib/audit/labels'
import { formatDeskTime } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

export interface AuditHistoryItem {
  id: string
  action: string
  entityType: string
  createdAt: Date
  data: unknown
  actor: { name: string; email: string } | null
}

/** Bookkeeping that changes with every save and says nothing to a reader of the history. */
const HIDDEN_KEYS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'seedKey'])

type Snapshot = Record<string, unknown>

const isSnapshot = (value: unknown): value is Snapshot => typeof value === 'object' && value !== null && !Array.isArray(value)

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—'
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value) ? value.slice(0, 10) : value
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** The fields whose value differs between before and after; for a creation, every field that has a value. */
function changes(data: unknown): { key: string; before: string; after: string }[] {
  if (!isSnapshot(data)) return []
  const before = isSnapshot(data.before) ? data.before : {}
  const after = isSnapshot(data.after) ? data.after : {}
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !HIDDEN_KEYS.has(key))
  return keys
    .map((key) => ({ key, before: show(before[key]), after: show(after[key]) }))
    .filter((change) => change.before !== change.after)
}

export function AuditHistory({ events }: { events: AuditHistoryItem[] }) {
  const timeZone = deskTimeZone()
  if (!events.length) {
    return <p className="text-sm text-stone-600">기록이 없습니다. <span lang="en">No recorded changes.</span></p>
  }
  return (
    <ol className="space-y-3">
      {events.map((event) => {
        const rows = changes(event.data)
        return (
          <li key={event.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
            <p>
              <span className="font-medium" title={event.action}>
                {auditActionLabel(event.action)}
              </span>
              {event.entityType !== 'claim' ? (
                <span className="ml-2 rounded bg-stone-100 px-1.5 text-xs" title={event.entityType}>
                  {AUDIT_ENTITY_LABELS[event.entityType] ?? event.entityType}
                </span>
              ) : null}
            </p>
            <p className="text-xs text-stone-600">
              <time dateTime={event.createdAt.toISOString()}>{formatDeskTime(event.createdAt, timeZone)}</time>
              {' · '}
              {event.actor ? event.actor.name : '시스템 System'}
            </p>
            {rows.length ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs underline">
                  바뀐 항목 {rows.length}개 <span lang="en">{rows.length} field{rows.length === 1 ? '' : 's'} changed</span>
                </summary>
                <table className="mt-2 w-full border-collapse text-xs">
                  <thead>
                    <tr className="border-b border-stone-200 text-left">
                      <th scope="col" className="py-1 pr-2">
                        항목 Field
                      </th>
                      <th scope="col" className="pr-2">
                        이전 Before
                      </th>
                      <th scope="col">이후 After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.key} className="border-b border-stone-100 align-top">
                        <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">
                          {row.key}
                        </th>
                        <td className="whitespace-pre-wrap break-words pr-2 text-stone-600">{row.before}</td>
                        <td className="whitespace-pre-wrap break-words">{row.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
