import { SiteFrame } from '@/components/SiteFrame'

export default function DeskGroupLayout({ children }: { children: React.ReactNode }) {
  // The desk stays bilingual, Korean first, whatever language a reader picked for the public pages.
  return (
    <div lang="ko">
      <SiteFrame>{children}</SiteFrame>
    </div>
  )
}
