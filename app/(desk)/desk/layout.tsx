import { redirect } from 'next/navigation'
import { DeskNav } from '@/components/desk/DeskNav'
import { DeskTimeZone } from '@/components/desk/DeskTimeZone'
import { can } from '@/lib/auth/permissions'
import { currentUser } from '@/lib/auth/session'
import type { DeskLink } from '@/lib/desk-nav'
import { deskTimeZone } from '@/lib/env'
import { unreadNotificationCount } from '@/lib/notifications/queries'

export const dynamic = 'force-dynamic'

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser()
  if (!user) redirect('/signin?callbackUrl=/desk')
  const links: DeskLink[] = [
    { href: '/desk', ko: '주장', en: 'Claims' },
    { href: '/desk/me', ko: '내 데스크', en: 'My desk' },
    { href: '/desk/sources', ko: '출처', en: 'Sources' },
    { href: '/desk/review', ko: '검토', en: 'Review' },
    { href: '/desk/metrics', ko: '지표', en: 'Metrics' },
    { href: '/desk/checks', ko: '점검', en: 'Checks' },
    { href: '/desk/recheck', ko: '재확인', en: 'Re-check' },
    ...(can(user, 'tips.triage') ? [{ href: '/desk/inbox', ko: '제보', en: 'Tips' }] : []),
  ]
  const admin: DeskLink[] = [
    ...(can(user, 'users.manage') ? [{ href: '/desk/users', ko: '사용자', en: 'Users' }] : []),
    ...(can(user, 'scale.edit') ? [{ href: '/desk/scale', ko: '척도', en: 'Scale' }] : []),
    ...(can(user, 'pages.edit')
      ? [
          { href: '/desk/pages/methodology', ko: '방법론', en: 'Methodology' },
          { href: '/desk/pages/about', ko: '소개', en: 'About' },
        ]
      : []),
    ...(can(user, 'users.manage') ? [{ href: '/desk/settings', ko: '설정', en: 'Settings' }] : []),
  ]
  const unread = await unreadNotificationCount(user.id)
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <DeskNav links={links} admin={admin} user={{ name: user.name, role: user.role }} unread={unread} />
      <DeskTimeZone timeZone={deskTimeZone()}>{children}</DeskTimeZone>
    </div>
  )
}
