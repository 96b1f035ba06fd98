import Link from 'next/link'
import { Forbidden } from '@/components/desk/Forbidden'
import { SitePageForm } from '@/components/desk/SitePageForm'
import { requireUser } from '@/lib/auth/session'
import { METHODOLOGY_SLUG } from '@/lib/pages/defaults'
import { sitePage } from '@/lib/pages/queries'

export const metadata = { title: '방법론 편집 Edit methodology' }

export default async function EditMethodologyPage() {
  const { allowed } = await requireUser('scale.edit', '/desk/pages/methodology')
  if (!allowed) return <Forbidden />
  const page = await sitePage(METHODOLOGY_SLUG)
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          방법론 페이지 <span lang="en" className="font-normal text-stone-500">Methodology page</span>
        </h1>
        <Link href="/methodology" className="text-sm underline">
          공개 페이지 보기 View the public page
        </Link>
      </div>
      <p className="text-sm text-stone-700">
        {page.version === 0
          ? '아직 저장된 적이 없어 기본 문구를 보여 줍니다. Never saved yet: this is the default text.'
          : `버전 version ${page.version}${page.updatedBy ? ` · ${page.updatedBy}` : ''}${page.updatedAt ? ` · ${page.updatedAt.toLocaleString('ko-KR')}` : ''}`}{' '}
        척도 표는 페이지 끝에 자동으로 붙습니다. <span lang="en">The rating-scale table is added below the text automatically.</span>
      </p>
      <SitePageForm page={page} />
    </div>
  )
}
