// The desk menu bolds the section the page is in (aria-current="page"), not always the claims list; the admin pages
// and the account sit in two small menus so the admin's row fits one line.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { activeHref, type DeskLink } from '@/lib/desk-nav'

let pathname = '/desk'
vi.mock('next/navigation', () => ({ usePathname: () => pathname }))
vi.mock('next-auth/react', () => ({ signOut: () => undefined }))
const { DeskNav } = await import('@/components/desk/DeskNav')

const LINKS: DeskLink[] = [
  { href: '/desk', ko: '주장', en: 'Claims' },
  { href: '/desk/sources', ko: '출처', en: 'Sources' },
  { href: '/desk/review', ko: '검토', en: 'Review' },
  { href: '/desk/metrics', ko: '지표', en: 'Metrics' },
  { href: '/desk/checks', ko: '점검', en: 'Checks' },
  { href: '/desk/recheck', ko: '재확인', en: 'Re-check' },
  { href: '/desk/inbox', ko: '제보', en: 'Tips' },
]
const ADMIN: DeskLink[] = [
  { href: '/desk/users', ko: '사용자', en: 'Users' },
  { href: '/desk/scale', ko: '척도', en: 'Scale' },
  { href: '/desk/pages/methodology', ko: '방법론', en: 'Methodology' },
  { href: '/desk/pages/about', ko: '소개', en: 'About' },
  { href: '/desk/settings', ko: '설정', en: 'Settings' },
]
const HREFS = [...LINKS, ...ADMIN].map((link) => link.href).concat('/desk/password')

function render(at: string) {
  pathname = at
  return renderToStaticMarkup(<DeskNav links={LINKS} admin={ADMIN} user={{ name: '관리자', role: 'ADMIN' }} unread={0} />)
}
const current = (html: string) => [...html.matchAll(/<a[^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((match) => match[1])

describe('desk menu', () => {
  it('finds the section of each desk address', () => {
    expect(activeHref('/desk', HREFS)).toBe('/desk')
    expect(activeHref('/desk/', HREFS)).toBe('/desk')
    expect(activeHref('/desk/claims/abc/edit', HREFS)).toBe('/desk')
    expect(activeHref('/desk/claims/new', HREFS)).toBe('/desk')
    expect(activeHref('/desk/intake', HREFS)).toBe('/desk')
    expect(activeHref('/desk/sources/s1/snapshots', HREFS)).toBe('/desk/sources')
    expect(activeHref('/desk/review', HREFS)).toBe('/desk/review')
    expect(activeHref('/desk/recheck', HREFS)).toBe('/desk/recheck')
    expect(activeHref('/desk/pages/about', HREFS)).toBe('/desk/pages/about')
    expect(activeHref('/desk/password', HREFS)).toBe('/desk/password')
    // A section the user has no link to is no other section's.
    expect(activeHref('/desk/users', ['/desk', '/desk/sources'])).toBeUndefined()
    expect(activeHref('/desk/sourcesx', HREFS)).toBeUndefined()
  })

  it('marks only the current section, not always the claims list', () => {
    expect(current(render('/desk'))).toEqual(['주장 Claims'])
    const sources = render('/desk/sources/s1')
    expect(current(sources)).toEqual(['출처 Sources'])
    expect(sources).toMatch(/<a[^>]*aria-current="page"[^>]*class="[^"]*font-semibold[^"]*"[^>]*>출처 Sources</)
    expect(sources).not.toMatch(/<a[^>]*class="[^"]*font-semibold[^"]*"[^>]*>주장 Claims</)
    expect(current(render('/desk/review'))).toEqual(['검토 Review'])
  })

  it('keeps the admin pages in one menu, bold when the page is one of them', () => {
    const html = render('/desk/settings')
    expect(current(html)).toEqual(['설정 Settings'])
    expect(html).toMatch(/<summary class="[^"]*font-semibold[^"]*">관리 Admin/)
    expect(render('/desk')).not.toMatch(/<summary class="[^"]*font-semibold[^"]*">관리 Admin/)
    // Outside the menus: the daily sections, the notifications, the admin menu and the account, no more.
    const row = html.replace(/<details[\s\S]*?<\/details>/g, '<details/>')
    expect([...row.matchAll(/<a /g)]).toHaveLength(LINKS.length + 1)
    expect([...row.matchAll(/<details/g)]).toHaveLength(2)
  })

  it('shows the user and role, and offers the password page and sign-out in the account menu', () => {
    const html = render('/desk/password')
    expect(html).toContain('aria-label="Desk"')
    expect(html).toContain('ADMIN')
    expect(current(html)).toEqual(['비밀번호 Password'])
    expect(html).toContain('로그아웃 Sign out')
  })

  it('offers no admin menu to a user with no admin page', () => {
    pathname = '/desk'
    const html = renderToStaticMarkup(<DeskNav links={LINKS.slice(0, 6)} admin={[]} user={{ name: '기자', role: 'EDITOR' }} unread={0} />)
    expect(html).not.toContain('관리 Admin')
    expect(html).not.toContain('사용자 Users')
  })
})
