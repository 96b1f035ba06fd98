// The desk menu's sections and which one a desk address belongs to (components/desk/DeskNav.tsx bolds it).

export interface DeskLink {
  href: string
  ko: string
  en: string
}

/** Addresses that belong to the claims section although they do not start with its link (/desk). */
const CLAIMS_PAGES = ['/desk/claims', '/desk/intake']

const within = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`)

/** The link of the section `pathname` is in: the longest link it lies within; /desk itself, claims and intake are the claims list's. */
export function activeHref(pathname: string, hrefs: string[]): string | undefined {
  const path = pathname.replace(/\/+$/, '') || '/'
  const matches = hrefs.filter((href) => href !== '/desk' && within(path, href))
  if (matches.length) return matches.sort((a, b) => b.length - a.length)[0]
  if (hrefs.includes('/desk') && (path === '/desk' || CLAIMS_PAGES.some((page) => within(path, page)))) return '/desk'
  return undefined
}
