import Link from 'next/link'
import { redirect } from 'next/navigation'
import { SignOutButton } from '@/components/desk/SignOutButton'
import { can } from '@/lib/auth/permissions'
import { currentUser } from '@/lib/auth/session'
import { DeskTimeZone } from '@/components/desk/DeskTimeZone'
import { deskTimeZone } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser()
  if (!user) redirect('/signin?callbackUrl=/desk')
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <nav aria-label="Desk" className="flex flex-wrap items-center gap-4 border-b border-stone-200 pb-3 text-sm">
        <Link href="/desk" className="font-semibold underline-offset-4 hover:underline">
          주장 Claims
        </Link>
        <Link href="/desk/sources" className="underline-offset-4 hover:underline">출처 Sources</Link>
        <Link href="/desk/review" className="underline-offset-4 hover:underline">검토 Review</Link>
        <Link href="/desk/metrics" className="underline-offset-4 hover:underline">지표 Metrics</Link>
        <Link href="/desk/checks" className="underline-offset-4 hover:underline">점검 Checks</Link>
        <Link href="/desk/recheck" className="underline-offset-4 hover:underline">재확인 Re-check</Link>
        {can(user, 'tips.triage') ? <Link href="/desk/inbox" className="underline-offset-4 hover:underline">제보 Tips</Link> : null}
        {can(user, 'users.manage') ? (
          <Link href="/desk/users" className="underline-offset-4 hover:underline">
            사용자 Users
          </Link>
        ) : null}
        {can(user, 'scale.edit') ? <Link href="/desk/scale" className="underline-offset-4 hover:underline">척도 Scale</Link> : null}
        {can(user, 'pages.edit') ? <Link href="/desk/pages/methodology" className="underline-offset-4 hover:underline">방법론 Methodology</Link> : null}
        {can(user, 'pages.edit') ? <Link href="/desk/pages/about" className="underline-offset-4 hover:underline">소개 About</Link> : null}
        {can(user, 'users.manage') ? <Link href="/desk/settings" className="underline-offset-4 hover:underline">설정 Settings</Link> : null}
        <span className="ml-auto text-stone-600">
          {user.name} · <span className="font-mono text-xs">{user.role}</span>
        </span>
        <Link href="/desk/password" className="underline-offset-4 hover:underline">
          비밀번호 Password
        </Link>
        <SignOutButton />
      </nav>
      <DeskTimeZone timeZone={deskTimeZone()}>{children}</DeskTimeZone>
    </div>
  )
}
