'use client'

import { useEffect, useRef } from 'react'
import { claimFieldLabel, type ConflictRow, type SavedNow } from '@/lib/claims/schema'
import { formatDeskTime } from '@/lib/desk-time'
import { useDeskTimeZone } from './DeskTimeZone'

/**
 * Shown when a save was refused because someone else saved first: field by field, the editor's value and the one
 * saved now. The form below already holds the merge (lib/claims/schema.ts, mergeOnConflict) and the new version.
 */
export function ConflictNotice({
  rows,
  saved,
  describe,
  onUseSaved,
}: {
  rows: ConflictRow[]
  saved: SavedNow
  /** Display text for a stored value (a claimant's name for its id, a label for an enum). */
  describe: (field: string, value: string) => string
  onUseSaved: (field: string, value: string) => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Keyboard and screen-reader users land on the explanation rather than at the top of the page.
  useEffect(() => heading.current?.focus(), [saved])
  const timeZone = useDeskTimeZone()
  const when = saved.savedAt ? formatDeskTime(saved.savedAt, timeZone) : null

  return (
    <section aria-labelledby="conflict-heading" className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 p-4">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="font-semibold focus:outline-none">
        다른 사람이 먼저 저장했습니다 <span lang="en" className="font-normal">· Someone else saved this claim first</span>
      </h2>
      <p className="text-sm">
        {saved.savedBy ? `${saved.savedBy}` : '다른 편집자 Another editor'}
        {when ? ` · ${when}` : ''} · 버전 version {saved.version}
      </p>
      {rows.length ? (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Changed fields</caption>
          <thead>
            <tr className="border-b border-amber-300 text-left">
              <th className="py-1 pr-2">항목 Field</th>
              <th className="pr-2">내 값 Your value</th>
              <th className="pr-2">지금 저장된 값 Saved now by someone else</th>
              <th>
                <span className="sr-only">In the form</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className="border-b border-amber-200 align-top">
                <th scope="row" className="py-1 pr-2 text-left font-medium">
                  {claimFieldLabel(row.field)}
                </th>
                <td className="whitespace-pre-wrap pr-2">{describe(row.field, row.yours) || <Empty />}</td>
                <td className="whitespace-pre-wrap pr-2">{describe(row.field, row.saved) || <Empty />}</td>
                <td className="text-xs">
                  {row.bothChanged ? (
                    <>
                      <p>양식에는 내 값이 남아 있습니다. The form keeps your value.</p>
                      <button
                        type="button"
                        onClick={() => onUseSaved(row.field, row.saved)}
                        className="mt-1 rounded border border-stone-400 bg-white px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-stone-900"
                      >
                        저장된 값 쓰기 Use saved value
                      </button>
                    </>
                  ) : (
                    <p>바꾸지 않은 항목이라 저장된 값을 양식에 넣었습니다. You had not changed this; the saved value is now in the form.</p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm">
          양식의 항목 중 다르게 저장된 것은 없습니다. <span lang="en">None of the form’s fields differ from what is saved now.</span>
        </p>
      )}
      <p className="text-sm">
        아래 양식을 확인하고 다시 저장하면 새 버전 위에 저장됩니다.{' '}
        <span lang="en">Check the form below and save again to save on top of the new version.</span>
      </p>
    </section>
  )
}

function Empty() {
  return <span className="text-stone-500">(비어 있음 empty)</span>
}
