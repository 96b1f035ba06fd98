/**
 * A metric's definitions, one line each: name, source, version and snapshot date. The desk and the reader page list
 * them alike; each passes its own date format (ISO on the desk, the reader's language on the public page).
 */
export function MetricDefinitionList({
  definitions,
  formatDate,
}: {
  definitions: { id: string; name: string; source: { publisher: string; title: string } | null; versionLabel: string | null; snapshotDate: Date | null }[]
  formatDate: (date: Date) => string
}) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {definitions.map((d) => (
        <li key={d.id}>
          <span className="font-medium">{d.name}</span>
          {d.source ? ` — ${d.source.publisher}, ${d.source.title}` : ''}
          {d.versionLabel ? ` · ${d.versionLabel}` : ''}
          {d.snapshotDate ? ` · ${formatDate(d.snapshotDate)}` : ''}
        </li>
      ))}
    </ul>
  )
}
