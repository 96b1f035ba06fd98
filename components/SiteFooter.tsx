import Link from 'next/link'
import { messages } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locale'

/**
 * The reader pages' footer: how the site checks (methodology), what it has corrected, and who runs it. The IFCN code
 * asks that these be one step from every page.
 */
export function SiteFooter({ locale }: { locale: Locale }) {
  const m = messages(locale)
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <nav aria-label={m.footerNav} className="mx-auto max-w-6xl px-4 py-6 text-sm">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/methodology" className="underline underline-offset-4">
              {m.methodology}
            </Link>
          </li>
          <li>
            <Link href="/corrections" className="underline underline-offset-4">
              {m.corrections}
            </Link>
          </li>
          <li>
            <Link href="/about" className="underline underline-offset-4">
              {m.about}
            </Link>
          </li>
          <li>
            <Link href="/submit" className="underline underline-offset-4">
              {m.submitTip}
            </Link>
          </li>
        </ul>
      </nav>
    </footer>
  )
}
