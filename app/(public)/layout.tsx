import { SiteFrame } from '@/components/SiteFrame'
import { getLocale } from '@/lib/i18n/server'

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteFrame locale={await getLocale()}>
      <div className="mx-auto max-w-3xl">{children}</div>
    </SiteFrame>
  )
}
