import Link from 'next/link'
import { messages } from '@/lib/i18n/dictionary'
import { otherLocale, type Locale } from '@/lib/i18n/locale'
import { SiteFooter } from './SiteFooter'

/**
 * The site's header, skip link and main landmark, for every page except embeds (which live in other sites).
 * Reader pages pass their `locale`: labels in that language, the language switch and the footer (methodology,
 * corrections, about). The desk passes none and keeps its bilingual labels.
 */
export function SiteFrame({ children, locale }: { children: React.ReactNode; locale?: Locale }) {
  const m = locale ? messages(locale) : null
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:bg-white focus:p-2">
        {m ? m.skipToContent : '본문으로 건너뛰기 Skip to content'}
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-lg font-bold">
            {locale === 'en' ? (
              'Claim Tracker'
            ) : (
              <>
                팩트체크 <span lang="en" className="font-normal text-stone-600">Claim Tracker</span>
              </>
            )}
          </Link>
          {m && locale ? (
            <div className="flex items-center gap-4 text-sm">
              <Link href="/methodology" className="underline-offset-4 hover:underline">
                {m.methodology}
              </Link>
              <LanguageSwitch locale={locale} />
            </div>
          ) : (
            <Link href="/methodology" className="text-sm underline-offset-4 hover:underline">
              방법론 <span lang="en">Methodology</span>
            </Link>
          )}
        </div>
      </header>
      {/* Width is each section's choice: reading pages stay narrow, the desk's tables need room. */}
      <main id="main" className="px-4 py-8">
        {children}
      </main>
      {locale ? <SiteFooter locale={locale} /> : null}
    </>
  )
}

/**
 * A plain link to the language route (no client JavaScript; not a <Link>, which would prefetch it). It names the
 * other language in that language; the route sends the reader back to this page (its Referer, validated).
 */
function LanguageSwitch({ locale }: { locale: Locale }) {
  const to = otherLocale(locale)
  return (
    <a
      href={`/lang?to=${to}`}
      hrefLang={to}
      lang={to}
      rel="nofollow"
      data-testid="language-switch"
      className="rounded border border-stone-300 px-2 py-0.5 underline-offset-4 hover:underline"
    >
      {messages(locale).switchTo}
    </a>
  )
}
