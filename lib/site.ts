// The site's public identity: its name and the base URL that absolute links (canonical, Open Graph, ClaimReview)
// are built from. The base comes from NEXTAUTH_URL, the one public-URL setting (lib/env.ts); behind a proxy the
// request's Host cannot be trusted to name the public site, so it is never used.
import { parseEnv } from './env'
import type { Locale } from './i18n/locale'

export const SITE_NAME = '팩트체크 Claim Tracker'

/** The name as the site header writes it in each language: English readers see no Korean label. */
export const siteNameIn = (locale: Locale) => (locale === 'en' ? 'Claim Tracker' : SITE_NAME)

/** The public base URL without a trailing slash, e.g. "https://factcheck.example" or "http://localhost:3000". */
export function siteUrl(env: { NEXTAUTH_URL?: string; PORT: number } = parseEnv()): string {
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '')
}

/**
 * An absolute URL for a site path. Joined as text rather than with `new URL(path, base)`, which would drop a base
 * path such as "https://example.org/factcheck".
 */
export function absoluteUrl(path: string, base: string = siteUrl()): string {
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`
}
