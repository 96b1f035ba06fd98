import { Forbidden } from '@/components/desk/Forbidden'
import { SitePageEditor } from '@/components/desk/SitePageEditor'
import { requireUser } from '@/lib/auth/session'
import { ABOUT_SLUG } from '@/lib/pages/defaults'
import { sitePage } from '@/lib/pages/queries'

export const metadata = { title: '소개 편집 Edit the about page' }

export default async function EditAboutPage() {
  const { allowed } = await requireUser('pages.edit', '/desk/pages/about')
  if (!allowed) return <Forbidden />
  return (
    <SitePageEditor
      page={await sitePage(ABOUT_SLUG)}
      heading={['소개 페이지', 'About page']}
      publicPath="/about"
      note={
        <>
          조직, 재정, 편집 독립성, 연락처를 적으세요.{' '}
          <span lang="en">Say who runs the site, who funds it, what keeps it independent and how to reach it.</span>
        </>
      }
    />
  )
}
