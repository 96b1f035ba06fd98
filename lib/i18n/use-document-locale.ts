'use client'
// The locale in client components outside the server tree's reach (app/error.tsx): read from <html lang>, which
// the root layout sets from the cookie. The server snapshot is the default, so hydration never mismatches.
import { useSyncExternalStore } from 'react'
import { DEFAULT_LOCALE, parseLocale, type Locale } from './locale'

const subscribe = () => () => {}

export function useDocumentLocale(): Locale {
  return useSyncExternalStore(
    subscribe,
    () => parseLocale(document.documentElement.lang),
    () => DEFAULT_LOCALE,
  )
}
