'use client'
// The desk's menu: the daily sections in a row, the admin pages and the account (password, sign out) behind two
// small disclosure menus, so that the admin's menu fits one line at 1280 px. The current section is bold and
// aria-current="page"; a menu holding it is bold too. Menus close when the page changes.
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'
import { activeHref, type DeskLink } from '@/lib/desk-nav'
import { SignOutButton } from './SignOutButton'

const linkClass = 'whitespace-nowrap underline-offset-4 hover:underline'

function NavLink({ link, current }: { link: DeskLink; current: boolean }) {
  return (
    <Link href={link.href} aria-current={current ? 'page' : undefined} className={current ? `${linkClass} font-semibold` : linkClass}>
      {link.ko} {link.en}
    </Link>
  )
}

function Menu({ summary, current, align, children }: { summary: ReactNode; current: boolean; align: 'left' | 'right'; children: ReactNode }) {
  return (
    <details className="group relative">
      <summary className={`cursor-pointer list-none whitespace-nowrap [&::-webkit-details-marker]:hidden underline-offset-4 hover:underline ${current ? 'font-semibold' : ''}`}>
        {summary} <span aria-hidden="true">▾</span>
      </summary>
      <div className={`absolute z-10 mt-2 flex min-w-44 flex-col gap-2 rounded border border-stone-200 bg-white p-3 shadow ${align === 'right' ? 'right-0' : 'left-0'}`}>
        {children}
      </div>
    </details>
  )
}

export function DeskNav({
  links,
  admin,
  user,
  unread,
}: {
  links: DeskLink[]
  admin: DeskLink[]
  user: { name: string; role: string }
  /** The caller's unread notifications, shown on the notifications link. */
  unread: number
}) {
  const pathname = usePathname()
  const active = activeHref(pathname, [...links, ...admin, '/desk/password', '/desk/notifications'].map((link) => (typeof link === 'string' ? link : link.href)))
  return (
    <nav aria-label="Desk" className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-200 pb-3 text-sm">
      {links.map((link) => (
        <NavLink key={link.href} link={link} current={link.href === active} />
      ))}
      {admin.length ? (
        <Menu key={`admin-${pathname}`} summary="관리 Admin" current={admin.some((link) => link.href === active)} align="left">
          {admin.map((link) => (
            <NavLink key={link.href} link={link} current={link.href === active} />
          ))}
        </Menu>
      ) : null}
      <span className="ml-auto flex items-center gap-x-4">
        <Link
          href="/desk/notifications"
          data-testid="notifications-link"
          aria-current={active === '/desk/notifications' ? 'page' : undefined}
          className={active === '/desk/notifications' ? `${linkClass} font-semibold` : linkClass}
        >
          알림 Notifications{' '}
          <span
            data-testid="unread-count"
            className={`rounded-full px-2 py-0.5 text-xs ${unread ? 'bg-red-700 text-white' : 'bg-stone-200 text-stone-700'}`}
            aria-label={`읽지 않은 알림 ${unread}개 ${unread} unread`}
          >
            {unread}
          </span>
        </Link>
        <Menu
          key={`account-${pathname}`}
          summary={
            <span className="text-stone-600">
              {user.name} · <span className="font-mono text-xs">{user.role}</span>
            </span>
          }
          current={active === '/desk/password'}
          align="right"
        >
          <NavLink link={{ href: '/desk/password', ko: '비밀번호', en: 'Password' }} current={active === '/desk/password'} />
          <SignOutButton />
        </Menu>
      </span>
    </nav>
  )
}
