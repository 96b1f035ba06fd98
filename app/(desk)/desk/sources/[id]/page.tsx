import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DatasetImportPanel } from '@/components/desk/DatasetImportPanel'
import { Forbidden } from '@/components/desk/Forbidden'
import { SourceArchivePanel } from '@/components/desk/SourceArchivePanel'
import { SourceForm, type SourceFormValues } from '@/components/desk/SourceForm'
import { SourceCitation } from '@/components/SourceCitation'
import { can } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session'
import { deskClaimPath } from '@/lib/evidence/paths'
import { formatDate, SOURCE_KIND_LABELS, STANCE_LABELS } from '@/lib/format'
import { copyTime } from '@/lib/sources/copy-labels'
import { archivedCopyPath, sourcePath, SOURCES_PATH } from '@/lib/sources/paths'
import { getSource, type SourceDetails } from '@/lib/sources/queries'
import { SOURCE_KIND_KO } from '@/lib/sources/schema'

type Params = Promise<{ id: string }>

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined)

/** The edit form's starting values, in the spelling the form's inputs use. */
function formValues(source: SourceDetails): SourceFormValues {
  return {
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    author: source.author ?? undefined,
    url: source.url ?? undefined,
    published: source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision) : undefined,
    publishedApprox: source.publishedApprox ? 'on' : undefined,
    accessedAt: iso(source.accessedAt),
    language: source.language ?? undefined,
    archivedUrl: source.archivedUrl ?? undefined,
    note: source.note ?? undefined,
  }
}

