// The reader's locale in server components and route handlers, from the `lang` cookie.
import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, LOCALE_COOKIE, parseLocale, type Locale } from './locale'

/**
 * The `lang` cookie ('ko' | 'en'); without one (or with junk), Korean. Accept-Language is deliberately ignored:
 * the site is Korean first, most browsers (and the test browser) send English by default, and pages that vary
 * by a request header would also need `Vary: Accept-Language` on every cache in between.
 *
 * Outside a request (a page rendered directly by a script or an integration test) there are no cookies: Korean.
 * Every other error from cookies() — Next's own dynamic-rendering signals included — is passed on untouched.
 */
export async function getLocale(): Promise<Locale> {
  try {
    return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value)
  } catch (error) {
    if (error instanceof Error && error.message.includes('outside a request scope')) return DEFAULT_LOCALE
    throw error
  }
}
