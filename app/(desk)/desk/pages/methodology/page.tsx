import { Forbidden } from '@/components/desk/Forbidden'
import { SitePageEditor } from '@/components/desk/SitePageEditor'
import { requireUser } from '@/lib/auth/session'
import { METHODOLOGY_SLUG } from '@/lib/pages/defaults'
import { sitePage } from '@/lib/pages/queries'

export const metadata = { title: '방법론 편집 Edit methodology' }

export default async function EditMethodologyPage() {
  const { allowed } = await requireUser('pages.edit', '/desk/pages/methodology')
  if (!allowed) return <Forbidden />
  return (
    <SitePageEditor
      page={await sitePage(METHODOLOGY_SLUG)}
      heading={['방법론 페이지', 'Methodology page']}
      publicPath="/methodology"
      note={
        <>
          척도 표는 페이지 끝에 자동으로 붙습니다. <span lang="en">The rating-scale table is added below the text automatically.</span>
        </>
      }
    />
  )
}
