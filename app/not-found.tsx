// The 404 of addresses no route matches (and of pages outside a framed section, such as embeds): the site frame
// around the body. Sections with a frame of their own have their own not-found.tsx with the body only, since Next
// shows the nearest one inside that section's layout.
import type { Metadata } from 'next'
import { connection } from 'next/server'
import { NotFoundContent } from '@/components/NotFoundContent'
import { SiteFrame } from '@/components/SiteFrame'
import { getLocale } from '@/lib/i18n/server'
import { notFoundMetadata } from '@/lib/reader/share-metadata'

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata(await getLocale())
}

export default async function NotFound() {
  // Rendered per request, not prerendered: the script nonce of the page's Content-Security-Policy is per request.
  await connection()
  const locale = await getLocale()
  return (
    <SiteFrame locale={locale}>
      <NotFoundContent locale={locale} />
    </SiteFrame>
  )
}
