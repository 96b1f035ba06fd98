import { SiteFrame } from '@/components/SiteFrame'

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteFrame>
      <div className="mx-auto max-w-3xl">{children}</div>
    </SiteFrame>
  )
}
