import { SiteFrame } from '@/components/SiteFrame'

export default function DeskGroupLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>
}
