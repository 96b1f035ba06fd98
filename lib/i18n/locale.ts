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

export const otherLocale = (locale: Locale): Locale => (locale === 'ko' ? 'en' : 'ko')

/** BCP 47 tags used for Intl formatting: Korean dates as 2024년 4월 15일, English as 15 April 2024 (British order). */
export const INTL_LOCALE: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' }
