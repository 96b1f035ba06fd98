'use client'
// Upload of a dataset CSV to the import route (app/(desk)/desk/sources/[id]/import/route.ts). The file goes as the
// raw request body, not through a server action: a server action would read it whole and is capped at 1 MB.
// Needs JavaScript; without it the panel says so instead of offering a form that cannot work.
import { useId, useState, type FormEvent } from 'react'
import { datasetImportPath, snapshotsPath } from '@/lib/datasets/paths'
import { buttonClass, Input } from './form'

const MAX_MB = 50

interface Outcome {
  status: string
  message?: string
  data?: { rowCount: number; fileName: string; sha256: string; asOf: string; flaggedClaimIds: string[]; notes: { undated: number; noCountry: number } }
  badRows?: { line: number; reason: string }[]
  badRowCount?: number
  fieldErrors?: Record<string, string[]>
}

export function DatasetImportPanel({ sourceId, canImport }: { sourceId: string; canImport: boolean }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const file = form.get('file')
    const asOf = String(form.get('asOf') ?? '')
    if (!(file instanceof File) || file.size === 0) return setOutcome({ status: 'invalid', message: '파일을 고르세요. Choose a CSV file.' })
    if (file.size > MAX_MB * 1024 * 1024) return setOutcome({ status: 'error', message: `파일이 ${MAX_MB} MB보다 큽니다. The file is larger than ${MAX_MB} MB.` })
    setBusy(true)
    setOutcome(null)
    try {
      const query = new URLSearchParams({ asOf, fileName: file.name })
      const response = await fetch(`${datasetImportPath(sourceId)}?${query}`, { method: 'POST', body: file, headers: { 'content-type': 'text/csv' } })
      setOutcome((await response.json()) as Outcome)
    } catch {
      setOutcome({ status: 'error', message: '서버에 닿지 못했습니다. Could not reach the server; nothing was imported.' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        데이터셋 가져오기 <span lang="en" className="font-normal text-stone-500">Dataset import</span>
      </h2>
      <p className="text-sm">
        <a href={snapshotsPath(sourceId)} className="underline">
          스냅샷과 연도별 값 보기 <span lang="en">Snapshots and derived counts</span>
        </a>
      </p>
      {canImport ? (
        <form onSubmit={submit} className="space-y-3" aria-busy={busy}>
          <noscript>
            <p className="text-sm text-red-900">가져오기에는 자바스크립트가 필요합니다. The import needs JavaScript.</p>
          </noscript>
          {/* Checked in the browser and reported as a whole below, so the fields have no errors of their own. */}
          <Input name="file" label={`CSV 파일 (Epoch AI notable models, ${MAX_MB} MB 이하) CSV file`} type="file" accept=".csv,text/csv" required aria-describedby={`${id}-help`} />
          <Input name="asOf" label="기준일 As-of date" type="date" required aria-describedby={`${id}-help`} />
          <p id={`${id}-help`} className="text-xs text-stone-500">
            파일 전체가 들어가거나 아무것도 들어가지 않습니다. 기준일은 내보낸 데이터가 반영하는 날짜입니다.{' '}
            <span lang="en">All rows are imported or none; the as-of date is the date the export reflects.</span>
          </p>
          <button type="submit" disabled={busy} className={buttonClass}>
            {busy ? '가져오는 중… Importing…' : '가져오기 Import'}
          </button>
          <Result outcome={outcome} />
        </form>
      ) : null}
    </section>
  )
}

function Result({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null
  if (outcome.status === 'ok' && outcome.data) {
    const { data } = outcome
    return (
      <div role="status" className="space-y-1 rounded bg-green-50 px-3 py-2 text-sm text-green-900">
        <p>
          {data.rowCount.toLocaleString()}행을 가져왔습니다 ({data.asOf.slice(0, 10)} 기준).{' '}
          <span lang="en">Imported {data.rowCount.toLocaleString()} rows as of {data.asOf.slice(0, 10)}.</span>
        </p>
        <p className="break-all text-xs">SHA-256 <code>{data.sha256}</code></p>
        {data.flaggedClaimIds.length ? (
          <p>
            다시 확인할 주장 {data.flaggedClaimIds.length}개에 표시했습니다.{' '}
            <span lang="en">{data.flaggedClaimIds.length} claim(s) flagged for re-check.</span>
          </p>
        ) : null}
        {data.notes.undated || data.notes.noCountry ? (
          <p>
            날짜 없는 행 {data.notes.undated}, 국가 없는 행 {data.notes.noCountry} (어느 연도·국가에도 세지 않음).{' '}
            <span lang="en">
              {data.notes.undated} undated and {data.notes.noCountry} country-less rows count in no year or country.
            </span>
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div role="alert" className="space-y-2 rounded bg-red-50 px-3 py-2 text-sm text-red-900">
      <p>{outcome.message ?? '가져오지 못했습니다. The import failed.'}</p>
      {outcome.fieldErrors
        ? Object.values(outcome.fieldErrors)
            .flat()
            .map((message) => <p key={message}>{message}</p>)
        : null}
      {outcome.badRows?.length ? (
        <table className="w-full text-left text-xs">
          <caption className="sr-only">잘못된 행 Bad rows</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-3">줄 Line</th>
              <th scope="col">이유 Reason</th>
            </tr>
          </thead>
          <tbody>
            {outcome.badRows.map((row, index) => (
              <tr key={`${row.line}-${index}`}>
                <td className="pr-3 align-top font-mono">{row.line}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {outcome.badRowCount && outcome.badRows && outcome.badRowCount > outcome.badRows.length ? (
        <p>
          처음 {outcome.badRows.length}개만 보입니다 (모두 {outcome.badRowCount}개).{' '}
          <span lang="en">Showing the first {outcome.badRows.length} of {outcome.badRowCount}.</span>
        </p>
      ) : null}
    </div>
  )
}
