import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { Input, Select } from '@/components/desk/form'
import { Pagination } from '@/components/Pagination'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { formatDate, SOURCE_KIND_LABELS } from '@/lib/format'
import { copyLinkLabel } from '@/lib/sources/copy-labels'
import { archivedCopyPath, sourcePath, SOURCES_PATH } from '@/lib/sources/paths'
import { listSources } from '@/lib/sources/queries'
import { SOURCE_KIND_KO, SOURCE_KINDS, sourceListQuery } from '@/lib/sources/schema'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function SourceLibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, allowed } = await requireUser('desk.view', SOURCES_PATH)
  if (!allowed) return <Forbidden />
  const raw = await searchParams
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  const query = sourceListQuery.parse({ q: first(raw.q) || undefined, kind: first(raw.kind) || undefined, page: first(raw.page) })
  const { items, total, page, pageCount } = await listSources(query)
  const href = (target: number) => {
    const params = new URLSearchParams()
    if (query.q) params.set('q', query.q)
    if (query.kind) params.set('kind', query.kind)
    if (target > 1) params.set('page', String(target))
    const search = params.toString()
    return search ? `${SOURCES_PATH}?${search}` : SOURCES_PATH
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          출처 <span lang="en" className="font-normal text-stone-500">Sources</span>
        </h1>
        {can(user, 'source.edit') ? (
          <Link href={`${SOURCES_PATH}/new`} className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white">
            새 출처 New source
          </Link>
        ) : null}
      </div>

      <form role="search" action={SOURCES_PATH} className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <Input
          name="q"
          label="검색 Search"
          fieldClassName="block min-w-48 flex-1"
          type="search"
          defaultValue={query.q}
          placeholder="제목, 발행처, 주소 Title, publisher, URL"
        />
        <Select name="kind" label="종류 Kind" defaultValue={query.kind ?? ''}>
          <option value="">전체 All</option>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_KO[kind]} · {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
        <button type="submit" className="rounded border border-stone-400 px-4 py-2 font-medium">
          찾기 Search
        </button>
      </form>

      <p className="text-sm text-stone-600" aria-live="polite">
        {total}개 출처 <span lang="en">{total === 1 ? 'source' : 'sources'}</span>
        {query.q || query.kind ? (
          <>
            {' '}
            ·{' '}
            <Link href={SOURCES_PATH} className="underline">
              모두 보기 Show all
            </Link>
          </>
        ) : null}
      </p>

      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {items.map((source) => (
          <li key={source.id} className="space-y-1 px-3 py-3">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <Link href={sourcePath(source.id)} className="font-medium underline-offset-4 hover:underline">
                {source.title}
              </Link>
              <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">
                {SOURCE_KIND_KO[source.kind]} · {SOURCE_KIND_LABELS[source.kind]}
              </span>
            </div>
            <p className="text-sm text-stone-600">
              {source.publisher}
              {source.author ? ` (${source.author})` : null}
              {source.publishedAt ? ` · ${formatDate(source.publishedAt, source.publishedPrecision, source.publishedApprox)}` : null}
              {source.url ? <> · <span className="break-all font-mono text-xs">{source.url}</span></> : null}
            </p>
            <p className="flex flex-wrap gap-x-3 text-xs text-stone-500">
              <span>
                근거 {source._count.evidence} <span lang="en">evidence</span> · 등장 {source._count.appearances}{' '}
                <span lang="en">appearances</span>
              </span>
              {source.currentCopy ? (
                <a href={archivedCopyPath(source.id, source.currentCopy.id)} className="text-green-800 underline">
                  {copyLinkLabel(source.currentCopy)}
                </a>
              ) : source.archiveError ? (
                <span className="text-red-800">보관 실패 Archive failed</span>
              ) : null}
            </p>
          </li>
        ))}
        {items.length === 0 ? <li className="px-3 py-6 text-center text-stone-500">찾은 출처가 없습니다. No sources found.</li> : null}
      </ul>
      <Pagination page={page} pageCount={pageCount} href={href} />
    </div>
  )
}
