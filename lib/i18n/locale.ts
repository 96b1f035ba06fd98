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
