import Link from 'next/link'
import type { SitePageView } from '@/lib/pages/queries'
import { SitePageForm } from './SitePageForm'
import { formatDeskTime } from '@/lib/desk-time'
import { deskTimeZone } from '@/lib/env'

/** The desk's editor for one public page (methodology, about): heading, link to the public page, state, form. */
export function SitePageEditor({
  page,
  heading,
  publicPath,
  note,
}: {
  page: SitePageView
  /** Korean and English, e.g. ['방법론 페이지', 'Methodology page']. */
  heading: [string, string]
  publicPath: string
  /** What the public page adds to the text by itself, if anything. */
  note?: React.ReactNode
}) {
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {heading[0]} <span lang="en" className="font-normal text-stone-500">{heading[1]}</span>
        </h1>
        <Link href={publicPath} className="text-sm underline">
          공개 페이지 보기 View the public page
        </Link>
      </div>
      <p className="text-sm text-stone-700">
        {page.version === 0
          ? '아직 저장된 적이 없어 기본 문구를 보여 줍니다. Never saved yet: this is the default text.'
          : `버전 version ${page.version}${page.updatedBy ? ` · ${page.updatedBy}` : ''}${page.updatedAt ? ` · ${formatDeskTime(page.updatedAt, deskTimeZone())}` : ''}`}
        {note ? <> {note}</> : null}
      </p>
      <SitePageForm page={page} />
    </div>
  )
}