export default async function SourcePage({ params }: { params: Params }) {
  const { id } = await params
  const { user, allowed } = await requireUser('desk.view', sourcePath(id))
  if (!allowed) return <Forbidden />
  const source = await getSource(id)
  if (!source) notFound()
  const editable = can(user, 'source.edit')

  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href={SOURCES_PATH} className="underline">
          ← 출처 목록 Sources
        </Link>
        {' · '}
        <Link href={`/desk/intake?source=${source.id}`} className="underline">
          이 출처에서 주장 가져오기 Claims from this source
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm text-stone-500">
          출처 Source · {SOURCE_KIND_KO[source.kind]} {SOURCE_KIND_LABELS[source.kind]}
        </p>
        <h1 className="text-2xl font-bold leading-snug" lang={source.language ?? undefined}>
          {source.title}
        </h1>
        <p>
          <SourceCitation source={source} />
          {source.currentCopyId ? (
            <>
              {' '}
              <a href={archivedCopyPath(source.id, source.currentCopyId)} className="whitespace-nowrap text-sm text-green-800 underline">
                보관본 archived copy
              </a>
            </>
          ) : null}
        </p>
      </header>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg bg-stone-100 p-4 text-sm">
        <dt className="text-stone-500">주소 URL</dt>
        <dd className="break-all">{source.url ?? '—'}</dd>
        <dt className="text-stone-500">발행일 Published</dt>
        <dd>{source.publishedAt ? formatDate(source.publishedAt, source.publishedPrecision, source.publishedApprox) : '—'}</dd>
        <dt className="text-stone-500">접속일 Accessed</dt>
        <dd>{source.accessedAt ? formatDate(source.accessedAt) : '—'}</dd>
        <dt className="text-stone-500">언어 Language</dt>
        <dd>{source.language ?? '—'}</dd>
        {source.archivedUrl ? (
          <>
            <dt className="text-stone-500">외부 보관본 External archive</dt>
            <dd className="break-all">
              <a href={source.archivedUrl} rel="noopener noreferrer" target="_blank" className="text-blue-800 underline">
                {source.archivedUrl}
              </a>
            </dd>
          </>
        ) : null}
        {source.note ? (
          <>
            <dt className="text-stone-500">메모 Note</dt>
            <dd className="whitespace-pre-wrap">{source.note}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="archive-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="archive-heading" className="text-lg font-semibold">
          보관본 <span lang="en" className="font-normal text-stone-500">Archived copy</span>
        </h2>
        <ArchivedCopies source={source} />
        {editable ? (
          <SourceArchivePanel
            sourceId={source.id}
            hasUrl={Boolean(source.url)}
            hasCopy={Boolean(source.currentCopyId)}
            lastError={source.archiveError}
            publicClaims={source.publicClaims.map((claim) => claim.shortId)}
          />
        ) : null}
      </section>

      {source.kind === 'DATASET' ? <DatasetImportPanel sourceId={source.id} canImport={editable} /> : null}
      <UsedBy source={source} />

      {editable ? (
        <section aria-labelledby="edit-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="edit-heading" className="text-lg font-semibold">
            고치기 <span lang="en" className="font-normal text-stone-500">Edit</span>
          </h2>
          <SourceForm mode="edit" sourceId={source.id} version={source.version} initial={formValues(source)} />
        </section>
      ) : null}
    </div>
  )
}

/**
 * Every copy, oldest first: when and how it was taken (pasted text says so, and by whom), its hash, which published
 * revisions cited it, and which one is current (what the next publish would cite). Then the current copy's text.
 */
function ArchivedCopies({ source }: { source: SourceDetails }) {
  if (source.copies.length === 0) {
    return <p className="text-sm text-stone-600">아직 보관본이 없습니다. No archived copy yet.</p>
  }
  return (
    <div className="space-y-3 text-sm">
      {source.publicClaims.length ? (
        <p className="rounded bg-amber-50 px-3 py-2 text-amber-900" data-testid="public-claims-notice">
          공개된 주장 {source.publicClaims.length}건이 이 출처를 보여 줍니다: 새 보관본은 독자에게 보입니다. 독자는 판정이 인용한 보관본을
          먼저 봅니다.{' '}
          <span lang="en">
            {source.publicClaims.length} public claim page(s) show this source: readers see every new copy, and the copy the verdict cited
            first.
          </span>{' '}
          {source.publicClaims.map((claim) => (
            <Link key={claim.id} href={deskClaimPath(claim)} className="mr-2 font-mono text-xs underline">
              {claim.shortId}
            </Link>
          ))}
        </p>
      ) : null}
      {source.currentCopyId ? null : (
        <p className="text-stone-600">
          지금 주소의 보관본이 없습니다 (주소가 바뀌었습니다). 아래는 예전 주소의 보관본입니다.{' '}
          <span lang="en">No copy of the current URL (it changed); the copies below are of an earlier one.</span>
        </p>
      )}
      <ol className="divide-y divide-stone-200 rounded border border-stone-200" data-testid="archived-copies">
        {source.copies.map((copy) => (
          <li key={copy.id} className="space-y-1 px-3 py-2" data-copy-method={copy.method}>
            <p>
              <a href={archivedCopyPath(source.id, copy.id)} className="underline">
                {copyTime(copy.takenAt)}
              </a>{' '}
              ·{' '}
              {copy.method === 'PASTED' ? (
                <strong className="text-amber-900">
                  직접 붙여 넣음 pasted by hand{copy.createdBy ? ` · ${copy.createdBy.name}` : ''}
                </strong>
              ) : (
                <>
                  서버가 가져옴 fetched by the server{copy.createdBy ? ` · ${copy.createdBy.name}` : ''}
                  {copy.httpStatus ? ` · HTTP ${copy.httpStatus}` : ''}
                </>
              )}
              {copy.id === source.currentCopyId ? (
                <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">현재 current</span>
              ) : null}
            </p>
            <p className="break-all text-xs text-stone-500">
              SHA-256 <code className="font-mono">{copy.sha256}</code>
              {copy.url ? <> · {copy.url}</> : null}
            </p>
            {copy.citedBy.length ? (
              <p className="text-xs">
                판정이 인용 <span lang="en">cited by</span>:{' '}
                {copy.citedBy.map((citing) => (
                  <Link key={`${citing.shortId}-${citing.revision}`} href={deskClaimPath({ id: citing.claimId })} className="mr-2 underline">
                    <span className="font-mono">{citing.shortId}</span> 판 revision {citing.revision}
                  </Link>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {source.currentCopyId ? <CurrentCopyPreview source={source} /> : null}
    </div>
  )
}

function CurrentCopyPreview({ source }: { source: SourceDetails }) {
  return (
    <div className="space-y-2">
      <p>
        현재 보관본 <span lang="en">Current copy</span>: {source.archivedCharacters.toLocaleString()}자 <span lang="en">characters</span>
      </p>
      {source.archivePreview ? (
        <details>
          <summary className="cursor-pointer font-medium">본문 미리 보기 Preview the text</summary>
          <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded bg-stone-50 p-3 font-sans" lang={source.language ?? undefined}>
            {source.archivePreview}
            {source.archivedCharacters > source.archivePreview.length ? '…' : ''}
          </pre>
        </details>
      ) : (
        <p className="text-stone-600">본문을 뽑지 못한 형식입니다 (PDF 등). The copy has no extractable text (a PDF or image); only its hash is kept.</p>
      )}
      <p>
        <a href={archivedCopyPath(source.id, source.currentCopyId)} className="underline">
          전체 보관본 Full archived copy
        </a>
      </p>
    </div>
  )
}

function UsedBy({ source }: { source: SourceDetails }) {
  return (
    <section aria-labelledby="used-heading" className="space-y-3">
      <h2 id="used-heading" className="text-lg font-semibold">
        이 출처를 쓰는 주장 <span lang="en" className="font-normal text-stone-500">Claims using this source</span>
      </h2>
      {source.evidence.length === 0 && source.appearances.length === 0 ? (
        <p className="text-sm text-stone-600">아직 없습니다. None yet.</p>
      ) : null}
      {source.evidence.length ? (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
          {source.evidence.map((item) => (
            <li key={item.id} className="space-y-1 px-3 py-2">
              <p>
                <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">
                  근거 Evidence · {STANCE_LABELS[item.stance].ko} {STANCE_LABELS[item.stance].en}
                </span>
                <Link href={deskClaimPath(item.claim)} className="underline">
                  <span className="font-mono text-xs">{item.claim.shortId}</span> {item.claim.text}
                </Link>
              </p>
              {item.excerpt ? <blockquote className="border-l-2 border-stone-200 pl-3 italic">“{item.excerpt}”</blockquote> : null}
              {item.locator ? <p className="text-xs text-stone-500">위치 Locator: {item.locator}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {source.appearances.length ? (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
          {source.appearances.map((item) => (
            <li key={item.id} className="px-3 py-2">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">
                등장 Appearance{item.appearedAt ? ` · ${formatDate(item.appearedAt, item.appearedPrecision)}` : ''}
              </span>
              <Link href={deskClaimPath(item.claim)} className="underline">
                <span className="font-mono text-xs">{item.claim.shortId}</span> {item.claim.text}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
