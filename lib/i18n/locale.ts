// The reader interface's two languages. Pure module (no Next imports): shared by server components, the language
// route, client components (app/error.tsx) and unit tests.

export type Locale = 'ko' | 'en'

export const LOCALES: readonly Locale[] = ['ko', 'en']

/** Korean is the site's own language: readers without a `lang` cookie get it (Accept-Language is NOT consulted). */
export const DEFAULT_LOCALE: Locale = 'ko'

/** The cookie that keeps the reader's choice: `lang=ko|en`, Path=/, SameSite=Lax, one year. */
export const LOCALE_COOKIE = 'lang'
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

export const isLocale = (value: unknown): value is Locale => value === 'ko' || value === 'en'

/** A cookie (or query) value as a locale; anything else is the default. */
export const parseLocale = (value: string | null | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE)

/**
 * The locale a raw Cookie header gives, read as the page reads it (Next's cookies(): values percent-decoded, the
 * last `lang` wins), and whether that reading is unambiguous: no `lang` cookie, or exactly one spelled exactly
 * `ko` or `en`. Shared caches key pages by the cookie (nginx by its raw first value), so only an unambiguous
 * request may be shared: `lang=%65n` or `lang=ko; lang=en` renders English but would be stored under another key.
 */
export function localeFromCookieHeader(header: string | undefined): { locale: Locale; unambiguous: boolean } {
  const values: string[] = []
  for (const pair of (header ?? '').split(/;\s*/)) {
    const equals = pair.indexOf('=')
    if (equals > 0 && pair.slice(0, equals).trim() === LOCALE_COOKIE) values.push(pair.slice(equals + 1))
  }
  const last = values.at(-1)
  let decoded = last
  try {
    decoded = last === undefined ? undefined : decodeURIComponent(last)
  } catch {
    // Next keeps a value it cannot decode as it is.
  }
  return { locale: parseLocale(decoded), unambiguous: values.length === 0 || (values.length === 1 && isLocale(values[0])) }
}

export const otherLocale = (locale: Locale): Locale => (locale === 'ko' ? 'en' : 'ko')

/** BCP 47 tags used for Intl formatting: Korean dates as 2024년 4월 15일, English as 15 April 2024 (British order). */
export const INTL_LOCALE: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' }

/**
 * Where the language switch may send the reader back to: a path on this site only. It must start with exactly one
 * '/', and contain no backslash (browsers read '/\evil.example' as '//evil.example'), no control characters or
 * whitespace, and be of sane length. Returns the path (with its query, if any) as the URL parser serialises it, so
 * that non-ASCII text arrives percent-encoded (a Location header holds bytes, not Hangul), or null.
 */
export function safeBackPath(back: string | null | undefined): string | null {
  if (typeof back !== 'string' || back.length === 0 || back.length > 2048) return null
  if (!back.startsWith('/') || back.startsWith('//')) return null
  if (back.includes('\\')) return null
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(back)) return null
  // The URL parser must agree that it stays on our origin (catches encoded tricks such as '/%2F%2Fevil').
  try {
    const base = 'http://same.invalid'
    const url = new URL(back, base)
    if (url.origin !== base) return null
    if (url.pathname.startsWith('//')) return null
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return null
  }
}
