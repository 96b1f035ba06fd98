// A DATASET source's imported snapshots (hash, rows, as-of, who) and, for a chosen snapshot and country, the counts
// per publication year and the cumulative count as of the snapshot date: what a claim's value can be checked against.
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Forbidden } from '@/components/desk/Forbidden'
import { Select } from '@/components/desk/form'
import { requireUser } from '@/lib/auth/session'
import { snapshotsPath } from '@/lib/datasets/paths'
import { listSnapshots, getDatasetSource } from '@/lib/datasets/queries'
import { countByYear, cumulativeAsOf, snapshotCountries } from '@/lib/datasets/series'
import { db } from '@/lib/db/client'
import { sourcePath } from '@/lib/sources/paths'
import { formatDeskTime } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

type Params = Promise<{ id: string }>
type SearchParams = Promise<{ snapshot?: string; country?: string }>

const iso = (date: Date) => date.toISOString().slice(0, 10)
const DEFAULT_COUNTRY = 'Korea (Republic of)'

export default async function SnapshotsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const { allowed } = await requireUser('desk.view', snapshotsPath(id))
  if (!allowed) return <Forbidden />
  const source = await getDatasetSource(id)
  if (!source) notFound()
  const snapshots = await listSnapshots(id)
  const query = await searchParams
  const chosen = snapshots.find((snapshot) => snapshot.id === query.snapshot) ?? snapshots[0]
  const countries = chosen ? await snapshotCountries(db(), chosen.id) : []
  const country = query.country ?? (countries.some((c) => c.country === DEFAULT_COUNTRY) ? DEFAULT_COUNTRY : countries[0]?.country)
  const years = chosen && country ? await countByYear(db(), chosen.id, country) : []
  const cumulative = chosen && country ? await cumulativeAsOf(db(), { country, asOf: chosen.asOf, snapshotId: chosen.id }) : null

  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href={sourcePath(id)} className="underline">
          ← {source.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        데이터셋 스냅샷 <span lang="en" className="font-normal text-stone-500">Dataset snapshots</span>
      </h1>

      {snapshots.length === 0 ? (
        <p className="text-sm text-stone-600">아직 가져온 스냅샷이 없습니다. No snapshot imported yet.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">스냅샷 목록 Snapshots</caption>
          <thead className="border-b border-stone-300">
            <tr>
              <th scope="col" className="py-1 pr-3">기준일 As of</th>
              <th scope="col" className="py-1 pr-3">행 Rows</th>
              <th scope="col" className="py-1 pr-3">파일 File</th>
              <th scope="col" className="py-1 pr-3">SHA-256</th>
              <th scope="col" className="py-1 pr-3">가져온 때 Imported</th>
              <th scope="col" className="py-1">가져온 사람 By</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.id} className="border-b border-stone-100" aria-current={snapshot.id === chosen?.id ? 'true' : undefined}>
                <td className="py-1 pr-3">
                  <Link href={`${snapshotsPath(id)}?${new URLSearchParams({ snapshot: snapshot.id, ...(country ? { country } : {}) })}`} className="underline">
                    {iso(snapshot.asOf)}
                  </Link>
                </td>
                <td className="py-1 pr-3">{snapshot.rowCount.toLocaleString('en')}</td>
                <td className="py-1 pr-3 break-all">{snapshot.fileName}</td>
                <td className="py-1 pr-3">
                  <code className="font-mono text-xs" title={snapshot.fileSha256}>
                    {snapshot.fileSha256.slice(0, 12)}…
                  </code>
                </td>
                <td className="py-1 pr-3">{formatDeskTime(snapshot.importedAt, deskTimeZone())}</td>
                <td className="py-1">{snapshot.importedBy?.name ?? snapshot.importedBy?.email ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {chosen ? (
        <section aria-labelledby="series-heading" className="space-y-3">
          <h2 id="series-heading" className="text-lg font-semibold">
            연도별 개수 ({iso(chosen.asOf)} 스냅샷) <span lang="en" className="font-normal text-stone-500">Counts per year (snapshot of {iso(chosen.asOf)})</span>
          </h2>
          <form method="get" className="flex items-end gap-2">
            <input type="hidden" name="snapshot" value={chosen.id} />
            <Select
              name="country"
              label="국가 Country"
              fieldClassName="block text-sm"
              labelClassName="font-medium"
              defaultValue={country}
              className="mt-1 block rounded border border-stone-300 px-2 py-1"
            >
              {countries.map((c) => (
                <option key={c.country} value={c.country}>
                  {c.country} ({c.count.toLocaleString('en')})
                </option>
              ))}
            </Select>
            <button type="submit" className="rounded border border-stone-400 px-3 py-1 text-sm">
              보기 Show
            </button>
          </form>
          {country ? (
            <>
              <table className="text-sm">
                <caption className="sr-only">{country}: 연도별 개수 Counts per year</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-6 text-left">연도 Year</th>
                    <th scope="col" className="text-right">개수 Count</th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((row) => (
                    <tr key={row.year}>
                      <th scope="row" className="pr-6 text-left font-normal">{row.year}</th>
                      <td className="text-right tabular-nums">{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {cumulative ? (
                <p className="text-sm">
                  {iso(chosen.asOf)}까지 누적 {cumulative.value.toLocaleString('en')}.{' '}
                  <span lang="en">
                    Cumulative as of {iso(chosen.asOf)}: {cumulative.value.toLocaleString('en')}.
                  </span>
                </p>
              ) : null}
              <p className="text-xs text-stone-500">
                여러 국가가 적힌 모델은 국가마다 하나로 셉니다. 날짜 없는 행은 어느 연도에도 세지 않습니다.{' '}
                <span lang="en">A model listing several countries counts once for each; undated rows count in no year.</span>
              </p>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
